import { useEffect, useState } from 'react';
import type { Dataset } from '../../domain/types.ts';
import { catalogueEntry } from '../../state/catalogue.ts';
import { DEFAULT_MAX_URL_CHARS, encodeDatasetFragment, shareUrl } from '../../storage/shareLink.ts';

export interface ShareLink {
  /** The link to copy. */
  readonly url: string;
  /** True when the link carries the dataset in its fragment. */
  readonly withData: boolean;
  /** Length the link would have with the dataset, when that is over the limit; else null. */
  readonly tooLargeChars: number | null;
  /**
   * The chart-only page to put in the embed code: carries an imported dataset in its fragment like
   * the link; null while it is being encoded, or for good when the dataset is too large (`embedBlocked`).
   */
  readonly embed: string | null;
  /** True when the dataset cannot travel in the embed code: the dialog says it cannot be embedded. */
  readonly embedBlocked: boolean;
}

/**
 * The link to share for the current view. A bundled dataset gets `plainLink`; a dataset imported
 * in this browser travels inside the link's fragment (never sent to a server) when small enough
 * (storage/shareLink.ts), otherwise `tooLargeChars` says why it does not and the dialog offers the
 * file. Encoding is asynchronous: until it is done the plain link is shown. The embed code gets the
 * same treatment: an embed of an imported dataset never names only its id (which another browser
 * does not have, so the chart could not be shown there).
 */
export function useShareLink(
  plainLink: string,
  dataset: Dataset | null,
  plainEmbed: string = plainLink,
): ShareLink {
  const local = dataset !== null && catalogueEntry(dataset.id) === undefined ? dataset : null;
  const [share, setShare] = useState<ShareLink>({
    url: plainLink,
    withData: false,
    tooLargeChars: null,
    embed: local ? null : plainEmbed,
    embedBlocked: false,
  });
  useEffect(() => {
    if (!local) return;
    let live = true;
    void (async () => {
      const r = await shareUrl(window.location, local);
      const fragment = await encodeDatasetFragment(local);
      const chars = r.tooLarge ? r.url.length + fragment.length : null;
      const embed = `${plainEmbed.split('#')[0]}${fragment}`;
      const fits = embed.length <= DEFAULT_MAX_URL_CHARS;
      if (live)
        setShare({
          url: r.url,
          withData: !r.tooLarge,
          tooLargeChars: chars,
          embed: fits ? embed : null,
          embedBlocked: !fits,
        });
    })().catch(() => {
      // No compression in this browser: the data cannot travel, so the embed code cannot either.
      if (live) setShare((prev) => ({ ...prev, embed: null, embedBlocked: true }));
    });
    return () => {
      live = false;
    };
  }, [local, plainEmbed]);
  return share;
}
