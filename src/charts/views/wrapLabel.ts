/**
 * Splits a label into at most `maxLines` lines of about `perLine` characters at spaces, so long
 * department names ("Sở Lao động - Thương binh và Xã hội") stay readable; an over-long last line
 * ends with "…". SVG has no text wrapping, so charts draw one <tspan> per line.
 */
export function wrapLabel(label: string, perLine: number, maxLines = 3): string[] {
  const words = label.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current === '') current = word;
    else if ((current + ' ' + word).length <= perLine) current += ' ' + word;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/**
 * The lines of a label's muted note ("nhóm 2 · hạng 2–7 · n=100", in the small muted text) in a
 * label column `columnWidth` px wide: at most two, so a phone's narrow column never clips it.
 */
export function wrapNote(note: string, columnWidth: number): string[] {
  // About 6 px a character at 12 px, DESIGN.md's smallest text (digits and "·" are narrow); the
  // text ends 6 px inside.
  return wrapLabel(note, Math.max(12, Math.floor((columnWidth - 6) / 6)), 2);
}
