// Names in Neo4j's conventions: node labels in PascalCase (business_model → BusinessModel) and
// relationship types in UPPER_SNAKE_CASE (developed_by → DEVELOPED_BY), plus Cypher quoting.

/** The label every exported node carries, so one uniqueness constraint covers them all. */
export const ENTITY_LABEL = 'Entity';
export const FALLBACK_RELATIONSHIP_TYPE = 'RELATED_TO';

function words(text: string): string[] {
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** business_model → BusinessModel; undefined when nothing is left to make a label of. */
export function computeNodeLabel(kind: unknown): string | undefined {
  if (typeof kind !== 'string') return undefined;
  const label = words(kind)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
  return label === '' || label === ENTITY_LABEL ? undefined : label;
}

/** developed_by → DEVELOPED_BY; competesWith → COMPETES_WITH. */
export function computeRelationshipType(relation: unknown): string {
  if (typeof relation !== 'string') return FALLBACK_RELATIONSHIP_TYPE;
  const type = words(relation)
    .map((word) => word.toUpperCase())
    .join('_');
  return type === '' ? FALLBACK_RELATIONSHIP_TYPE : type;
}

/** A label, type or property name, backtick-quoted unless it is a plain identifier. */
export function quoteCypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

const CYPHER_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A single-quoted Cypher string: backslashes, quotes, line breaks, control characters and lone surrogates escaped. */
export function quoteCypherString(text: string): string {
  const escaped = text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    /[\\'\x00-\x1F\x7F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (char) => CYPHER_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}
