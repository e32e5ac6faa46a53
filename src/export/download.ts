/**
 * Delivers a file to the user: the one side effect of the export module. The blob URL is revoked
 * after the click has been handled; nothing leaves the machine.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads text as UTF-8 (with a BOM when `bom` is set, which Excel needs to read Vietnamese). */
export function downloadText(
  fileName: string,
  text: string,
  mime = 'text/plain',
  bom = false,
): void {
  downloadBlob(fileName, new Blob([bom ? '\uFEFF' : '', text], { type: `${mime};charset=utf-8` }));
}
