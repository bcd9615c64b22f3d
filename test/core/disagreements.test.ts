import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeDisagreements, EDITORIAL_CLAIM } from '../../src/core/graph/index.js';

describe('computeDisagreements', () => {
  const graph = new Graph({ type: 'directed', multi: true });
  for (const id of ['model:vidu', 'company:shengshu', 'organization:tsinghua', 'model:qwen3', 'company:alibaba', 'model:x'])
    graph.addNode(id);
  const developedBy = (from: string, to: string, sourceIds: string[]) => graph.addEdge(from, to, { relation: 'developed_by', sourceIds });
  developedBy('model:vidu', 'company:shengshu', []);
  developedBy('model:vidu', 'organization:tsinghua', ['epoch']);
  developedBy('model:qwen3', 'company:alibaba', ['report', 'epoch']);
  developedBy('model:x', 'company:alibaba', ['report']);
  developedBy('model:x', 'company:shengshu', ['report']);
  graph.addEdge('model:x', 'organization:tsinghua', { relation: 'based_on', sourceIds: ['epoch'] });

  it('names what each source (or the editors) says when they name different developers', () => {
    expect(computeDisagreements(graph, 'model:vidu')).toEqual([
      {
        relation: 'developed_by',
        claims: [
          { source: EDITORIAL_CLAIM, targets: ['company:shengshu'] },
          { source: 'epoch', targets: ['organization:tsinghua'] },
        ],
      },
    ]);
  });

  it('finds none when the sources agree, when one source names several, or for another relation', () => {
    expect(computeDisagreements(graph, 'model:qwen3')).toEqual([]);
    expect(computeDisagreements(graph, 'model:x')).toEqual([]);
    expect(computeDisagreements(graph, 'model:missing')).toEqual([]);
  });
});
