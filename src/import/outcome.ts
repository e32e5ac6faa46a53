import { orderIssues } from '../domain/issues.ts';
import type { Issue } from '../domain/issues.ts';
import type { Encoding } from './decode.ts';
import type { ImportOutcome } from './model.ts';

// Kept apart from importDataset.ts so the browser client can build a refusal without pulling the
// whole pipeline (and PapaParse) into the initial bundle.

/** An outcome that refuses the file before any row was read. */
export function refusedOutcome(
  encoding: Encoding,
  issues: readonly Issue[],
  delimiter: string | null = null,
): ImportOutcome {
  return {
    report: {
      ok: false,
      encoding,
      delimiter,
      decimal: '.',
      headerLine: 0,
      units: 0,
      years: [],
      groups: [],
      rows: [],
      issues: orderIssues(issues),
    },
    dataset: null,
  };
}
