import type { Issue } from '../../domain/issues.ts';
import { tierLabel } from '../labels.ts';
import type { Group } from '../../domain/types.ts';
import { formatInteger, formatScore } from '../../i18n/format.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import { issueMessage } from '../../i18n/issueMessages.ts';
import type { ImportReport } from '../../import/browser.ts';
import { downloadText } from '../../export/download.ts';
import { issueListTsv } from './issueList.ts';

const SHOWN_ISSUES = 50;
const SHOWN_ROWS = 10;

const ENCODING_NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  xlsx: 'Excel (.xlsx)',
};

function delimiterName(d: string | null): string {
  if (d === null) return '—';
  if (d === '\t') return 'Tab';
  return `«${d}»`;
}

export interface ImportPreviewProps {
  readonly report: ImportReport;
  readonly fileName: string;
  readonly t: Translate;
  readonly lang: Lang;
  /** The groups of the dataset read so far, to show group names instead of ids. */
  readonly groups?: readonly Group[];
}

// Notices that wait for the user (a group, year or unit to type): not "repaired".
const NEEDS_USER = new Set<Issue['code']>(['GROUP_MISSING', 'YEAR_MISSING', 'UNIT_MISSING']);
const severityKey = (issue: Issue) =>
  issue.severity === 'notice' && issue.line === null && NEEDS_USER.has(issue.code)
    ? 'import.severity.action'
    : (`import.severity.${issue.severity}` as const);

/**
 * What an import found, before anything is saved: encoding, delimiter, decimal convention, header
 * line, units/groups/years, every issue (the first 50 shown, all downloadable) and the first rows
 * as they will be stored. Text only: names from the file are rendered as React text nodes.
 */
export function ImportPreview({ report, fileName, t, lang, groups = [] }: ImportPreviewProps) {
  return (
    <div className="import-preview">
      {!report.ok ? (
        <p role="alert" className="error">
          {t('import.refused')}
        </p>
      ) : null}
      <ImportFacts report={report} fileName={fileName} t={t} lang={lang} />

      <IssueList issues={report.issues} fileName={fileName} t={t} lang={lang} />

      {report.rows.length > 0 ? (
        <PreviewRows report={report} t={t} lang={lang} groups={groups} />
      ) : null}
    </div>
  );
}

/** How the file was read: encoding, delimiter, decimal mark, header line, what it holds. */
function ImportFacts({ report, fileName, t, lang }: Omit<ImportPreviewProps, 'groups'>) {
  return (
    <dl className="import-preview__facts">
      <div>
        <dt>{t('import.file')}</dt>
        <dd>{fileName}</dd>
      </div>
      <div>
        <dt>{t('import.encoding')}</dt>
        <dd>{ENCODING_NAMES[report.encoding] ?? report.encoding}</dd>
      </div>
      <div>
        <dt>{t('import.delimiter')}</dt>
        <dd>{delimiterName(report.delimiter)}</dd>
      </div>
      <div>
        <dt>{t('import.decimal')}</dt>
        <dd>«{report.decimal}»</dd>
      </div>
      <div>
        <dt>{t('import.headerLine')}</dt>
        <dd>{report.headerLine > 0 ? formatInteger(report.headerLine, lang) : '—'}</dd>
      </div>
      <div>
        <dt>{t('import.found')}</dt>
        <dd>
          {t('import.foundValue', {
            units: formatInteger(report.units, lang),
            groups: formatInteger(report.groups.length, lang),
            years: report.years.length > 0 ? report.years.join(', ') : '—',
          })}
        </dd>
      </div>
    </dl>
  );
}

/** Every issue, errors first: the first SHOWN_ISSUES listed, all of them downloadable. */
function IssueList({
  issues,
  fileName,
  t,
  lang,
}: {
  issues: readonly Issue[];
  fileName: string;
  t: Translate;
  lang: Lang;
}) {
  const order = { error: 0, warning: 1, notice: 2 } as const;
  const sorted = [...issues].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <>
      <h3>{t('import.issues', { count: issues.length })}</h3>
      {issues.length === 0 ? (
        <p>{t('import.noIssues')}</p>
      ) : (
        <>
          <ul
            className="issue-list"
            // It scrolls (max-height): focusable so keyboard users can scroll it too.
            tabIndex={0}
            aria-label={t('import.issues', { count: issues.length })}
          >
            {sorted.slice(0, SHOWN_ISSUES).map((issue, i) => (
              <li key={i} className={`issue issue--${issue.severity}`} data-code={issue.code}>
                <strong>{t(severityKey(issue))}</strong> <code>{issue.code}</code>{' '}
                {issueMessage(issue, lang)}
              </li>
            ))}
          </ul>
          {issues.length > SHOWN_ISSUES ? (
            <p>{t('import.issuesShown', { shown: SHOWN_ISSUES, count: issues.length })}</p>
          ) : null}
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadText(
                `${fileName}.issues.tsv`,
                issueListTsv(sorted, lang),
                'text/tab-separated-values',
                true,
              )
            }
          >
            {t('import.issuesDownload')}
          </button>
        </>
      )}
    </>
  );
}

/** The first SHOWN_ROWS rows as they will be stored. */
function PreviewRows({
  report,
  t,
  lang,
  groups,
}: {
  report: ImportReport;
  t: Translate;
  lang: Lang;
  groups: readonly Group[];
}) {
  const groupName = (id: string | null): string =>
    id === null ? '—' : (groups.find((g) => g.id === id)?.name[lang] ?? id);
  const hasTier = report.rows.some((r) => (r.tier ?? null) !== null);
  const subHeaders = [
    ...new Set(report.rows.slice(0, SHOWN_ROWS).flatMap((r) => [...r.subIndices.keys()])),
  ];
  return (
    <>
      <h3>{t('import.rows')}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('import.rows')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('controls.year')}</th>
              <th scope="col">{t('controls.group')}</th>
              <th scope="col">{t('table.unit')}</th>
              <th scope="col" className="num">
                {t('table.total')}
              </th>
              <th scope="col" className="num">
                {t('table.rank')}
              </th>
              {hasTier ? <th scope="col">{t('import.role.tier')}</th> : null}
              {subHeaders.map((h) => (
                <th key={h} scope="col" className="num">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.slice(0, SHOWN_ROWS).map((row, i) => (
              <tr key={i}>
                <td>{row.year ?? '—'}</td>
                <td>{groupName(row.group)}</td>
                <th scope="row">{row.unit}</th>
                <td className="num">{formatScore(row.score, lang)}</td>
                <td className="num">
                  {formatInteger(row.rank, lang)}
                  {(row.fieldSize ?? null) === null
                    ? null
                    : `/${formatInteger(row.fieldSize ?? null, lang)}`}
                </td>
                {hasTier ? <td>{row.tier == null ? '—' : tierLabel(row.tier, t)}</td> : null}
                {subHeaders.map((h) => (
                  <td key={h} className="num">
                    {formatScore(row.subIndices.get(h) ?? null, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
