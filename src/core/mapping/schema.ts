// The declarative mapping of a table source onto the graph's records: which rows, the key of a row, the entities a
// row makes (per row, or per value of a multi-valued cell), their typed attributes and the relations its columns
// make. One zod schema gives the types, the checks and (npm run schema) the JSON Schema for editors.
import { z } from 'zod';
import { ENTITY_KINDS, ID_PATTERN, RELATION_TYPE_NAMES } from '../records/kinds.js';

const text = z.string().trim().min(1, 'must not be empty');
const column = text.describe('a column name of the table, exactly as in its header');
const makerName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'entity names in a mapping are lower-case words, e.g. model or org');
const entityId = z.string().regex(ID_PATTERN, 'must be an entity id kind:slug, e.g. modality:vision');
const kind = z.enum(ENTITY_KINDS);

/** A multi-valued cell: split on this delimiter (double quotes inside the cell protect a delimiter), trimmed, empties dropped. */
const split = z.string().min(1).max(3);

/** Attribute fields of an entity record a mapping may fill, with the type of cell each reads. */
export const ATTRIBUTE_TYPES = {
  released: 'date',
  founded: 'year',
  country: 'enum',
  open_source: 'boolean',
  url: 'url',
  parameters: 'number',
  training_compute_flop: 'number',
  accessibility: 'enum',
} as const;
export type AttributeName = keyof typeof ATTRIBUTE_TYPES;

const attributeSchema = z.strictObject({
  column,
  /** For enum and boolean attributes: cell → value; a cell missing from the map is an error, null means "no value". */
  map: z.record(z.string(), z.union([z.string(), z.boolean(), z.null()])).optional(),
  /** Unit of a number, as the column states it (documentation; the attribute's name says the unit it stores). */
  unit: text.optional(),
  /** `warn`: a cell that cannot be read as the attribute's type is left out with a warning instead of failing the source. */
  invalid: z.enum(['error', 'warn']).optional(),
});

const kindSchema = z.union([
  kind,
  z.strictObject({
    /** Column holding the category of each value, in the same order as the values (when the counts agree). */
    column,
    split: split.optional(),
    map: z.record(z.string(), kind),
    /** Kind when the category is empty or cannot be paired with the value. */
    default: kind,
  }),
]);

export const entityMakerSchema = z.strictObject({
  /** Name of this entity in the mapping's relations. */
  as: makerName,
  kind: kindSchema,
  /** Absent: one entity per row, named by the row's key. Present: one entity per distinct value of this column. */
  each: z
    .strictObject({
      column,
      split: split.optional(),
      /** Values that name no entity (e.g. "Multinational" in a country column). */
      ignore: z.array(z.string()).optional(),
    })
    .optional(),
  /** Column of the English name (default: the key, or the value for `each`); the Chinese name is the same unless `zh` is given. */
  name: z.strictObject({ en: column.optional(), zh: column.optional() }).optional(),
  /** Ids chosen by hand for some keys (or values), e.g. where two names would give one slug. */
  ids: z.record(z.string(), entityId).optional(),
  attributes: z.partialRecord(z.enum(Object.keys(ATTRIBUTE_TYPES) as [AttributeName, ...AttributeName[]]), attributeSchema).optional(),
});

const targetSchema = z.union([
  makerName,
  z.strictObject({
    column,
    split: split.optional(),
    /** Cell value → an entity id of the records; null means "no relation" (the value is known and left out). */
    map: z.record(z.string(), entityId.nullable()).optional(),
    /** Or: the value names a row of this table by its key; the relation goes to that row's entity of this name. */
    lookup: makerName.optional(),
  }),
]);

export const relationMakerSchema = z.strictObject({
  from: makerName,
  type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
  to: targetSchema,
  /** Only when the row has exactly one `from` entity and one target (e.g. the one organisation and its one country). */
  single: z.boolean().optional(),
});

const filterSchema = z.strictObject({
  column,
  /** The row is kept only if the cell (trimmed) is one of these. */
  in: z.array(z.string()).optional(),
  /** The row is kept only if the cell is not empty. */
  notEmpty: z.boolean().optional(),
});

export const mappingSchema = z.strictObject({
  /** Id of the source in sources.yaml; its `table` is the file read. */
  source: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'source ids are ASCII kebab-case'),
  /** Column whose (trimmed) cell is the row's key: not empty, unique among the rows kept. */
  key: column,
  filter: z.array(filterSchema).optional(),
  /** Rows left out by hand, each with why (a duplicate row of the source, say). */
  exclude: z.array(z.strictObject({ row: z.number().int().min(1), key: text, note: text })).optional(),
  entities: z.array(entityMakerSchema).min(1),
  relations: z.array(relationMakerSchema).optional(),
});

export type Mapping = z.infer<typeof mappingSchema>;
export type EntityMaker = z.infer<typeof entityMakerSchema>;
export type RelationMaker = z.infer<typeof relationMakerSchema>;
export type AttributeSpec = z.infer<typeof attributeSchema>;

export function computeMappingJsonSchema(): object {
  return {
    $id: 'https://ai-landscape-graph.local/mapping.schema.json',
    title: 'AI Landscape Graph mapping of a table source',
    ...z.toJSONSchema(mappingSchema, { io: 'input' }),
  };
}
