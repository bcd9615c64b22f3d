// Questions the map answers: paths between two entities, rankings by centrality, communities, comparisons.

/** One step of a path: two neighbouring nodes and every link between them (a pair may be linked twice). */
export interface PathHop {
  from: string;
  to: string;
  links: { edge: string; relation: string; /** The link points from `from` to `to` (false: the other way). */ forward: boolean }[];
}

export type PathFailure =
  | { reason: 'same-node'; node: string }
  | { reason: 'unknown-node'; node: string }
  /** An end is hidden by the current filters. */
  | { reason: 'hidden'; node: string }
  /** No chain of links joins the two within the nodes allowed. */
  | { reason: 'no-path' };

export type PathResult = { ok: true; hops: number; paths: PathHop[][] } | ({ ok: false } & PathFailure);

/** Paths as their nodes, from the first end to the second (what the worker sends back). */
export type PathNodesResult = { ok: true; hops: number; paths: string[][] } | ({ ok: false } & PathFailure);

export interface PathOptions {
  /** Only these nodes may be walked through (the current view); every node when absent. */
  visible?: ReadonlySet<string>;
  /** Kinds not to walk through (hubs such as markets that connect everything); the two ends are always allowed. */
  avoidKinds: readonly string[];
  /** At most this many distinct shortest paths. */
  max: number;
}

export const DEFAULT_PATH_OPTIONS: Readonly<PathOptions> = Object.freeze({ avoidKinds: [], max: 3 });

/** Kinds that link nearly everything to everything: the path panel's "avoid hubs" skips them. */
export const HUB_KINDS: readonly string[] = ['market', 'concept', 'region', 'modality', 'business_model'];

export const METRICS = ['degree', 'pagerank', 'betweenness'] as const;
export type Metric = (typeof METRICS)[number];

/** How far a computation has come, 0..1; NaN while it cannot say (Louvain's passes). Called often: throttle it. */
export type Progress = (fraction: number) => void;

export interface MetricOptions {
  /** Nodes to rank (the current view): the metric is computed on the graph they induce. All nodes when absent. */
  nodes?: ReadonlySet<string>;
  /** Above this many nodes betweenness is estimated from `betweennessSamples` sampled sources, scaled up. */
  exactBetweennessUpTo: number;
  betweennessSamples: number;
  /** Seed of the sampling (betweenness) and of Louvain's moves: the same graph gives the same answer. */
  seed: number;
}

export const DEFAULT_METRIC_OPTIONS: Readonly<MetricOptions> = Object.freeze({
  exactBetweennessUpTo: 3000,
  betweennessSamples: 300,
  seed: 20261203,
});

export interface MetricResult {
  metric: Metric;
  values: Map<string, number>;
  /** True when the values are an estimate (betweenness from sampled sources). */
  approximate: boolean;
}

export interface Community {
  /** 0 for the largest community, 1 for the next… */
  index: number;
  size: number;
  /** The most connected members, best first: what names the community in a legend. */
  leaders: string[];
}

export interface CommunityResult {
  /** Each node's community index. */
  of: Map<string, number>;
  communities: Community[];
  modularity: number;
}

export const COMPARISON_DIMENSIONS = ['tracks', 'modalities', 'markets', 'businessModels', 'products', 'models'] as const;
export type ComparisonDimension = (typeof COMPARISON_DIMENSIONS)[number];

export interface ComparisonCell {
  present: boolean;
  /** Links between the entity and the value itself: the evidence one click away. */
  edges: string[];
  /** Where the entity has the value only through neighbours: those (a company in a track by its product, in a modality by its track). */
  via: string[];
}

export interface ComparisonRow {
  dimension: ComparisonDimension;
  value: string;
  /** One per compared entity, in their order. */
  cells: ComparisonCell[];
  /** Present for every compared entity. */
  shared: boolean;
}

export interface Comparison {
  entities: string[];
  rows: ComparisonRow[];
}
