// Outcomes of entity resolution, as `npm run ingest -- --report` lists them.

export type Outcome = 'merged' | 'created' | 'ambiguous';

export interface ResolutionEntry {
  /** The id the source's mapping gave the entity. */
  incoming: string;
  name: string;
  source: string;
  row: number;
  outcome: Outcome;
  /** merged: the entity it became; created: its own id. */
  target: string;
  /** Which rule decided: decision, name, alias, name-without-suffix, same-as-incoming, new... */
  rule: string;
  /** ambiguous: the candidates and why none was chosen. */
  candidates?: string[];
  why?: string;
  /** The family it was linked to as a variant (part_of), if any. */
  variantOf?: string;
}

export interface Resolution {
  /** Incoming id → the id of the entity it is (a record's, another incoming one's, or its own). */
  target: Map<string, string>;
  /** New variant links: from an incoming entity (its final id) to a family, with the reason. */
  variants: { from: string; to: string; note: string }[];
  entries: ResolutionEntry[];
  /** Decisions that name no incoming or no known entity: index in the decisions file and message. */
  decisionProblems: { index: number; field: string; message: string }[];
}
