// Fuzzing the GEXF importer with damaged exports of real, hostile and random graphs.
import { describe, expect, it } from 'vitest';
import { exportGexf, importGexf } from '../../src/core/io/index.js';
import { FUZZ_TEST_TIMEOUT } from '../fixtures/hostile/fuzz-kit.js';
import { XML_MUTATIONS } from '../fixtures/hostile/formats.js';
import { countXmlElements, fuzzImporter, reportLeaks, utf8Text } from '../fixtures/hostile/import-fuzz.js';

describe('fuzz: GEXF import', () => {
  it(
    'gives a whole graph or a typed error for damaged files, and reads undamaged exports back',
    () => {
      const cases = fuzzImporter({
        suite: 'gexf',
        write: (graph) => [exportGexf(graph)],
        assemble: ([file]) => file,
        read: (file, options) => importGexf(file, options),
        count: (file) => countXmlElements(utf8Text(file)),
        mutations: XML_MUTATIONS,
        runs: 500,
      });
      reportLeaks('gexf');
      expect(cases).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );
});
