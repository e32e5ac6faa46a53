import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { VIEWS, type ViewId } from '../state/urlState.ts';
import { RankingView } from './RankingView.tsx';
import type { ScreenProps } from './screenProps.ts';

/**
 * The registry of screens, one per view tab (no switches elsewhere). The ranking is the default
 * view and ships in the initial bundle; every other screen is `src/views/screens/<viewId>.tsx`
 * with a default export, loaded on first use so it does not weigh on the first paint.
 */
const lazyScreens = import.meta.glob<{ default: ComponentType<ScreenProps> }>('./screens/*.tsx');

type Screen = ComponentType<ScreenProps> | LazyExoticComponent<ComponentType<ScreenProps>>;

const screens = new Map<ViewId, Screen>([['ranking', RankingView]]);
for (const [path, load] of Object.entries(lazyScreens)) {
  const id = /\/([a-z]+)\.tsx$/.exec(path)?.[1];
  if (id && (VIEWS as readonly string[]).includes(id) && id !== 'ranking')
    screens.set(id as ViewId, lazy(load));
}

/** Views that are built, in the order of CONTRACTS.md's tabs. */
export const AVAILABLE_VIEWS: readonly ViewId[] = VIEWS.filter((v) => screens.has(v));

export function screenFor(view: ViewId): Screen {
  return screens.get(view) ?? RankingView;
}
