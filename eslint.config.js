import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Module boundaries of ARCHITECTURE.md ("who may import whom"), enforced here so a wrong import
// fails `npm run lint` (and so `npm test`).
const banned = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups }],
});
const UI_LIBS = {
  group: ['react', 'react-dom', 'react-dom/*', 'recharts', 'zustand', 'zustand/*'],
  message: 'Pure module: no React, Recharts or Zustand here.',
};
const PAPA = {
  group: ['papaparse'],
  message: 'PapaParse is imported only by import/parseCsv.ts and export/csv.ts.',
};
const RECHARTS = {
  group: ['recharts'],
  message: 'Recharts is imported only under src/charts/views and ChartFrame.',
};
const ZUSTAND = {
  group: ['zustand', 'zustand/*'],
  message: 'Zustand is imported only under src/state.',
};
// Export may use the charts' pure parts only: the data builders of charts/data/ (no React there,
// see their block) for captions, and the ChartTarget type of charts/target.ts. Components,
// Recharts views and the rest of charts/ stay out: export works on what a view hands it.
const CHARTS_FOR_EXPORT = {
  regex: '(^|/)charts/(?!data/[^/]+$|target\\.ts$)',
  message: 'export/ may import only charts/data/* and charts/target.ts from charts/.',
};
const STATE_FOR_STORAGE = {
  regex: '(^|/)state/(?!urlState\\.ts$)',
  message: 'storage/ may import only state/urlState.ts from state/.',
};
const rel = (...dirs) => ({
  group: dirs.flatMap((d) => [`**/${d}/*`, `**/${d}`]),
  message: 'This import crosses a module boundary (see ARCHITECTURE.md).',
});

// HTML-injection sinks (RELIABILITY.md S1) and enums.
const SINKS = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No HTML injection sinks.',
  },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No HTML injection sinks.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No HTML injection sinks.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
  { selector: 'TSEnumDeclaration', message: 'Use `as const` objects and unions, not enums.' },
];
// One of each (issue 14, point 4): numbers through i18n/format.ts, names sorted by domain/collate.ts.
const ONE_OF_EACH = [
  {
    selector: "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat']",
    message: 'Format numbers with src/i18n/format.ts, the one formatter.',
  },
  {
    selector: "NewExpression[callee.object.name='Intl'][callee.property.name='Collator']",
    message: 'Sort names with compareNames from src/domain/collate.ts, the one collator.',
  },
  {
    selector: "CallExpression[callee.property.name='localeCompare']",
    message: 'Sort names with compareNames from src/domain/collate.ts, the one collator.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // HTML-injection sinks (RELIABILITY.md S1).
      'no-restricted-syntax': ['error', ...SINKS],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...banned(RECHARTS, ZUSTAND, PAPA),
      'no-restricted-syntax': ['error', ...SINKS, ...ONE_OF_EACH],
    },
  },
  {
    files: ['src/i18n/format.ts', 'src/domain/collate.ts'],
    rules: { 'no-restricted-syntax': ['error', ...SINKS] },
  },
  {
    files: ['src/domain/**'],
    rules: banned(
      UI_LIBS,
      PAPA,
      rel('import', 'state', 'storage', 'charts', 'ui', 'views', 'app', 'export', 'i18n'),
    ),
  },
  {
    files: ['src/import/**'],
    rules: banned(
      UI_LIBS,
      PAPA,
      rel('state', 'storage', 'charts', 'ui', 'views', 'app', 'export', 'i18n'),
    ),
  },
  {
    files: ['src/import/parseCsv.ts'],
    rules: banned(
      UI_LIBS,
      rel('state', 'storage', 'charts', 'ui', 'views', 'app', 'export', 'i18n'),
    ),
  },
  {
    // Stats may read bundled response files with the importer's CSV reader.
    files: ['src/stats/**'],
    rules: banned(
      UI_LIBS,
      PAPA,
      rel('state', 'storage', 'charts', 'ui', 'views', 'app', 'export', 'i18n'),
    ),
  },
  {
    files: ['src/i18n/**'],
    rules: banned(
      UI_LIBS,
      PAPA,
      rel('import', 'state', 'storage', 'charts', 'ui', 'views', 'app', 'export'),
    ),
  },
  {
    // Charts draw what they are given: no store, no export pipeline, no views (a view passes its
    // export menu into ChartFrame's `tools` slot, and the language comes in props).
    files: ['src/charts/**'],
    rules: banned(
      RECHARTS,
      ZUSTAND,
      PAPA,
      rel('import', 'state', 'storage', 'views', 'app', 'export'),
    ),
  },
  {
    files: ['src/charts/views/**', 'src/charts/ChartFrame.tsx'],
    rules: banned(ZUSTAND, PAPA, rel('import', 'state', 'storage', 'views', 'app', 'export')),
  },
  {
    files: ['src/charts/data/**'],
    rules: banned(UI_LIBS, PAPA, rel('import', 'state', 'storage', 'ui', 'views', 'app', 'export')),
  },
  {
    files: ['src/export/**'],
    rules: banned(
      RECHARTS,
      ZUSTAND,
      PAPA,
      rel('state', 'storage', 'ui', 'views', 'app'),
      CHARTS_FOR_EXPORT,
    ),
  },
  {
    files: ['src/export/csv.ts'],
    rules: banned(
      RECHARTS,
      ZUSTAND,
      rel('state', 'storage', 'ui', 'views', 'app'),
      CHARTS_FOR_EXPORT,
    ),
  },
  {
    // Persistence (IndexedDB, backups, the dataset codec, share links) under the store: no React,
    // no Zustand (state/persistence.ts binds it to the store), and of state/ only the pure URL
    // codec (urlState.ts: a share link is the view's URL plus a fragment).
    files: ['src/storage/**'],
    rules: banned(UI_LIBS, PAPA, rel('charts', 'ui', 'views', 'app', 'export'), STATE_FOR_STORAGE),
  },
  {
    files: ['src/state/**'],
    rules: banned(RECHARTS, PAPA, rel('charts', 'ui', 'views', 'app', 'export')),
  },
  {
    files: ['src/ui/**'],
    rules: banned(
      RECHARTS,
      ZUSTAND,
      PAPA,
      rel('import', 'state', 'storage', 'charts', 'views', 'app', 'export', 'domain'),
    ),
  },
  {
    // Of the importer, views see only its browser entry (files, paste, URLs → the worker).
    files: ['src/views/**'],
    rules: banned(RECHARTS, ZUSTAND, PAPA, rel('app'), {
      regex: '(^|/)import(/(?!browser\\.ts$)|$)',
      message: 'views/ may import only import/browser.ts from the importer.',
    }),
  },
  { files: ['src/app/**', 'src/main.tsx'], rules: banned(RECHARTS, ZUSTAND, PAPA) },
  {
    // Small functions and screens (issue 14, point 3; ARCHITECTURE.md rule 10): a function over
    // 80 lines or a view over 250 is a seam waiting to be cut. An exception needs an
    // `eslint-disable-next-line … -- why` (none today).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    files: ['src/views/**/*.tsx'],
    rules: { 'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['tests/**', '.ci/**', 'data/tools/**', '*.config.*'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
