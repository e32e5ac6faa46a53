/**
 * A dataset shared in a link travels in the fragment after this prefix. Its own module so that
 * the start-up can check for it without loading the (lazy) code that decodes it.
 */
export const FRAGMENT_START = '#d=';
