import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dotAxis } from '../../src/charts/data/dots.ts';
import {
  RankingDotsChart,
  labelledTicks,
  zoomNoteLayout,
} from '../../src/charts/views/RankingDotsChart.tsx';
import { formatScore } from '../../src/i18n/format.ts';
import { translator } from '../../src/i18n/i18n.ts';
import { rankingBar, rankingChartData } from '../fixtures/rankingBars.ts';

// Bắc Kạn's eight districts, 2019-like scores (a narrow band: the dots are offered).
const SCORES = [66.03, 62.35, 61.71, 61.69, 61.14, 60.73, 60.71, 60.34];
const data = rankingChartData(
  SCORES.map((value, i) => rankingBar(i + 1, `Huyện số ${i + 1}`, value)),
  61.84,
);

const WIDTH_CHAR = 6.6;

function draw(lang: 'vi' | 'en', width: number) {
  const t = translator(lang);
  const axis = dotAxis(SCORES);
  const { container } = render(
    <RankingDotsChart
      data={data}
      axis={axis}
      width={width}
      formatValue={(v) => formatScore(v, lang)}
      averageLabel="Trung bình"
      zoomNote={t('ranking.zoomNote', { from: String(axis.domain[0]) })}
      truncation={{ max: 20, gapLabel: (n) => `… ${n}` }}
    />,
  );
  return container;
}

describe('the zoomed dots chart on a phone (390 px screen, 351 px export)', () => {
  for (const lang of ['vi', 'en'] as const)
    for (const width of [351, 366, 1000])
      it(`${lang}, ${width} px: the whole zoom note is drawn, every line within the chart`, () => {
        const container = draw(lang, width);
        // Every district drawn (as the app's cap of 20 allows).
        expect(container.querySelectorAll('svg.ranking-dots circle')).toHaveLength(8);
        const note = container.querySelector('.ranking-dots__note');
        const text = translator(lang)('ranking.zoomNote', { from: '58' });
        expect(note?.textContent).toBe(text);
        const x = Number(note?.getAttribute('x'));
        for (const line of note?.querySelectorAll('tspan') ?? [])
          expect(x + (line.textContent ?? '').trimEnd().length * WIDTH_CHAR).toBeLessThanOrEqual(
            width,
          );
        // The chart grows by the note's extra lines: the svg holds them.
        const svg = container.querySelector('svg') as SVGSVGElement;
        const lines = note?.querySelectorAll('tspan').length ?? 0;
        const noteBottom = Number(note?.getAttribute('y')) + (lines - 1) * 15;
        expect(noteBottom).toBeLessThanOrEqual(Number(svg.getAttribute('height')));
        if (width >= 1000) expect(lines).toBe(1);
        else expect(lines).toBeGreaterThan(1);
      });

  it('tick labels never run together: a narrow plot labels every other tick', () => {
    const ticks = [58, 60, 62, 64, 66, 68];
    const labels = ticks.map(String);
    expect(labelledTicks(ticks, labels, 600)).toEqual(ticks);
    const narrow = labelledTicks(ticks, labels, 70);
    expect(narrow.length).toBeLessThan(ticks.length);
    const spacing = (70 / (ticks.length - 1)) * ticks.indexOf(narrow[1] as number);
    expect(spacing).toBeGreaterThanOrEqual(2 * WIDTH_CHAR + 8);
  });

  it('a note that fits under the plot stays on one line there', () => {
    expect(zoomNoteLayout('short note', 160, 1000)).toEqual({ x: 160, lines: ['short note'] });
    const wrapped = zoomNoteLayout('a '.repeat(60).trim(), 160, 351);
    expect(wrapped.x).toBeLessThan(160);
    expect(wrapped.lines.join(' ')).toBe('a '.repeat(60).trim());
  });
});
