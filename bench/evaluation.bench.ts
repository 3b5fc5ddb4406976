// Benchmark of the evaluation area: a composite index and its Monte Carlo sensitivity analysis on
// 1,000 units × 20 indicators, against a baseline weighted-sum loop over the same Float64Array.
import { analyseSensitivity, buildCompositeIndex } from "../src/index.js";
import { rng, table, time } from "./util.js";

const UNITS = 1000;
const INDICATORS = 20;
const RUNS = 500;
const random = rng(20181229);
const flat = new Float64Array(UNITS * INDICATORS);
for (let k = 0; k < flat.length; k++) flat[k] = 1 + 99 * random();
const matrix = {
  units: Array.from({ length: UNITS }, (_, i) => `u${i}`),
  indicators: Array.from({ length: INDICATORS }, (_, j) => ({
    id: `x${j}`,
    direction: j % 4 === 3 ? ("decrease" as const) : ("increase" as const),
  })),
  values: Array.from({ length: UNITS }, (_, i) =>
    Array.from(flat.subarray(i * INDICATORS, (i + 1) * INDICATORS)),
  ),
};
const weights = Array.from({ length: INDICATORS }, (_, j) => 1 + (j % 3));
const config = { weights, normalisation: { method: "min-max", lower: 1, upper: 100 } as const };

// Baseline: RUNS plain weighted sums over the raw Float64Array (no normalisation, no ranking).
function baseline(): number {
  const scores = new Float64Array(UNITS);
  let checksum = 0;
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < UNITS; i++) {
      let acc = 0;
      for (let j = 0; j < INDICATORS; j++)
        acc += (weights[j] as number) * (flat[i * INDICATORS + j] as number);
      scores[i] = acc;
    }
    checksum += scores[run % UNITS] as number;
  }
  return checksum;
}

const base = time(baseline, 5, 1);
const single = time(() => buildCompositeIndex(matrix, config), 5, 1);
const sensitivity = time(
  () =>
    analyseSensitivity(matrix, config, {
      seed: 1,
      runs: RUNS,
      weightJitter: 0.25,
      aggregations: ["arithmetic", "geometric", "harmonic"],
    }),
  3,
  1,
);
const fmt = (ms: number) => ms.toFixed(1);
console.log(`## Evaluation: composite index and sensitivity analysis

${UNITS} units × ${INDICATORS} indicators; sensitivity with ${RUNS} seeded runs (weight jitter ±25 %,
arithmetic/geometric/harmonic drawn per run). Baseline: ${RUNS} plain weighted-sum passes over the
same values in one Float64Array (no normalisation, validation or ranking). Median wall time.

${table(
  ["Case", "Time (ms)", "Ratio to baseline"],
  [
    ["baseline: weighted-sum loop × runs", fmt(base), "1.0"],
    ["buildCompositeIndex (1 pass)", fmt(single), (single / base).toFixed(2)],
    [`analyseSensitivity (${RUNS} runs)`, fmt(sensitivity), (sensitivity / base).toFixed(2)],
  ],
)}
`);
