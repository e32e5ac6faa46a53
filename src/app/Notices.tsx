import type { Translate } from '../i18n/i18n.ts';
import type { UrlNotice } from '../state/urlState.ts';

/** Small, dismissable notices about link values that fell back to defaults (never a blank page). */
export function Notices({
  notices,
  t,
  onDismiss,
}: {
  notices: readonly UrlNotice[];
  t: Translate;
  onDismiss: () => void;
}) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="note">
      <ul>
        {notices.map((n, i) => (
          <li key={`${n.param}-${i}`}>
            {n.kind === 'newer-version'
              ? t('notice.newerLink')
              : t('notice.fallback', { param: n.param, value: n.value })}
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
