import type { CSSProperties } from 'react';

/**
 * Layout of the Compare unit picker. Applied as style objects (CSSOM, allowed by the CSP; the
 * screen is never prerendered, whose markup may carry no style attribute); wraps at any width so
 * nothing forces the page to scroll sideways at 390 px.
 */
export const layout = {
  fieldset: {
    border: '1px solid #d5dbe1',
    borderRadius: 4,
    padding: '6px 10px',
    margin: '8px 0',
    minWidth: 0,
  },
  checkboxes: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px 16px',
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  checkboxLabel: {
    display: 'inline-flex',
    gap: 6,
    alignItems: 'center',
    minHeight: 32,
    fontSize: 14,
  },
} satisfies Record<string, CSSProperties>;
