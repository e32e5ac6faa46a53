import type { Dataset } from '../domain/types.ts';
import { loadCatalogue, translate, type Lang, type MessageKey } from '../i18n/i18n.ts';
import type { ShareIssue } from '../storage/shareLink.ts';
import { catalogueEntry } from '../state/catalogue.ts';
import { useAppStore } from '../state/store.ts';
import { decodeView } from '../state/urlState.ts';
import { FRAGMENT_START } from './sharedFragment.ts';
import './sharedDataset.css';

/**
 * Opening a link that carries a dataset in its fragment (`#d=…`, see storage/shareLink.ts). Called
 * by main.tsx before the URL sync, so that the link's `ds=` names a dataset the store has.
 *
 * On success the dataset is put in the store like an import, but NOT saved: it came from someone
 * else, so a notice says it was opened from a link and offers "Save in this browser". The fragment
 * stays in the address, so a reload opens it again. On failure the fragment is removed, the URL
 * sync falls back to the default view (the link's `ds=` is unknown), and a notice says why —
 * never a blank page. The decoder is a lazy chunk: links without a fragment never load it.
 *
 * A link whose dataset id is already saved in this browser never shadows the saved dataset: the
 * saved one is shown and the notice says so. The notice follows the page's language (the URL's
 * `lang`, then every switch), and names the real cause of a refusal (e.g. a newer link format).
 */

type Title = { readonly vi: string; readonly en: string };
type Outcome =
  | { readonly kind: 'opened'; readonly id: string; readonly title: Title }
  /** The link's id is a saved dataset: the saved one is shown; `same` when the contents match. */
  | { readonly kind: 'saved'; readonly title: Title; readonly same: boolean }
  | {
      readonly kind: 'failed';
      readonly reason: MessageKey;
      /** The detail in the notice's language (an importer message when a rule was broken). */
      readonly detail: (lang: Lang) => string;
    };

async function reasonOf(
  issue: ShareIssue | undefined,
): Promise<{ reason: MessageKey; detail: (lang: Lang) => string }> {
  const plain = (detail: string) => () => detail;
  switch (issue?.code) {
    case 'TOO_LARGE':
      return { reason: 'share.reasonTooLarge', detail: plain(issue.detail) };
    case 'NEWER_VERSION':
      return { reason: 'share.reasonNewer', detail: plain(issue.detail) };
    case 'INVALID_DATASET': {
      const rule = issue.rule;
      if (rule === undefined) return { reason: 'share.reasonInvalid', detail: plain(issue.detail) };
      // Message texts are a lazy chunk, loaded only when a link breaks a rule.
      const { datasetIssueMessage } = await import('../i18n/issueMessages.ts');
      return {
        reason: 'share.reasonRule',
        detail: (lang) => datasetIssueMessage(`dataset.${rule.path}`, rule.issue, lang),
      };
    }
    default:
      return { reason: 'share.reasonDamaged', detail: plain(issue?.code ?? '') };
  }
}

/** Same content as far as the stored form can tell (the codec's canonical JSON). */
async function sameContent(a: Dataset, b: Dataset): Promise<boolean> {
  const { canonicalJson, encodeDataset } = await import('../storage/datasetCodec.ts');
  return canonicalJson(encodeDataset(a)) === canonicalJson(encodeDataset(b));
}

async function decode(hash: string, stored: Promise<unknown>): Promise<Outcome> {
  try {
    const { decodeDatasetFragment } = await import('../storage/shareLink.ts');
    const result = await decodeDatasetFragment(hash);
    if (!result.ok) return { kind: 'failed', ...(await reasonOf(result.issues[0])) };
    const dataset = result.value;
    // A link must not replace a bundled dataset under its name.
    if (catalogueEntry(dataset.id) !== undefined) {
      return { kind: 'failed', reason: 'share.reasonReserved', detail: () => dataset.id };
    }
    // Nor a saved one: wait until the saved datasets are read, then keep the saved one.
    await stored.catch(() => undefined);
    const saved = useAppStore.getState().datasets.get(dataset.id);
    if (useAppStore.getState().importedIds.includes(dataset.id) && saved?.status === 'ready') {
      return {
        kind: 'saved',
        title: saved.dataset.title,
        same: await sameContent(saved.dataset, dataset),
      };
    }
    useAppStore.getState().putImported(dataset);
    return { kind: 'opened', id: dataset.id, title: dataset.title };
  } catch (err) {
    // The decoder chunk could not be loaded (e.g. offline before the first visit was cached).
    return { kind: 'failed', reason: 'share.reasonDamaged', detail: () => String(err) };
  }
}

function showNotice(outcome: Outcome, initialLang: Lang): void {
  let lang = initialLang;
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);
  const box = document.createElement('div');
  box.className = 'notices shared-notice';
  box.setAttribute('role', outcome.kind === 'failed' ? 'alert' : 'status');
  const text = document.createElement('p');
  const buttons = document.createElement('div');
  buttons.className = 'shared-notice__buttons';
  // Every text of the notice, in the current language: called again when the language changes.
  let message = (): string => '';
  const labels: (() => void)[] = [];
  const button = (label: () => string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button button--secondary';
    b.addEventListener('click', onClick);
    buttons.append(b);
    labels.push(() => (b.textContent = label()));
    return b;
  };
  if (outcome.kind === 'failed') {
    message = () =>
      t('share.openFailed', { reason: t(outcome.reason, { detail: outcome.detail(lang) }) });
  } else if (outcome.kind === 'saved') {
    message = () =>
      t(outcome.same ? 'share.alreadySaved' : 'share.alreadySavedDiffers', {
        title: outcome.title[lang],
      });
  } else {
    message = () => t('share.openedFromLink', { title: outcome.title[lang] });
    const save = button(
      () => t('share.save'),
      () => {
        save.disabled = true;
        const dataset = useAppStore.getState().datasets.get(outcome.id);
        if (dataset?.status !== 'ready') return;
        void import('../state/persistence.ts')
          .then((m) => m.saveImported(dataset.dataset))
          .then((r) => {
            if (r.ok) {
              // Stored now: the address no longer needs to carry the data.
              const { pathname, search } = window.location;
              window.history.replaceState(window.history.state, '', `${pathname}${search}`);
            }
            const code = r.code ?? '';
            message = r.ok ? () => t('share.saved') : () => t('share.saveFailed', { code });
            text.textContent = message();
            if (r.ok) save.remove();
            else save.disabled = false;
          });
      },
    );
  }
  button(
    () => t('share.dismiss'),
    () => {
      unsubscribe();
      box.remove();
    },
  );
  const render = () => {
    text.textContent = message();
    for (const label of labels) label();
  };
  render();
  // Language switches after the notice appeared (the store's language before the URL sync ran
  // is the default, not the page's: only a change counts).
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    const next = state.view.lang;
    if (next === previous.view.lang || next === lang) return;
    lang = next;
    const show = () => lang === next && render();
    loadCatalogue(next).then(show, show);
  });
  box.prepend(text);
  box.append(buttons);
  // Outside the React root (which renders into #root), right after it: the page stays usable.
  document.getElementById('root')?.after(box);
}

/**
 * Reads a dataset from the location's fragment into the store. Resolves (never rejects) when done;
 * at once when there is no fragment. `stored` resolves once the saved datasets are in the store
 * (a link never shadows one of them). The notice appears once the messages of the URL's language
 * are loaded, and follows later language switches.
 */
export async function openSharedDataset(
  stored: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  const hash = window.location.hash;
  if (!hash.startsWith(FRAGMENT_START)) return;
  const outcome = await decode(hash, stored);
  if (outcome.kind === 'failed') {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
  // The URL's language: the URL sync may not have run yet (it waits for the saved datasets).
  const lang = decodeView(window.location.search).state.lang;
  const show = () => showNotice(outcome, lang);
  loadCatalogue(lang).then(show, show);
}
