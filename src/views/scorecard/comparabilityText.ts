import type { ComparabilityNote } from '../../charts/data/caption.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';

/** One plain sentence per comparability note, for chart footers (Scorecard, Compare, Distribution). */
export function comparabilityText(
  notes: readonly ComparabilityNote[],
  lang: Lang,
  t: Translate,
): string[] {
  return notes.map((n) => {
    switch (n.kind) {
      case 'method':
        return t('scorecard.note.method', { year: n.year, note: n.note[lang] });
      case 'groupSize':
        return t('scorecard.note.groupSize', {
          from: n.fromYear,
          to: n.toYear,
          fromCount: n.fromCount,
          toCount: n.toCount,
        });
      case 'subIndexSet': {
        const none = t('scorecard.note.none');
        return t('scorecard.note.subIndexSet', {
          from: n.fromYear,
          to: n.toYear,
          added: n.added.map((s) => s[lang]).join(', ') || none,
          removed: n.removed.map((s) => s[lang]).join(', ') || none,
        });
      }
    }
  });
}
