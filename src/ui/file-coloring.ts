// Colours for a graph from another tool: its own colours (a GEXF's viz colours, GraphML's r/g/b, a CSV colour
// column), or a palette over its best categorical attribute (Gephi's modularity_class, a "group" column…) when it
// has none. Legend entries name a colour by the attribute value its nodes share, else by its code.
import type Graph from 'graphology';
import { parseColor } from '../core/attributes/index.js';
import { defaultNodeColor } from '../core/io/index.js';

export interface ColorGroup {
  key: string;
  name: string;
  color: string;
}

/**
 * True when at least one node carries a colour the viewer can read that the import did not give it (a node that
 * came without one is painted its kind's colour or grey: those are no file colours).
 */
export function hasFileColors(graph: Graph): boolean {
  return graph.someNode((_node, attributes) => {
    const color = parseColor(attributes.color);
    return color !== undefined && color !== parseColor(defaultNodeColor(attributes.kind));
  });
}

/** A node's value of `name` as one string (a list's first item). */
export function valueOf(attributes: Record<string, unknown>, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const value = attributes[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === null || first === '' ? undefined : String(first);
}

/**
 * The file's colours as groups, commonest first: each named by the value of `attribute` that 90 % or more of its
 * nodes share (Gephi colours by modularity class: the legend then says "modularity_class 3"), else by its code.
 */
export function computeFileColorGroups(graph: Graph, attribute: string | undefined): ColorGroup[] {
  const groups = new Map<string, { count: number; values: Map<string, number> }>();
  graph.forEachNode((_node, attributes) => {
    const color = parseColor(attributes.color);
    if (color === undefined) return;
    let group = groups.get(color);
    if (!group) groups.set(color, (group = { count: 0, values: new Map() }));
    group.count++;
    const value = valueOf(attributes, attribute);
    if (value !== undefined) group.values.set(value, (group.values.get(value) ?? 0) + 1);
  });
  return [...groups]
    .sort((a, b) => b[1].count - a[1].count)
    .map(([color, group]) => {
      const [value, count] = [...group.values].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
      const name = value !== undefined && count >= 0.9 * group.count ? `${attribute} ${value}` : color;
      return { key: color, name, color };
    });
}
