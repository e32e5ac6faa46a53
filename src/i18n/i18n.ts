import vi from './vi.json';
import en from './en.json';

export type Lang = 'vi' | 'en';
/** Every UI string key; Vietnamese is the source locale and defines the keys. */
export type MessageKey = keyof typeof vi;
export type Params = Readonly<Record<string, string | number>>;

// en.json must have exactly the keys of vi.json (checked by a unit test and by this type).
const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

export const LANGS: readonly Lang[] = ['vi', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/**
 * The message for `key` in `lang`, with `{name}` placeholders replaced by `params`.
 * Parameters are inserted as text; the result is rendered as a React text node, never as HTML.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogues[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

export function catalogue(lang: Lang): Readonly<Record<MessageKey, string>> {
  return catalogues[lang];
}
