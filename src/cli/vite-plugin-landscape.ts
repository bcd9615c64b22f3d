// Vite plugin: serves the report graph's bundle at /data/landscape.json, and the same in the compact format at
// /data/landscape.compact.json (what the viewer loads), in dev (rebuilt when a file in graph-data/ changes,
// keeping the last good graph on a validation error), and emits both on build.
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatProblem } from '../core/records/index.js';
import { DEFAULT_DATA_DIR } from './graph-data.js';
import { runPipeline } from './pipeline.js';
import { BUNDLE_PATH, COMPACT_BUNDLE_PATH, encodeCompactBundle } from '../core/bundle/index.js';

export const BUNDLE_URL_PATH = BUNDLE_PATH;

interface Built {
  json: string;
  compact: string;
}

interface BuildOutcome {
  built?: Built;
  error?: string;
}

function buildBundle(dir: string): BuildOutcome {
  try {
    const result = runPipeline(dir);
    if (result.problemCount > 0) {
      const lines = result.problems.map(formatProblem);
      return { error: `graph-data has ${result.problemCount} problem(s):\n${lines.join('\n')}` };
    }
    return { built: { json: JSON.stringify(result.bundle), compact: JSON.stringify(encodeCompactBundle(result.bundle)) } };
  } catch (error) {
    return { error: `graph-data could not be built: ${(error as Error).message}` };
  }
}

function errorPayload(message: string) {
  return { type: 'error' as const, err: { message, stack: '', plugin: 'landscape', id: 'graph-data' } };
}

export function landscapePlugin(options: { dataDir?: string } = {}): Plugin {
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  let lastGood: Built | undefined;
  let lastError: string | undefined;

  const rebuild = (server?: ViteDevServer) => {
    const outcome = buildBundle(dataDir);
    if (outcome.built !== undefined) {
      lastGood = outcome.built;
      lastError = undefined;
      server?.config.logger.info('[landscape] graph-data rebuilt', { timestamp: true });
      server?.ws.send({ type: 'full-reload' });
    } else {
      lastError = outcome.error;
      server?.config.logger.error(`[landscape] ${outcome.error}\n[landscape] the last good graph stays on screen`, { timestamp: true });
      server?.ws.send(errorPayload(outcome.error ?? ''));
    }
  };

  // Vitest runs Vite in mode "test": unit tests need no bundle.
  let testMode = false;

  return {
    name: 'landscape-bundle',
    configResolved(config) {
      testMode = config.mode === 'test';
    },
    configureServer(server) {
      if (testMode) return;
      rebuild();
      if (lastError) server.config.logger.error(`[landscape] ${lastError}`);
      server.watcher.add(dataDir);
      // A page that (re)connects while graph-data is broken sees the overlay too.
      server.ws.on('vite:client:connect', (_data, client) => {
        if (lastError) client.send(errorPayload(lastError));
      });
      const onChange = (file: string) => {
        if (resolve(file).startsWith(dataDir) && !file.endsWith('.tmp')) rebuild(server);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      for (const [path, form] of [
        [BUNDLE_URL_PATH, 'json'],
        [COMPACT_BUNDLE_PATH, 'compact'],
      ] as const) {
        server.middlewares.use(`/${path}`, (_request, response) => {
          if (lastGood === undefined) {
            response.statusCode = 500;
            response.setHeader('content-type', 'text/plain; charset=utf-8');
            response.end(lastError ?? 'graph-data has not been built');
            return;
          }
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.setHeader('cache-control', 'no-store');
          response.end(lastGood[form]);
        });
      }
    },
    buildStart() {
      if (testMode || this.meta.watchMode) return;
      const outcome = buildBundle(dataDir);
      if (outcome.error) this.error(outcome.error);
      lastGood = outcome.built;
    },
    generateBundle() {
      if (lastGood === undefined) return;
      this.emitFile({ type: 'asset', fileName: BUNDLE_URL_PATH, source: lastGood.json });
      this.emitFile({ type: 'asset', fileName: COMPACT_BUNDLE_PATH, source: lastGood.compact });
    },
  };
}
