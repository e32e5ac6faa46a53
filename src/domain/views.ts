/**
 * The dashboard's views (tabs), in tab order: the `view` URL parameter of CONTRACTS.md and the
 * views a conference statement can open. In domain/ because both the URL codec (state/) and the
 * conference summary (domain/) read it; the screens are registered in views/registry.ts.
 */
export const VIEWS = [
  'ranking',
  'scorecard',
  'compare',
  'trends',
  'subindices',
  'distribution',
  'map',
  'weights',
] as const;
export type ViewId = (typeof VIEWS)[number];
