import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LONG_SELECT, Select } from '../../src/ui/Select.tsx';

const options = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ value: `u${i}`, label: `Đơn vị số ${i}` }));

describe('Select', () => {
  it('keeps a short list as wide as its longest option', () => {
    render(<Select label="Đơn vị" value="u0" options={options(LONG_SELECT)} onChange={() => {}} />);
    expect(screen.getByLabelText('Đơn vị').className).toBe('');
  });

  it('gives a long list (a large imported file) a set width, so its options are not measured', () => {
    render(
      <Select label="Đơn vị" value="u0" options={options(LONG_SELECT + 1)} onChange={() => {}} />,
    );
    const select = screen.getByLabelText('Đơn vị');
    expect(select.className).toBe('field__select--long');
    expect(select.querySelectorAll('option')).toHaveLength(LONG_SELECT + 1);
    const css = readFileSync(join(process.cwd(), 'src/app/styles.css'), 'utf8');
    expect(css).toMatch(/\.field \.field__select--long \{\s*width: 24em;/);
  });
});
