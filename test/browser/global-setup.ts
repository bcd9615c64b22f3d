// Builds the production site once for all browser tests (into test-output/dist).
import { build } from 'vite';
import { resolve } from 'node:path';

export const TEST_DIST = resolve(import.meta.dirname, '../../test-output/dist');

export default async function setup(): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite then bundles React's development build: test the real one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: resolve(import.meta.dirname, '../..'), logLevel: 'warn', build: { outDir: TEST_DIST, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
