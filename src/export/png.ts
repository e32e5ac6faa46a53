/**
 * PNG encoding (RELIABILITY.md S4): the sanitised export SVG is loaded from a blob: URL into an
 * <img> and drawn on a canvas at `scale`× pixel density (2 by default). No foreignObject and no
 * cross-origin image is involved, so the canvas is never tainted. Resolves to a PNG blob of
 * exactly `width·scale × height·scale` pixels; rejects when the image cannot be decoded.
 */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    img.src = url;
    await img.decode();
    // Embedded fonts in an SVG image may finish loading just after decode; a frame later they are in.
    await new Promise((resolve) => setTimeout(resolve, 60));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2d context unavailable');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
