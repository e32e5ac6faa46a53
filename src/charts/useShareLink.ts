import { useEffect, useState } from 'react';
import type { Dataset } from '../domain/types.ts';
import { catalogueEntry } from '../state/catalogue.ts';
import { encodeDatasetFragment, shareUrl } from '../state/shareLink.ts';

export interface ShareLink {
  /** The link to copy. */
  readonly url: string;
  /** True when the link carries the dataset in its fragment. */
  readonly withData: boolean;
  /** Length the link would have with the dataset, when that is over the limit; else null. */
  readonly tooLargeChars: number | null;
}

/**
 * The link to share for the current view. A bundled dataset gets `plainLink`; a dataset imported
 * in this browser travels inside the link's fragment (never sent to a server) when small enough
 * (state/shareLink.ts), otherwise `tooLargeChars` says why it does not and the dialog offers the
 * file. Encoding is asynchronous: until it is done the plain link is shown.
 */
export function useShareLink(plainLink: string, dataset: Dataset | null): ShareLink {
  const local = dataset !== null && catalogueEntry(dataset.id) === undefined ? dataset : null;
  const [share, setShare] = useState<ShareLink>({
    url: plainLink,
    withData: false,
    tooLargeChars: null,
  });
  useEffect(() => {
    if (!local) return;
    let live = true;
    void (async () => {
      const r = await shareUrl(window.location, local);
      const chars = r.tooLarge ? r.url.length + (await encodeDatasetFragment(local)).length : null;
      if (live) setShare({ url: r.url, withData: !r.tooLarge, tooLargeChars: chars });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [local]);
  return share;
}
