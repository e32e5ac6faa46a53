/**
 * The text of every import issue, in Vietnamese and English: where (file line, Excel row when it
 * differs, column letter and header), what (the value), and the fix. The only place import
 * message text lives; `Record<IssueCode, …>` makes a missing code a compile error.
 */
import type { Issue, IssueCode } from '../domain/issues.ts';
import type { Lang } from '../domain/types.ts';
import { formatNumber } from './format.ts';

type Template = (issue: Issue) => string;

// Vietnamese Excel says "Lưu Như"; the file type keeps its English name in most versions.
const SAVE_STEPS_VI =
  'chọn Tệp → Lưu Như (Save As), chọn kiểu tệp «CSV UTF-8 (Comma delimited)» rồi nhập lại tệp .csv vừa lưu.';
const SAVE_STEPS_EN =
  'choose File → Save As, pick the type "CSV UTF-8 (Comma delimited)", then import the saved .csv file.';
const SAVE_VI = `Mở tệp trong Excel, ${SAVE_STEPS_VI}`;
const SAVE_EN = `Open the file in Excel, ${SAVE_STEPS_EN}`;
const UNIKEY_VI =
  'Chuyển mã bằng Unikey: sao chép bảng, mở Unikey → Công cụ chuyển mã (Ctrl+Shift+F6), chọn nguồn TCVN3 (ABC) hoặc VNI Windows, đích Unicode, bấm «Chuyển mã», dán lại vào Excel rồi lưu thành «CSV UTF-8».';
const UNIKEY_EN =
  'Convert it with Unikey: copy the table, open Unikey → Conversion tool (Ctrl+Shift+F6), source TCVN3 (ABC) or VNI Windows, destination Unicode, click "Convert", paste back into Excel and save as "CSV UTF-8".';

const ENCODING_NAMES = new Map<string, string>([
  ['utf-8', 'UTF-8'],
  ['utf-8-bom', 'UTF-8 (BOM)'],
  ['utf-16le', 'UTF-16 LE'],
  ['utf-16be', 'UTF-16 BE'],
  ['windows-1258', 'Windows-1258'],
  ['tcvn3', 'TCVN3 (ABC)'],
  ['vni', 'VNI Windows'],
  ['xlsx', 'Excel (.xlsx)'],
]);
const encodingName = (e: string | undefined): string =>
  e === undefined ? '?' : (ENCODING_NAMES.get(e) ?? e);

const mb = (bytes: number | undefined, lang: Lang): string =>
  bytes === undefined ? '?' : formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, lang);
const list = (items: readonly string[] | undefined, lang: Lang): string =>
  (items ?? []).map((s) => (lang === 'vi' ? `«${s}»` : `“${s}”`)).join(', ');
const q = (s: string | null, lang: Lang): string =>
  lang === 'vi' ? `«${s ?? ''}»` : `“${s ?? ''}”`;

/** "dòng 7 (hàng 6 trong Excel), cột B «Đơn vị»" / "line 7 (Excel row 6), column B “Đơn vị”". */
export function issueLocation(issue: Issue, lang: Lang): string {
  const parts: string[] = [];
  if (issue.line !== null) {
    const row =
      issue.excelRow !== null && issue.excelRow !== issue.line
        ? lang === 'vi'
          ? ` (hàng ${issue.excelRow} trong Excel)`
          : ` (Excel row ${issue.excelRow})`
        : '';
    parts.push(`${lang === 'vi' ? 'dòng' : 'line'} ${issue.line}${row}`);
  }
  if (issue.column !== null) {
    const header = issue.header !== null && issue.header !== '' ? ` ${q(issue.header, lang)}` : '';
    parts.push(`${lang === 'vi' ? 'cột' : 'column'} ${issue.column}${header}`);
  }
  return parts.join(', ');
}

// Text for the validator only (a flag to pass), marked so the browser's messages drop it.
const CLI_ONLY = /\uE000([^\uE000\uE001]*)\uE001/g;
const cli = (text: string): string => `\uE000${text}\uE001`;
const cap = (s: string): string => (s === '' ? s : s.charAt(0).toUpperCase() + s.slice(1));
/** "Dòng 6, cột B «Đơn vị»: " or "" when the issue has no location. */
const at = (i: Issue, lang: Lang): string => {
  const loc = issueLocation(i, lang);
  return loc === '' ? '' : `${cap(loc)}: `;
};
const relatedLines = (i: Issue): string =>
  i.related
    .map((r) => r.line)
    .filter((l): l is number => l !== null)
    .join(', ');
/** The issue's line and its related lines, sorted: "2, 5 và 9" / "2, 5 and 9". */
const allLines = (i: Issue, and: string): string => {
  const lines = [i.line, ...i.related.map((r) => r.line)]
    .filter((l): l is number => l !== null)
    .sort((a, b) => a - b);
  const last = lines.pop();
  return lines.length === 0 ? String(last ?? '?') : `${lines.join(', ')} ${and} ${last}`;
};
const rangeText = (i: Issue, lang: Lang): string => {
  const { min, max, integer } = i.params;
  if (lang === 'vi')
    return `từ ${formatNumber(min, lang)} đến ${formatNumber(max, lang)}${integer === true ? ', số nguyên' : ''}`;
  return `from ${formatNumber(min, lang)} to ${formatNumber(max, lang)}${integer === true ? ', a whole number' : ''}`;
};

// The normalisations of src/domain/responses.ts, named in RESPONSES_AGGREGATED.
const NORMALISATION_TEXT = new Map<string, { readonly vi: string; readonly en: string }>([
  [
    'scale',
    {
      vi: 'theo thang trả lời, điểm = 1 + 9 × (điểm thô − thấp nhất) / (cao nhất − thấp nhất)',
      en: 'anchored to the answer scale, score = 1 + 9 × (raw − lowest) / (highest − lowest)',
    },
  ],
  [
    'minmax',
    {
      vi: 'min–max giữa các đơn vị cùng khối trong từng năm (đơn vị tốt nhất 10, kém nhất 1)',
      en: 'min–max across the units of a group in each year (best unit 10, worst 1)',
    },
  ],
  [
    'minmax-pooled',
    {
      vi: 'min–max giữa các đơn vị cùng khối, gộp tất cả các năm (tốt nhất 10, kém nhất 1)',
      en: 'min–max across the units of a group pooled over all years (best 10, worst 1)',
    },
  ],
]);
const normalisationText = (value: string | null, lang: Lang): string =>
  NORMALISATION_TEXT.get(value ?? '')?.[lang] ?? q(value, lang);

const MESSAGES: Readonly<Record<IssueCode, { readonly vi: Template; readonly en: Template }>> = {
  EMPTY_FILE: {
    vi: () =>
      'Tệp trống (không có chữ nào). Hãy chọn đúng tệp số liệu, hoặc xuất lại từ Excel dạng «CSV UTF-8».',
    en: () =>
      'The file is empty (no text at all). Choose the right data file, or export it again from Excel as "CSV UTF-8".',
  },
  NO_VALUES: {
    vi: (i) =>
      `Tệp không có giá trị nào: ${formatNumber(i.params.count, 'vi')} dòng chỉ gồm dấu phân cách ${q(i.value === '\t' ? 'Tab' : i.value, 'vi')} và ô trống. Có thể đã xuất nhầm trang tính hoặc vùng trống; hãy mở tệp, kiểm tra bảng số liệu rồi xuất lại.`,
    en: (i) =>
      `The file holds no values: ${formatNumber(i.params.count, 'en')} line(s) of nothing but the separator ${q(i.value === '\t' ? 'Tab' : i.value, 'en')} and empty cells. The wrong sheet or an empty range may have been exported; open the file, check the table and export it again.`,
  },
  NO_DATA_ROWS: {
    vi: (i) =>
      `${at(i, 'vi')}có dòng tiêu đề cột nhưng không có dòng số liệu nào bên dưới. Thêm mỗi đơn vị một dòng (năm, đơn vị, điểm) rồi nhập lại.`,
    en: (i) =>
      `${at(i, 'en')}the column headers are there but no data rows follow. Add one row per unit (year, unit, score) and import again.`,
  },
  NOT_TEXT: {
    vi: () => `Tệp không phải văn bản (có byte NUL). ${SAVE_VI}`,
    en: () => `The file is not text (it contains NUL bytes). ${SAVE_EN}`,
  },
  NOT_CSV_XLSX: {
    vi: () =>
      `Đây là sổ tính Excel (.xlsx) bị đổi tên thành .csv. Hãy đổi lại đuôi thành .xlsx để nhập trực tiếp, hoặc: ${SAVE_VI}`,
    en: () =>
      `This is an Excel workbook (.xlsx) renamed to .csv. Rename it back to .xlsx to import it directly, or: ${SAVE_EN}`,
  },
  NOT_CSV_XLS: {
    vi: () => `Đây là tệp Excel đời cũ (.xls), không đọc trực tiếp được. ${SAVE_VI}`,
    en: () => `This is an old Excel file (.xls), which cannot be read directly. ${SAVE_EN}`,
  },
  NOT_CSV_PDF: {
    vi: () =>
      'Đây là tệp PDF, không phải bảng số liệu. Hãy xin cơ quan công bố tệp Excel gốc, hoặc chép bảng sang Excel, kiểm tra từng số, rồi lưu thành «CSV UTF-8».',
    en: () =>
      'This is a PDF, not a data table. Ask the publisher for the original Excel file, or copy the table into Excel, check every number, and save it as "CSV UTF-8".',
  },
  NOT_CSV_HTML: {
    vi: () =>
      `Đây là trang web (HTML) được lưu thành .csv. Hãy mở tệp này trong Excel, ${SAVE_STEPS_VI}`,
    en: () => `This is a web page (HTML) saved as .csv. Open it in Excel, ${SAVE_STEPS_EN}`,
  },
  NOT_CSV_IMAGE: {
    vi: () =>
      'Đây là tệp ảnh, không phải bảng số liệu. Hãy nhập số liệu vào Excel (kiểm tra từng số) rồi lưu thành «CSV UTF-8».',
    en: () =>
      'This is an image, not a data table. Type the numbers into Excel (check every one) and save it as "CSV UTF-8".',
  },
  FILE_TOO_LARGE: {
    vi: (i) =>
      `Tệp quá lớn (${mb(i.params.found, 'vi')} MB; tối đa ${mb(i.params.limit, 'vi')} MB). Hãy tách thành nhiều tệp, ví dụ mỗi năm một tệp.`,
    en: (i) =>
      `The file is too large (${mb(i.params.found, 'en')} MB; at most ${mb(i.params.limit, 'en')} MB). Split it into several files, for example one per year.`,
  },
  TOO_MANY_ROWS: {
    vi: (i) =>
      `Tệp có ${formatNumber(i.params.found, 'vi')} dòng số liệu, vượt giới hạn ${formatNumber(i.params.limit, 'vi')} dòng. Hãy tách thành nhiều tệp (mỗi năm hoặc mỗi khối một tệp).`,
    en: (i) =>
      `The file has ${formatNumber(i.params.found, 'en')} data rows, over the limit of ${formatNumber(i.params.limit, 'en')}. Split it into several files (one per year or group).`,
  },
  TOO_MANY_COLUMNS: {
    vi: (i) =>
      `${at(i, 'vi')}bảng có ${formatNumber(i.params.found, 'vi')} cột, vượt giới hạn ${formatNumber(i.params.limit, 'vi')} cột. Xóa các cột không cần thiết rồi nhập lại.`,
    en: (i) =>
      `${at(i, 'en')}the table has ${formatNumber(i.params.found, 'en')} columns, over the limit of ${formatNumber(i.params.limit, 'en')}. Delete the columns you do not need and import again.`,
  },
  NAME_TOO_LONG: {
    vi: (i) =>
      i.params.inHeader === true
        ? `${at(i, 'vi')}tiêu đề cột dài ${formatNumber(i.params.found, 'vi')} ký tự (tối đa ${formatNumber(i.params.limit, 'vi')}): ${q(i.value, 'vi')}. Dòng tiêu đề cột chỉ nên có tên cột ngắn; hãy sửa ô này.`
        : `${at(i, 'vi')}tên đơn vị dài ${formatNumber(i.params.found, 'vi')} ký tự (tối đa ${formatNumber(i.params.limit, 'vi')}): ${q(i.value, 'vi')}. Có thể cột bị lệch hoặc ô bị dán nhầm; hãy sửa ô này.`,
    en: (i) =>
      i.params.inHeader === true
        ? `${at(i, 'en')}the column header is ${formatNumber(i.params.found, 'en')} characters long (at most ${formatNumber(i.params.limit, 'en')}): ${q(i.value, 'en')}. A header row should hold short column names; fix this cell.`
        : `${at(i, 'en')}the unit name is ${formatNumber(i.params.found, 'en')} characters long (at most ${formatNumber(i.params.limit, 'en')}): ${q(i.value, 'en')}. Columns may be shifted or text pasted into the wrong cell; fix this cell.`,
  },
  ENCODING_CONVERTED: {
    vi: (i) =>
      `Tệp dùng bảng mã ${encodingName(i.params.encoding)}; đã chuyển sang Unicode.${(i.params.names ?? []).length > 0 ? ` Hãy kiểm tra vài tên đã chuyển: ${list(i.params.names, 'vi')}.` : ''}`,
    en: (i) =>
      `The file uses the ${encodingName(i.params.encoding)} encoding; it was converted to Unicode.${(i.params.names ?? []).length > 0 ? ` Check a few converted names: ${list(i.params.names, 'en')}.` : ''}`,
  },
  ENCODING_UNCERTAIN: {
    vi: (i) => {
      const e = i.params.encoding;
      if (e === 'utf-8' && i.line !== null) {
        return `${at(i, 'vi')}tệp là UTF-8 nhưng có ${formatNumber(i.params.count, 'vi')} chỗ byte bị hỏng, chỗ đầu tiên ở đây (${q(i.value, 'vi')}); có thể tệp bị cắt ngang hoặc ghép từ nhiều nguồn. Không nhập để tránh sai tên. ${SAVE_VI}`;
      }
      const guess = e !== undefined && e !== 'unknown' ? ` (có thể là ${encodingName(e)})` : '';
      const fix = e?.startsWith('utf-') === true ? SAVE_VI : UNIKEY_VI;
      return `Không xác định chắc chắn được bảng mã của tệp${guess}, nên không nhập để tránh sai tên đơn vị. ${fix}`;
    },
    en: (i) => {
      const e = i.params.encoding;
      if (e === 'utf-8' && i.line !== null) {
        return `${at(i, 'en')}the file is UTF-8 but has ${formatNumber(i.params.count, 'en')} damaged byte sequence(s), the first here (${q(i.value, 'en')}); it may have been cut or pieced together from several sources. Not imported, to avoid wrong names. ${SAVE_EN}`;
      }
      const guess = e !== undefined && e !== 'unknown' ? ` (possibly ${encodingName(e)})` : '';
      const fix = e?.startsWith('utf-') === true ? SAVE_EN : UNIKEY_EN;
      return `The file's encoding could not be identified with confidence${guess}, so it was not imported to avoid garbled unit names. ${fix}`;
    },
  },
  TEXT_LOST_IN_SAVE: {
    vi: (i) =>
      `${at(i, 'vi')}chữ tiếng Việt đã bị thay bằng dấu «?» khi lưu (${q(i.value, 'vi')}); không thể khôi phục. Hãy mở lại tệp Excel gốc, ${SAVE_STEPS_VI} Không dùng kiểu «CSV (Comma delimited)».`,
    en: (i) =>
      `${at(i, 'en')}Vietnamese letters were replaced by "?" when the file was saved (${q(i.value, 'en')}); they cannot be recovered. Open the original Excel file again, ${SAVE_STEPS_EN} Do not use "CSV (Comma delimited)".`,
  },
  SEP_LINE_USED: {
    vi: (i) => `Dòng 1 ${q(i.value, 'vi')} cho biết ký tự phân cách; đã dùng và bỏ qua dòng này.`,
    en: (i) => `Line 1 ${q(i.value, 'en')} names the delimiter; it was used and the line skipped.`,
  },
  HEADER_BELOW_TITLE: {
    vi: (i) =>
      `Dòng tiêu đề cột là dòng ${i.line ?? '?'}; ${i.related.length} dòng phía trên (${q(i.value, 'vi')}) được coi là tiêu đề bảng và bỏ qua.`,
    en: (i) =>
      `The column headers are on line ${i.line ?? '?'}; ${i.related.length === 1 ? 'the line' : `the ${i.related.length} lines`} above (${q(i.value, 'en')}) ${i.related.length === 1 ? 'was' : 'were'} taken as the table title and skipped.`,
  },
  HEADER_ROWS_MERGED: {
    vi: (i) =>
      `Tiêu đề cột nằm trên hai dòng (${relatedLines(i)} và ${i.line ?? '?'}); đã ghép thành một. Hãy kiểm tra tên các cột trong phần xem trước.`,
    en: (i) =>
      `The column headers span two lines (${relatedLines(i)} and ${i.line ?? '?'}); they were merged into one. Check the column names in the preview.`,
  },
  FOOTER_IGNORED: {
    vi: (i) => `${at(i, 'vi')}dòng chú thích cuối bảng ${q(i.value, 'vi')} được bỏ qua.`,
    en: (i) => `${at(i, 'en')}the footer line ${q(i.value, 'en')} was skipped.`,
  },
  YEAR_FROM_TITLE: {
    vi: (i) =>
      `Tệp không có cột Năm; đã lấy năm ${i.params.year ?? '?'} từ tiêu đề ở dòng ${i.line ?? '?'}. Nếu sai, hãy chọn năm khi nhập${cli(' (hoặc --year)')}.`,
    en: (i) =>
      `The file has no Year column; the year ${i.params.year ?? '?'} was taken from the title on line ${i.line ?? '?'}. If that is wrong, choose the year when importing${cli(' (or --year)')}.`,
  },
  YEAR_MISSING: {
    vi: (i) =>
      i.line === null
        ? `Tệp không có cột Năm và tiêu đề không ghi năm. Hãy chọn năm khi nhập${cli(' (hoặc --year YYYY)')}, hoặc thêm cột «Năm».`
        : `${at(i, 'vi')}ô Năm trống. Hãy ghi năm (ví dụ 2019) cho dòng này.`,
    en: (i) =>
      i.line === null
        ? `The file has no Year column and the title gives no year. Choose the year when importing${cli(' (or --year YYYY)')}, or add a "Năm" (Year) column.`
        : `${at(i, 'en')}the Year cell is empty. Write the year (e.g. 2019) for this row.`,
  },
  GROUP_MISSING: {
    vi: (i) =>
      i.line === null
        ? `Tệp không có cột Khối. Hãy chọn khối (ví dụ «Sở, ban, ngành» hoặc «Huyện, thành phố») khi nhập${cli(' (hoặc --group TÊN)')}, hoặc thêm cột «Khối».`
        : `${at(i, 'vi')}ô Khối trống. Hãy ghi khối của đơn vị này.`,
    en: (i) =>
      i.line === null
        ? `The file has no Group column. Choose the group (e.g. "Sở, ban, ngành" or "Huyện, thành phố") when importing${cli(' (or --group NAME)')}, or add a "Khối" (Group) column.`
        : `${at(i, 'en')}the Group cell is empty. Write this unit's group.`,
  },
  MISSING_REQUIRED_COLUMN: {
    vi: (i) =>
      `Thiếu cột ${q(i.value, 'vi')}${i.line !== null ? ` (dòng tiêu đề cột: ${i.line})` : ''}. Hãy thêm cột này với đúng tên tiêu đề, như trong tệp mẫu data/template.csv.`,
    en: (i) =>
      `Missing column ${q(i.value, 'en')}${i.line !== null ? ` (header line: ${i.line})` : ''}. Add this column with that header, as in the template data/template.csv.`,
  },
  DUPLICATE_HEADER: {
    vi: (i) =>
      `Dòng ${i.line ?? '?'}: tên cột ${q(i.value, 'vi')} xuất hiện hai lần (cột ${i.related[0]?.column ?? '?'} và ${i.column ?? '?'}). Đổi tên hoặc xóa một cột.`,
    en: (i) =>
      `Line ${i.line ?? '?'}: the column name ${q(i.value, 'en')} appears twice (columns ${i.related[0]?.column ?? '?'} and ${i.column ?? '?'}). Rename or delete one of them.`,
  },
  COLUMN_IGNORED: {
    vi: (i) =>
      `Cột ${i.column ?? '?'}${i.header ? ` ${q(i.header, 'vi')}` : ' (không có tên)'} không được nhận ra hoặc không dùng được nên được bỏ qua.`,
    en: (i) =>
      `Column ${i.column ?? '?'}${i.header ? ` ${q(i.header, 'en')}` : ' (no header)'} was not recognised or cannot be used, so it was skipped.`,
  },
  TOO_FEW_FIELDS: {
    vi: (i) =>
      `Dòng ${i.line ?? '?'}${i.excelRow !== null && i.excelRow !== i.line ? ` (hàng ${i.excelRow} trong Excel)` : ''} có ${i.params.found ?? '?'} ô, cần ${i.params.expected ?? '?'} ô như dòng tiêu đề. Có thể thiếu dấu phân cách hoặc một ô bị xóa; hãy sửa dòng này.`,
    en: (i) =>
      `Line ${i.line ?? '?'}${i.excelRow !== null && i.excelRow !== i.line ? ` (Excel row ${i.excelRow})` : ''} has ${i.params.found ?? '?'} fields; the header has ${i.params.expected ?? '?'}. A delimiter or a cell may be missing; fix this line.`,
  },
  TOO_MANY_FIELDS: {
    vi: (i) =>
      `Dòng ${i.line ?? '?'}${i.excelRow !== null && i.excelRow !== i.line ? ` (hàng ${i.excelRow} trong Excel)` : ''} có ${i.params.found ?? '?'} ô, nhiều hơn ${i.params.expected ?? '?'} ô của dòng tiêu đề (từ cột ${i.column ?? '?'}: ${q(i.value, 'vi')}). Có thể một tên chứa dấu phẩy mà không đặt trong ngoặc kép; hãy sửa dòng này.`,
    en: (i) =>
      `Line ${i.line ?? '?'}${i.excelRow !== null && i.excelRow !== i.line ? ` (Excel row ${i.excelRow})` : ''} has ${i.params.found ?? '?'} fields, more than the header's ${i.params.expected ?? '?'} (from column ${i.column ?? '?'}: ${q(i.value, 'en')}). A name may contain a comma without quotes; fix this line.`,
  },
  UNTERMINATED_QUOTE: {
    vi: (i) =>
      `${at(i, 'vi')}dấu ngoặc kép mở ở đây không được đóng đúng cách (${q(i.value, 'vi')}), nên không nhập phần nào của tệp. Thêm dấu " đóng ở cuối ô, hoặc viết dấu " trong tên thành "".`,
    en: (i) =>
      `${at(i, 'en')}the double quote opened here is not closed properly (${q(i.value, 'en')}), so nothing was imported. Add the closing " at the end of the cell, or write a " inside a name as "".`,
  },
  NOT_A_NUMBER: {
    vi: (i) =>
      `${at(i, 'vi')}${q(i.value, 'vi')} không phải là số${i.params.min !== undefined ? ` (cần số ${rangeText(i, 'vi')})` : ''}. Viết số như 71,97 hoặc 71.97; để trống hoặc ghi «-» nếu không có số liệu.`,
    en: (i) =>
      `${at(i, 'en')}${q(i.value, 'en')} is not a number${i.params.min !== undefined ? ` (expected a number ${rangeText(i, 'en')})` : ''}. Write numbers like 71.97 or 71,97; leave the cell empty or write "-" when there is no value.`,
  },
  AMBIGUOUS_NUMBER: {
    vi: (i) =>
      `${at(i, 'vi')}${q(i.value, 'vi')} không rõ nghĩa: cột này dùng dấu ${q(i.params.decimal ?? ',', 'vi')} làm dấu thập phân, nên ${q(i.value, 'vi')} có thể là ${formatNumber(i.params.reading, 'vi')} hoặc một số hàng nghìn. Viết lại ô này với dấu ${q(i.params.decimal ?? ',', 'vi')} (ví dụ ${(i.value ?? '').replace(/[.,]/, i.params.decimal ?? ',')}).`,
    en: (i) =>
      `${at(i, 'en')}${q(i.value, 'en')} is ambiguous: this column uses ${q(i.params.decimal ?? ',', 'en')} as the decimal mark, so ${q(i.value, 'en')} may mean ${formatNumber(i.params.reading, 'en')} or a number in thousands. Rewrite the cell with ${q(i.params.decimal ?? ',', 'en')} (e.g. ${(i.value ?? '').replace(/[.,]/, i.params.decimal ?? ',')}).`,
  },
  MIXED_DECIMAL_SEPARATOR: {
    vi: (i) =>
      `${at(i, 'vi')}${q(i.value, 'vi')} dùng dấu thập phân khác với phần còn lại của cột (${q(i.params.decimal ?? ',', 'vi')}); đã đọc là ${formatNumber(i.params.reading, 'vi')}. Hãy kiểm tra ô này.`,
    en: (i) =>
      `${at(i, 'en')}${q(i.value, 'en')} uses a different decimal mark from the rest of the column (${q(i.params.decimal ?? ',', 'en')}); it was read as ${formatNumber(i.params.reading, 'en')}. Check this cell.`,
  },
  OUT_OF_RANGE: {
    vi: (i) =>
      i.params.scale === true
        ? `${at(i, 'vi')}${q(i.value, 'vi')} vượt quá thang điểm ${formatNumber(i.params.min, 'vi')}–${formatNumber(i.params.max, 'vi')} đã chọn cho bảng này. Hãy sửa ô này theo số liệu gốc, hoặc chọn đúng thang điểm của bảng.`
        : `${at(i, 'vi')}${q(i.value, 'vi')} nằm ngoài khoảng cho phép (${rangeText(i, 'vi')}). Hãy sửa ô này theo số liệu gốc.`,
    en: (i) =>
      i.params.scale === true
        ? `${at(i, 'en')}${q(i.value, 'en')} is outside the ${formatNumber(i.params.min, 'en')}–${formatNumber(i.params.max, 'en')} scale declared for this table. Correct the cell from the source, or choose the table's right scale.`
        : `${at(i, 'en')}${q(i.value, 'en')} is outside the allowed range (${rangeText(i, 'en')}). Correct the cell from the source.`,
  },
  MISSING_VALUES: {
    vi: (i) =>
      `${formatNumber(i.params.count, 'vi')} ô không có số liệu (trống, «-», «n/a», «x», «KXH»…) ở các cột ${list(i.params.columns, 'vi')}; được để trống (không tính là 0) và biểu đồ sẽ để khoảng trống.`,
    en: (i) =>
      `${formatNumber(i.params.count, 'en')} cells have no value (empty, "-", "n/a", "x", "KXH"…) in columns ${list(i.params.columns, 'en')}; they are kept missing (never 0) and charts show gaps.`,
  },
  DUPLICATE_UNIT_YEAR: {
    vi: (i) =>
      `${q(i.value, 'vi')}${i.params.year !== undefined ? ` năm ${i.params.year}` : ''} xuất hiện ${i.params.count ?? 2} lần (dòng ${allLines(i, 'và')}). Xóa hoặc sửa ${(i.params.count ?? 2) > 2 ? 'các dòng thừa' : 'một dòng'}.`,
    en: (i) =>
      `${q(i.value, 'en')}${i.params.year !== undefined ? ` in ${i.params.year}` : ''} appears ${i.params.count ?? 2} times (lines ${allLines(i, 'and')}). Delete or correct ${(i.params.count ?? 2) > 2 ? 'the extra rows' : 'one of the rows'}.`,
  },
  RANK_CONTRADICTS_SCORE: {
    vi: (i) =>
      `${at(i, 'vi')}hạng ${i.params.found ?? '?'} cao hơn hạng ${i.params.expected ?? '?'} của một đơn vị có điểm cao hơn (dòng ${relatedLines(i)}). Hạng được giữ như công bố; hãy đối chiếu với tài liệu gốc.`,
    en: (i) =>
      `${at(i, 'en')}rank ${i.params.found ?? '?'} is better than rank ${i.params.expected ?? '?'} of a unit with a higher score (line ${relatedLines(i)}). The rank is kept as published; check it against the source.`,
  },
  RANK_COMPUTED_FROM_SCORE: {
    vi: () =>
      'Tệp không có cột Xếp hạng; thứ hạng được tính từ điểm (cùng điểm cùng hạng) và được đánh dấu là hạng tính toán.',
    en: () =>
      'The file has no Rank column; ranks are computed from the scores (equal scores share a rank) and marked as computed.',
  },
  NAME_CANONICALISED: {
    vi: (i) =>
      `${at(i, 'vi')}tên ${q(i.value, 'vi')} có khoảng trắng thừa hoặc xuống dòng; đã chuẩn hóa thành ${q(i.params.canonical ?? '', 'vi')}.`,
    en: (i) =>
      `${at(i, 'en')}the name ${q(i.value, 'en')} had extra spaces or line breaks; it was normalised to ${q(i.params.canonical ?? '', 'en')}.`,
  },
  CONTROL_CHARS_REMOVED: {
    vi: (i) =>
      `${at(i, 'vi')}tên chứa ký tự ẩn hoặc ký tự điều khiển (ví dụ khoảng trắng độ rộng 0, đảo chiều văn bản); đã xóa, tên còn lại là ${q(i.params.canonical ?? '', 'vi')}.`,
    en: (i) =>
      `${at(i, 'en')}the name contained invisible or control characters (e.g. zero-width spaces, text-direction overrides); they were removed, leaving ${q(i.params.canonical ?? '', 'en')}.`,
  },
  LOOKALIKE_LETTER_FOLDED: {
    vi: (i) =>
      `${at(i, 'vi')}tên dùng chữ «Ð» (eth, U+00D0) trông giống «Đ»; đã đổi thành ${q(i.params.canonical ?? '', 'vi')} để khớp với các tệp khác.`,
    en: (i) =>
      `${at(i, 'en')}the name used "Ð" (eth, U+00D0), which looks like "Đ"; it was changed to ${q(i.params.canonical ?? '', 'en')} to match other files.`,
  },
  WIDE_FORMAT_RESHAPED: {
    vi: (i) =>
      `Mỗi năm nằm ở một cột (${(i.params.years ?? []).join(', ')}); đã chuyển thành mỗi đơn vị một dòng cho mỗi năm.`,
    en: (i) =>
      `Each year is in its own column (${(i.params.years ?? []).join(', ')}); the table was reshaped to one row per unit and year.`,
  },
  ILLUSTRATIVE_MARKER: {
    vi: (i) =>
      `Dòng ${i.line ?? 1} ghi «SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA»: bộ dữ liệu được đánh dấu là số liệu minh họa, không phải kết quả chính thức.`,
    en: (i) =>
      `Line ${i.line ?? 1} says "SỐ LIỆU MINH HỌA · ILLUSTRATIVE DATA": the dataset is marked as illustrative, not official results.`,
  },
  XLSX_UNREADABLE: {
    vi: () =>
      `Không đọc được sổ tính Excel: tệp có thể bị hỏng, được bảo vệ bằng mật khẩu hoặc không phải tệp .xlsx thật. ${SAVE_VI}`,
    en: () =>
      `The Excel workbook could not be read: it may be damaged, password-protected or not a real .xlsx file. ${SAVE_EN}`,
  },
  XLSX_TOO_LARGE: {
    vi: (i) =>
      `Sổ tính Excel này khi giải nén quá lớn để đọc (${i.params.count === undefined ? `${mb(i.params.found, 'vi')} MB, tối đa ${mb(i.params.limit, 'vi')} MB` : `${formatNumber(i.params.count, 'vi')} ô, tối đa ${formatNumber(i.params.limit, 'vi')} ô`}) nên không được mở; dữ liệu đã lưu không thay đổi. Hãy chép riêng bảng số liệu sang một sổ tính mới, hoặc ${SAVE_STEPS_VI}`,
    en: (i) =>
      `This Excel workbook is too large to read once unpacked (${i.params.count === undefined ? `${mb(i.params.found, 'en')} MB, at most ${mb(i.params.limit, 'en')} MB` : `${formatNumber(i.params.count, 'en')} cells, at most ${formatNumber(i.params.limit, 'en')}`}), so it was not opened; saved data is unchanged. Copy just the data table into a new workbook, or ${SAVE_STEPS_EN}`,
  },
  SHEET_CHOSEN: {
    vi: (i) =>
      `Sổ tính có ${(i.params.sheets ?? []).length} trang tính (${list(i.params.sheets, 'vi')}); đã đọc trang ${q(i.value, 'vi')}. Chọn trang khác nếu cần.`,
    en: (i) =>
      `The workbook has ${(i.params.sheets ?? []).length} sheets (${list(i.params.sheets, 'en')}); sheet ${q(i.value, 'en')} was read. Choose another sheet if needed.`,
  },
  SHEET_NOT_FOUND: {
    vi: (i) =>
      `Không có trang tính ${q(i.value, 'vi')}. Các trang có trong sổ tính: ${list(i.params.sheets, 'vi')}.`,
    en: (i) =>
      `There is no sheet ${q(i.value, 'en')}. The workbook's sheets: ${list(i.params.sheets, 'en')}.`,
  },
  EMPTY_UNIT_NAME: {
    vi: (i) =>
      `${at(i, 'vi')}dòng có số liệu nhưng ô tên đơn vị trống. Ghi tên đơn vị, hoặc xóa dòng nếu thừa.`,
    en: (i) =>
      `${at(i, 'en')}the row has data but the unit name is empty. Write the unit's name, or delete the row if it is spare.`,
  },
  UNKNOWN_GROUP: {
    vi: (i) =>
      `${at(i, 'vi')}khối ${q(i.value, 'vi')} không có trong danh sách khối của bộ dữ liệu. Sửa tên khối cho khớp (ví dụ «Sở, ban, ngành», «Huyện, thành phố»).`,
    en: (i) =>
      `${at(i, 'en')}the group ${q(i.value, 'en')} is not one of the dataset's groups. Correct the group name to match (e.g. "Sở, ban, ngành", "Huyện, thành phố").`,
  },
  INVALID_REFERENCE: {
    vi: (i) =>
      `${at(i, 'vi')}${q(i.value, 'vi')} trùng một mã đã có hoặc không trỏ tới đơn vị, năm hay chỉ số thành phần nào của bộ dữ liệu. Dữ liệu đã bị sửa sau khi xuất; hãy xin lại đường dẫn hoặc tệp gốc.`,
    en: (i) =>
      `${at(i, 'en')}${q(i.value, 'en')} repeats an id or does not name a unit, year or sub-index of the dataset. The data was altered after it was exported; ask for the original link or file again.`,
  },
  FORMULA_PREFIX_REMOVED: {
    vi: (i) =>
      `${at(i, 'vi')}đã bỏ dấu «'» đứng đầu mà ứng dụng thêm khi xuất CSV để chặn công thức.`,
    en: (i) =>
      `${at(i, 'en')}the leading "'" the app adds on CSV export to block formulas was removed.`,
  },
  URL_NOT_SAME_ORIGIN: {
    vi: (i) =>
      `Chỉ nhập được tệp từ cùng địa chỉ trang này; ${q(i.value, 'vi')} thuộc trang khác. Hãy tải tệp về máy rồi chọn «Nhập tệp CSV».`,
    en: (i) =>
      `Only files from this site's own address can be loaded; ${q(i.value, 'en')} is on another site. Download the file and use "Import CSV".`,
  },
  FETCH_FAILED: {
    vi: (i) =>
      `Không tải được tệp ${q(i.value, 'vi')}. Kiểm tra đường dẫn, hoặc tải tệp về máy rồi chọn «Nhập tệp CSV».`,
    en: (i) =>
      `The file ${q(i.value, 'en')} could not be loaded. Check the address, or download the file and use "Import CSV".`,
  },
  TIMEOUT: {
    vi: (i) =>
      `Việc đọc tệp mất quá ${i.params.limit ?? 10} giây nên đã dừng; dữ liệu đã lưu không thay đổi. Hãy thử một tệp nhỏ hơn (ví dụ mỗi năm một tệp).`,
    en: (i) =>
      `Reading the file took more than ${i.params.limit ?? 10} seconds and was stopped; saved data is unchanged. Try a smaller file (for example one per year).`,
  },
  GROUP_FROM_SECTION: {
    vi: (i) =>
      `Dòng ${i.line ?? '?'} ${q(i.value, 'vi')} là dòng tiêu đề của một khối trong bảng, không phải một đơn vị; các đơn vị bên dưới được xếp vào khối ${q(i.params.canonical ?? '', 'vi')}.`,
    en: (i) =>
      `Line ${i.line ?? '?'} ${q(i.value, 'en')} heads a block of the table, it is not a unit; the units below it were put in the group ${q(i.params.canonical ?? '', 'en')}.`,
  },
  SECTION_ROW_IGNORED: {
    vi: (i) =>
      `Dòng ${i.line ?? '?'} ${q(i.value, 'vi')} là dòng tiêu đề của một khối trong bảng, không phải một đơn vị, nên được bỏ qua (khối lấy từ cột Khối hoặc lựa chọn khi nhập).`,
    en: (i) =>
      `Line ${i.line ?? '?'} ${q(i.value, 'en')} heads a block of the table, it is not a unit, so it was skipped (the group comes from the Group column or the import options).`,
  },
  SUMMARY_ROW_IGNORED: {
    vi: (i) =>
      `${at(i, 'vi')}dòng ${q(i.value, 'vi')} là dòng tổng hợp (trung bình, tổng…), không phải một đơn vị, nên không được nhập như một đơn vị và không bị xếp hạng cùng các đơn vị (nếu có năm và điểm, nó được giữ làm đường tham chiếu trên biểu đồ xếp hạng). Nếu đây thật là tên một đơn vị, hãy đổi tên cho rõ.`,
    en: (i) =>
      `${at(i, 'en')}the row ${q(i.value, 'en')} summarises others (average, total…), it is not a unit, so it was not imported as a unit and is not ranked with the units (with a year and a score it is kept as a reference line on the ranking chart). If it really is a unit's name, make the name explicit.`,
  },
  MERGED_CELLS_FILLED: {
    vi: (i) =>
      `Cột ${i.column ?? '?'} ${q(i.header, 'vi')} có ${formatNumber(i.params.count, 'vi')} ô trống ngay dưới một ô có giá trị (ô gộp trong Excel, từ dòng ${i.line ?? '?'}); đã điền giá trị của ô phía trên. Hãy kiểm tra trong phần xem trước.`,
    en: (i) =>
      `Column ${i.column ?? '?'} ${q(i.header, 'en')} has ${formatNumber(i.params.count, 'en')} empty cell(s) below a filled one (merged cells in Excel, from line ${i.line ?? '?'}); they were filled with the value above. Check the preview.`,
  },
  REPEATED_HEADER_IGNORED: {
    vi: (i) =>
      `Dòng ${i.line ?? '?'} lặp lại dòng tiêu đề cột (dòng ${relatedLines(i)}), thường do bảng in trên nhiều trang; đã bỏ qua dòng này.`,
    en: (i) =>
      `Line ${i.line ?? '?'} repeats the column headers (line ${relatedLines(i)}), usually from a table printed over several pages; it was skipped.`,
  },
  RANK_NOT_READ: {
    vi: (i) =>
      `Cột ${i.column ?? '?'} ${q(i.header, 'vi')}: ${formatNumber(i.related.length + 1, 'vi')} ô không đọc được là thứ hạng (dòng ${i.line ?? '?'}${i.related.length > 0 ? `, ${relatedLines(i)}` : ''}), ví dụ ${q(i.value, 'vi')}. Thứ hạng viết như «5», «Hạng 5», «thứ 5», «5/63» hoặc «=5»; nếu cột này không phải thứ hạng, hãy chọn vai trò khác cho nó.`,
    en: (i) =>
      `Column ${i.column ?? '?'} ${q(i.header, 'en')}: ${formatNumber(i.related.length + 1, 'en')} cell(s) cannot be read as a rank (line ${i.line ?? '?'}${i.related.length > 0 ? `, ${relatedLines(i)}` : ''}), e.g. ${q(i.value, 'en')}. Ranks are written like "5", "Hạng 5", "thứ 5", "5/63" or "=5"; if this column is not a rank, give it another role.`,
  },
  MAPPING_UNKNOWN_COLUMN: {
    vi: (i) =>
      `Cách gán cột nêu ${q(i.value, 'vi')}, nhưng tệp không có cột nào có chữ cái hoặc tiêu đề đó.`,
    en: (i) =>
      `The column mapping names ${q(i.value, 'en')}, but the file has no column with that letter or header.`,
  },
  UNIT_MISSING: {
    vi: () =>
      `Tệp không có cột Đơn vị: đây là bảng của một đơn vị. Hãy ghi tên đơn vị (tỉnh, sở hoặc huyện) mà bảng nói đến${cli(' (--unit TÊN)')}.`,
    en: () =>
      `The file has no Unit column: it is the table of a single unit. Type the name of the unit (province, department or district) it is about${cli(' (--unit NAME)')}.`,
  },
  WHAT_IF_NOT_A_RANKING: {
    vi: (i) =>
      `Tệp là kết quả của một kịch bản giả định về trọng số (dòng ${i.line ?? '?'}: «KỊCH BẢN GIẢ ĐỊNH, KHÔNG PHẢI KẾT QUẢ CHÍNH THỨC»): điểm được tính lại, không phải xếp hạng đã công bố, nên không được nhập như một bảng xếp hạng. Hãy nhập tệp kết quả chính thức.`,
    en: (i) =>
      `The file is the result of a weights what-if (line ${i.line ?? '?'}: "WHAT-IF, NOT OFFICIAL"): its totals are recomputed, not a published ranking, so it is not imported as a ranking. Import the official results instead.`,
  },
  SUB_INDEX_ROWS_RESHAPED: {
    vi: (i) =>
      `Bảng có các chỉ số thành phần theo dòng và ${i.params.count ?? 0} đơn vị theo cột (${(i.params.names ?? []).join(', ')}); đã chuyển thành mỗi đơn vị một dòng. Cột hạng, chênh lệch và thống kê theo chỉ số thành phần được bỏ qua. Hãy kiểm tra trong phần xem trước.`,
    en: (i) =>
      `The table has sub-indices as rows and ${i.params.count ?? 0} units as columns (${(i.params.names ?? []).join(', ')}); it was reshaped to one row per unit. Rank, difference and per-sub-index statistics columns were ignored. Check it in the preview.`,
  },
  UNIT_FROM_TITLE: {
    vi: (i) =>
      `Tệp không có cột Đơn vị; tên đơn vị ${q(i.value, 'vi')} được lấy từ tiêu đề (dòng ${i.line ?? '?'}). Hãy kiểm tra trong phần xem trước.`,
    en: (i) =>
      `The file has no Unit column; the unit ${q(i.value, 'en')} was taken from the title (line ${i.line ?? '?'}). Check it in the preview.`,
  },
  RESPONSES_AGGREGATED: {
    vi: (i) =>
      `Tệp được đọc là phiếu khảo sát (mỗi dòng một người trả lời): ${formatNumber(i.params.count, 'vi')} phiếu được tổng hợp thành ${formatNumber(i.params.found, 'vi')} dòng đơn vị–năm theo data/README.md. Thang trả lời ${rangeText(i, 'vi')}; chuẩn hóa về thang 10 điểm: ${normalisationText(i.value, 'vi')}.`,
    en: (i) =>
      `The file was read as survey responses (one row per respondent): ${formatNumber(i.params.count, 'en')} responses were aggregated into ${formatNumber(i.params.found, 'en')} unit-year rows as data/README.md documents. Answer scale ${rangeText(i, 'en')}; normalised to the 10-point scale: ${normalisationText(i.value, 'en')}.`,
  },
  RESPONSES_BUNDLED_META: {
    vi: (i) =>
      `Khối và mã chỉ số thành phần của tệp trùng với bộ dữ liệu có sẵn ${list(i.params.names?.slice(0, 1), 'vi')}; đã dùng tên, khối và trọng số chỉ số thành phần của bộ dữ liệu đó.`,
    en: (i) =>
      `The file's groups and sub-index codes match the bundled dataset ${list(i.params.names?.slice(1, 2), 'en')}; its sub-index names, groups and weights were used.`,
  },
  ANSWER_OUT_OF_SCALE: {
    vi: (i) =>
      `${at(i, 'vi')}câu trả lời ${q(i.value, 'vi')} nằm ngoài thang trả lời (${rangeText(i, 'vi')}). Sửa ô theo phiếu gốc, hoặc để trống nếu người trả lời bỏ qua câu hỏi.`,
    en: (i) =>
      `${at(i, 'en')}the answer ${q(i.value, 'en')} is outside the answer scale (${rangeText(i, 'en')}). Correct the cell from the questionnaire, or leave it empty when the question was skipped.`,
  },
  INDICATOR_UNKNOWN_SUB_INDEX: {
    vi: (i) =>
      `${at(i, 'vi')}cột câu hỏi ${q(i.value, 'vi')} không thuộc chỉ số thành phần nào của bộ dữ liệu (phần trước dấu chấm phải là mã chỉ số thành phần, ví dụ transparency.1; các mã có: ${list(i.params.names, 'vi')}). Sửa tên cột hoặc xóa cột này.`,
    en: (i) =>
      `${at(i, 'en')}the question column ${q(i.value, 'en')} belongs to no sub-index of the dataset (the part before the dot must be a sub-index code, e.g. transparency.1; known codes: ${list(i.params.names, 'en')}). Rename or delete the column.`,
  },
  SUB_INDEX_NO_ANSWERS: {
    vi: (i) =>
      `${at(i, 'vi')}chỉ số thành phần ${q(i.value, 'vi')} không có câu trả lời nào trong tệp; chỉ số này được để trống (không tính là 0) và tổng điểm tính trên các chỉ số còn lại.`,
    en: (i) =>
      `${at(i, 'en')}the sub-index ${q(i.value, 'en')} has no answers in the file; it is left missing (never 0) and totals use the other sub-indices.`,
  },
  DUPLICATE_RESPONDENT: {
    vi: (i) =>
      `${at(i, 'vi')}mã phiếu ${q(i.value, 'vi')} xuất hiện ${i.params.count ?? 2} lần cho cùng đơn vị và năm (dòng ${allLines(i, 'và')}). Mỗi phiếu chỉ có một dòng: xóa dòng trùng hoặc sửa mã phiếu.`,
    en: (i) =>
      `${at(i, 'en')}the questionnaire id ${q(i.value, 'en')} appears ${i.params.count ?? 2} times for the same unit and year (lines ${allLines(i, 'and')}). Each questionnaire has one row: delete the duplicate or correct the id.`,
  },
  INTERNAL_ERROR: {
    vi: (i) =>
      `Lỗi nội bộ khi đọc tệp (${q(i.value, 'vi')}); dữ liệu đã lưu không thay đổi. Hãy thử lại, và gửi tệp cho người quản trị nếu lỗi lặp lại.`,
    en: (i) =>
      `Internal error while reading the file (${q(i.value, 'en')}); saved data is unchanged. Try again, and send the file to the maintainers if it happens again.`,
  },
};

/**
 * A rule broken by a dataset from a link, backup or stored record (import/datasetRules.ts): the
 * path into the dataset, then the importer's message for the same rule.
 */
export function datasetIssueMessage(path: string, issue: Issue, lang: Lang): string {
  return `${path}: ${issueMessage(issue, lang)}`;
}

/** The complete message of an issue in `lang` (location, value and fix). */
/** Who reads a message: the browser's preview never mentions command-line flags. */
export type Audience = 'browser' | 'cli';

export function issueMessage(issue: Issue, lang: Lang, audience: Audience = 'browser'): string {
  const text = MESSAGES[issue.code][lang](issue);
  return audience === 'cli' ? text.replace(CLI_ONLY, '$1') : text.replace(CLI_ONLY, '');
}
