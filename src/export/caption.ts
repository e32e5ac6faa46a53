import type { RankingCaptionFacts } from '../domain/sentence.ts';
import type { Lang } from '../domain/types.ts';
import { formatInteger, formatScore } from '../i18n/format.ts';
import { translate, type Translate } from '../i18n/i18n.ts';
import { countedGroupName, scorecardSentence } from '../i18n/sentences.ts';

/**
 * Words that travel with an export (pure builders): the caption to quote and the alt text of a
 * ranking chart in Vietnamese and English, the citation line and the embed snippet.
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
export function buildCitation(parts: CitationParts, lang: Lang): string {
  const accessed = parts.date
    ? translate(lang, 'export.citationAccessed', { date: parts.date })
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

/**
 * A caption to quote under a ranking chart, e.g. "Bạch Thông xếp thứ 3/8 huyện, thành phố về
 * DCCI 2019 với 68,40 điểm, tăng 2 bậc so với 2018. Đứng đầu là Na Rì với 70,12 điểm. Đây là
 * số liệu minh họa, không phải kết quả chính thức." The unit sentence is the scorecard's
 * (i18n/sentences.ts: a change is stated only when both ranks exist; first year, a break in the
 * years, absence, missing score, ties and comparability warnings are said as such). The leader
 * is named when the focus is another unit; with no ranked unit the caption says there are no data.
 */
export function rankingCaption(f: RankingCaptionFacts, lang: Lang): string {
  const t: Translate = (key, params) => translate(lang, key, params);
  const group = countedGroupName(f.groupId, f.groupName, lang, t);
  const sentences: string[] = [];
  if (f.rankedCount === 0 || f.first === null) {
    sentences.push(t('export.captionNoScores', { index: f.indexName, year: f.year, group }));
  } else {
    if (f.focus) sentences.push(scorecardSentence({ ...f.focus, illustrative: false }, lang));
    if (!f.focus || f.focus.unitName !== f.first.name) {
      sentences.push(
        t('export.captionLeader', {
          name: f.first.name,
          score: formatScore(f.first.total, lang),
        }),
      );
    }
  }
  if (f.illustrative) sentences.push(t('export.captionIllustrativeSentence'));
  return sentences.join(' ');
}

/**
 * The alt text of a ranking chart: what is drawn and its range, e.g. "Biểu đồ thanh ngang xếp
 * hạng 8 huyện, thành phố theo điểm DCCI 2019, từ Na Rì (66,03 điểm) đến Bạch Thông (60,34
 * điểm); trung bình 61,84 điểm." Units without data are counted, never given a value.
 */
export function rankingAlt(f: RankingCaptionFacts, lang: Lang): string {
  const t: Translate = (key, params) => translate(lang, key, params);
  const group = countedGroupName(f.groupId, f.groupName, lang, t);
  const sentences: string[] = [];
  if (f.first === null || f.last === null) {
    sentences.push(t('export.altEmpty', { index: f.indexName, year: f.year, group }));
  } else {
    sentences.push(
      t(f.mean === null ? 'export.altBars' : 'export.altBarsMean', {
        count: formatInteger(f.rankedCount, lang),
        group,
        index: f.indexName,
        year: f.year,
        first: f.first.name,
        firstScore: formatScore(f.first.total, lang),
        last: f.last.name,
        lastScore: formatScore(f.last.total, lang),
        mean: formatScore(f.mean, lang),
      }),
    );
  }
  if (f.missingCount > 0) {
    sentences.push(
      t(f.missingCount === 1 ? 'export.altMissingOne' : 'export.altMissing', {
        count: formatInteger(f.missingCount, lang),
      }),
    );
  }
  if (f.illustrative) sentences.push(t('export.altIllustrative'));
  return sentences.join(' ');
}
