// Fuzzing the graphology JSON importer with damaged exports of real, hostile and random graphs.
import { describe, expect, it } from 'vitest';
import { exportJson, importJson } from '../../src/core/io/index.js';
import { FUZZ_TEST_TIMEOUT } from '../fixtures/hostile/fuzz-kit.js';
import { JSON_MUTATIONS, countJsonGraph } from '../fixtures/hostile/formats.js';
import { fuzzImporter, reportLeaks, utf8Text } from '../fixtures/hostile/import-fuzz.js';

describe('fuzz: graphology JSON import', () => {
  it(
    'gives a whole graph or a typed error for damaged files, and reads undamaged exports back',
    () => {
      const cases = fuzzImporter({
        suite: 'json',
        write: (graph) => [exportJson(graph)],
        assemble: ([file]) => file,
        read: (file, options) => importJson(file, options),
        count: (file) => countJsonGraph(utf8Text(file)),
        mutations: JSON_MUTATIONS,
        runs: 500,
      });
      reportLeaks('json');
      expect(cases).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
