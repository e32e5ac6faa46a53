import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setAssumedWidth, useWidth } from '../../src/ui/useWidth.ts';

function Measured() {
  const [ref, width] = useWidth<HTMLDivElement>(720);
  return <div ref={ref}>{width}</div>;
}

afterEach(() => setAssumedWidth(null));

// A phone's prerendered variant draws its charts narrower; hydration must render that width first.
describe('useWidth before measuring (jsdom measures 0)', () => {
  it("is the chart's own fallback by default", () => {
    render(<Measured />);
    expect(screen.getByText('720')).toBeTruthy();
  });

  it('is the assumed width once set, for every chart rendered after', () => {
    setAssumedWidth(366);
    const { unmount } = render(<Measured />);
    expect(screen.getByText('366')).toBeTruthy();
    unmount();
    setAssumedWidth(null);
    render(<Measured />);
    expect(screen.getByText('720')).toBeTruthy();
  });

  it('ignores a width that is not a positive number (a missing or damaged attribute)', () => {
    for (const bad of [Number.NaN, 0, -366, Number.POSITIVE_INFINITY]) {
      setAssumedWidth(bad);
      const { unmount } = render(<Measured />);
      expect(screen.getByText('720'), String(bad)).toBeTruthy();
      unmount();
    }
  });
});
