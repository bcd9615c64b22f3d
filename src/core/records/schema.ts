// The one schema of graph-data/: zod objects give the TypeScript types, the runtime checks
// and (through z.toJSONSchema) the JSON Schema that editors use. Never maintain a second copy.
import { z } from 'zod';
import { DATE_FORMS, parseDate } from '../dates/index.js';
import { ENTITY_KINDS, ID_PATTERN, RELATION_TYPE_NAMES } from './kinds.js';

const text = z.string().trim().min(1, 'must not be empty');

export const bilingualSchema = z.strictObject({ zh: text, en: text });
const partialBilingualSchema = z.strictObject({ zh: text.optional(), en: text.optional() });

export const entityIdSchema = z
  .string()
  .regex(
    ID_PATTERN,
    `id must be kind:slug with a known kind (${ENTITY_KINDS.join(', ')}) and an ASCII kebab-case slug, e.g. company:bytedance`,
  );

export const quoteCitationSchema = z.strictObject({
  /** Id of a source in graph-data/sources.yaml. */
  source: text,
  /** Heading of the part of the source that says it. */
  section: text,
  /** Verbatim text of the source (emphasis, tags and spacing may differ). */
  quote: text,
});

/** A fact a table source states: the row (as numbered by src/core/tables) and the cells it rests on, with their text. */
export const rowCitationSchema = z.strictObject({
  /** Id of a source in graph-data/sources.yaml that has a `table`. */
  source: text,
  row: z.number().int().min(1),
  /** The columns the fact rests on, in the order they are shown. */
  columns: z.array(text).min(1),
  /** The text of each cited cell, exactly as in the table: validation checks it. */
  values: z.record(z.string(), z.string()),
});

// Two strict objects with different required keys: at most one accepts a value (the canonical check relies on it).
export const citationSchema = z.union([quoteCitationSchema, rowCitationSchema]);

export const editorialSchema = z.strictObject({
  /** Why this fact is here although the source does not state it. */
  note: text,
});

/** A source's claim that is false: the record stays the source's claim, marked, with what is true. */
export const disputedSchema = z.strictObject({
  /** What is wrong with the claim, editorially. */
  note: text,
  /** What is true instead. */
  correction: text,
});

/**
 * Why the cited text says a relation although its quote (or, for structural types, its section) does not name
 * both ends by their names or aliases: e.g. "the row of 阿里巴巴's column in the inventory table".
 */
export const evidenceSchema = z.strictObject({ note: text });

const provenance = {
  sources: z.array(citationSchema).default([]),
  editorial: editorialSchema.optional(),
};

function hasProvenance(value: { sources: unknown[]; editorial?: unknown }): boolean {
  return value.sources.length > 0 || value.editorial !== undefined;
}
const provenanceMessage = {
  message: 'needs provenance: at least one entry in sources, or editorial with a note',
  path: ['sources'],
};

/** A date with its precision in its form: YYYY, YYYY-MM or YYYY-MM-DD, a day of the calendar (no 2024-02-30). */
export const dateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, `must be ${DATE_FORMS}`)
  .superRefine((value, context) => {
    const parsed = parseDate(value);
    // A value not of the form is reported once, by the pattern above.
    if ('error' in parsed && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) context.addIssue({ code: 'custom', message: parsed.error });
  });

/** The record's date is no source's statement: an editor added it, and says from where. */
export const dateEditorialSchema = z.strictObject({ note: text });

const httpUrl = z.string().regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL');

export const entitySchema = z
  .strictObject({
    id: entityIdSchema,
    name: bilingualSchema,
    aliases: z.array(text).optional(),
    description: partialBilingualSchema.optional(),
    /** ISO 3166 alpha-2 country of origin, e.g. CN, US. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as CN')
      .optional(),
    /** Year of founding (a date of year precision). */
    founded: z.number().int().min(1800).max(2100).optional(),
    /** Release, launch or issue date (a product, a model, a policy, an event): YYYY, YYYY-MM or YYYY-MM-DD. */
    released: dateSchema.optional(),
    /** When `released` or `founded` is stated by none of the cited sources: the editor's note on where it comes from. */
    date_editorial: dateEditorialSchema.optional(),
    open_source: z.boolean().optional(),
    url: httpUrl.optional(),
    disputed: disputedSchema.optional(),
    /** Number of parameters (a model). */
    parameters: z.number().finite().min(0).optional(),
    /** Training compute in FLOP (a model). */
    training_compute_flop: z.number().finite().min(0).optional(),
    /** How a model is available, e.g. open-weights, api, unreleased. */
    accessibility: z
      .enum(['open-weights', 'open-weights-restricted', 'open-weights-non-commercial', 'api', 'hosted', 'unreleased'])
      .optional(),
    ...provenance,
  })
  .refine(hasProvenance, provenanceMessage);

export const relationSchema = z
  .strictObject({
    from: entityIdSchema,
    type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
    to: entityIdSchema,
    note: partialBilingualSchema.optional(),
    /** Since when the relation holds (an investment, a partnership, a launch on a platform): YYYY, YYYY-MM or YYYY-MM-DD. */
    since: dateSchema.optional(),
    /** When `since` is stated by none of the cited sources: the editor's note on where it comes from. */
    date_editorial: dateEditorialSchema.optional(),
    evidence: evidenceSchema.optional(),
    disputed: disputedSchema.optional(),
    ...provenance,
  })
  .refine(hasProvenance, provenanceMessage);

const pointLabel = z.union([text, bilingualSchema]);

export const figureSchema = z
  .strictObject({
    id: z.string().regex(/^figure:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'figure ids are figure:slug'),
    title: bilingualSchema,
    unit: partialBilingualSchema.optional(),
    /** series: values over an ordered axis (years); shares: parts of a whole. */
    chart: z.enum(['series', 'shares', 'values']),
    points: z
      .array(
        z.strictObject({
          label: pointLabel,
          value: z.number().finite(),
          /** A second value per point, e.g. growth rate beside market size. */
          growth: z.number().finite().optional(),
          estimate: z.boolean().optional(),
        }),
      )
      .min(1),
    about: z.array(entityIdSchema).optional(),
    ...provenance,
  })
  .refine(hasProvenance, provenanceMessage);

/** One file of graph-data/records/. Every part optional so files can be organised by topic. */
export const recordFileSchema = z.strictObject({
  entities: z.array(z.unknown()).optional(),
  relations: z.array(z.unknown()).optional(),
  figures: z.array(z.unknown()).optional(),
});

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'source ids are ASCII kebab-case'),
  title: bilingualSchema,
  publisher: bilingualSchema,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  url: httpUrl.optional(),
  /** Path of the source's text, relative to graph-data/, kept in the repo so quotes can be checked. */
  text: text.optional(),
  /** Path of the source's table (a dataset), relative to graph-data/, kept byte-identical so cited cells can be checked. */
  table: text.optional(),
  format: z.enum(['csv', 'tsv', 'json', 'jsonl']).optional(),
  /** Licence of the source's data, e.g. CC BY 4.0. */
  licence: text.optional(),
  /** The credit line to show wherever the source's data appears (viewer, exports, pictures). */
  credit: text.optional(),
});

export const sourcesFileSchema = z.strictObject({ sources: z.array(z.unknown()) });

export type Citation = z.infer<typeof citationSchema>;
export type QuoteCitation = z.infer<typeof quoteCitationSchema>;
export type RowCitation = z.infer<typeof rowCitationSchema>;

export function isRowCitation(citation: Citation): citation is RowCitation {
  return 'row' in citation;
}
export type Editorial = z.infer<typeof editorialSchema>;
export type Disputed = z.infer<typeof disputedSchema>;
export type EntityRecord = z.infer<typeof entitySchema>;
export type RelationRecord = z.infer<typeof relationSchema>;
export type FigureRecord = z.infer<typeof figureSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;

/** JSON Schema for one file of graph-data/records/, with the item schemas inlined. */
export function computeRecordsJsonSchema(): object {
  const file = z.strictObject({
    entities: z.array(entitySchema).optional(),
    relations: z.array(relationSchema).optional(),
    figures: z.array(figureSchema).optional(),
  });
  return {
    $id: 'https://ai-landscape-graph.local/records.schema.json',
    title: 'AI Landscape Graph records file',
    ...z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' }),
  };
}

export function computeSourcesJsonSchema(): object {
  return {
    $id: 'https://ai-landscape-graph.local/sources.schema.json',
    title: 'AI Landscape Graph sources file',
    ...z.toJSONSchema(z.strictObject({ sources: z.array(sourceSchema) }), { io: 'input' }),
  };
}
