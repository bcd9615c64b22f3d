// Fuzzing the CSV pair importer with damaged exports (nodes file, edges file) of real, hostile and random graphs.
import { describe, expect, it } from 'vitest';
import { exportCsv, importCsv } from '../../src/core/io/index.js';
import { FUZZ_TEST_TIMEOUT } from '../fixtures/hostile/fuzz-kit.js';
import { CSV_MUTATIONS, countCsvRows } from '../fixtures/hostile/formats.js';
import { fuzzImporter, reportLeaks, utf8Text } from '../fixtures/hostile/import-fuzz.js';

describe('fuzz: CSV pair import', () => {
  it(
    'gives a whole graph or a typed error for damaged files, and reads undamaged exports back',
    () => {
      const cases = fuzzImporter({
        suite: 'csv',
        write: (graph) => {
          const { nodes, edges } = exportCsv(graph);
          return [nodes, edges];
        },
        assemble: ([nodes, edges]) => ({ nodes, edges }),
        read: (file, options) => importCsv(file, options),
        count: (file) => {
          const [nodes, edges] = [countCsvRows(utf8Text(file.nodes)), countCsvRows(utf8Text(file.edges))];
          return nodes === undefined || edges === undefined ? undefined : { nodes, edges };
        },
        mutations: CSV_MUTATIONS,
        runs: 500,
      });
      reportLeaks('csv');
      expect(cases).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
