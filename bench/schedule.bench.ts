// CPM on 100,000 tasks and 200,000 links (all four link types, lags and leads), against a plain
// topological forward pass (Kahn, FS only, no backward pass) over the same typed arrays, same run.
import { FF, FS, runCpm, SF, SS, traceLongestPath } from "../src/_lib/schedule-cpm.js";
import { type ScheduleLink, type ScheduleTask, scheduleTasks } from "../src/index.js";
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

const baseline = time(forwardOnly, 7, 2);
const core = time(() => traceLongestPath(network, runCpm(network)), 7, 2);
const full = time(() => scheduleTasks(tasks, links, { start: "2021-03-01" }), 3, 1);
const check = runCpm(network);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`## Scheduling: critical path method

CPM on ${N.toLocaleString("en")} tasks and ${M.toLocaleString("en")} links (FS/SS/FF/SF, lags −3…+5 working days):
forward and backward passes, total and free float, longest path. Baseline: a plain Kahn topological
forward pass (FS only) over the same typed arrays in the same run. Project finish offset ${check.projectFinish}.
Median of runs after warm-up. Aim: CPM core under 300 ms.

${table(
  ["case", "time", "ratio to baseline"],
  [
    ["baseline: topological forward pass", fmt(baseline), "1.0"],
    ["runCpm + longest path (typed arrays)", fmt(core), (core / baseline).toFixed(1)],
    [
      "scheduleTasks (ids, validation, dates, result objects)",
      fmt(full),
      (full / baseline).toFixed(1),
    ],
  ],
)}
`);
