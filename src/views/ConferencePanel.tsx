import { useState } from 'react';
import {
  CONFERENCE_SECTIONS,
  type ConferenceStatement,
  type ConferenceSummary,
} from '../domain/conference.ts';
import { formatDate } from '../i18n/format.ts';
import type { Lang, Translate } from '../i18n/i18n.ts';
import { encodeView, type ViewState } from '../state/urlState.ts';

export interface ConferencePanelProps {
  readonly summary: ConferenceSummary;
  readonly t: Translate;
  readonly lang: Lang;
  readonly view: ViewState;
  /** Whether a dataset's numbers are illustrative (the link then says so). */
  readonly isIllustrative: (datasetId: string) => boolean;
  readonly onOpen: (patch: Partial<ViewState>) => void;
}

const DEFAULT_DATASET = 'bac-kan-dcci';

function targetOf(s: ConferenceStatement, view: ViewState): Partial<ViewState> | null {
  const { dataset, view: v, group, year, sub, unit } = s.tags;
  if (!dataset && !v && !group && !year && !sub && !unit) return null;
  return {
    ds: dataset ?? DEFAULT_DATASET,
    view: v ?? 'ranking',
    group: group ?? null,
    year: year ?? null,
    sub: sub ?? null,
    unit: unit ?? null,
    units: [],
    lang: view.lang,
  };
}

/** One statement of the summary, with a link to the view that holds its evidence (if tagged). */
function Statement({
  s,
  t,
  lang,
  view,
  isIllustrative,
  onOpen,
}: Omit<ConferencePanelProps, 'summary'> & { s: ConferenceStatement }) {
  const target = targetOf(s, view);
  const ds = target?.ds ?? DEFAULT_DATASET;
  return (
    <li>
      {s.text[lang]}
      {target ? (
        <a
          className="conference__related"
          href={encodeView({ ...view, ...target })}
          onClick={(e) => {
            e.preventDefault();
            onOpen(target);
          }}
        >
          {t(isIllustrative(ds) ? 'conference.relatedViewIllustrative' : 'conference.relatedView')}{' '}
          →
        </a>
      ) : null}
    </li>
  );
}

/**
 * The summary of the 06/01/2020 conference beside the charts: date, organiser, link point,
 * agenda, then results, shortcomings and directions. A tagged statement links to the view with
 * its evidence ("related view (illustrative data)" while that data is illustrative).
 * Collapsible on narrow screens, where it sits under the chart.
 */
export function ConferencePanel({
  summary,
  t,
  lang,
  view,
  isIllustrative,
  onOpen,
}: ConferencePanelProps) {
  const [open, setOpen] = useState(true);
  const sections = CONFERENCE_SECTIONS.map((key) => ({ key, statements: summary[key] })).filter(
    (s) => s.statements.length > 0,
  );
  return (
    <section className="conference" aria-labelledby="conference-heading">
      <div className="conference__head">
        <h2 id="conference-heading">{t('conference.heading')}</h2>
        <button
          type="button"
          className="button button--secondary conference__toggle"
          aria-expanded={open}
          aria-controls="conference-body"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('conference.hide') : t('conference.show')}
        </button>
      </div>
      <p className="conference__meta">
        <strong>{formatDate(summary.date, lang)}</strong> · {summary.title[lang]}
      </p>
      <div id="conference-body" hidden={!open}>
        <p className="conference__meta">
          {t('conference.organiser', { organiser: summary.organiser[lang] })}
        </p>
        <p className="conference__meta">
          {t('conference.linkPoint', { place: summary.linkPoint[lang] })}
        </p>
        <h3>{t('conference.announcement')}</h3>
        <p>{summary.announcement[lang]}</p>
        <h3>{t('conference.agenda')}</h3>
        <ul>
          {summary.agenda.map((a) => (
            <li key={a.vi}>{a[lang]}</li>
          ))}
        </ul>
        {sections.map(({ key, statements }) => (
          <div key={key}>
            <h3>{t(`conference.${key}`)}</h3>
            <ul>
              {statements.map((s) => (
                <Statement key={s.id} s={s} {...{ t, lang, view, isIllustrative, onOpen }} />
              ))}
            </ul>
          </div>
        ))}
        {summary.quote ? (
          <blockquote>
            <p>“{summary.quote.text[lang]}”</p>
            <footer>— {summary.quote.speaker[lang]}</footer>
          </blockquote>
        ) : null}
        <p className="conference__source">
          {t('conference.source')}:{' '}
          <a href={summary.source.url} rel="noreferrer noopener" target="_blank">
            {summary.source.name[lang]}
          </a>
          . {summary.note[lang]}
        </p>
      </div>
    </section>
  );
}
