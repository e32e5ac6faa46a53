/**
 * The one order of unit names: Vietnamese alphabetical order (a < ă < â, d < đ, tones after the
 * base letter), in every language of the interface, because the names are Vietnamese as
 * published. In domain/ so that domain code (standings, unit matching) can use it too.
 */
const collator = new Intl.Collator('vi');

/**
 * Compares two names for sorting: negative when `a` comes first, 0 only when they are the same
 * name (case and tone marks count, after the base letters).
 */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
