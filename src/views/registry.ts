import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { VIEWS, type ViewId } from '../state/urlState.ts';
import { RankingView } from './ranking/RankingView.tsx';
import type { ScreenProps } from './screenProps.ts';

/**
 * The registry of screens, one per view tab (no switches elsewhere), each in its tab's folder
 * `src/views/<viewId>/`. The ranking is the default view and ships in the initial bundle; every
 * other screen is a default export loaded on first use, so it does not weigh on the first paint.
 * The map is explicit (not a filename glob) and complete: a tab without a screen is a type error.
 */
type ScreenModule = { default: ComponentType<ScreenProps> };
const lazyScreens: Readonly<Record<Exclude<ViewId, 'ranking'>, () => Promise<ScreenModule>>> = {
  scorecard: () => import('./scorecard/ScorecardScreen.tsx'),
  compare: () => import('./compare/CompareScreen.tsx'),
  trends: () => import('./trends/TrendsScreen.tsx'),
  map: () => import('./map/MapScreen.tsx'),
  subindices: () => import('./subindices/SubIndicesScreen.tsx'),
  distribution: () => import('./distribution/DistributionScreen.tsx'),
  weights: () => import('./weights/WeightsScreen.tsx'),
};

type Screen = ComponentType<ScreenProps> | LazyExoticComponent<ComponentType<ScreenProps>>;

/** Screens whose chunk has loaded, by their own component (not the lazy wrapper). */
const loaded = new Map<ViewId, ComponentType<ScreenProps>>([['ranking', RankingView]]);
const load = (id: Exclude<ViewId, 'ranking'>) =>
  lazyScreens[id]().then((m) => {
    loaded.set(id, m.default);
    return m;
  });
const screens = new Map<ViewId, Screen>([['ranking', RankingView]]);
for (const id of VIEWS)
  if (id !== 'ranking')
    screens.set(
      id,
      lazy(() => load(id)),
    );

/** Views that are built, in the order of CONTRACTS.md's tabs. */
export const AVAILABLE_VIEWS: readonly ViewId[] = VIEWS.filter((v) => screens.has(v));

/** The component each view is rendered with, chosen once: a new type would remount the screen. */
const chosen = new Map<ViewId, Screen>();

/**
 * The screen of a view: its own component when its chunk loaded before the view was first drawn
 * (`preloadScreen`: no Suspense fallback), else the lazy one — for good, so the screen keeps its
 * state and focus across renders.
 */
export function screenFor(view: ViewId): Screen {
  let screen = chosen.get(view);
  if (screen === undefined) {
    screen = loaded.get(view) ?? screens.get(view) ?? RankingView;
    chosen.set(view, screen);
  }
  return screen;
}

/**
 * Loads a view's screen before it is first rendered (main.tsx, for the URL's view; the build's
 * prerender): a first render over a prerendered view or frame then draws the view, not its
 * loading placeholder.
 */
export function preloadScreen(view: ViewId): Promise<void> {
  if (view === 'ranking' || loaded.has(view) || !screens.has(view)) return Promise.resolve();
  return load(view).then(() => undefined);
}
