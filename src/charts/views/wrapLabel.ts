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
