// Times the workload in the app's own stats worker (src/stats): the bootstrap over
// respondents with 1,000 resamples of 30 units × 1,000 respondents × 10 sub-indices.
import { gaussian, mulberry32 } from '../../src/domain/random.ts';
import type { SubIndexId, UnitId } from '../../src/domain/types.ts';
import type { RespondentSample } from '../../src/domain/uncertainty.ts';
import { runStats } from '../../src/stats/client.ts';

const UNITS = 30;
const RESPONDENTS = 1000;
const SUB_INDICES = 10;
const RESAMPLES = 1000;

function samples(): RespondentSample[] {
  const random = mulberry32(1);
  const normal = gaussian(random);
  const ids = Array.from({ length: SUB_INDICES }, (_, j) => `s${j}` as SubIndexId);
  return Array.from({ length: UNITS }, (_, u) => {
    const level = 3 + 0.3 * normal();
    const means = new Float64Array(RESPONDENTS * SUB_INDICES);
    for (let i = 0; i < means.length; i++)
      means[i] = random() < 0.03 ? Number.NaN : Math.min(5, Math.max(1, level + 0.8 * normal()));
    return {
      unitId: `u${u}` as UnitId,
      n: RESPONDENTS,
      subIndexIds: ids,
      means,
      offset: new Float64Array(SUB_INDICES).fill(1 - 9 / 4),
      scale: new Float64Array(SUB_INDICES).fill(9 / 4),
      weights: new Float64Array(SUB_INDICES).fill(10),
    };
  });
}

async function run(): Promise<void> {
  const input = samples();
  const times: number[] = [];
  let intervals = 0;
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const r = await runStats({ kind: 'bootstrap', samples: input, resamples: RESAMPLES });
    times.push(performance.now() - t0);
    intervals = r.intervals.size;
  }
  (globalThis as { __bench?: unknown }).__bench = { times, intervals };
  document.getElementById('status')!.textContent = times.map((t) => t.toFixed(0)).join(' ');
}

void run();
