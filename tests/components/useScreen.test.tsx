import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n/i18n.ts';
import { DEFAULT_VIEW_STATE } from '../../src/state/urlState.ts';
import { useScreen } from '../../src/views/useScreen.tsx';
import { makeDataset } from '../fixtures/builders.ts';
import { resolvedView } from '../fixtures/screenView.ts';

const { runStats } = vi.hoisted(() => ({ runStats: vi.fn(async () => null) }));
vi.mock('../../src/stats/client.ts', () => ({ runStats }));

const rows = [
  { unit: 'Ba Bể', year: 2019, total: 70, se: 1, respondents: 50 },
  { unit: 'Na Rì', year: 2019, total: 65, se: 1, respondents: 50 },
];

function props() {
  const dataset = makeDataset(rows); // a new object: the stats cache is per dataset
  const view = resolvedView(dataset, { ...DEFAULT_VIEW_STATE, group: 'districts', year: 2019 });
  return { dataset, view, lang: 'en' as const, t: translator('en') };
}

describe('useScreen: the group-year screens’ shared parts', () => {
  it('gives the group-year, the group’s name and the source line', () => {
    const p = props();
    const { result } = renderHook(() => useScreen(p, { stats: false }));
    expect(result.current.groupYear.standings.map((s) => s.unit.name)).toEqual(['Ba Bể', 'Na Rì']);
    expect(result.current.groupName).toBe(result.current.group?.name.en);
    expect(result.current.source).toMatch(/^Source/);
  });

  it('starts the stats worker only for a screen that asks for statistics', async () => {
    runStats.mockClear();
    const [p, q] = [props(), props()];
    const off = renderHook(() => useScreen(p, { stats: false }));
    const on = renderHook(() => useScreen(q, { stats: true }));
    await waitFor(() => expect(on.result.current.statsState.status).toBe('failed'));
    expect(runStats).toHaveBeenCalledTimes(1);
    expect(off.result.current.statsState.status).toBe('pending');
    expect(off.result.current.stats).toBeNull();
  });
});
