// Positions in a JSON record file found in its text equal those the YAML parser gives (what a file that is not
// JSON gets): for values, keys, array items, missing paths (the nearest parent) and strings with escapes.
import { describe, expect, it } from 'vitest';
import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { createJsonLocator } from '../../src/core/records/json-positions.js';
import { renderRecordFiles } from '../../src/core/synth/index.js';
import { generateLandscape } from '../../src/core/synth/index.js';

function yamlPositions(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const nodeAt = (path: readonly PropertyKey[]): Node => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (node && typeof node === 'object' && 'range' in node && node.range) return node as Node;
    }
    throw new Error('no node');
  };
  return {
    value: (path: readonly PropertyKey[]) => lineCounter.linePos(nodeAt(path).range![0]),
    key: (path: readonly PropertyKey[], key: string) => {
      const node = nodeAt(path);
      const pair = isMap(node) ? node.items.find((item) => isScalar(item.key) && String(item.key.value) === key) : undefined;
      return lineCounter.linePos(pair && isScalar(pair.key) ? pair.key.range![0] : node.range![0]);
    },
  };
}

const HAND = `{
  "entities": [
    {"id": "company:a", "name": {"zh": "甲\\"引号\\"", "en": "A, \\\\ {b}"}, "aliases": ["x", "y:z"]},
    {"id": "company:b", "sources": [ { "source": "s", "quote": "q]}" } ], "n": -1.5e3, "t": true, "u": null }
  ],
  "relations": []
}`;

describe('createJsonLocator', () => {
  it('finds values and keys where the YAML parser does, in a hand-made file and in a generated record file', () => {
    const generated = renderRecordFiles(generateLandscape({ nodes: 300, seed: 4 })).find((file) => file.path.endsWith('.json'))!.text;
    for (const text of [HAND, generated]) {
      const json = createJsonLocator(text);
      const yaml = yamlPositions(text);
      const data = JSON.parse(text) as Record<string, unknown[]>;
      const paths: PropertyKey[][] = [[]];
      for (const list of Object.keys(data)) {
        paths.push([list], [list, 99_999]);
        data[list].slice(0, 40).forEach((record, at) => {
          paths.push([list, at]);
          for (const key of Object.keys(record as object))
            paths.push([list, at, key], [list, at, key, 0], [list, at, key, 'zh'], [list, at, 'missing']);
        });
      }
      for (const path of paths) {
        expect(json.lineCol(json.valueAt(path)), JSON.stringify(path)).toEqual(yaml.value(path));
        expect(json.lineCol(json.keyAt(path.slice(0, -1), String(path.at(-1)))), JSON.stringify(path)).toEqual(
          yaml.key(path.slice(0, -1), String(path.at(-1))),
        );
      }
    }
  });
});
