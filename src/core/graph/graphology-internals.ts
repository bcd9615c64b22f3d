// The one place that reads graphology's private node table (`_nodes`, graphology 0.26, pinned exactly in
// package.json). Everything here checks what it finds and does nothing when the shape differs;
// test/core/library-internals.test.ts fails when it no longer applies to the graphology in use.
import type Graph from 'graphology';

/**
 * graphology keeps each node's neighbours in two plain objects, `in` and `out`, keyed by neighbour id. Filled one
 * new key at a time, V8 gives such an object a new hidden class for nearly every key before it turns it into a
 * dictionary; at a quarter of a million edges that is most of the time spent adding them. Turning the objects
 * into dictionaries up front spares it: they stay plain empty objects with the same prototype, and keys keep
 * their order, so nothing graphology or its callers can see changes. This reaches into graphology's private
 * node table, so it is done only when every node's `in` and `out` are empty plain objects, as graphology 0.26
 * makes them; otherwise the graph is left as it is. Returns whether it was done. Given the nodes' degrees (in the
 * order the nodes were added), a table that no edge will enter is left as it is: a dictionary is four times the
 * size of an empty object, and most nodes have links in one direction only.
 */
export function prepareAdjacency(graph: Graph, degrees?: { degree: ArrayLike<number>; outDegree: ArrayLike<number> }): boolean {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return false;
  for (const data of nodes.values()) {
    if (!isEmptyPlainObject((data as { in?: unknown }).in) || !isEmptyPlainObject((data as { out?: unknown }).out)) return false;
  }
  let index = 0;
  for (const data of nodes.values()) {
    const out = degrees ? degrees.outDegree[index] : 1;
    const into = degrees ? degrees.degree[index] - out : 1;
    if (into > 0) (data as { in: object }).in = emptyDictionary();
    if (out > 0) (data as { out: object }).out = emptyDictionary();
    index++;
  }
  return true;
}

function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

/** `{}` as V8 keeps a dictionary: deleting a property other than the last one added switches the object over. */
function emptyDictionary(): object {
  const object: { a?: number; b?: number } = { a: 0, b: 0 };
  delete object.a;
  delete object.b;
  return object;
}
