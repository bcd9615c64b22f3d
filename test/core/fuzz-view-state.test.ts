// Fuzzing the URL state: tampered, truncated and random query strings always give a valid view
// state (known ids only, bounded camera, http(s) data URLs only) plus notices, never a throw; a state
// survives its own link; parsing then serializing settles at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttributeProfile } from '../../src/core/attributes/index.js';
import { FILTER_FACETS, MAX_EGO_DEPTH, MIN_EGO_DEPTH, SCOPES, normalizeFilter } from '../../src/core/filters/index.js';
import { ENTITY_KINDS } from '../../src/core/records/index.js';
import {
  ANALYSIS_TABS,
  RANK_METRICS,
  MAX_COMPARED,
  COLOR_MODES,
  FACET_PARAMS,
  LANGUAGES,
  MAX_CAMERA_RATIO,
  MIN_CAMERA_RATIO,
  PARAMS,
  parseCamera,
  parseViewState,
  serializeCamera,
  serializeViewState,
  type ViewState,
} from '../../src/core/view-state/index.js';
import { FACET_KIND } from '../../src/core/graph/compute-facets.js';
import { BundleLoadError, resolveBundleUrl } from '../../src/ui/data/load-bundle.js';
import {
  FUZZ_TEST_TIMEOUT,
  applyMutations,
  asText,
  fraction,
  mutatedFile,
  mutation,
  runFuzz,
  timed,
} from '../fixtures/hostile/fuzz-kit.js';
import { realSubgraph } from '../fixtures/hostile/graphs.js';
import { HOSTILE_IDS } from '../fixtures/hostile/hostile-bundle.js';
import { ALL_PAYLOADS } from '../fixtures/hostile/payloads.js';

const ODD_IDS = [
  'company:a,b',
  'company:a&b=c',
  'company:%zz',
  'company:100%',
  'company:+plus',
  'company:#hash',
  'company:?q',
  'company:中文 名',
  'modality:a:b',
  'track:',
  'company:__proto__',
  'market:constructor',
  ...Object.values(HOSTILE_IDS),
];
const IDS = [...realSubgraph().nodes(), ...ODD_IDS];
const KNOWN_IDS: ReadonlySet<string> = new Set(IDS);
const KINDS = [...ENTITY_KINDS, 'evil<kind>', 'a,b'];
const SOURCES = ['iresearch-2024', 'epoch-ai-models', 'odd source,id'];
const SOURCE_SETS = ['iresearch-2024', 'epoch-ai-models', 'iresearch-2024+epoch-ai-models', 'odd source,id+epoch-ai-models'];
/** A file's attributes as profiled, odd names and values included (commas, `..`, %, 中文, a space). */
const PROFILES: AttributeProfile[] = [
  {
    name: 'genre',
    count: 5,
    role: 'categorical',
    multiValued: true,
    separator: ',',
    values: ['pop', 'dance pop', 'a,b', '100%', '中文'].map((value) => ({ value, count: 1 })),
  },
  {
    name: 'odd name,with=signs&',
    count: 5,
    role: 'categorical',
    multiValued: false,
    values: ['x', 'y..z'].map((value) => ({ value, count: 1 })),
  },
  { name: 'followers', count: 9, role: 'numeric', min: -5, max: 1e25, integer: false, histogram: [1, 8], invalid: 0, scale: 'linear' },
  { name: 'active', count: 4, role: 'boolean', trueCount: 2, falseCount: 2 },
  { name: 'label name', count: 9, role: 'left-out', reason: 'unique-per-node' },
];
const EDGE_ATTRIBUTES = ['weight', 'odd,weight'];
const KNOWN = { kinds: KINDS, sources: SOURCES, attributes: PROFILES, edgeAttributes: EDGE_ATTRIBUTES };
const rangeEnd = fc.option(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1e25, -5, 0.5)));
const attributeCondition = fc.oneof(
  fc.record({ name: fc.constant('genre'), values: fc.subarray(['pop', 'dance pop', 'a,b', '100%', '中文'], { minLength: 1 }) }),
  fc.record({ name: fc.constant('odd name,with=signs&'), values: fc.subarray(['x', 'y..z'], { minLength: 1 }) }),
  fc.record({ name: fc.constant('active'), values: fc.subarray(['true', 'false'], { minLength: 1 }) }),
  fc
    .record({ name: fc.constant('followers'), min: rangeEnd, max: rangeEnd })
    .map((range) =>
      range.min !== null && range.max !== null && range.min > range.max ? { ...range, min: range.max, max: range.min } : range,
    ),
);
const KNOWN_NAMES = new Set<string>([
  ...Object.values(PARAMS),
  ...Object.values(FACET_PARAMS),
  ...PROFILES.filter((profile) => profile.role !== 'left-out').map((profile) => `at.${profile.name}`),
]);
const BASE = 'http://127.0.0.1:4173/';

const idOf = (kind: string) => IDS.filter((id) => id.startsWith(`${kind}:`));

const coordinate = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer().map((n) => n * 10),
  fc.constantFrom(0, -0, 1e21, -1e30, 5e-324),
);
const camera = fc.record({
  x: coordinate,
  y: coordinate,
  ratio: fc.oneof(
    fc.double({ min: MIN_CAMERA_RATIO, max: MAX_CAMERA_RATIO, noNaN: true }),
    fc.constantFrom(MIN_CAMERA_RATIO, 10, 100, 1000, 2000, MAX_CAMERA_RATIO),
  ),
});

const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** What the URL keeps as a path end: no spaces around it, no lone surrogate, at most 200 characters. */
const isPathEnd = (text: string) => text.trim() === text && text.length <= 200 && wellFormed(text) === text;

const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    selected: fc.option(fc.constantFrom(...IDS)),
    facets: fc.record(
      Object.fromEntries(
        FILTER_FACETS.map((facet) => [
          facet,
          facet === 'kinds'
            ? fc.subarray(KINDS)
            : facet === 'sources'
              ? fc.subarray(SOURCE_SETS)
              : idOf(FACET_KIND[facet]).length > 0
                ? fc.subarray(idOf(FACET_KIND[facet]))
                : fc.constant([]),
        ]),
      ) as Record<(typeof FILTER_FACETS)[number], fc.Arbitrary<string[]>>,
    ),
    ego: fc.option(fc.record({ id: fc.constantFrom(...IDS), depth: fc.integer({ min: MIN_EGO_DEPTH, max: MAX_EGO_DEPTH }) })),
    hideIsolated: fc.boolean(),
    scope: fc.constantFrom(...SCOPES),
    colorMode: fc.constantFrom(...COLOR_MODES),
    lang: fc.constantFrom(...LANGUAGES),
    camera: fc.option(camera),
    tableOpen: fc.boolean(),
    dataUrl: fc.option(fc.oneof(fc.webUrl(), fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), fc.constantFrom(...ALL_PAYLOADS))),
    analysis: fc.option(fc.constantFrom(...ANALYSIS_TABS)),
    // A path end may be an id the graph lacks (the panel names it): any well-formed text without edge spaces.
    path: fc.option(
      fc
        .record({
          from: fc.option(fc.oneof(fc.constantFrom(...IDS), fc.constantFrom(...ALL_PAYLOADS))),
          to: fc.option(fc.oneof(fc.constantFrom(...IDS), fc.string({ minLength: 1, maxLength: 20 }))),
          avoidHubs: fc.boolean(),
        })
        .map((path) => ({
          ...path,
          from: path.from && isPathEnd(path.from) ? path.from : 'product:doubao',
          to: path.to && isPathEnd(path.to) ? path.to : null,
        })),
    ),
    rank: fc.constantFrom(...RANK_METRICS),
    sizeBy: fc.option(fc.constantFrom(...RANK_METRICS)),
    compare: fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: MAX_COMPARED }),
    attributes: fc.array(attributeCondition, { maxLength: 4 }),
    colorAttribute: fc.option(fc.constantFrom('genre', 'followers', 'active', 'odd name,with=signs&')),
    sizeAttribute: fc.option(fc.constant('followers')),
    labelAttribute: fc.option(fc.constantFrom('label name', 'genre')),
    edgeWeight: fc.option(fc.constantFrom(...EDGE_ATTRIBUTES)),
    community: fc.option(fc.oneof(fc.nat({ max: 40 }), fc.constant(999_999))),
  })
  .map(({ facets, ego, hideIsolated, scope, attributes, ...rest }) => ({
    ...rest,
    filter: normalizeFilter({ ...facets, ego, hideIsolated, scope, attributes }),
  }));

/** The state a link carries: the camera as precisely as the URL writes it, text as well-formed Unicode. */
function asLinked(state: ViewState): ViewState {
  return {
    ...state,
    camera: state.camera && parseCamera(serializeCamera(state.camera)),
    dataUrl: state.dataUrl && wellFormed(state.dataUrl),
  };
}

/** What every parse must give, whatever the query. */
function checkParsed(query: string): string {
  const { state, notices } = timed('parseViewState', query.length, () => parseViewState(query, KNOWN_IDS, KNOWN));
  if (!Array.isArray(notices) || notices.some((notice) => typeof notice !== 'string')) throw new Error('notices are not strings');
  if (state.selected !== null && !KNOWN_IDS.has(state.selected)) throw new Error(`selected an unknown id ${state.selected}`);
  for (const facet of FILTER_FACETS) {
    for (const value of state.filter[facet]) {
      const known =
        facet === 'kinds'
          ? KINDS.includes(value)
          : facet === 'sources'
            ? value.split('+').every((id) => SOURCES.includes(id))
            : KNOWN_IDS.has(value) && value.startsWith(`${FACET_KIND[facet]}:`);
      if (!known) throw new Error(`${facet} holds ${value}`);
    }
    if (new Set(state.filter[facet]).size !== state.filter[facet].length) throw new Error(`${facet} holds a value twice`);
  }
  for (const condition of state.filter.attributes ?? []) {
    const profile = PROFILES.find((candidate) => candidate.name === condition.name);
    const fits =
      profile?.role === 'numeric'
        ? 'min' in condition && (condition.min === null || condition.max === null || condition.min <= condition.max)
        : profile?.role === 'boolean'
          ? 'values' in condition && condition.values.every((value) => value === 'true' || value === 'false')
          : profile?.role === 'categorical' &&
            'values' in condition &&
            condition.values.every((value) => profile.values.some((entry) => entry.value === value));
    if (!fits) throw new Error(`bad attribute condition ${JSON.stringify(condition)}`);
  }
  const { ego } = state.filter;
  if (ego && (!KNOWN_IDS.has(ego.id) || !Number.isInteger(ego.depth) || ego.depth < MIN_EGO_DEPTH || ego.depth > MAX_EGO_DEPTH)) {
    throw new Error(`bad ego ${JSON.stringify(ego)}`);
  }
  if (!COLOR_MODES.includes(state.colorMode) || !LANGUAGES.includes(state.lang))
    throw new Error(`bad mode ${state.colorMode}/${state.lang}`);
  if (typeof state.tableOpen !== 'boolean' || typeof state.filter.hideIsolated !== 'boolean') throw new Error('a flag is not a boolean');
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    if (![x, y, ratio].every(Number.isFinite) || ratio < MIN_CAMERA_RATIO || ratio > MAX_CAMERA_RATIO)
      throw new Error(`bad camera ${x},${y},${ratio}`);
  }
  if (state.dataUrl !== null) {
    try {
      const url = new URL(resolveBundleUrl(state.dataUrl, BASE));
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`would load ${url.protocol} data`);
    } catch (error) {
      if (!(error instanceof BundleLoadError)) throw error;
    }
  }
  // Nothing dropped in silence: every parameter name the viewer does not know is named in a notice.
  for (const part of (query.startsWith('?') ? query.slice(1) : query).split('&')) {
    if (part === '') continue;
    let name = part.includes('=') ? part.slice(0, part.indexOf('=')) : part;
    try {
      name = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      // kept raw, as the parser does
    }
    if (!KNOWN_NAMES.has(name) && !notices.some((notice) => notice.startsWith(`${name}=`)))
      throw new Error(`parameter "${name}" dropped without a notice`);
  }
  // Parsing settles: the link of what was understood reads back to the same state, with nothing to say.
  const link = serializeViewState(state);
  const again = parseViewState(link, KNOWN_IDS, KNOWN);
  if (again.notices.length > 0) throw new Error(`the viewer's own link ${link} gives notices ${again.notices.join(' · ')}`);
  if (serializeViewState(again.state) !== link) throw new Error(`the link does not settle: ${link} → ${serializeViewState(again.state)}`);
  return notices.length === 0 ? 'clean' : 'notices';
}

const URL_SNIPPETS = [
  '&',
  '=',
  '?',
  '#',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '%C0%AF',
  '+',
  ',',
  ',,',
  '&&',
  '__proto__=1',
  'constructor=x',
  '__proto__[polluted]=1',
  'sel=__proto__',
  'k=__proto__,constructor',
  'toString=1',
  'data=javascript:window.__pwned=1',
  'data=data:text/html,<script>x</script>',
  'data=//evil.example/bundle.json',
  'data=%6A%61%76%61script:alert(1)',
  'cam=1e309,0,1',
  'cam=0,0,1e-5',
  'cam=NaN,NaN,NaN',
  'd=4',
  'd=-1',
  'd=1.5',
  'ego=company:deepseek&d=3',
  'lang=en',
  'col=track',
  'iso=true',
  'table=1',
  'm=vision,voice',
  'at.genre=pop,a%2Cb',
  'at.followers=10..1e25',
  'at.followers=..5',
  'at.followers=9..1',
  'at.followers=NaN..',
  'at.active=true',
  'at.active=maybe',
  'at.__proto__=1',
  'at.label%20name=x',
  'ca=followers',
  'sa=genre',
  'la=label%20name',
  'ew=weight',
  'ew=__proto__',
];

const encodedPayload = fc
  .constantFrom(...ALL_PAYLOADS)
  .map((payload) =>
    mutation(
      `append sel= and data= with ${JSON.stringify(payload)}`,
      (text) => `${text}&sel=${encodeURIComponent(wellFormed(payload))}&data=${payload}`,
    ),
  );
const splitParameter = fraction.map((f) =>
  mutation(`cut the query at a parameter boundary (${(f * 100).toFixed(1)}%)`, (text) => {
    const parts = text.split('&');
    return parts.slice(0, Math.max(1, Math.floor(f * parts.length))).join('&');
  }),
);

describe('fuzz: URL state (parseViewState)', () => {
  it(
    'a state survives its own link',
    () => {
      runFuzz(
        'url-roundtrip',
        viewState,
        (state) => {
          const parsed = parseViewState(serializeViewState(state), KNOWN_IDS, KNOWN);
          expect(parsed.notices).toEqual([]);
          expect(parsed.state).toEqual(asLinked(state));
        },
        500,
      );
    },
    FUZZ_TEST_TIMEOUT,
  );

  it(
    'tampered, truncated and random queries give a valid state and notices, never a throw',
    () => {
      const mutations = {
        snippets: URL_SNIPPETS,
        nesting: [{ open: '%25', close: '' }],
        maxNesting: 200,
        extra: [encodedPayload, splitParameter],
      };
      const query = fc.oneof(
        {
          weight: 3,
          arbitrary: fc
            .tuple(viewState, mutatedFile(mutations))
            .map(([state, damage]) => asText(applyMutations(serializeViewState(state), damage))),
        },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
        { weight: 1, arbitrary: fc.webQueryParameters().map((text) => `?${text}`) },
        { weight: 1, arbitrary: fc.array(fc.constantFrom(...URL_SNIPPETS), { maxLength: 8 }).map((parts) => `?${parts.join('&')}`) },
      );
      const cases = runFuzz(
        'url-state',
        query,
        (text, keep) => {
          keep('query.txt', text);
          return checkParsed(text);
        },
        3000,
      );
      expect(cases).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );

  it('only http(s) bundles are loaded from ?data=', () => {
    for (const payload of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'blob:http://x/y',
      'file:///etc/passwd',
      'vbscript:x',
    ]) {
      expect(() => resolveBundleUrl(payload, BASE), payload).toThrow(BundleLoadError);
    }
    expect(resolveBundleUrl('hostile/bundle.json', BASE)).toBe(`${BASE}hostile/bundle.json`);
    expect(resolveBundleUrl('//cdn.example/b.json', BASE)).toBe('http://cdn.example/b.json');
  });
});
