// URL state: parse never throws and names what it dropped; serialize is stable, short and round-trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, normalizeFilter } from '../../src/core/filters/index.js';
import {
  DEFAULT_VIEW_STATE,
  parseCamera,
  parseViewState,
  serializeCamera,
  serializeViewState,
  type ViewState,
} from '../../src/core/view-state/index.js';

const IDS = new Set([
  'product:doubao',
  'company:bytedance',
  'company:kuaishou',
  'modality:vision',
  'modality:voice',
  'track:ai-visual-search-qa',
  'business_model:freemium',
  'market:c-end',
  'market:overseas',
  'company:weird id,with&amp',
]);

const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial });

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes short, ordered parameters with facet prefixes left out', () => {
    const state = view({
      selected: 'product:doubao',
      filter: normalizeFilter({
        kinds: ['product', 'company'],
        modalities: ['modality:vision'],
        markets: ['market:c-end', 'market:overseas'],
        ego: { id: 'company:bytedance', depth: 2 },
        hideIsolated: true,
      }),
      colorMode: 'modality',
      lang: 'en',
      tableOpen: true,
      camera: { x: 0.51234567, y: -0.25, ratio: 0.123456 },
    });
    expect(serializeViewState(state)).toBe(
      '?sel=product:doubao&k=product,company&m=vision&mk=c-end,overseas&ego=company:bytedance&d=2&iso=1&col=modality&lang=en&table=1&cam=0.5123,-0.25,0.1235',
    );
  });

  it('is stable: same state, same string', () => {
    const state = view({ filter: normalizeFilter({ tracks: ['track:ai-visual-search-qa'] }), lang: 'en' });
    expect(serializeViewState(state)).toBe(serializeViewState(structuredClone(state)));
  });

  it('writes cameras with the precision the zoom needs', () => {
    expect(serializeCamera({ x: 0.5, y: 0.5, ratio: 1 })).toBe('0.5,0.5,1');
    expect(serializeCamera({ x: -0, y: 0, ratio: 150 })).toBe('0,0,150');
    expect(serializeCamera({ x: 0.1234567, y: 0.7654321, ratio: 0.001 })).toBe('0.123457,0.765432,0.001');
  });
});

describe('parseViewState', () => {
  it('reads an empty query as the default view, with or without "?"', () => {
    expect(parseViewState('', IDS)).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
    expect(parseViewState('?', IDS)).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
  });

  it('round-trips every part of the view', () => {
    const state = view({
      selected: 'product:doubao',
      filter: normalizeFilter({
        kinds: ['product'],
        modalities: ['modality:vision', 'modality:voice'],
        tracks: ['track:ai-visual-search-qa'],
        businessModels: ['business_model:freemium'],
        markets: ['market:c-end'],
        companies: ['company:bytedance', 'company:weird id,with&amp'],
        ego: { id: 'product:doubao', depth: 3 },
        hideIsolated: true,
      }),
      colorMode: 'track',
      lang: 'en',
      tableOpen: true,
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
      dataUrl: 'https://example.org/bundle.json?x=1&y=2',
    });
    const parsed = parseViewState(serializeViewState(state), IDS);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('drops unknown parameters and ids, and malformed values, with a notice each', () => {
    const { state, notices } = parseViewState(
      '?foo=bar&sel=product:nope&m=vision,nope&k=product,spaceship&col=rainbow&lang=fr&cam=1,2&iso=maybe&d=9&ego=x:y&table=2',
      IDS,
    );
    expect(state.selected).toBeNull();
    expect(state.filter.modalities).toEqual(['modality:vision']);
    expect(state.filter.kinds).toEqual(['product']);
    expect(state.colorMode).toBe('kind');
    expect(state.lang).toBe('zh');
    expect(state.camera).toBeNull();
    expect(state.filter.hideIsolated).toBe(false);
    expect(state.filter.ego).toBeNull();
    expect(state.tableOpen).toBe(false);
    expect(notices).toEqual([
      'foo=bar',
      'sel=product:nope',
      'm=nope',
      'k=spaceship',
      'col=rainbow',
      'lang=fr',
      'cam=1,2',
      'iso=maybe',
      'd=9',
      'ego=x:y',
      'table=2',
    ]);
  });

  it('never throws on broken escapes, odd separators or huge input', () => {
    const { state, notices } = parseViewState('?sel=%E0%A4%A&&=&m=,,&%zz=1&lang', IDS);
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(notices).toEqual(['sel=%E0%A4%A', '=', '%zz=1', 'lang=']);
    const long = parseViewState(`?x=${'a'.repeat(5000)}`, IDS);
    expect(long.notices[0].length).toBeLessThan(80);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseViewState(text, IDS);
        expect(Array.isArray(result.notices)).toBe(true);
      }),
      { numRuns: 500, seed: 20261203 },
    );
  });

  it('rejects facet values of another kind, and takes full ids as well as short ones', () => {
    expect(parseViewState('?m=bytedance', IDS).notices).toEqual(['m=bytedance']);
    expect(parseViewState('?c=modality:vision', IDS).notices).toEqual(['c=modality:vision']);
    expect(parseViewState('?m=modality:vision', IDS).state.filter.modalities).toEqual(['modality:vision']);
  });

  it('reads depth only with an ego, defaulting to 1, and accepts the depth bounds 1 and 3', () => {
    expect(parseViewState('?ego=product:doubao', IDS).state.filter.ego).toEqual({ id: 'product:doubao', depth: 1 });
    expect(parseViewState('?ego=product:doubao&d=3', IDS).state.filter.ego).toEqual({ id: 'product:doubao', depth: 3 });
    expect(parseViewState('?d=1&ego=product:doubao', IDS).state.filter.ego).toEqual({ id: 'product:doubao', depth: 1 });
    expect(parseViewState('?d=0&ego=product:doubao', IDS).notices).toEqual(['d=0']);
    expect(parseViewState('?d=2', IDS).state.filter).toEqual(EMPTY_FILTER);
  });

  it('merges repeated list parameters and removes duplicates', () => {
    const { state } = parseViewState('?m=vision&m=voice,vision', IDS);
    expect(state.filter.modalities).toEqual(['modality:vision', 'modality:voice']);
  });

  it('checks camera bounds', () => {
    expect(parseCamera('0.5,0.5,1')).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
    expect(parseCamera('0,0,0.0001')).toEqual({ x: 0, y: 0, ratio: 0.0001 });
    expect(parseCamera('0,0,10000')).toEqual({ x: 0, y: 0, ratio: 10000 });
    expect(parseCamera('0,0,0')).toBeNull();
    expect(parseCamera('0,0,-1')).toBeNull();
    expect(parseCamera('0,0,100000')).toBeNull();
    expect(parseCamera('NaN,0,1')).toBeNull();
    expect(parseCamera('Infinity,0,1')).toBeNull();
    expect(parseCamera(',0,1')).toBeNull();
    expect(parseCamera('0,0,1,2')).toBeNull();
  });

  it('works against an empty graph: every id is unknown', () => {
    const { state, notices } = parseViewState('?sel=product:doubao&k=product', new Set());
    expect(state.selected).toBeNull();
    expect(state.filter.kinds).toEqual(['product']);
    expect(notices).toEqual(['sel=product:doubao']);
  });
});

describe('the time window in the URL', () => {
  const month = (year: number, number: number) => year * 12 + number - 1;

  it('round-trips time=FROM..UNTIL and undated=hide', () => {
    const filter = normalizeFilter({ time: { from: month(2023, 1), until: month(2024, 12), undated: 'hide' } });
    const search = serializeViewState(view({ filter }));
    expect(search).toBe('?time=2023-01..2024-12&undated=hide');
    expect(parseViewState(search, IDS)).toEqual({ state: view({ filter }), notices: [] });
    const kept = normalizeFilter({ time: { from: month(2024, 5), until: month(2024, 5), undated: 'keep' } });
    expect(serializeViewState(view({ filter: kept }))).toBe('?time=2024-05..2024-05');
  });

  it('reads years as their months', () => {
    expect(parseViewState('?time=2023..2024', IDS).state.filter.time).toEqual({
      from: month(2023, 1),
      until: month(2024, 12),
      undated: 'keep',
    });
  });

  it.each(['2024-12..2023-01', '2024-13..2024-12', '2024/1..2024/5', '去年..今年', '2024-01', '2024-01-05..2024-02', ''])(
    'drops time=%s with a notice and changes nothing else',
    (value) => {
      const { state, notices } = parseViewState(`?k=product&time=${encodeURIComponent(value)}&lang=en`, IDS);
      expect(state.filter.time).toBeNull();
      expect(state.filter.kinds).toEqual(['product']);
      expect(state.lang).toBe('en');
      expect(notices).toEqual([`time=${value}`]);
    },
  );

  it('drops undated= that is not hide or keep, and undated without a window', () => {
    expect(parseViewState('?time=2024..2024&undated=maybe', IDS).notices).toEqual(['undated=maybe']);
    expect(parseViewState('?time=2024..2024&undated=maybe', IDS).state.filter.time?.undated).toBe('keep');
    expect(parseViewState('?undated=hide', IDS)).toEqual({ state: DEFAULT_VIEW_STATE, notices: ['undated=hide'] });
  });
});

describe('the analysis panel in the URL', () => {
  it('round-trips a path question, the open tab, the ranking and size-by', () => {
    const state = view({
      analysis: 'path',
      path: { from: 'product:doubao', to: 'company:weird id,with&amp', avoidHubs: true },
      rank: 'betweenness',
      sizeBy: 'degree',
    });
    const link = serializeViewState(state);
    expect(link).toBe('?an=path&pf=product:doubao&pt=company:weird%20id%2Cwith%26amp&ph=1&rk=betweenness&sz=degree');
    expect(parseViewState(link, IDS)).toEqual({ state, notices: [] });
  });

  it('keeps a path end the graph lacks (the panel says so), and a question with one end', () => {
    const { state, notices } = parseViewState('?pf=product:nope', IDS);
    expect(notices).toEqual([]);
    expect(state.path).toEqual({ from: 'product:nope', to: null, avoidHubs: false });
  });

  it('drops malformed values with a notice: an unknown tab or measure, an empty end, a bad flag', () => {
    const { state, notices } = parseViewState('?an=chart&rk=closeness&sz=&pf=&pt=%20x&ph=2', IDS);
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(notices).toEqual(['an=chart', 'rk=closeness', 'sz=', 'pf=', 'pt= x', 'ph=2']);
  });

  it('round-trips compared entities (an id with a comma too), dropping unknown, repeated and a fifth with a notice', () => {
    const state = view({ compare: ['company:bytedance', 'company:weird id,with&amp'] });
    expect(parseViewState(serializeViewState(state), IDS)).toEqual({ state, notices: [] });
    const { state: parsed, notices } = parseViewState(
      '?cmp=company:bytedance,company:nope,company:bytedance,company:kuaishou,product:doubao,modality:vision,market:c-end',
      IDS,
    );
    expect(parsed.compare).toEqual(['company:bytedance', 'company:kuaishou', 'product:doubao', 'modality:vision']);
    expect(notices).toEqual(['cmp=company:nope', 'cmp=company:bytedance', 'cmp=market:c-end']);
  });

  it('round-trips one community shown alone (cm=N) and drops a number that is not one with a notice', () => {
    const state = view({ colorMode: 'community', community: 2 });
    const link = serializeViewState(state);
    expect(link).toBe('?cm=2&col=community');
    expect(parseViewState(link, IDS)).toEqual({ state, notices: [] });
    const { state: parsed, notices } = parseViewState('?cm=-1&cm=two&cm=1e3&cm=', IDS);
    expect(parsed.community).toBeNull();
    expect(notices).toEqual(['cm=-1', 'cm=two', 'cm=1e3', 'cm=']);
  });

  it('writes no path parameters for the default (no question, PageRank, sizes by the data)', () => {
    expect(serializeViewState(view({ path: { from: null, to: null, avoidHubs: true } }))).toBe('');
  });
});
