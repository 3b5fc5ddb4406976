// Progress engine benchmark: roll-up of N observations (organisations' yearly reports) over
// N/100 indicators and N/1000 tasks, against a plain typed-array loop that computes latest-value
// linear progress per indicator and its mean per task over the same data, measured in the same run.
// Every path below gives the same progress for every task (checked at each size); the DuckDB query
// is the same roll-up in SQL (bench/progress-duckdb.ts); memory is measured at 1M in a fresh
// process per path (bench/memory.ts). Ends with one line per aim of issue 17: met or not, by how much.
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { tableFromArrays } from "apache-arrow";
import { arrowToObservationColumns } from "../src/arrow/index.js";
import {
  createRollUpState,
  createRollUpWorkspace,
  finalizeRollUp,
  prepareRollUp,
  rollUpColumns,
  rollUpProgress,
  rollUpProgressFromColumns,
  toObservationColumns,
} from "../src/index.js";
import { build, type Data, plainLoop, UNITS, YEARS } from "./progress-data.js";
import { load, QUERIES, query } from "./progress-duckdb.js";
import { table, time } from "./util.js";

/** The same latest-value loop, but reading the observation objects through a Map of ids. */
function objectLoop(d: Data): Float64Array {
  const m = d.base.length;
  const index = new Map<string, number>();
  d.document.indicators.forEach((indicator, i) => {
    index.set(indicator.id, i);
  });
  const latestYear = new Int32Array(m);
  const latest = new Float64Array(m);
  for (const o of d.observations) {
    const i = index.get(o.indicatorId) ?? 0;
    const y = o.period as number;
    const v = o.value ?? 0;
    if (y > (latestYear[i] ?? 0)) {
      latestYear[i] = y;
      latest[i] = v;
    } else if (y === latestYear[i]) latest[i] = (latest[i] ?? 0) + v;
  }
  return latest;
}

/** Median ms per call: `batch` calls per sample, `runs` samples, after `warmup` unmeasured calls. */
function timeEach(fn: () => unknown, runs: number, warmup: number, batch: number): number {
  return (
    time(
      () => {
        for (let b = 0; b < batch; b++) fn();
      },
      runs,
      warmup,
    ) / batch
  );
}

/** Median ms of an async call, after one unmeasured call. */
async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/**
 * Per call of `fn` (`calls` calls after one unmeasured call): the median wall time and the median
 * time V8 spent collecting garbage during the call (its "gc" performance entries).
 */
async function withCollections(
  fn: () => unknown,
  calls: number,
): Promise<{ ms: number; gc: number }> {
  fn();
  const entries: { startTime: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    entries.push(...list.getEntries());
  });
  observer.observe({ entryTypes: ["gc"] });
  const windows: [number, number][] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    fn();
    windows.push([t0, performance.now()]);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const gc = windows.map(([a, b]) =>
    entries
      .filter((e) => e.startTime >= a && e.startTime < b)
      .reduce((sum, e) => sum + e.duration, 0),
  );
  return { ms: median(windows.map(([a, b]) => b - a)), gc: median(gc) };
}

const SIZES = [10_000, 100_000, 1_000_000] as const;
/** The paths timed in alternating rounds (the plain loop first: every ratio is to it). */
const ROUNDED = [
  "plain loop",
  "rollUpColumns, workspace",
  "rollUpColumns, fresh memory",
  "rollUpProgressFromColumns",
  "rollUpColumns, status column",
  "Arrow → rollUpColumns",
  "object loop",
  "rollUpProgress",
] as const;
type Rounded = (typeof ROUNDED)[number];
/** Per size, ms per path. */
const ms = new Map<number, Map<string, number>>();
const duckLines: string[] = [];
const collectionLines: string[] = [];
const checks: string[] = [];

for (const n of SIZES) {
  const d = build(n);
  const at = new Map<string, number>();
  ms.set(n, at);
  // Small sizes get more warm-up calls and batches of calls per sample, so that they time
  // optimised code rather than the JIT or the timer's resolution.
  const runs = n >= 1_000_000 ? 7 : n >= 100_000 ? 9 : 15;
  const warmup = n >= 1_000_000 ? 3 : n >= 100_000 ? 10 : 30;
  const batch = n >= 1_000_000 ? 1 : n >= 100_000 ? 5 : 20;
  // Prepared once, like the loop's typed arrays of task, baseline and target per indicator.
  const prepared = prepareRollUp(d.document);
  const workspace = createRollUpWorkspace();
  // The same reports with a status column (every figure final): statuses are checked in a pass of
  // their own and read for whole-population figures only.
  const withStatus = { ...d.columns, status: new Uint8Array(n) };
  const statusWorkspace = createRollUpWorkspace();
  // An Arrow table of the reports as a reader hands it out: dictionary-encoded indicator and
  // organisation ids, Int32 years, Float64 values (one chunk: the numbers are used zero-copy).
  const arrow = tableFromArrays({
    indicatorId: d.observations.map((o) => o.indicatorId),
    unitId: d.observations.map((o) => o.unitId ?? null),
    year: d.yearOf,
    value: d.valueAt,
  });
  const arrowWorkspace = createRollUpWorkspace();
  const paths: Record<Rounded, () => unknown> = {
    "plain loop": () => plainLoop(d),
    "rollUpColumns, workspace": () => rollUpColumns(prepared, d.columns, { asOf: 2024, workspace }),
    "rollUpColumns, fresh memory": () => rollUpColumns(prepared, d.columns, { asOf: 2024 }),
    rollUpProgressFromColumns: () =>
      rollUpProgressFromColumns(d.document, d.columns, { asOf: 2024 }),
    "rollUpColumns, status column": () =>
      rollUpColumns(prepared, withStatus, { asOf: 2024, workspace: statusWorkspace }),
    "Arrow → rollUpColumns": () =>
      rollUpColumns(prepared, arrowToObservationColumns(arrow, d.document), {
        asOf: 2024,
        workspace: arrowWorkspace,
      }),
    "object loop": () => objectLoop(d),
    rollUpProgress: () => rollUpProgress(d.document, { asOf: 2024 }),
  };
  // The paths alternate, so that all see the same machine state; the middle of three rounds'
  // medians is kept.
  const rounds = new Map<Rounded, number[]>(ROUNDED.map((p) => [p, []]));
  for (let round = 0; round < 3; round++)
    for (const p of ROUNDED) rounds.get(p)?.push(timeEach(paths[p], runs, warmup, batch));
  for (const [p, samples] of rounds) at.set(p, [...samples].sort((a, b) => a - b)[1] ?? 0);
  // The parts, once each.
  at.set(
    "arrowToObservationColumns",
    timeEach(() => arrowToObservationColumns(arrow, d.document), runs, warmup, batch),
  );
  at.set(
    "toObservationColumns",
    timeEach(() => toObservationColumns(d.document, d.observations), runs, warmup, batch),
  );
  const stateRuns = n >= 1_000_000 ? 5 : runs;
  const stateWarmup = n >= 1_000_000 ? 2 : warmup;
  at.set(
    "object path",
    time(
      () =>
        finalizeRollUp(d.document, createRollUpState(d.document, d.observations), { asOf: 2024 }),
      stateRuns,
      stateWarmup,
    ),
  );
  at.set(
    "createRollUpState",
    time(() => createRollUpState(d.document, d.observations), stateRuns, stateWarmup),
  );
  const state = createRollUpState(d.document, d.observations);
  at.set(
    "finalizeRollUp",
    time(() => finalizeRollUp(d.document, state, { asOf: 2024 }), stateRuns, stateWarmup),
  );

  if (n === SIZES[SIZES.length - 1])
    for (const [label, fn] of [
      ["`rollUpProgressFromColumns`", paths.rollUpProgressFromColumns],
      ["`toObservationColumns`", () => toObservationColumns(d.document, d.observations)],
      ["`rollUpProgress`", paths.rollUpProgress],
      [
        "object path",
        () =>
          finalizeRollUp(d.document, createRollUpState(d.document, d.observations), {
            asOf: 2024,
          }),
      ],
    ] as const) {
      const r = await withCollections(fn, 9);
      collectionLines.push(`| ${label} | ${r.ms.toFixed(1)} | ${r.gc.toFixed(1)} |`);
    }

  // DuckDB: load timed on its own; each formulation with 1 and 2 threads; the fastest kept.
  const db = await load(d);
  at.set("DuckDB load", db.loadMs);
  let best = Number.POSITIVE_INFINITY;
  let bestName = "";
  const reference = rollUpProgress(d.document, { asOf: 2024 });
  let agree = true;
  for (const [name, sql] of Object.entries(QUERIES))
    for (const threads of [1, 2]) {
      await db.connection.run(`SET threads = ${threads}`);
      const t = await timeAsync(() => query(db.connection, sql), n >= 1_000_000 ? 5 : 9);
      const result = await query(db.connection, sql);
      // The same figures as rollUpProgress (to rounding: SQL sums in its own order).
      agree &&= Math.abs(result.plan - (reference.plans.plan?.progress ?? Number.NaN)) < 1e-9;
      result.task.forEach((p, k) => {
        agree &&= Math.abs(p - (reference.items[`task.${k}`]?.progress ?? Number.NaN)) < 1e-9;
      });
      duckLines.push(`| ${n.toLocaleString("en")} | ${name} | ${threads} | ${t.toFixed(2)} |`);
      if (t < best) {
        best = t;
        bestName = `${name}, ${threads} thread${threads === 1 ? "" : "s"}`;
      }
    }
  db.close();
  at.set("DuckDB query", best);
  duckLines.push(`| ${n.toLocaleString("en")} | fastest: ${bestName} | | **${best.toFixed(2)}** |`);

  // Every path's progress for every task, against rollUpProgress's.
  const loop = plainLoop(d);
  const typed = paths["rollUpColumns, workspace"]() as ReturnType<typeof rollUpColumns>;
  const fromArrow = paths["Arrow → rollUpColumns"]() as ReturnType<typeof rollUpColumns>;
  const nodes = rollUpProgressFromColumns(d.document, d.columns, { asOf: 2024 });
  const objects = finalizeRollUp(d.document, state, { asOf: 2024 });
  let same = agree;
  for (let k = 0; k < d.tasks; k++) {
    const id = `task.${k}`;
    const expected = objects.items[id]?.progress ?? Number.NaN;
    const row = prepared.itemIds.indexOf(id);
    for (const p of [
      loop[k] ?? Number.NaN,
      typed.items.progress[row] ?? Number.NaN,
      fromArrow.items.progress[row] ?? Number.NaN,
      nodes.items[id]?.progress ?? Number.NaN,
      reference.items[id]?.progress ?? Number.NaN,
    ])
      same &&= Math.abs(p - expected) < 1e-9;
  }
  checks.push(
    `${n.toLocaleString("en")}: ${same ? "every path gives every task the same progress" : "PATHS DIFFER"} (task.0 ${(reference.items["task.0"]?.progress ?? Number.NaN).toFixed(6)})`,
  );
}

// Memory at 1M, a fresh process per path.
interface Memory {
  path: string;
  inputBytes: number;
  objectBytes: number;
  heap: number;
  buffers: number;
  rss: number;
  retained: number;
  collections: number;
}
const memory: Memory[] = [];
for (const path of [
  "plain loop",
  "rollUpColumns",
  "rollUpProgressFromColumns",
  "rollUpProgress",
  "object path",
]) {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "bench/memory.ts", path, "1000000"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  memory.push(JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as Memory);
}

const big = SIZES[SIZES.length - 1] as number;
const get = (n: number, p: string) => ms.get(n)?.get(p) ?? Number.NaN;
const floorAt = (n: number) => get(n, "plain loop");
const cell = (n: number, p: string) => {
  const t = get(n, p);
  const digits = t < 1 ? 3 : t < 10 ? 2 : 1;
  return `${t.toFixed(digits)} (${(t / floorAt(n)).toFixed(1)}×)`;
};
// µs per observation at 1M, and the marginal cost of each further observation from 100k to 1M.
const slope = (p: string) => {
  const at1M = ((get(big, p) / big) * 1000).toFixed(4);
  const marginal = (((get(big, p) - get(100_000, p)) / (big - 100_000)) * 1000).toFixed(4);
  return `${at1M} / ${marginal}`;
};
const summaryPaths = [
  ["plain loop", "plain loop (typed arrays, latest-value progress per indicator, mean per task)"],
  ["rollUpColumns, workspace", "`rollUpColumns`, prepared, workspace"],
  ["rollUpColumns, fresh memory", "`rollUpColumns`, prepared, fresh memory"],
  ["rollUpColumns, status column", "`rollUpColumns`, workspace, with a status column"],
  ["rollUpProgressFromColumns", "`rollUpProgressFromColumns` (node objects)"],
  ["arrowToObservationColumns", "`arrowToObservationColumns` alone"],
  ["Arrow → rollUpColumns", "Arrow table → `arrowToObservationColumns` → `rollUpColumns`"],
  ["DuckDB query", "DuckDB: the same roll-up as one SQL query (fastest of 4, see below)"],
  ["DuckDB load", "DuckDB: loading the tables (once; not part of the query)"],
  ["object loop", "object loop (the plain loop reading the objects through a Map of ids)"],
  ["toObservationColumns", "`toObservationColumns` alone"],
  ["rollUpProgress", "**`rollUpProgress`** (objects in: columnar way, lazy assessments)"],
  ["object path", "object path: `finalizeRollUp(createRollUpState(…))`"],
  ["createRollUpState", "… its `createRollUpState`"],
  ["finalizeRollUp", "… its `finalizeRollUp` (10k assessments built)"],
] as const;
const summary = table(
  [
    "path",
    ...SIZES.map((n) => `${n.toLocaleString("en")} obs: ms (× loop)`),
    "µs per obs at 1M / from 100k to 1M",
  ],
  summaryPaths.map(([p, label]) => [label, ...SIZES.map((n) => cell(n, p)), slope(p)]),
);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const memoryTable = table(
  [
    "path (1M observations)",
    "JS heap peak MiB",
    "typed arrays MiB",
    "extra MiB",
    "extra / input columns",
    "RSS peak MiB",
    "retained MiB",
    "collections during the call",
  ],
  memory.map((m) => [
    m.path,
    mb(m.heap),
    mb(m.buffers),
    mb(m.heap + m.buffers),
    ((m.heap + m.buffers) / m.inputBytes).toFixed(2),
    mb(m.rss),
    mb(m.retained),
    m.collections,
  ]),
);

// The aims of issue 17, at 1M.
const floor = floorAt(big);
const aimLine = (label: string, value: number, limit: number, unit: string, why = "") =>
  value <= limit
    ? `- ${label}: **met** (${value.toFixed(2)}${unit}, aim ≤ ${limit}${unit}).`
    : `- ${label}: **not met**, by ${(value / limit).toFixed(1)}× (${value.toFixed(2)}${unit}, aim ≤ ${limit}${unit})${why}.`;
const progressRatio = get(big, "rollUpProgress") / floor;
const objectLoopRatio = get(big, "object loop") / floor;
const columnsMemory = memory.filter(
  (m) => m.path === "rollUpColumns" || m.path === "rollUpProgressFromColumns",
);
const worstColumns = Math.max(...columnsMemory.map((m) => (m.heap + m.buffers) / m.inputBytes));
const aims = [
  aimLine(
    "`rollUpProgress` within 8× of the plain loop",
    progressRatio,
    8,
    "×",
    `; reading the objects alone (the object loop) is ${objectLoopRatio.toFixed(1)}×, ${(objectLoopRatio / 8).toFixed(1)} times the aim`,
  ),
  aimLine(
    "`rollUpProgress` faster than the DuckDB query",
    get(big, "rollUpProgress") / get(big, "DuckDB query"),
    1,
    "× the query",
  ),
  aimLine(
    "`rollUpColumns` (workspace) within 2.5× of the plain loop",
    get(big, "rollUpColumns, workspace") / floor,
    2.5,
    "×",
  ),
  aimLine(
    "the columnar paths' extra memory at most twice their input columns' bytes",
    worstColumns,
    2,
    "×",
  ),
];

console.log(`## Progress roll-up

Data: N observations (${UNITS} organisations' yearly reports over ${YEARS} years) for N/100 indicators
measuring N/1000 tasks (10 indicators per task) under N/10000 areas; as of 2024. Check of every
path (the plain loop, \`rollUpColumns\` from columns and from Arrow, \`rollUpProgressFromColumns\`,
\`rollUpProgress\`, the object path and each DuckDB query) against the object path, task by task:
${checks.map((c) => `\n- ${c}`).join("")}

Baseline, measured in the same run: a plain typed-array loop over the same data that computes
only latest-value linear progress per indicator and its mean per task. The paths of the first
rows up to \`rollUpProgress\` alternate (3 rounds of medians, the middle one shown); the parts and
the object path are timed after them. Median of 15 samples of 20 calls after 30 warm-up calls
(10k), 9 of 5 after 10 (100k), 7 of 1 after 3 (1M; the object path 5 after 2). The DuckDB query
is timed as a backend would run it (\`runAndReadAll\` of the SQL text, its 1,000 task rows read
into JavaScript), median of 9 (5 at 1M) after one unmeasured run.

${summary}

Garbage collection at 1M: the heap holds the million observation objects (about 130 MiB), so a
full collection, whenever V8 decides one is due, walks all of them and can cost more than a whole
roll-up. Each path below, 9 more calls after one unmeasured: the median wall time, and the median
time spent collecting garbage during a call.

| path (1M observations) | median ms | of which collecting garbage, median ms |
| --- | --- | --- |
${collectionLines.join("\n")}

### DuckDB, each query

The same roll-up in SQL on in-memory tables (\`bench/progress-duckdb.ts\`): reports summed per
indicator and year, the latest value's clamped distance share from the declared baseline, the
mean per task, per area and for the plan. Two formulations, with 1 and 2 threads (the machine
has ${cpus().length} cores); the fastest is the "DuckDB query" row above. Milliseconds.

| observations | query | threads | ms |
| --- | --- | --- | --- |
${duckLines.join("\n")}

### Memory at 1M observations

A fresh process per path (\`bench/memory.ts\`): the code warmed up on 10k observations, then one
call on 1M. JS heap: V8's used heap at its highest (before each collection during the call, and
at its end) above the baseline; typed arrays: ArrayBuffer bytes at the end of the call above the
baseline (every buffer the call allocated where no collection ran during it); extra: their sum;
RSS: the process's resident memory at its highest (sampled every 0.5 ms by a worker thread)
above the baseline; retained: what the result still holds after a full collection. The input
columns are ${mb(memory[0]?.inputBytes ?? 0)} MiB (indicator, year, value and organisation, 4 + 4 + 8 + 4 bytes a
row); the million observation objects take ${mb(Math.max(...memory.map((m) => m.objectBytes)))} MiB of heap (what a columnar path's process
frees when it lets them go). For \`rollUpProgress\` and the object path, whose input is the objects,
the ratio is to the columns of the same rows, for comparison. The plain loop's row shows the
measurement's noise (the JIT compiling for the larger data).

${memoryTable}

### Aims (issue 17), at 1M observations in this run

${aims.join("\n")}
`);
