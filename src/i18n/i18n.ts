import type vi from './vi.json';

export type Lang = 'vi' | 'en';
/** Every UI string key; Vietnamese is the source locale and defines the keys. */
export type MessageKey = keyof typeof vi;
export type Params = Readonly<Record<string, string | number>>;

type Catalogue = Readonly<Record<MessageKey, string>>;

// Each language is a separate chunk loaded on demand, so the catalogues can grow without weighing
// on the initial bundle; main.tsx loads the first one in parallel with the data, and entry points
// call `loadCatalogue` before switching language. A language not loaded yet falls back to
// Vietnamese, then to the key itself (never an exception).
const catalogues = new Map<Lang, Catalogue>();
const loading = new Map<Lang, Promise<void>>();

/** Loads a language's messages once; resolves when `translate(lang, …)` can use them. */
export function loadCatalogue(lang: Lang): Promise<void> {
  if (catalogues.has(lang)) return Promise.resolve();
  let promise = loading.get(lang);
  if (!promise) {
    // en.json must have exactly the keys of vi.json: `satisfies` checks it at compile time.
    const load =
      lang === 'vi'
        ? import('./vi.json').then((m) => m.default satisfies Catalogue)
        : import('./en.json').then((m) => m.default satisfies Catalogue);
    promise = load.then((catalogue) => {
      catalogues.set(lang, catalogue);
    });
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}

/**
 * The message for `key` in `lang`, with `{name}` placeholders replaced by `params`.
 * Parameters are inserted as text; the result is rendered as a React text node, never as HTML.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = (catalogues.get(lang) ?? catalogues.get('vi'))?.[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
