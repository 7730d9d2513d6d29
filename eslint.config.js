import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Files matching `files` may not import (other than types) from the `above` folders of src/. */
const layer = (files, above) => [
  {
    files: [files],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: above.map((folder) => ({
            group: [`**/${folder}/*`, `./${folder}/*`],
            message: `Folders import one way (see eslint.config.js): this one may not import from src/${folder}/.`,
            allowTypeImports: true,
          })),
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-floor', 'node_modules', 'coverage'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // noUncheckedIndexedAccess types every a[i] as possibly undefined; loops over known bounds assert it.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never insert HTML; render text.',
        },
      ],
    },
  },
  {
    // Chart options are built by chartOptions (src/charts/chart-spec.ts), typed as Chart.js reads them.
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never insert HTML; render text.',
        },
        {
          selector: 'TSAsExpression > TSAsExpression > TSUnknownKeyword',
          message: 'No `as unknown as`: build chart options through chartOptions and extend it where needed.',
        },
      ],
    },
  },
  {
    // End-to-end tests drive a browser from node: `useBrowser()` is a test fixture, not a React hook.
    files: ['test/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  // Folders import one way: model ← i18n (the words) ← shared modules at src/ (format, input catalog, metrics, text) ← store ←
  // export ← charts ← components ← analysis ← app. A folder may import from those to its left, never from
  // those to its right; type-only imports are allowed (they vanish from the build). README, "Project layout".
  ...layer('src/i18n/**/*.{ts,tsx}', ['store', 'export', 'charts', 'components', 'analysis', 'app']),
  ...layer('src/*.{ts,tsx}', ['store', 'export', 'charts', 'components', 'analysis', 'app']),
  ...layer('src/store/**/*.{ts,tsx}', ['export', 'charts', 'components', 'analysis', 'app']),
  ...layer('src/export/**/*.{ts,tsx}', ['charts', 'components', 'analysis', 'app']),
  ...layer('src/charts/**/*.{ts,tsx}', ['components', 'analysis', 'app']),
  ...layer('src/components/**/*.{ts,tsx}', ['analysis', 'app']),
  ...layer('src/analysis/**/*.{ts,tsx}', ['app']),
  {
    // The model is pure: no UI, state or chart code, no clock and no randomness.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'chart.js', 'chart.js/*', '../*'],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'performance'],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'The model is deterministic: use the seeded generator.',
        },
        { object: 'Date', property: 'now', message: 'The model has no clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The model has no clock.' },
      ],
    },
  },
);
