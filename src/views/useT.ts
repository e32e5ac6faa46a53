import { useMemo } from 'react';
import { translator, type Translate } from '../i18n/i18n.ts';
import { useLang } from '../state/hooks.ts';

/** The translate function for the current UI language. */
export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}
