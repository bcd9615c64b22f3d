import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { landscapePlugin } from './src/cli/vite-plugin-landscape.ts';

export default defineConfig({
  plugins: [react(), landscapePlugin()],
  server: { port: 5173 },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    projects: [
      {
        test: { name: 'core', include: ['test/core/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
