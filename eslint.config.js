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
const rel = (...dirs) => ({
  group: dirs.flatMap((d) => [`**/${d}/*`, `**/${d}`]),
  message: 'This import crosses a module boundary (see ARCHITECTURE.md).',
});

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
      'no-restricted-syntax': [
        'error',
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
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...banned(RECHARTS, ZUSTAND, PAPA) },
  },
  {
    files: ['src/domain/**'],
    rules: banned(
      UI_LIBS,
      PAPA,
      rel('import', 'state', 'charts', 'ui', 'views', 'app', 'export', 'i18n'),
    ),
  },
  {
    files: ['src/import/**'],
    rules: banned(UI_LIBS, PAPA, rel('state', 'charts', 'ui', 'views', 'app', 'export', 'i18n')),
  },
  {
    files: ['src/import/parseCsv.ts'],
    rules: banned(UI_LIBS, rel('state', 'charts', 'ui', 'views', 'app', 'export', 'i18n')),
  },
  {
    // Stats may read bundled response files with the importer's CSV reader.
    files: ['src/stats/**'],
    rules: banned(UI_LIBS, PAPA, rel('state', 'charts', 'ui', 'views', 'app', 'export', 'i18n')),
  },
  {
    files: ['src/i18n/**'],
    rules: banned(UI_LIBS, PAPA, rel('import', 'state', 'charts', 'ui', 'views', 'app', 'export')),
  },
  {
    files: ['src/charts/data/**'],
    rules: banned(UI_LIBS, PAPA, rel('import', 'state', 'ui', 'views', 'app', 'export')),
  },
  {
    files: ['src/charts/views/**', 'src/charts/ChartFrame.tsx'],
    rules: banned(ZUSTAND, PAPA, rel('import', 'state', 'views', 'app', 'export')),
  },
  {
    files: ['src/export/**'],
    rules: banned(RECHARTS, ZUSTAND, PAPA, rel('state', 'ui', 'views', 'app')),
  },
  {
    files: ['src/export/csv.ts'],
    rules: banned(RECHARTS, ZUSTAND, rel('state', 'ui', 'views', 'app')),
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
      rel('import', 'state', 'charts', 'views', 'app', 'export', 'domain'),
    ),
  },
  { files: ['src/views/**'], rules: banned(RECHARTS, ZUSTAND, PAPA, rel('import', 'app')) },
  { files: ['src/app/**', 'src/main.tsx'], rules: banned(RECHARTS, ZUSTAND, PAPA) },
  {
    files: ['tests/**', '.ci/**', 'data/tools/**', '*.config.*'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
