import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tryParseMeta } from '../../../src/import/metaJson.ts';
import { ROOT } from './helpers.ts';

describe('tryParseMeta', () => {
  it.each(['bac-kan-dcci', 'pci'])('accepts the bundled %s sidecar', (name) => {
    const result = tryParseMeta(readFileSync(join(ROOT, 'data', `${name}.meta.json`), 'utf8'));
    expect(result.ok && result.value.id).toBe(name);
  });

  it.each([
    ['{', /^not JSON/],
    ['[]', /not a JSON object/],
    ['{"title":{"vi":"a","en":"b"}}', /missing "id"/],
    ['{"id":"x","title":{"vi":"a"}}', /missing "title"/],
    ['{"id":"x","title":{"vi":"a","en":"b"},"groups":[{"id":"g"}]}', /a group lacks id\/name/],
    [
      '{"id":"x","title":{"vi":"a","en":"b"},"groups":[],"subIndices":[{"id":"s","name":{"vi":"a","en":"b"},"columns":[1]}]}',
      /columns must be strings/,
    ],
  ])('refuses %s', (text, message) => {
    const result = tryParseMeta(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
