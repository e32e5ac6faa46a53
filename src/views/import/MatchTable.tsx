import type { Translate } from '../../i18n/i18n.ts';
import { decisionOf, NEW, type Decision, type PlanRow } from './appendPlan.ts';

export interface MatchTableProps {
  readonly caption: string;
  readonly rows: readonly PlanRow[];
  readonly chosen: ReadonlyMap<string, Decision>;
  readonly onChange: (key: string, decision: Decision) => void;
  /** The label of the "add as new" option ("Đơn vị mới", "Chỉ số mới", "Khối mới"). */
  readonly newLabel: string;
  /** Show the incoming group column (units). */
  readonly showContext?: boolean;
  readonly t: Translate;
}

const STATUS = {
  exact: 'append.status.exact',
  normalised: 'append.status.normalised',
  suggested: 'append.status.suggested',
  none: 'append.status.none',
} as const;

/**
 * One table of the append step: each incoming name, how it was matched, a native select to
 * choose what it becomes, and for suggestions a confirmation checkbox. Names are text nodes.
 */
export function MatchTable({
  caption,
  rows,
  chosen,
  onChange,
  newLabel,
  showContext = false,
  t,
}: MatchTableProps) {
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table append-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('append.col.incoming')}</th>
            {showContext ? <th scope="col">{t('append.col.group')}</th> : null}
            <th scope="col">{t('append.col.match')}</th>
            <th scope="col">{t('append.col.target')}</th>
            <th scope="col">{t('append.col.confirm')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const decision = decisionOf(row, chosen);
            const suggested = row.status === 'suggested';
            return (
              <tr key={row.key} data-status={row.status}>
                <th scope="row">{row.incomingName}</th>
                {showContext ? <td>{row.context ?? ''}</td> : null}
                <td>{t(STATUS[row.status])}</td>
                <td>
                  <select
                    aria-label={t('append.selectFor', { name: row.incomingName })}
                    value={decision.value}
                    onChange={(e) => onChange(row.key, { value: e.target.value, confirmed: false })}
                  >
                    {row.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.score === undefined
                          ? o.name
                          : t('append.suggestion', {
                              name: o.name,
                              score: Math.round(o.score * 100),
                            })}
                      </option>
                    ))}
                    <option value={NEW}>{newLabel}</option>
                  </select>
                </td>
                <td>
                  {suggested ? (
                    <label>
                      <input
                        type="checkbox"
                        checked={decision.confirmed || decision.value === NEW}
                        disabled={decision.value === NEW}
                        aria-label={t('append.confirmFor', { name: row.incomingName })}
                        onChange={(e) =>
                          onChange(row.key, { ...decision, confirmed: e.target.checked })
                        }
                      />{' '}
                      {t('append.col.confirm')}
                    </label>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
