import { loadCatalogue, translate, type Lang, type MessageKey } from '../i18n/i18n.ts';
import type { ShareIssue } from '../state/shareLink.ts';
import { catalogueEntry } from '../state/catalogue.ts';
import { useAppStore } from '../state/store.ts';
import './sharedDataset.css';

/**
 * Opening a link that carries a dataset in its fragment (`#d=…`, see state/shareLink.ts). Called
 * by main.tsx before the URL sync, so that the link's `ds=` names a dataset the store has.
 *
 * On success the dataset is put in the store like an import, but NOT saved: it came from someone
 * else, so a notice says it was opened from a link and offers "Save in this browser". The fragment
 * stays in the address, so a reload opens it again. On failure the fragment is removed, the URL
 * sync falls back to the default view (the link's `ds=` is unknown), and a notice says why —
 * never a blank page. The decoder is a lazy chunk: links without a fragment never load it.
 */

const FRAGMENT_START = '#d=';
const fromLink = new Set<string>();

/** True for a dataset opened from a link in this page and not saved since. */
export function isOpenedFromLink(id: string): boolean {
  return fromLink.has(id);
}

type Outcome =
  | { readonly kind: 'opened'; readonly id: string; readonly title: { vi: string; en: string } }
  | { readonly kind: 'failed'; readonly reason: MessageKey; readonly detail: string };

function reasonOf(issue: ShareIssue | undefined): { reason: MessageKey; detail: string } {
  switch (issue?.code) {
    case 'TOO_LARGE':
      return { reason: 'share.reasonTooLarge', detail: issue.detail };
    case 'INVALID_DATASET':
      return { reason: 'share.reasonInvalid', detail: issue.detail };
    default:
      return { reason: 'share.reasonDamaged', detail: issue?.code ?? '' };
  }
}

async function decode(hash: string): Promise<Outcome> {
  try {
    const { decodeDatasetFragment } = await import('../state/shareLink.ts');
    const result = await decodeDatasetFragment(hash);
    if (!result.ok) return { kind: 'failed', ...reasonOf(result.issues[0]) };
    const dataset = result.value;
    // A link must not replace a bundled dataset under its name.
    if (catalogueEntry(dataset.id) !== undefined) {
      return { kind: 'failed', reason: 'share.reasonReserved', detail: dataset.id };
    }
    fromLink.add(dataset.id);
    useAppStore.getState().putImported(dataset);
    return { kind: 'opened', id: dataset.id, title: dataset.title };
  } catch (err) {
    // The decoder chunk could not be loaded (e.g. offline before the first visit was cached).
    return { kind: 'failed', reason: 'share.reasonDamaged', detail: String(err) };
  }
}

function showNotice(outcome: Outcome): void {
  const lang: Lang = useAppStore.getState().view.lang;
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);
  const box = document.createElement('div');
  box.className = 'notices shared-notice';
  box.setAttribute('role', outcome.kind === 'failed' ? 'alert' : 'status');
  const text = document.createElement('p');
  const buttons = document.createElement('div');
  buttons.className = 'shared-notice__buttons';
  const button = (label: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button button--secondary';
    b.textContent = label;
    b.addEventListener('click', onClick);
    buttons.append(b);
    return b;
  };
  if (outcome.kind === 'failed') {
    text.textContent = t('share.openFailed', {
      reason: t(outcome.reason, { detail: outcome.detail }),
    });
  } else {
    text.textContent = t('share.openedFromLink', { title: outcome.title[lang] });
    const save = button(t('share.save'), () => {
      save.disabled = true;
      const dataset = useAppStore.getState().datasets.get(outcome.id);
      if (dataset?.status !== 'ready') return;
      void import('../state/persistence.ts')
        .then((m) => m.saveImported(dataset.dataset))
        .then((r) => {
          if (r.ok) {
            fromLink.delete(outcome.id);
            // Stored now: the address no longer needs to carry the data.
            const { pathname, search } = window.location;
            window.history.replaceState(window.history.state, '', `${pathname}${search}`);
          }
          text.textContent = r.ok
            ? t('share.saved')
            : t('share.saveFailed', { code: r.code ?? '' });
          if (r.ok) save.remove();
          else save.disabled = false;
        });
    });
  }
  button(t('share.dismiss'), () => box.remove());
  box.prepend(text);
  box.append(buttons);
  // Outside the React root (which renders into #root), right after it: the page stays usable.
  document.getElementById('root')?.after(box);
}

/**
 * Reads a dataset from the location's fragment into the store. Resolves (never rejects) when done;
 * at once when there is no fragment. The notice appears once the messages of the language are
 * loaded.
 */
export async function openSharedDataset(): Promise<void> {
  const hash = window.location.hash;
  if (!hash.startsWith(FRAGMENT_START)) return;
  const outcome = await decode(hash);
  if (outcome.kind === 'failed') {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
  // After the URL sync has set the language (main.tsx starts it when this resolves).
  setTimeout(() => {
    const lang = useAppStore.getState().view.lang;
    const show = () => showNotice(outcome);
    loadCatalogue(lang).then(show, show);
  }, 0);
}
