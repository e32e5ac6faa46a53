import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as scales from '../../../src/charts/rechartsScales.ts';

// The build replaces Recharts' `victory-vendor/d3-scale` by src/charts/rechartsScales.ts
// (vite.config.ts): whatever Recharts asks of that module for our charts must be there.
const ROOT = join(import.meta.dirname, '..', '..', '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the d3 scales given to Recharts', () => {
  it('export every name Recharts imports from victory-vendor/d3-scale', () => {
    const named = new Set<string>();
    for (const file of files(join(ROOT, 'node_modules', 'recharts', 'es6'), /\.js$/)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import \{([^}]*)\} from 'victory-vendor\/d3-scale'/g))
        for (const name of (m[1] ?? '').split(',')) named.add(name.trim().split(/\s+as\s+/)[0]!);
    }
    expect(named.size).toBeGreaterThan(0);
    for (const name of named) expect(scales, name).toHaveProperty(name);
  });

  it('include the scales Recharts picks for axes without a `scale` prop', () => {
    // combineRealScaleType: number axes → linear, category axes → band (bars) or point (lines).
    const source = readFileSync(
      join(ROOT, 'node_modules/recharts/es6/state/selectors/combiners/combineRealScaleType.js'),
      'utf8',
    );
    for (const type of ['linear', 'band', 'point']) {
      expect(source).toContain(`'${type}'`);
      const name = `scale${type[0]!.toUpperCase()}${type.slice(1)}`;
      expect(typeof (scales as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('are enough because no chart of ours sets a scale by name', () => {
    for (const file of files(join(ROOT, 'src'), /\.tsx$/))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bscale=["{]/);
  });
});
