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
} from '../../src/app/earlyInput.ts';
import { earlyInputScript } from '../../src/build/earlyInputScript.ts';

/** A prerendered page in small: a toggle, tabs, a select, a checkbox, radios and a search box. */
function Page() {
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
        <option value="2018">2018</option>
        <option value="2019">2019</option>
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
      <input aria-label="search" value={query} onChange={(e) => setQuery(e.target.value)} />
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

/** What a user does on the dead page: the browser changes the fields itself, nothing answers. */
function useDeadPage() {
  fireEvent.click(q('button[aria-pressed]'));
  fireEvent.click(q('button[aria-pressed]')); // tapped again: nothing seemed to happen
  fireEvent.click(q('#tab-b'));
  const select = q<HTMLSelectElement>('select');
  select.value = '2018';
  fireEvent.change(select);
  fireEvent.click(q('input[type=checkbox]')); // checks it, as a tap does
  const dots = q<HTMLInputElement>('input[value=dots]');
  dots.checked = true;
  fireEvent.change(dots);
  const search = q<HTMLInputElement>('input[aria-label=search]');
  search.value = 'Na R';
  fireEvent.input(search);
  search.value = 'Na Rì';
  fireEvent.input(search);
}

describe('input before the app runs (earlyInput)', () => {
  it('is recorded by the boot script and acted on once, after hydration', async () => {
    const container = prerendered();
    useDeadPage();
    expect(document.documentElement.classList.contains(EARLY_INPUT_CLASS)).toBe(true);
    expect(state()).toBe('chart|a|2019|false|bars|');
    const early = takeEarlyInput();
    // The last click only (the toggle's two taps and the tab: the tab), and each field once.
    expect(early.map((a) => a.kind)).toEqual(['click', 'change', 'change', 'change', 'change']);
    await act(async () => {
      root = hydrateRoot(container, <Page />);
    });
    // Hydration keeps what the user set in the fields, but React's state does not have it yet.
    expect(state()).toBe('chart|a|2019|false|bars|');
    expect(q<HTMLSelectElement>('select').value).toBe('2018');
    act(() => replayEarlyInput(early));
    expect(state()).toBe('chart|b|2018|true|dots|Na Rì');
    expect(q<HTMLInputElement>('input[aria-label=search]').value).toBe('Na Rì');
    expect(q<HTMLInputElement>('input[type=checkbox]').checked).toBe(true);
    expect(document.documentElement.classList.contains(EARLY_INPUT_CLASS)).toBe(false);
  });

  it('sets a field React has not rendered since hydration (its value tracker saw the user’s)', async () => {
    const container = prerendered();
    fireEvent.click(q('input[type=checkbox]'));
    const early = takeEarlyInput();
    await act(async () => {
      root = hydrateRoot(container, <Page />);
    });
    act(() => replayEarlyInput(early));
    expect(state()).toBe('chart|a|2019|true|bars|');
  });

  it('types into a search box React has not rendered since hydration', async () => {
    const container = prerendered();
    const search = q<HTMLInputElement>('input[aria-label=search]');
    search.value = 'Ba Bể';
    fireEvent.input(search);
    const early = takeEarlyInput();
    await act(async () => {
      root = hydrateRoot(container, <Page />);
    });
    act(() => replayEarlyInput(early));
    expect(state()).toBe('chart|a|2019|false|bars|Ba Bể');
  });

  it('stops recording when taken: later input is the app’s alone', async () => {
    const container = prerendered();
    fireEvent.click(q('button[aria-pressed]'));
    const early = takeEarlyInput();
    expect(takeEarlyInput()).toEqual([]);
    await act(async () => {
      root = hydrateRoot(container, <Page />);
    });
    fireEvent.click(q('#tab-b'));
    act(() => replayEarlyInput(early));
    expect(state()).toBe('table|b|2019|false|bars|');
  });

  it('finds the elements again when the app has rendered the page anew', async () => {
    const container = prerendered();
    useDeadPage();
    await act(async () => {
      root = createRoot(container);
      root.render(<Page />);
    });
    // New elements, in React's state: the recorded ones are gone.
    expect(q<HTMLSelectElement>('select').value).toBe('2019');
    act(() => replayEarlyInput(takeEarlyInput()));
    expect(state()).toBe('chart|b|2018|true|dots|Na Rì');
  });

  it('skips a replaced button that no longer says the same', async () => {
    const container = prerendered();
    fireEvent.click(q('#tab-b'));
    const early = takeEarlyInput();
    container.replaceChildren();
    await act(async () => {
      root = createRoot(container);
      root.render(<Page />);
    });
    q('#tab-b').textContent = 'renamed';
    act(() => replayEarlyInput(early));
    expect(state()).toBe('chart|a|2019|false|bars|');
  });

  it('does nothing without the boot script', () => {
    expect(takeEarlyInput()).toEqual([]);
  });
});
