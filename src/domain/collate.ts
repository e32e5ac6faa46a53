/**
 * The one order of unit names: Vietnamese alphabetical order (a < ă < â, d < đ, tones after the
 * base letter), in every language of the interface, because the names are Vietnamese as
 * published. In domain/ so that domain code (standings, unit matching) can use it too.
 *
 * The order is Intl.Collator('vi')'s. Most comparisons are decided by the letters alone (the
 * collator's first level), which is done here from a table; the collator itself is created only
 * for names whose letters are the same, or that hold a character outside the table. Creating it
 * loads ICU's collation data: ≈ 80 ms of main thread at a phone's speed, which every view's first
 * render used to pay while the app started.
 */
let collator: Intl.Collator | undefined;

/**
 * The letters in the collator's first-level order — the tailoring a < ă < â, d < đ, e < ê,
 * o < ô < ơ, u < ư over a–z — each with every character that is that letter in either case and
 * with at most one Vietnamese tone (grave, acute, tilde, hook above, dot below), which only count
 * at later levels. A test derives the same list from Unicode's decompositions.
 */
export const PRIMARY_LETTERS: readonly string[] = [
  'AaÀÁÃàáãẠạẢả',
  'ĂăẮắẰằẲẳẴẵẶặ',
  'ÂâẤấẦầẨẩẪẫẬậ',
  'BbḄḅ',
  'CcĆć',
  'DdḌḍ',
  'Đđ',
  'EeÈÉèéẸẹẺẻẼẽ',
  'ÊêẾếỀềỂểỄễỆệ',
  'Ff',
  'GgǴǵ',
  'HhḤḥ',
  'IiÌÍìíĨĩỈỉỊị',
  'Jj',
  'KkḰḱḲḳ',
  'LlĹĺḶḷ',
  'MmḾḿṂṃ',
  'NnÑñŃńǸǹṆṇ',
  'OoÒÓÕòóõỌọỎỏ',
  'ÔôỐốỒồỔổỖỗỘộ',
  'ƠơỚớỜờỞởỠỡỢợ',
  'PpṔṕ',
  'Qq',
  'RrŔŕṚṛ',
  'SsŚśṢṣ',
  'TtṬṭ',
  'UuÙÚùúŨũỤụỦủ',
  'ƯưỨứỪừỬửỮữỰự',
  'VvṼṽṾṿ',
  'WwẀẁẂẃẈẉ',
  'Xx',
  'YyÝýỲỳỴỵỶỷỸỹ',
  'ZzŹźẒẓ',
];

/**
 * Weight of each character at the collator's first level, by UTF-16 code, for the characters
 * whose weight is certain: space (before everything), digits (before letters) and
 * PRIMARY_LETTERS. 0: not in the table. Built at the first comparison.
 */
function primaryTable(): Uint8Array {
  const table = new Uint8Array(0x1f00);
  table[0x20] = 1;
  for (let d = 0; d <= 9; d++) table[0x30 + d] = 2 + d;
  PRIMARY_LETTERS.forEach((chars, i) => {
    for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 12 + i;
  });
  return table;
}
let PRIMARY: Uint8Array | undefined;

/**
 * The order of the first level when it decides: negative or positive as the collator would give,
 * 0 when the letters are the same or a character is not in PRIMARY (the collator decides).
 */
function comparePrimary(a: string, b: string): number {
  const table = (PRIMARY ??= primaryTable());
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = table[a.charCodeAt(i)] ?? 0;
    const y = table[b.charCodeAt(i)] ?? 0;
    if (x === 0 || y === 0) return 0;
    if (x !== y) {
      // A character out of the table next may be a combining mark that makes another letter of
      // this one ("a" + U+0302 is "â"): then the collator decides.
      if (i + 1 < a.length && (table[a.charCodeAt(i + 1)] ?? 0) === 0) return 0;
      if (i + 1 < b.length && (table[b.charCodeAt(i + 1)] ?? 0) === 0) return 0;
      return x < y ? -1 : 1;
    }
  }
  // One is the other's first letters: the shorter first, if the rest is in the table.
  const rest = a.length > n ? a : b;
  for (let i = n; i < rest.length; i++) if ((table[rest.charCodeAt(i)] ?? 0) === 0) return 0;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/**
 * Compares two names for sorting: negative when `a` comes first, 0 only when they are the same
 * name (case and tone marks count, after the base letters).
 */
export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  const quick = comparePrimary(a, b);
  if (quick !== 0) return quick;
  collator ??= new Intl.Collator('vi');
  return collator.compare(a, b);
}
