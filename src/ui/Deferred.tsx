import type { ReactNode } from 'react';

/**
 * Renders `render()` only when mounted: a table given to ChartFrame as the chart's alternative
 * is then built when it is shown, not on every render (thousands of formatted rows otherwise).
 */
export function Deferred({ render }: { readonly render: () => ReactNode }) {
  return <>{render()}</>;
}
