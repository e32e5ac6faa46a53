import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The module boundaries of eslint.config.js bite: each probe is a one-line file linted as if it
 * lived at `filePath`, and must (or must not) raise no-restricted-imports. Nothing is written to
 * disk; the real config is used.
 */
let eslint: ESLint;
// Loading the config (typescript-eslint) takes seconds on a loaded machine: once, here.
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  await eslint.calculateConfigForFile('src/charts/ChartFrame.tsx');
}, 30_000);

async function restricted(filePath: string, from: string): Promise<string[]> {
  const code = `import { x } from '${from}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('module boundaries (eslint.config.js)', () => {
  it.each([
    ['src/charts/ChartFrame.tsx', '../state/store.ts'],
    ['src/charts/ChartFrame.tsx', '../views/export/ExportMenu.tsx'],
    ['src/charts/ChartFrame.tsx', '../export/types.ts'],
    ['src/charts/theme.ts', '../state/urlState.ts'],
    ['src/charts/views/RankingChart.tsx', '../../export/pipeline.ts'],
    ['src/charts/views/RankingChart.tsx', '../../views/labels.ts'],
    ['src/charts/data/ranking.ts', '../../export/types.ts'],
    ['src/export/pipeline.ts', '../charts/ChartFrame.tsx'],
    ['src/export/pipeline.ts', '../charts/views/RankingChart.tsx'],
    ['src/export/pipeline.ts', '../charts/theme.ts'],
    ['src/export/docx/build.ts', '../../charts/views/HeatmapSvg.tsx'],
    ['src/export/csv.ts', '../charts/ChartFrame.tsx'],
    ['src/storage/storage.ts', '../state/store.ts'],
    ['src/storage/records.ts', '../views/labels.ts'],
    ['src/storage/shareLink.ts', 'zustand'],
    ['src/domain/ranking.ts', '../storage/datasetCodec.ts'],
    ['src/import/validate.ts', '../storage/storage.ts'],
    ['src/views/import/ImportDialog.tsx', '../../import/model.ts'],
    ['src/views/import/ImportDialog.tsx', '../../import/client.ts'],
  ])('%s may not import %s', async (file, from) => {
    expect(await restricted(file, from)).not.toEqual([]);
  });

  it.each([
    ['src/charts/ChartFrame.tsx', './target.ts'],
    ['src/charts/ChartFrame.tsx', '../ui/useWidth.ts'],
    ['src/export/captions.ts', '../charts/data/scorecard.ts'],
    ['src/export/types.ts', '../charts/target.ts'],
    ['src/views/ranking/RankingView.tsx', '../export/ExportMenu.tsx'],
    ['src/storage/shareLink.ts', '../state/urlState.ts'],
    ['src/state/persistence.ts', '../storage/storage.ts'],
    ['src/views/import/ImportDialog.tsx', '../../import/browser.ts'],
  ])('%s may import %s', async (file, from) => {
    expect(await restricted(file, from)).toEqual([]);
  });
});

describe('small functions and views (eslint.config.js)', () => {
  const lengthErrors = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'max-lines-per-function' || m.ruleId === 'max-lines')
      .map((m) => m.severity);
  };
  const fn = (lines: number) =>
    `export function f(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines - 4)}  return n;\n}\n`;

  it('refuses a function over 80 lines anywhere in src/, and accepts one of 80', async () => {
    expect(await lengthErrors('src/domain/long.ts', fn(81))).toEqual([2]);
    expect(await lengthErrors('src/domain/long.ts', fn(80))).toEqual([]);
  });

  it('refuses a view file over 250 lines', async () => {
    const manyFunctions = Array.from({ length: 26 }, (_, i) => fn(10).replace(' f(', ` f${i}(`));
    expect(await lengthErrors('src/views/ranking/Long.tsx', manyFunctions.join(''))).toEqual([2]);
  });
});
