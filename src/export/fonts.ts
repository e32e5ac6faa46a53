import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import vietnamese700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';

/**
 * The @font-face rules embedded in every exported SVG (and so in every PNG): Noto Sans, latin and
 * vietnamese subsets, weights 400 and 700 (the ones charts and frames use), as data: URLs so the
 * file renders its diacritics exactly on any machine with no network. The subsets keep
 * Fontsource's unicode-range, so "Đầu", "Kế" and "Bạch Thông" draw from the same family (loading
 * one subset without the other is TOOLCHAIN.md's dropped-tone-mark trap). The woff2 files are
 * same-origin assets fetched once, only when an image is exported (never in the initial bundle).
 */

/**
 * The family name of the embedded faces. Deliberately not "Noto Sans": a machine with Noto Sans
 * installed would otherwise hide a missing embedding (and the browser test could not see it).
 * The SVG's font-family lists it first, then "Noto Sans" for editors that ignore @font-face.
 */
export const EMBEDDED_FONT_NAME = 'DCCI Noto Sans';

const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE_RANGE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

const FACES = [
  { url: vietnamese400, weight: 400, range: VIETNAMESE_RANGE },
  { url: vietnamese700, weight: 700, range: VIETNAMESE_RANGE },
  { url: latin400, weight: 400, range: LATIN_RANGE },
  { url: latin700, weight: 700, range: LATIN_RANGE },
] as const;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** One @font-face rule (pure; exported for tests). */
export function fontFaceRule(base64: string, weight: number, range: string): string {
  return (
    `@font-face{font-family:"${EMBEDDED_FONT_NAME}";font-style:normal;font-weight:${weight};` +
    `src:url(data:font/woff2;base64,${base64}) format("woff2");unicode-range:${range};}`
  );
}

let cached: Promise<string> | null = null;

/**
 * The CSS block for the export SVG's `<style>`: four @font-face rules with data: URLs.
 * Rejects when a font file cannot be read (the caller says so; it never exports silently
 * without the font).
 */
export function embeddedFontCss(): Promise<string> {
  if (!cached) {
    cached = Promise.all(
      FACES.map(async (f) => {
        const response = await fetch(f.url);
        if (!response.ok) throw new Error(`${f.url}: HTTP ${response.status}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return fontFaceRule(toBase64(bytes), f.weight, f.range);
      }),
    ).then((rules) => rules.join('\n'));
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
