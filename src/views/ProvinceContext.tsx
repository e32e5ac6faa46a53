import { ChartFrame } from '../charts/ChartFrame.tsx';
import { ExportMenu } from './export/ExportMenu.tsx';
import { buildProvinceContext } from '../charts/data/provinceContext.ts';
import { ProvinceContextChart } from '../charts/views/ProvinceContextChart.tsx';
import { formatInteger, formatScore } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import type { ViewState } from '../state/urlState.ts';
import { frameLabels } from './labels.ts';

export interface ProvinceContextProps {
  readonly t: Translate;
  readonly lang: Lang;
  /** Optional: opens the PCI map (the shell passes its `select`); without it no button is shown. */
  readonly onOpen?: (patch: Partial<ViewState>) => void;
}

// Static real data (charts/data/provinceContext.ts): no dataset download for the side panel.
const data = buildProvinceContext();

/** The PCI map, opened from the panel with every other choice reset. */
const PCI_MAP: Partial<ViewState> = {
  ds: 'pci',
  view: 'map',
  year: null,
  group: null,
  unit: null,
  units: [],
  y2: null,
  sub: null,
  sort: null,
};

/**
 * "Province context" for the side panel, under the conference summary: Bắc Kạn's real PCI rank
 * (and score where known) 2006–2022, as a compact rank line with a table alternative; 2017 is a
 * gap. Mount it as `<ProvinceContext t={t} lang={lang} onOpen={select} />`.
 */
export function ProvinceContext({ t, lang, onOpen }: ProvinceContextProps) {
  const ranked = data.years.filter((y) => y.rank !== null);
  const first = ranked[0];
  const last = ranked[ranked.length - 1];
  if (!first || !last || !data.best) return null;
  const rankOf = (rank: number | null, n: number | null) =>
    rank === null ? '—' : t('context.rankOf', { rank: formatInteger(rank, lang), n: n ?? '—' });
  const summary = t('context.summary', {
    firstRank: formatInteger(first.rank, lang),
    firstN: first.provinces ?? '—',
    firstYear: first.year,
    lastRank: formatInteger(last.rank, lang),
    lastN: last.provinces ?? '—',
    lastYear: last.year,
    bestRank: formatInteger(data.best.rank, lang),
    bestYear: data.best.year,
  });
  const notes = [t('context.provincesNote'), t('context.scoresNote')];
  if (data.missingYears.length > 0)
    notes.unshift(t('context.missing', { years: data.missingYears.join(', ') }));
  const caption = t('context.caption');
  const exportTable = {
    header: [t('context.year'), t('context.rank'), t('context.provinces'), t('context.score')],
    rows: data.years.map((y) => [y.year, y.rank, y.provinces, y.score]),
  };

  return (
    <section className="province-context">
      <ChartFrame
        title={t('context.title', { from: first.year, to: last.year })}
        subtitle={t('context.subtitle')}
        summary={summary}
        source={t('context.source')}
        notes={notes}
        watermark={null}
        tools={(f) => <ExportMenu {...f} lang={lang} table={exportTable} />}
        fallbackWidth={320}
        labels={frameLabels(t, t('context.chartLabel', { summary }))}
        table={<ContextTable caption={caption} t={t} lang={lang} rankOf={rankOf} />}
      >
        {(width) => (
          <ProvinceContextChart
            data={data}
            width={width}
            formatRank={(r) => formatInteger(r, lang)}
            axisLabel={t('context.axis')}
          />
        )}
      </ChartFrame>
      {onOpen ? (
        <button type="button" className="linklike" onClick={() => onOpen(PCI_MAP)}>
          {t('context.openMap')}
        </button>
      ) : null}
    </section>
  );
}

/** The table alternative: every year's rank (of how many provinces) and score. */
function ContextTable({
  caption,
  t,
  lang,
  rankOf,
}: {
  caption: string;
  t: Translate;
  lang: Lang;
  rankOf: (rank: number | null, n: number | null) => string;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="table table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('context.year')}</th>
            <th scope="col" className="num">
              {t('context.rank')}
            </th>
            <th scope="col" className="num">
              {t('context.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td className="num">{rankOf(y.rank, y.provinces)}</td>
              <td className="num">{formatScore(y.score, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
