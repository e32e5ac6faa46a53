import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The catalogue repeats each bundled dataset's title and illustrative flag so the header can show
// them before the metadata is fetched; this keeps the copy equal to the sidecar files.
const source = readFileSync(new URL('../../../src/state/catalogue.ts', import.meta.url), 'utf8');

describe('bundled dataset catalogue', () => {
  it.each(['bac-kan-dcci', 'pci'])(
    'repeats the title and illustrative flag of data/%s.meta.json exactly',
    (id) => {
      const meta = JSON.parse(
        readFileSync(new URL(`../../../data/${id}.meta.json`, import.meta.url), 'utf8'),
      );
      expect(source).toContain(`'${meta.title.vi}'`);
      expect(source).toContain(`'${meta.title.en}'`);
      const block = source.slice(source.indexOf(`id: '${id}'`));
      expect(block.slice(0, block.indexOf('defaults'))).toContain(
        `illustrative: ${meta.illustrative}`,
      );
    },
  );
});
