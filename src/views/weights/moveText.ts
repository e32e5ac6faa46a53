import type { Lang, Translate } from '../../i18n/i18n.ts';
import { formatInteger } from '../../i18n/format.ts';

/** "▲2" / "▼1" / "=" — places moved as a symbol and a number (never colour alone). */
export function moveSymbol(moved: number | null, lang: Lang, t: Translate): string {
  if (moved === null) return t('weights.moveNone');
  if (moved > 0) return t('weights.moveUp', { n: formatInteger(moved, lang) });
  if (moved < 0) return t('weights.moveDown', { n: formatInteger(-moved, lang) });
  return t('weights.moveSame');
}

/** "▲ 2 bậc" / "▼ 47 places" — the symbol with the places, as shown in tables. */
export function movePlaces(moved: number | null, lang: Lang, t: Translate): string {
  if (moved === null) return t('weights.moveNone');
  if (moved > 0) return t('weights.movePlacesUp', { n: formatInteger(moved, lang) });
  if (moved < 0) return t('weights.movePlacesDown', { n: formatInteger(-moved, lang) });
  return t('weights.moveSame');
}

/** "tăng 2 bậc" / "down 47 places" — the move in words, for screen readers and sentences. */
export function moveWords(moved: number | null, lang: Lang, t: Translate): string {
  if (moved === null) return t('weights.moveNoneText');
  return moved > 0
    ? t('weights.moveUpText', { n: formatInteger(moved, lang) })
    : moved < 0
      ? t('weights.moveDownText', { n: formatInteger(-moved, lang) })
      : t('weights.moveSameText');
}
