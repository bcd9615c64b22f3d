// Fuzzing the GraphML importer with damaged exports of real, hostile and random graphs.
import { describe, expect, it } from 'vitest';
import { exportGraphml, importGraphml } from '../../src/core/io/index.js';
import { FUZZ_TEST_TIMEOUT } from '../fixtures/hostile/fuzz-kit.js';
import { XML_MUTATIONS } from '../fixtures/hostile/formats.js';
import { countXmlElements, fuzzImporter, reportLeaks, utf8Text } from '../fixtures/hostile/import-fuzz.js';

describe('fuzz: GraphML import', () => {
  it(
    'gives a whole graph or a typed error for damaged files, and reads undamaged exports back',
    () => {
      const cases = fuzzImporter({
        suite: 'graphml',
        write: (graph) => [exportGraphml(graph)],
        assemble: ([file]) => file,
        read: (file, options) => importGraphml(file, options),
        count: (file) => countXmlElements(utf8Text(file)),
        mutations: XML_MUTATIONS,
        runs: 500,
      });
      reportLeaks('graphml');
      expect(cases).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
