import { runInNewContext } from 'node:vm';
import { act, fireEvent } from '@testing-library/react';
import { useState } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EARLY_INPUT_CLASS,
  EARLY_INPUT_GLOBAL,
  replayEarlyInput,
  takeEarlyInput,
  type EarlyRecord,
} from '../../src/app/earlyInput.ts';
import { earlyInputScript } from '../../src/build/earlyInputScript.ts';

/**
 * A prerendered page in small: a toggle, tabs, a select, a checkbox, radios and a search box
 * (shown on tab "a" only); `years` are the select's options.
 */
function Page({ years = ['2018', '2019'] }: { years?: readonly string[] }) {
  const [shown, setShown] = useState(false);
  const [tab, setTab] = useState('a');
  const [year, setYear] = useState('2019');
  const [intervals, setIntervals] = useState(false);
  const [chart, setChart] = useState('bars');
  const [query, setQuery] = useState('');
  return (
    <main>
      <button type="button" aria-pressed={shown} onClick={() => setShown((v) => !v)}>
        Table
      </button>
      {['a', 'b'].map((id) => (
        <button key={id} type="button" role="tab" id={`tab-${id}`} onClick={() => setTab(id)}>
          {id}
        </button>
      ))}
      <select aria-label="year" value={year} onChange={(e) => setYear(e.target.value)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <input
        aria-label="intervals"
        type="checkbox"
        checked={intervals}
        onChange={(e) => setIntervals(e.target.checked)}
      />
      {['bars', 'dots'].map((v) => (
        <input
          key={v}
          aria-label={v}
          type="radio"
          name="chart"
          value={v}
          checked={chart === v}
          onChange={() => setChart(v)}
        />
      ))}
      {tab === 'a' ? (
        <input aria-label="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      ) : null}
      <output>{[shown ? 'table' : 'chart', tab, year, intervals, chart, query].join('|')}</output>
    </main>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  document.documentElement.className = '';
  delete (window as unknown as Record<string, unknown>)[EARLY_INPUT_GLOBAL];
});

/** The page as the build serves it: the markup in #root, the boot script's recorder running. */
function prerendered(): HTMLElement {
  const parsed = new DOMParser().parseFromString(
    `<div id="root">${renderToString(<Page />)}</div>`,
    'text/html',
  );
  document.body.replaceChildren(document.adoptNode(parsed.body.firstElementChild as Element));
  // The boot script is plain script text, run as the browser runs it (its globals: this page's).
  runInNewContext(earlyInputScript(), { document, window });
  return document.getElementById('root') as HTMLElement;
}

const q = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const state = () => q('output').textContent;
const hydrate = async (container: HTMLElement, page = <Page />) => {
  await act(async () => {
    root = hydrateRoot(container, page);
  });
};
const renderAnew = async (container: HTMLElement, page = <Page />) => {
  await act(async () => {
    root = createRoot(container);
    root.render(page);
  });
};
/** The replay, the view being live (its signal given at once). */
const replay = async (record: EarlyRecord | null) => {
  await act(() => replayEarlyInput(record, { live: Promise.resolve() }));
};
const type = (value: string) => {
  const search = q<HTMLInputElement>('input[aria-label=search]');
  search.value = value;
  fireEvent.input(search);
};

/** What a user does on the dead page: the browser changes the fields itself, nothing answers. */
function useDeadPage() {
  fireEvent.click(q('button[aria-pressed]'));
  fireEvent.click(q('button[aria-pressed]')); // tapped again: nothing seemed to happen
  type('Na R');
  type('Na Rì');
  fireEvent.click(q('#tab-b'));
  const select = q<HTMLSelectElement>('select');
  select.value = '2018';
  fireEvent.change(select);
  fireEvent.click(q('input[type=checkbox]')); // checks it, as a tap does
  fireEvent.click(q('input[value=bars]'));
  fireEvent.click(q('input[value=dots]'));
}

describe('input before the app runs (earlyInput)', () => {
  it('is recorded by the boot script and acted on once the page is hydrated', async () => {
    const container = prerendered();
    useDeadPage();
    expect(document.documentElement.classList.contains(EARLY_INPUT_CLASS)).toBe(true);
    expect(state()).toBe('chart|a|2019|false|bars|');
    const early = takeEarlyInput();
    // The last click only (the toggle's two taps, then the tab), each field once, the radio
    // group once (its last choice).
    expect(early?.actions.map((a) => a.kind)).toEqual([
      'change',
      'click',
      'change',
      'change',
      'change',
    ]);
    expect(early?.actions.at(-1)?.value).toBe('dots');
    await hydrate(container);
    // Hydration keeps what the user set in the fields, but React's state does not have it yet.
    expect(state()).toBe('chart|a|2019|false|bars|');
    expect(q<HTMLSelectElement>('select').value).toBe('2018');
    await replay(early);
    // The search box, typed into before the tab that hides it was tapped, is set first.
    expect(state()).toBe('chart|b|2018|true|dots|Na Rì');
    expect(q<HTMLInputElement>('input[type=checkbox]').checked).toBe(true);
    expect(document.documentElement.classList.contains(EARLY_INPUT_CLASS)).toBe(false);
  });

  it('sets a field React has not rendered since hydration (its value tracker saw the user’s)', async () => {
    const container = prerendered();
    fireEvent.click(q('input[type=checkbox]'));
    const early = takeEarlyInput();
    await hydrate(container);
    await replay(early);
    expect(state()).toBe('chart|a|2019|true|bars|');
  });

  it('types into a search box React has not rendered since hydration', async () => {
    const container = prerendered();
    type('Ba Bể');
    const early = takeEarlyInput();
    await hydrate(container);
    await replay(early);
    expect(state()).toBe('chart|a|2019|false|bars|Ba Bể');
  });

  it('waits until the view is live (its screen is hydrated after the page)', async () => {
    const container = prerendered();
    type('Ba Bể');
    const early = takeEarlyInput();
    let live: () => void = () => undefined;
    const replayed = replayEarlyInput(early, { live: new Promise((resolve) => (live = resolve)) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.documentElement.classList.contains(EARLY_INPUT_CLASS)).toBe(true);
    await hydrate(container);
    expect(state()).toBe('chart|a|2019|false|bars|');
    live();
    await act(() => replayed);
    expect(state()).toBe('chart|a|2019|false|bars|Ba Bể');
  });

  it('acts on the view after its time limit when it never says it is live', async () => {
    const container = prerendered();
    fireEvent.click(q('#tab-b'));
    const early = takeEarlyInput();
    await hydrate(container);
    await act(() => replayEarlyInput(early, { live: new Promise(() => undefined), timeoutMs: 30 }));
    expect(state()).toBe('chart|b|2019|false|bars|');
  });

  it('leaves taps and files to the app once it answers, and keeps the fields’ last state', async () => {
    const container = prerendered();
    fireEvent.click(q('button[aria-pressed]'));
    type('Na');
    const select = q<HTMLSelectElement>('select');
    select.value = '2018';
    fireEvent.change(select);
    const early = takeEarlyInput();
    await hydrate(container);
    // During the takeover: the search box's "change" as the tap takes the focus from it (no new
    // value: React, which hydrated it with "Na", sees none), the tap and the select, which React
    // answers (its render sets the search box back to React's "").
    fireEvent.change(q('input[aria-label=search]'));
    fireEvent.click(q('button[aria-pressed]'));
    select.value = '2019';
    fireEvent.change(select);
    expect(early?.actions.map((a) => [a.kind, a.value])).toEqual([
      ['change', 'Na'],
      ['change', '2019'],
    ]);
    expect(state()).toBe('table|a|2019|false|bars|');
    await replay(early);
    expect(state()).toBe('table|a|2019|false|bars|Na');
    // Stopped: later input is the app's alone, not recorded.
    fireEvent.click(q('#tab-b'));
    expect(early?.actions).toHaveLength(2);
  });

  it('finds the controls again when the app has rendered the page anew', async () => {
    const container = prerendered();
    useDeadPage();
    const early = takeEarlyInput();
    await renderAnew(container);
    // New elements, in React's state: the recorded ones are gone.
    expect(q<HTMLSelectElement>('select').value).toBe('2019');
    await replay(early);
    expect(state()).toBe('chart|b|2018|true|dots|Na Rì');
  });

  it('leaves controls that are not the same any more: other text, label or options', async () => {
    const container = prerendered();
    fireEvent.click(q('#tab-b'));
    const select = q<HTMLSelectElement>('select');
    select.value = '2018';
    fireEvent.change(select);
    type('Na');
    const early = takeEarlyInput();
    container.replaceChildren();
    // The app draws the page without 2018 (its data not there yet).
    await renderAnew(container, <Page years={['2019']} />);
    q('#tab-b').textContent = 'renamed';
    q('input[aria-label=search]').setAttribute('aria-label', 'find');
    await replay(early);
    expect(state()).toBe('chart|a|2019|false|bars|');
  });

  it('does nothing without the boot script', async () => {
    expect(takeEarlyInput()).toBeNull();
    await expect(replayEarlyInput(null)).resolves.toBeUndefined();
  });
});
