import type { ExportLayout } from '../../export/composeSvg.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { viewLinks } from '../../state/urlState.ts';

/** Image sizes offered (a registry, not a switch); `null` height = the content's natural height. */
export const SIZES: readonly {
  readonly id: string;
  readonly label: MessageKey;
  readonly layout: (shown: number, custom: number) => ExportLayout;
}[] = [
  { id: 'shown', label: 'export.sizeShown', layout: (shown) => ({ width: shown, height: null }) },
  { id: '1200x630', label: 'export.sizeWide', layout: () => ({ width: 1200, height: 630 }) },
  { id: '1080x1080', label: 'export.sizeSquare', layout: () => ({ width: 1080, height: 1080 }) },
  { id: '1080x1350', label: 'export.sizePortrait', layout: () => ({ width: 1080, height: 1350 }) },
  {
    id: 'custom',
    label: 'export.sizeCustom',
    layout: (_shown, custom) => ({ width: custom, height: null }),
  },
];

export const MIN_WIDTH = 320;
export const MAX_WIDTH = 4000;
export const MAX_HIGHLIGHT = 3;

/** The link to the current view and to its chart-only page (embed.html, `embed=1`). */
export function currentLinks(): { link: string; embed: string } {
  return viewLinks(window.location);
}
