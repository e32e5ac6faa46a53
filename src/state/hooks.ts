import { useAppStore, type DatasetEntry } from './store.ts';
import type { ViewState } from './urlState.ts';

/** The current selection (stable reference until it changes). */
export function useView(): ViewState {
  return useAppStore((s) => s.view);
}

export function useLang(): 'vi' | 'en' {
  return useAppStore((s) => s.view.lang);
}

export function useSelect(): (patch: Partial<ViewState>) => void {
  return useAppStore((s) => s.select);
}

export function useDatasetEntry(id: string | null): DatasetEntry | undefined {
  return useAppStore((s) => (id === null ? undefined : s.datasets.get(id)));
}

export function useNotices() {
  return useAppStore((s) => s.notices);
}

export function useDismissNotices() {
  return useAppStore((s) => s.dismissNotices);
}
