import type { Lang, LocalizedText } from '../domain/types.ts';
import { scorecardSentence, type ScorecardFacts } from '../domain/sentence.ts';
import { formatScore } from '../i18n/format.ts';

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

/** A unit at one end of the ranking, for the caption and the alt text. */
export interface RankedUnit {
  readonly name: string;
  readonly total: number;
}

/**
 * The facts a ranking chart's caption and alt text may state. `focus` is the sentence facts of the
 * unit the caption is about (the selected unit, else the leader); every other field is nullable
 * so nothing is claimed that the data does not show.
 */
export interface RankingCaptionFacts {
  readonly focus: ScorecardFacts | null;
  readonly groupName: LocalizedText;
  readonly indexName: string;
  readonly year: number;
  /** Units with a total (the ones drawn as bars with a rank). */
  readonly rankedCount: number;
  /** Units in the group-year without a total (drawn as "—"). */
  readonly missingCount: number;
  readonly first: RankedUnit | null;
  readonly last: RankedUnit | null;
  readonly mean: number | null;
  readonly illustrative: boolean;
}

function lowerFirst(text: string, lang: Lang): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
}

const ILLUSTRATIVE_CLAUSE: Readonly<Record<Lang, string>> = {
  vi: ' Đây là số liệu minh họa, không phải kết quả chính thức.',
  en: ' These are illustrative data, not official results.',
};

/**
 * A caption to quote under a ranking chart, e.g. "Bạch Thông xếp thứ 3/8 huyện, thành phố về
 * DCCI 2019 với 68,40 điểm, tăng 2 bậc so với 2018. Đứng đầu là Na Rì với 70,12 điểm. Đây là
 * số liệu minh họa, không phải kết quả chính thức." The unit sentence is the scorecard's
 * (domain/sentence.ts: a change is stated only when both ranks exist; first year, absence, missing
 * score, ties and comparability warnings are said as such). The leader is named when the focus
 * is another unit; with no ranked unit the caption says there are no data.
 */
export function rankingCaption(f: RankingCaptionFacts, lang: Lang): string {
  const group = lowerFirst(f.groupName[lang], lang);
  let text: string;
  if (f.rankedCount === 0 || f.first === null) {
    text =
      lang === 'vi'
        ? `Không có điểm ${f.indexName} ${f.year} nào cho ${group}.`
        : `There are no ${f.indexName} ${f.year} scores for ${group}.`;
  } else {
    text = f.focus ? scorecardSentence({ ...f.focus, illustrative: false }, lang) : '';
    if (!f.focus || f.focus.unitName !== f.first.name) {
      text +=
        lang === 'vi'
          ? ` Đứng đầu là ${f.first.name} với ${formatScore(f.first.total, lang)} điểm.`
          : ` ${f.first.name} leads with ${formatScore(f.first.total, lang)} points.`;
    }
  }
  if (f.illustrative) text += ILLUSTRATIVE_CLAUSE[lang];
  return text.trim();
}

/**
 * The alt text of a ranking chart: what is drawn and its range, e.g. "Biểu đồ thanh ngang xếp
 * hạng 8 huyện, thành phố theo điểm DCCI 2019, từ Na Rì (66,03 điểm) đến Bạch Thông (60,34
 * điểm); trung bình 61,84 điểm." Units without data are counted, never given a value.
 */
export function rankingAlt(f: RankingCaptionFacts, lang: Lang): string {
  const group = lowerFirst(f.groupName[lang], lang);
  const index = `${f.indexName} ${f.year}`;
  let text: string;
  if (f.first === null || f.last === null) {
    text =
      lang === 'vi'
        ? `Biểu đồ thanh ngang ${index} của ${group}: không có đơn vị nào có điểm.`
        : `Horizontal bar chart of the ${index} for ${group}: no unit has a score.`;
  } else {
    const mean =
      f.mean === null
        ? ''
        : lang === 'vi'
          ? `; trung bình ${formatScore(f.mean, lang)} điểm`
          : `; the average is ${formatScore(f.mean, lang)}`;
    text =
      lang === 'vi'
        ? `Biểu đồ thanh ngang xếp hạng ${f.rankedCount} ${group} theo điểm ${index}, từ ${f.first.name} (${formatScore(f.first.total, lang)} điểm) đến ${f.last.name} (${formatScore(f.last.total, lang)} điểm)${mean}.`
        : `Horizontal bar chart ranking ${f.rankedCount} ${group} by ${index} score, from ${f.first.name} (${formatScore(f.first.total, lang)}) to ${f.last.name} (${formatScore(f.last.total, lang)})${mean}.`;
  }
  if (f.missingCount > 0) {
    text +=
      lang === 'vi'
        ? ` ${f.missingCount} đơn vị không có số liệu.`
        : ` ${f.missingCount} ${f.missingCount === 1 ? 'unit has' : 'units have'} no data.`;
  }
  if (f.illustrative) text += lang === 'vi' ? ' Số liệu minh họa.' : ' Illustrative data.';
  return text;
}
