import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/types.ts';
import { forgetRespondents, setStoredRespondentIds } from '../../src/state/respondentSource.ts';
import { useHasRespondents } from '../../src/views/scorecard/indicatorSource.ts';
import { importSmall } from '../fixtures/respondents/small.ts';

const { dataset } = importSmall();

afterEach(() => {
  forgetRespondents(dataset.id);
  setStoredRespondentIds([]);
});

let renders = 0;
function Probe({ data }: { data: Dataset }) {
  renders++;
  return <p>{useHasRespondents(data) ? 'has' : 'none'}</p>;
}

describe('useHasRespondents', () => {
  it('re-renders when the answer changes, not on every change of the registry (start-up)', () => {
    renders = 0;
    render(<Probe data={dataset} />);
    expect(screen.getByText('none')).toBeTruthy();
    expect(renders).toBe(1);
    // The storage's stored ids are read at start-up: other datasets' ids change nothing here.
    act(() => setStoredRespondentIds(['someone-else']));
    expect(renders).toBe(1);
    act(() => setStoredRespondentIds([dataset.id]));
    expect(screen.getByText('has')).toBeTruthy();
    expect(renders).toBe(2);
  });
});
