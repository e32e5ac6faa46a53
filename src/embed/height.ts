/** The message the embed page posts to its parent; the snippet of export/caption.ts listens for it. */
export interface EmbedHeightMessage {
  readonly type: 'dcci-embed-height';
  readonly height: number;
}

let last = -1;

/**
 * Posts the height of `el` (the page's content) to the parent window when it changed. Only a
 * number leaves the frame; any parent may read it, and the snippet accepts it only from this
 * page's origin and for its own iframe.
 */
export function postHeight(el: Element): void {
  if (window.parent === window) return;
  const height = Math.ceil(el.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  const message: EmbedHeightMessage = { type: 'dcci-embed-height', height };
  window.parent.postMessage(message, '*');
}
