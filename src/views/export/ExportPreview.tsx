import { useEffect, useRef, useState } from 'react';
import { PNG_SCALE, produceSvg, type ExportRequest } from '../../export/pipeline.ts';
import { translate, type Lang } from '../../i18n/i18n.ts';

/** Wait this long after the last keystroke before composing the image again. */
export const PREVIEW_DELAY_MS = 350;

/** What changes the image: the frame's text, the size and the highlighted units. */
export function previewSignature(req: ExportRequest, highlight: readonly string[]): string {
  return JSON.stringify([req.frame, req.layout, highlight]);
}

interface Preview {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  /** The title drawn in this image (the alt text names what is shown, not what is typed). */
  readonly title: string;
}

/**
 * The export dialog's preview: the very SVG the download produces (export/pipeline.ts
 * `produceSvg`), shown as an <img> from a blob: URL — an image, never markup inserted into the
 * page, and allowed by the CSP's `img-src blob:`. Composed again, debounced, when the title,
 * subtitle, note, highlights or size change; a stale result never replaces a newer one.
 */
export function ExportPreview(props: {
  readonly request: ExportRequest;
  readonly signature: string;
  readonly lang: Lang;
  readonly describe: (e: unknown) => string;
}) {
  const { lang, signature } = props;
  // The request of the latest render, read when the debounce fires (its closures change on
  // every render; the signature says when the image would change).
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<{ signature: string; error: string } | null>(null);
  const pending = result?.signature !== signature;
  const error = result?.error ?? '';

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      const { request, describe } = latest.current;
      produceSvg(request).then(
        (svg) => {
          if (cancelled) return;
          const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
          setPreview({ url, width: svg.width, height: svg.height, title: request.frame.title });
          setResult({ signature, error: '' });
        },
        (e: unknown) => {
          if (!cancelled) setResult({ signature, error: describe(e) });
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [signature]);

  // Each image's blob: URL is released when it is replaced and when the dialog closes.
  const url = preview?.url;
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  return (
    <figure className="export-preview" aria-busy={pending}>
      <figcaption className="export-preview__caption">
        {t('export.preview')}
        {preview ? (
          <span className="export-preview__size">
            {' · '}
            {t('export.previewSize', {
              width: preview.width,
              height: preview.height,
              pngWidth: preview.width * PNG_SCALE,
              pngHeight: preview.height * PNG_SCALE,
            })}
          </span>
        ) : null}
      </figcaption>
      {preview && !error ? (
        <img
          className="export-preview__image"
          src={preview.url}
          width={preview.width}
          height={preview.height}
          alt={t('export.previewAlt', { title: preview.title })}
        />
      ) : null}
      <p className="export-preview__status" aria-live="polite">
        {error || (pending ? t('export.previewUpdating') : '')}
      </p>
    </figure>
  );
}
