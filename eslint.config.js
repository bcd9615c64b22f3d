// Lint: TypeScript rules everywhere; the core stays pure (no React, sigma, DOM or Node-only modules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@react-sigma/*'], message: 'src/core is framework-free: no React.' },
            { group: ['sigma', 'sigma/*', '@sigma/*'], message: 'src/core must not depend on sigma: keep rendering in src/ui.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core runs in the browser too: no Node-only modules.' },
            { group: ['**/ui/**', '**/cli/**'], message: 'src/core never imports upward.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core is DOM-free.' },
        { name: 'document', message: 'src/core is DOM-free.' },
        { name: 'localStorage', message: 'src/core is DOM-free.' },
        { name: 'navigator', message: 'src/core is DOM-free.' },
      ],
    },
  },
);
