import { useState } from 'react';
import type { Translate } from '../../i18n/i18n.ts';
import type * as Reports from './downloadReport.tsx';

type ReportModule = typeof Reports;

/**
 * "Tải báo cáo Word": loads the report module (and with it the docx library) on the first click,
 * then builds the file. The state is announced in a live region; a failure says so and can be
 * retried.
 */
export function WordReportButton({
  label,
  t,
  run,
  testId,
}: {
  label: string;
  t: Translate;
  run: (reports: ReportModule) => Promise<void>;
  testId?: string;
}) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const click = () => {
    if (state === 'busy') return;
    setState('busy');
    import('./downloadReport.tsx')
      .then(run)
      .then(() => setState('idle'))
      .catch(() => setState('failed'));
  };
  return (
    <div className="report-download">
      <button
        type="button"
        className="button button--secondary"
        onClick={click}
        aria-busy={state === 'busy'}
        data-testid={testId}
      >
        {label}
      </button>{' '}
      <span role="status" className="stats-controls__help">
        {state === 'busy' ? t('report.preparing') : state === 'failed' ? t('report.failed') : ''}
      </span>
    </div>
  );
}
