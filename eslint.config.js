// Lint: TypeScript rules everywhere; the core stays pure (no React, sigma, DOM or Node-only modules or
// globals); sigma only in src/ui/sigma; the rest of the code enters a core folder only through its index.ts.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** A file inside a core folder, reached from outside src/core: go through the folder's index.ts instead. */
const deepCoreImport = {
  regex: '^(\\.\\./)+core/[^/]+/(?!index\\.js$).+',
  message: 'Import a core folder through its index.ts, not a file inside it.',
};

export default tseslint.config(
  { ignores: ['dist/', 'test-output/', 'bench-output/', 'node_modules/', 'graph-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/set-state-in-effect': 'off' },
  },
  {
    // The viewer and the CLI enter a core folder through its index.ts; sigma stays in src/ui/sigma.
    files: ['src/ui/**/*.{ts,tsx}', 'src/cli/**/*.ts'],
    ignores: ['src/ui/sigma/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepCoreImport,
            { regex: '^(sigma|@sigma/|@react-sigma/)', message: 'Every sigma-specific line lives in src/ui/sigma.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/sigma/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [deepCoreImport],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@react-sigma/*'], message: 'src/core is framework-free: no React.' },
            { group: ['sigma', 'sigma/*', '@sigma/*'], message: 'src/core must not depend on sigma: keep rendering in src/ui.' },
            {
              group: ['node:*', ...builtinModules, ...builtinModules.map((name) => `${name}/*`)],
              message: 'src/core runs in the browser too: no Node-only modules.',
            },
            { group: ['**/ui/**', '**/cli/**'], message: 'src/core never imports upward.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'navigator',
          'location',
          'self',
          'DOMParser',
          'XMLHttpRequest',
          'fetch',
        ].map((name) => ({ name, message: 'src/core is DOM-free: take what it needs as an argument.' })),
        ...['process', 'Buffer', 'global', 'require', '__dirname', '__filename', 'setImmediate'].map((name) => ({
          name,
          message: 'src/core runs in the browser too: no Node globals.',
        })),
        ...['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'requestAnimationFrame', 'requestIdleCallback'].map((name) => ({
          name,
          message: 'src/core is synchronous and pure: scheduling belongs to the caller.',
        })),
      ],
    },
  },
);
