// scheduleTasks on 100,000 tasks and 200,000 links (all four link types, lags and leads), and the
// typed-array CPM engine alone, against a plain topological forward pass (Kahn, FS only, no backward
// pass) over the same typed arrays, in interleaved rounds of the same run.

import { type ScheduleLink, type ScheduleTask, scheduleTasks } from "../src/index.js";
import { FF, FS, runCpm, SF, SS, traceLongestPath } from "../src/schedule/cpm/solve.js";
import { rng, table, time } from "./util.js";

const N = 100_000;
const M = 200_000;
const random = rng(20181229);
const duration = new Int32Array(N);
for (let i = 0; i < N; i++) duration[i] = Math.floor(random() * 20);
const from = new Int32Array(M);
const to = new Int32Array(M);
const type = new Uint8Array(M);
const lag = new Int32Array(M);
const codes = [FS, SS, FF, SF];
for (let l = 0; l < M; l++) {
  // Links go forward within a window of 500 tasks, so the graph is a DAG with long chains.
  const a = Math.floor(random() * (N - 1));
  const b = Math.min(N - 1, a + 1 + Math.floor(random() * 500));
  from[l] = a;
  to[l] = b;
  type[l] = codes[Math.floor(random() * 4)] as number;
  lag[l] = Math.floor(random() * 9) - 3;
}
const network = { n: N, m: M, duration, from, to, type, lag };

/** Baseline: Kahn's algorithm and an FS-only forward pass on the same arrays. */
function forwardOnly(): number {
  const start = new Int32Array(N + 1);
  for (let l = 0; l < M; l++)
    start[(from[l] as number) + 1] = (start[(from[l] as number) + 1] as number) + 1;
  for (let i = 0; i < N; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, N);
  const out = new Int32Array(M);
  const indegree = new Int32Array(N);
  for (let l = 0; l < M; l++) {
    const k = from[l] as number;
    out[fill[k] as number] = l;
    fill[k] = (fill[k] as number) + 1;
    indegree[to[l] as number] = (indegree[to[l] as number] as number) + 1;
  }
  const queue = new Int32Array(N);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < N; i++) if (indegree[i] === 0) queue[tail++] = i;
  const es = new Int32Array(N);
  let finish = 0;
  while (head < tail) {
    const i = queue[head++] as number;
    const ef = (es[i] as number) + (duration[i] as number);
    if (ef > finish) finish = ef;
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const l = out[k] as number;
      const j = to[l] as number;
      if (ef + (lag[l] as number) > (es[j] as number)) es[j] = ef + (lag[l] as number);
      indegree[j] = (indegree[j] as number) - 1;
      if (indegree[j] === 0) queue[tail++] = j;
    }
  }
  return finish;
}

const tasks: ScheduleTask[] = Array.from({ length: N }, (_, i) => ({
  id: `t${i}`,
  duration: duration[i],
}));
const names = ["FS", "SS", "FF", "SF"] as const;
const links: ScheduleLink[] = Array.from({ length: M }, (_, l) => ({
  predecessorId: `t${from[l]}`,
  successorId: `t${to[l]}`,
  type: names[type[l] as number],
  lag: lag[l],
}));

const options = { start: "2021-03-01" };
const runCore = () => traceLongestPath(network, runCpm(network));
const runFull = () => scheduleTasks(tasks, links, options);
// Interleaved rounds, so that load from other jobs on the machine hits the three cases alike.
const ROUNDS = 9;
for (let w = 0; w < 2; w++) {
  forwardOnly();
  runCore();
  runFull();
}
const samples = { baseline: [] as number[], core: [] as number[], full: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  samples.baseline.push(time(forwardOnly, 1, 0));
  samples.core.push(time(runCore, 1, 0));
  samples.full.push(time(runFull, 1, 0));
}
const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const baseline = median(samples.baseline);
const core = median(samples.core);
const full = median(samples.full);
const result = runFull();
const AIM = 300;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const ratio = (ms: number) => `${(ms / baseline).toFixed(1)}×`;
console.log(`## Scheduling: critical path method

\`scheduleTasks\` on ${N.toLocaleString("en")} tasks and ${M.toLocaleString("en")} links (FS/SS/FF/SF, lags −3…+5 working
days): string ids, validation, forward and backward passes, total and free float, longest path, dates
and result objects. Baseline: a plain Kahn topological forward pass (FS only, no backward pass) over
the same network in typed arrays, measured in the same run. Median of ${ROUNDS} interleaved rounds after
warm-up. Project finish offset ${result.projectFinish} (${result.finishDate}), ${result.criticalPath.length} tasks on the longest path.

**Full \`scheduleTasks\` call: ${fmt(full)}, ${ratio(full)} the baseline** (aim: under ${AIM} ms — ${full < AIM ? "met" : "NOT met"} in this run).

${table(
  ["case", "time", "ratio to baseline"],
  [
    ["baseline: topological forward pass (typed arrays)", fmt(baseline), "1.0×"],
    ["engine only: runCpm + longest path (typed arrays)", fmt(core), ratio(core)],
    [
      "**full scheduleTasks call** (ids, validation, CPM, dates, objects)",
      `**${fmt(full)}**`,
      `**${ratio(full)}**`,
    ],
  ],
)}
`);
