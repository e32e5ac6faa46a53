import type { ConflictCell, MergeIssue } from '../../domain/merge.ts';
import type { Dataset, Lang } from '../../domain/types.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { formatInteger, formatScore, MISSING } from '../../i18n/format.ts';

export interface MergeProblemsProps {
  readonly issues: readonly MergeIssue[];
  readonly target: Dataset;
  readonly t: Translate;
  readonly lang: Lang;
}

const FIELD = {
  total: 'append.field.total',
  publishedRank: 'append.field.publishedRank',
  tier: 'append.field.tier',
  respondents: 'append.field.respondents',
  standardError: 'append.field.standardError',
  notes: 'append.field.notes',
} as const;

function cellValue(cell: ConflictCell, value: number | string | null, lang: Lang): string {
  if (value === null) return MISSING;
  if (typeof value === 'string') return value;
  return cell.field === 'publishedRank' || cell.field === 'respondents'
    ? formatInteger(value, lang)
    : formatScore(value, lang);
}

function message(issue: MergeIssue, target: Dataset, t: Translate, lang: Lang): string {
  switch (issue.code) {
    case 'conflict': {
      const cells = issue.cells.map((cell) =>
        t('append.issue.cell', {
          field:
            cell.field === 'subIndex'
              ? (target.subIndices.find((s) => s.id === cell.subIndexId)?.name[lang] ??
                String(cell.subIndexId))
              : t(FIELD[cell.field]),
          base: cellValue(cell, cell.base, lang),
          incoming: cellValue(cell, cell.incoming, lang),
        }),
      );
      return t('append.issue.conflict', {
        unit: issue.unitName,
        year: issue.year,
        cells: cells.join('; '),
      });
    }
    case 'same-target':
      return t('append.issue.sameTarget', {
        names: issue.incomingNames.map((n) => `«${n}»`).join(', '),
        target: issue.targetName,
      });
    case 'unmapped':
      return t('append.issue.unmapped', { name: issue.incomingName });
    case 'unknown-target':
      return t('append.issue.unknownTarget', { name: issue.incomingName, target: issue.target });
    case 'group-mismatch':
      return t('append.issue.groupMismatch', {
        name: issue.incomingName,
        target: issue.targetName,
      });
    case 'scale-mismatch':
      return t('append.issue.scaleMismatch', {
        base: formatScore(issue.base, lang, Number.isInteger(issue.base) ? 0 : 2),
        incoming: formatScore(issue.incoming, lang, Number.isInteger(issue.incoming) ? 0 : 2),
      });
  }
}

/** Every reason the merge is refused, as text, in the order `tryMergeDatasets` found them. */
export function MergeProblems({ issues, target, t, lang }: MergeProblemsProps) {
  if (issues.length === 0) return null;
  return (
    <div className="banner banner--error" role="alert">
      <p>{t('append.problems', { count: issues.length })}</p>
      <ul className="issue-list">
        {issues.map((issue, i) => (
          <li key={i}>{message(issue, target, t, lang)}</li>
        ))}
      </ul>
    </div>
  );
}
