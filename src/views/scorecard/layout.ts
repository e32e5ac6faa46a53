import type { CSSProperties } from 'react';

/**
 * Layout of the Scorecard/Compare/Distribution sub-components. Applied as style objects (CSSOM,
 * allowed by the CSP) because the shared stylesheet belongs to the app shell; wraps at any width
 * so nothing forces the page to scroll sideways at 390 px.
 */
export const layout = {
  figures: { display: 'flex', flexWrap: 'wrap', gap: '8px 28px', margin: '8px 0 12px', padding: 0 },
  figure: { minWidth: 0 },
  figureTerm: { fontSize: 13, color: '#4a5560' },
  figureValue: { margin: 0, fontSize: 20, fontWeight: 700, fontVariantNumeric: 'tabular-nums' },
  sentence: { fontSize: 16, margin: '4px 0 12px', maxWidth: '72ch' },
  columns: { display: 'flex', flexWrap: 'wrap', gap: '0 32px', margin: '0 0 12px' },
  column: { flex: '1 1 260px', minWidth: 0 },
  heading3: { fontSize: 15, margin: '8px 0 4px' },
  picker: { margin: '4px 0 8px', maxWidth: '100%' },
  /** Space held for the questions table while the response file loads (no layout jump). */
  reserve: { minHeight: 320 },
  panelEnd: { margin: '4px 0 20px' },
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
