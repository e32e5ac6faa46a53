/**
 * Words that travel with an export: the citation line and the embed snippet (pure builders).
 */

export interface CitationParts {
  readonly dataset: string;
  readonly source: string;
  readonly licence: string;
  /** The export date, already formatted for the language. */
  readonly date: string;
  readonly url: string;
}

/**
 * "Dataset. Source. Licence. Truy cập ngày/Accessed date. URL" — empty parts are left out.
 */
export function buildCitation(parts: CitationParts, lang: 'vi' | 'en'): string {
  const accessed = parts.date
    ? `${lang === 'vi' ? 'Truy cập ngày' : 'Accessed'} ${parts.date}`
    : '';
  return [parts.dataset, parts.source, parts.licence, accessed, parts.url]
    .map((p) => p.trim().replace(/[.\s]+$/, ''))
    .filter((p) => p !== '')
    .join('. ');
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The iframe snippet a journalist pastes into an article: the chart-only page (`embed.html`) and
 * a small listener that sets the iframe's height from the page's `dcci-embed-height` messages,
 * accepted only from `origin` and only for the iframe that sent them. Text, never injected here.
 */
export function embedSnippet(src: string, title: string, origin: string): string {
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="560" frameborder="0" loading="lazy" data-dcci-embed></iframe>`;
  const script =
    `<script>window.addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="dcci-embed-height")return;` +
    `document.querySelectorAll("iframe[data-dcci-embed]").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.height=String(Math.ceil(d.height))})});</script>`;
  return `${iframe}\n${script}`;
}
