// Browser half of `npm run bench`: our viewer and bare sigma on the same bundles, in headless Chromium
// (software WebGL: absolute times say nothing about a real GPU; the ratios to bare sigma do).
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { drawnAt, heapMb, settle, timeClick, timePlaySteps, timeSearch, timeSliderToMiddle } from './bench-page.js';

export interface BrowserFigures {
  figure: string;
  size: number;
  unit: 'ms' | 'MB';
  samples: number[];
}

export interface BrowserBenchOptions {
  chrome: string;
  siteDir: string;
  bundlesDir: string;
  /**
   * `landscape`: our generated landscape (JSON bundle) — load, heap, interactions, analyses, against bare sigma;
   * `compact`: the same landscape's compact bundle — our load and heap only (bare sigma reads JSON);
   * `foreign`: a plain clustered graph with positions only — load and heap, against bare sigma on the same file.
   */
  bundles: { size: number; file: string; variant: 'landscape' | 'compact' | 'foreign' }[];
  runs: number;
  /** Per size, two products a path question joins (picked from the generated dataset). */
  pathEnds?: Record<number, [string, string]>;
  onFailure: (message: string) => void;
  onProgress: (message: string) => void;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--js-flags=--expose-gc',
];
const TIMEOUT = 240_000;

async function measureBare(browser: Browser, url: string): Promise<{ ready: number; drawn: number; heap: number; redraw: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__bare !== undefined, undefined, { timeout: TIMEOUT });
    const ready = await page.evaluate(() => window.__bare!.readyAt);
    const drawn = await drawnAt(page);
    await settle(page);
    const redraw = await page.evaluate(() => window.__bare!.redraw());
    return { ready, drawn, heap: await heapMb(page), redraw };
  } finally {
    await page.close();
  }
}

async function measureViewer(
  browser: Browser,
  url: string,
  withInteractions: boolean,
): Promise<{
  ready: number;
  /** The first frame rasterised (see drawnAt); read at once, so the later stages wait for it, as the screen would. */
  readyDrawn: number;
  complete: number;
  completeDrawn: number;
  heap: number;
  stages: Record<string, number>;
  filter?: number;
  filterWork?: number;
  search?: number;
  brush?: number;
  brushWork?: number;
  playWork?: number[];
}> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(url);
    // Waited for in the page's own world, as bare sigma is: a selector wait would load Playwright's
    // injected script into a second world, about 0.7 MB of heap that the bare page never has.
    await page.waitForFunction(() => document.querySelector('[data-ready="true"]') !== null, undefined, { timeout: TIMEOUT });
    const ready = await page.evaluate(() => performance.getEntriesByName('landscape:ready')[0]?.startTime ?? -1);
    if (ready < 0) throw new Error('the viewer set data-ready without the landscape:ready mark');
    const readyDrawn = await drawnAt(page);
    // A large graph arrives in stages after the first frame: the whole of it is on screen at `landscape:complete`.
    await page.waitForFunction(() => performance.getEntriesByName('landscape:complete').length > 0, undefined, { timeout: TIMEOUT });
    const complete = await page.evaluate(() => performance.getEntriesByName('landscape:complete')[0].startTime);
    const completeDrawn = await drawnAt(page);
    const stages = await loadStages(page, ready);
    const heap = await heapMb(page);
    if (!withInteractions) return { ready, readyDrawn, complete, completeDrawn, heap, stages };
    await settle(page);
    const filter = await timeClick(page, page.getByRole('checkbox', { name: /视觉|Vision/ }).first());
    const search = await timeSearch(page, '智');
    // The time window on (all of the axis), then its end dragged to the middle — a move that hides half the dated
    // nodes, so the map changes (a one-month move may change nothing in a sparse month) — and a few play steps.
    await page.getByTestId('timeline').getByRole('checkbox').first().click();
    await settle(page);
    const brush = await timeSliderToMiddle(page, 'time-until');
    await settle(page);
    const playWork = await timePlaySteps(page, 3000);
    if (playWork.length === 0) throw new Error('play took no step');
    return {
      ready,
      readyDrawn,
      complete,
      completeDrawn,
      heap,
      stages,
      filter: filter.frame,
      filterWork: filter.work,
      search,
      brush: brush.frame,
      brushWork: brush.work,
      playWork,
    };
  } finally {
    await page.close();
  }
}

/**
 * The first load's stages (see src/ui/load-marks.ts), each as the time since the mark before it: `scripts` (the page
 * and its scripts, up to the loader's start), `fetched` (the bundle's download), `parsed` (JSON.parse, and decoding
 * a compact bundle), `defaults` (what a bundle lacks filled in), `imported` (into graphology: the first stage of a
 * graph that arrives in stages), `profiles` (attribute
 * profiles), `state` (the view from the URL), `viewer` (React's first render of the page: filter index, counts,
 * legend…), `sigma` (sigma made: its index of the graph), `frame` (the first frame drawn).
 */
async function loadStages(page: Page, ready: number): Promise<Record<string, number>> {
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((entry) => entry.name.startsWith('landscape:load:'))
      .map((entry) => [entry.name.slice('landscape:load:'.length), entry.startTime] as [string, number]),
  );
  const stages: Record<string, number> = {};
  let last = 0;
  for (const [name, at] of marks.sort((a, b) => a[1] - b[1])) {
    stages[name === 'start' ? 'scripts' : name] = at - last;
    last = at;
  }
  stages.frame = ready - last;
  return stages;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface AnalysisTiming {
  /** The worker's own time for the question. */
  worker: number;
  /** From the click that asked it to the answer on the page. */
  wall: number;
  /** The longest main-thread task or animation frame (PerformanceObserver longtask, long-animation-frame) between the click and the answer; 0 if none over 50 ms. */
  longestTask: number;
}

/**
 * The analyses in the viewer's worker on a loaded landscape: a path question (with hubs avoided), PageRank
 * (the rankings tab) and Louvain (colour by community), each asked by a click after the page has settled,
 * timed by the worker and on the page, with the longest main-thread task while it ran.
 */
async function measureAnalysis(
  browser: Browser,
  url: string,
): Promise<{ path: AnalysisTiming; pagerank: AnalysisTiming; louvain: AnalysisTiming }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longtasks: typeof tasks }).__longtasks = tasks;
      // Long tasks, and long animation frames: a redraw in requestAnimationFrame is not a "task" of its own.
      for (const type of ['longtask', 'long-animation-frame']) {
        try {
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
          }).observe({ type });
        } catch {
          // an entry type this browser lacks
        }
      }
    });
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('[data-ready="true"]') !== null, undefined, { timeout: TIMEOUT });
    // The path panel is open with both ends from the URL: its first answer also loads the worker.
    await page.waitForFunction(() => document.querySelector('.path-result, .path-none') !== null, undefined, { timeout: TIMEOUT });
    await settle(page);
    // Asked from inside the page, so the time starts at the click itself (not at Playwright's round trips). A task
    // counts if it overlaps the question: the click's own task began before `from` and holds React's work on it.
    const timeQuestion = async (key: string, selector: string, value: string | null, done: string): Promise<AnalysisTiming> => {
      const started = await page.evaluate(
        ({ name, selector, value }) => {
          performance.clearMarks(`landscape:analysis-answer:${name}`);
          const element = document.querySelector<HTMLElement>(selector);
          if (!element) throw new Error(`no ${selector}`);
          const at = performance.now();
          if (value === null) element.click();
          else {
            (element as HTMLSelectElement).value = value;
            element.dispatchEvent(new Event('change', { bubbles: true }));
          }
          return at;
        },
        { name: key, selector, value },
      );
      await page.waitForFunction((name) => performance.getEntriesByName(`landscape:analysis-answer:${name}`).length > 0, key, {
        timeout: TIMEOUT,
      });
      await page.waitForSelector(done, { timeout: TIMEOUT, state: 'attached' });
      return page.evaluate(
        ({ name, from }) => {
          const answered = performance.getEntriesByName(`landscape:analysis-answer:${name}`).at(-1)!.startTime;
          const worker = performance.getEntriesByName(`landscape:analysis:${name}`).at(-1)!.duration;
          const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks;
          const longestTask = Math.max(
            0,
            ...tasks.filter((task) => task.start + task.duration > from && task.start < answered).map((task) => task.duration),
          );
          return { worker, wall: answered - from, longestTask };
        },
        { name: key, from: started },
      );
    };
    const path = await timeQuestion('path', '.analysis input[type="checkbox"]', null, '.path-result, .path-none');
    const pagerank = await timeQuestion('metric:pagerank', '.analysis-tabs button:nth-child(2)', null, 'table.rank-table, .rank-empty');
    const louvain = await timeQuestion('communities', '.legend select', 'community', '.legend-summary');
    return { path, pagerank, louvain };
  } finally {
    await page.close();
  }
}

export async function measureBrowser(options: BrowserBenchOptions): Promise<BrowserFigures[]> {
  mkdirSync(join(options.siteDir, 'bench'), { recursive: true });
  cpSync(options.bundlesDir, join(options.siteDir, 'bench'), { recursive: true });
  const server = await preview({
    root: options.siteDir,
    logLevel: 'warn',
    build: { outDir: options.siteDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath: options.chrome, headless: true, args: LAUNCH_ARGS });
  const out: BrowserFigures[] = [];
  const push = (figure: string, size: number, unit: 'ms' | 'MB', value: number | undefined) => {
    if (value === undefined) return;
    let entry = out.find((f) => f.figure === figure && f.size === size);
    if (!entry) out.push((entry = { figure, size, unit, samples: [] }));
    entry.samples.push(value);
  };
  try {
    for (const { size, file, variant } of options.bundles) {
      const data = encodeURIComponent(`/bench/${file.replace(/^bundles\//, '')}`);
      // Figures of the compact and foreign cases carry their name: browser.compact_load_to_ready…
      const name = (figure: string) => (variant === 'landscape' ? `browser.${figure}` : `browser.${variant}_${figure}`);
      for (let run = 0; run < options.runs; run++) {
        options.onProgress(`browser ${variant} ${size}: run ${run + 1}/${options.runs}`);
        if (variant !== 'compact') {
          try {
            const bare = await measureBare(browser, `${base}src/bench/bare.html?data=${data}`);
            push(name('bare_load_to_ready'), size, 'ms', bare.ready);
            push(name('bare_load_to_drawn'), size, 'ms', bare.drawn);
            push(name('bare_heap_after_load'), size, 'MB', bare.heap);
            if (variant === 'landscape') push(name('bare_redraw'), size, 'ms', bare.redraw);
          } catch (error) {
            options.onFailure(`bare sigma ${variant} ${size}: ${(error as Error).message.split('\n')[0]}`);
          }
        }
        try {
          const ours = await measureViewer(browser, `${base}?data=${data}`, variant === 'landscape');
          push(name('load_to_ready'), size, 'ms', ours.ready);
          push(name('load_to_complete'), size, 'ms', ours.complete);
          push(name('load_to_drawn'), size, 'ms', ours.readyDrawn);
          push(name('load_to_complete_drawn'), size, 'ms', ours.completeDrawn);
          push(name('heap_after_load'), size, 'MB', ours.heap);
          for (const [stage, ms] of Object.entries(ours.stages)) push(name(`load_stage_${stage}`), size, 'ms', ms);
          push(name('filter_change_to_frame'), size, 'ms', ours.filter);
          push(name('filter_work_without_redraw'), size, 'ms', ours.filterWork);
          push(name('search_keystroke_to_results'), size, 'ms', ours.search);
          push(name('time_brush_to_frame'), size, 'ms', ours.brush);
          push(name('time_brush_work_without_redraw'), size, 'ms', ours.brushWork);
          // The median step of this run: one sample per run, as for the other figures.
          if (ours.playWork) push(name('time_play_step_work'), size, 'ms', median(ours.playWork));
        } catch (error) {
          options.onFailure(`viewer ${variant} ${size}: ${(error as Error).message.split('\n')[0]}`);
        }
        const ends = variant === 'landscape' ? options.pathEnds?.[size] : undefined;
        if (ends) {
          try {
            const ask = `&an=path&pf=${encodeURIComponent(ends[0])}&pt=${encodeURIComponent(ends[1])}`;
            const analysis = await measureAnalysis(browser, `${base}?data=${data}${ask}`);
            for (const [question, timing] of Object.entries(analysis)) {
              push(`browser.worker_${question}`, size, 'ms', timing.worker);
              push(`browser.worker_${question}_on_page`, size, 'ms', timing.wall);
              push(`browser.worker_${question}_longest_main_task`, size, 'ms', timing.longestTask);
            }
          } catch (error) {
            options.onFailure(`analysis in the worker ${size}: ${(error as Error).message.split('\n')[0]}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
  return out;
}
