// The vocabulary of the graph: entity kinds and relation types with the endpoint kinds each allows.
// One table, read by the schema, the validator, the graph builder and the viewer's legend.

export const ENTITY_KINDS = [
  'company',
  'organization',
  'product',
  'model',
  'modality',
  'track',
  'business_model',
  'technology',
  'market',
  'hardware',
  'region',
  'policy',
  'event',
  'concept',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ID_PATTERN = new RegExp(`^(${ENTITY_KINDS.join('|')}):([a-z0-9]+(?:-[a-z0-9]+)*)$`);

export interface Bilingual {
  zh: string;
  en: string;
}

export const KIND_LABELS: Record<EntityKind, Bilingual> = {
  company: { zh: '企业', en: 'Company' },
  organization: { zh: '机构', en: 'Organization' },
  product: { zh: '产品', en: 'Product' },
  model: { zh: '模型', en: 'Model' },
  modality: { zh: '模态', en: 'Modality' },
  track: { zh: '赛道', en: 'Track' },
  business_model: { zh: '商业模式', en: 'Business model' },
  technology: { zh: '技术', en: 'Technology' },
  market: { zh: '目标市场', en: 'Market' },
  hardware: { zh: '硬件', en: 'Hardware' },
  region: { zh: '地区', en: 'Region' },
  policy: { zh: '政策', en: 'Policy' },
  event: { zh: '事件', en: 'Event' },
  concept: { zh: '概念', en: 'Concept' },
};

/** Colour per kind: distinguishable on white, colour-blind-aware (Okabe–Ito first, then Tableau). */
export const KIND_COLORS: Record<EntityKind, string> = {
  company: '#0072b2',
  organization: '#56b4e9',
  product: '#e69f00',
  model: '#d55e00',
  modality: '#009e73',
  track: '#6ab04c',
  business_model: '#cc79a7',
  technology: '#7f63b8',
  market: '#8c564b',
  hardware: '#5f6b7a',
  region: '#17becf',
  policy: '#bcbd22',
  event: '#e377c2',
  concept: '#9e9e9e',
};

const ORGS = ['company', 'organization'] as const satisfies readonly EntityKind[];
const MAKERS_OUTPUT = ['product', 'model', 'hardware', 'technology'] as const satisfies readonly EntityKind[];
const OFFERINGS = ['product', 'model', 'hardware', 'company', 'organization'] as const satisfies readonly EntityKind[];

export interface RelationSpec {
  label: Bilingual;
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  /** Symmetric relations count A–B and B–A as the same fact. */
  symmetric?: boolean;
}

export const RELATION_TYPES = {
  developed_by: {
    label: { zh: '开发方', en: 'developed by' },
    from: MAKERS_OUTPUT,
    to: ORGS,
  },
  subsidiary_of: {
    label: { zh: '隶属于', en: 'subsidiary of' },
    from: ORGS,
    to: ORGS,
  },
  part_of: {
    label: { zh: '属于', en: 'part of' },
    from: ['product', 'model', 'track', 'technology', 'hardware', 'concept', 'business_model', 'policy'],
    to: ['product', 'model', 'track', 'modality', 'technology', 'concept', 'business_model', 'hardware', 'policy'],
  },
  powered_by: {
    label: { zh: '基于模型', en: 'powered by' },
    from: ['product', 'hardware'],
    to: ['model'],
  },
  based_on: {
    label: { zh: '基于', en: 'based on' },
    from: ['model', 'product', 'technology', 'track', 'hardware', 'policy'],
    to: ['model', 'technology', 'product', 'track', 'policy'],
  },
  uses_technology: {
    label: { zh: '采用技术', en: 'uses technology' },
    from: ['product', 'model', 'hardware', 'company', 'organization', 'track', 'concept'],
    to: ['technology'],
  },
  in_modality: {
    label: { zh: '所属模态', en: 'in modality' },
    from: ['product', 'model', 'track', 'technology', 'company', 'hardware'],
    to: ['modality'],
  },
  in_track: {
    label: { zh: '所属赛道', en: 'in track' },
    from: OFFERINGS,
    // A hardware category (AI手机, AI学习机) is the track of the companies that make such devices.
    to: ['track', 'hardware'],
  },
  business_model: {
    label: { zh: '商业模式', en: 'business model' },
    from: ['product', 'company', 'track', 'model'],
    to: ['business_model'],
  },
  targets_market: {
    label: { zh: '目标市场', en: 'targets market' },
    from: ['product', 'company', 'track', 'model', 'business_model', 'hardware', 'concept', 'technology'],
    to: ['market', 'region'],
  },
  integrates: {
    label: { zh: '接入', en: 'integrates' },
    from: OFFERINGS,
    to: ['model', 'product', 'technology', 'company'],
  },
  competes_with: {
    label: { zh: '竞争', en: 'competes with' },
    from: OFFERINGS,
    to: OFFERINGS,
    symmetric: true,
  },
  impacts: {
    label: { zh: '影响', en: 'impacts' },
    from: ['model', 'technology', 'event', 'policy', 'concept', 'company', 'organization', 'product', 'track', 'hardware'],
    to: ENTITY_KINDS,
  },
  located_in: {
    label: { zh: '位于', en: 'located in' },
    from: ['company', 'organization', 'policy', 'event', 'concept', 'market', 'hardware'],
    to: ['region'],
  },
  issued_by: {
    label: { zh: '发布方', en: 'issued by' },
    from: ['policy', 'event'],
    to: ['organization', 'region', 'company'],
  },
  version_of: {
    label: { zh: '版本', en: 'version of' },
    from: ['product', 'model'],
    to: ['product', 'model'],
  },
  related_to: {
    label: { zh: '相关', en: 'related to' },
    from: ENTITY_KINDS,
    to: ENTITY_KINDS,
    symmetric: true,
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

const KIND_BY_NAME = new Map<string, EntityKind>(ENTITY_KINDS.map((kind) => [kind, kind]));

export function kindOfId(id: string): EntityKind | undefined {
  // The pattern's first group is a known kind, and a kind has no colon: the kind is what comes before the first one.
  return ID_PATTERN.test(id) ? KIND_BY_NAME.get(id.slice(0, id.indexOf(':'))) : undefined;
}

/**
 * Each relation type read from its target's side ("ByteDance develops Doubao"), as the details panel lists
 * incoming links. Keyed by RelationType: a new relation type without its inverse does not compile.
 */
export const RELATION_INVERSE_LABELS: Record<RelationType, Bilingual> = {
  developed_by: { zh: '开发', en: 'develops' },
  subsidiary_of: { zh: '下属机构', en: 'has subsidiary' },
  part_of: { zh: '包含', en: 'includes' },
  powered_by: { zh: '驱动产品', en: 'powers' },
  based_on: { zh: '衍生出', en: 'basis of' },
  uses_technology: { zh: '被采用于', en: 'used by' },
  in_modality: { zh: '包含（模态）', en: 'has members' },
  in_track: { zh: '赛道成员', en: 'has members' },
  business_model: { zh: '采用者', en: 'used by' },
  targets_market: { zh: '面向它的', en: 'targeted by' },
  integrates: { zh: '被接入于', en: 'integrated by' },
  competes_with: { zh: '竞争', en: 'competes with' },
  impacts: { zh: '受影响于', en: 'impacted by' },
  located_in: { zh: '所在地', en: 'location of' },
  issued_by: { zh: '发布', en: 'issued' },
  version_of: { zh: '其他版本', en: 'has version' },
  related_to: { zh: '相关', en: 'related to' },
};
