// Progress engine benchmark: roll-up of N observations (organisations' yearly reports) over
// N/100 indicators and N/1000 tasks, against a plain typed-array loop that computes latest-value
// linear progress per indicator and its mean per task over the same data, measured in the same run.
import {
  createRollUpState,
  createRollUpWorkspace,
  finalizeRollUp,
  prepareRollUp,
  rollUpColumns,
  rollUpProgress,
  rollUpProgressFromColumns,
} from "../src/index.js";
import { build, type Data, plainLoop, UNITS, YEARS } from "./progress-data.js";
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

const columnRows: (string | number)[][] = [];
const rows: (string | number)[][] = [];
let check = "";
for (const n of [10_000, 100_000, 1_000_000]) {
  const d = build(n);
  // Small sizes get more warm-up calls and batches of calls per sample, so that they time
  // optimised code rather than the JIT or the timer's resolution.
  const runs = n >= 1_000_000 ? 7 : n >= 100_000 ? 9 : 15;
  const warmup = n >= 1_000_000 ? 3 : n >= 100_000 ? 10 : 30;
  const batch = n >= 1_000_000 ? 1 : n >= 100_000 ? 5 : 20;
  // Prepared once, like the loop's typed arrays of task, baseline and target per indicator.
  const prepared = prepareRollUp(d.document);
  const workspace = createRollUpWorkspace();
  const typed = () => rollUpColumns(prepared, d.columns, { asOf: 2024, workspace });
  const fresh = () => rollUpColumns(prepared, d.columns, { asOf: 2024 });
  // The same reports with a status column (every figure final): statuses are checked in a pass of
  // their own and read for whole-population figures only.
  const withStatus = { ...d.columns, status: new Uint8Array(n) };
  const statusWorkspace = createRollUpWorkspace();
  const statuses = () =>
    rollUpColumns(prepared, withStatus, { asOf: 2024, workspace: statusWorkspace });
  const nodes = () => rollUpProgressFromColumns(d.document, d.columns, { asOf: 2024 });
  // The loop and the columnar roll-ups alternate, so that all see the same machine state; the
  // middle of three rounds' medians is kept.
  const middle = (fn: () => unknown, samples: number[]) => {
    samples.push(timeEach(fn, runs, warmup, batch));
  };
  const rounds: number[][] = [[], [], [], [], []];
  for (let round = 0; round < 3; round++) {
    middle(() => plainLoop(d), rounds[0] as number[]);
    middle(typed, rounds[1] as number[]);
    middle(fresh, rounds[2] as number[]);
    middle(nodes, rounds[3] as number[]);
    middle(statuses, rounds[4] as number[]);
  }
  const [floor, columnar, freshMemory, columnNodes, statusColumn] = rounds.map(
    (r) => [...r].sort((a, b) => a - b)[1] ?? 0,
  ) as [number, number, number, number, number];
  const objects = time(() => objectLoop(d), runs, 2);
  const full = time(() => rollUpProgress(d.document, { asOf: 2024 }), runs, warmup);
  const stateTime = time(() => createRollUpState(d.document, d.observations), runs, warmup);
  const state = createRollUpState(d.document, d.observations);
  const finish = time(() => finalizeRollUp(d.document, state, { asOf: 2024 }), runs, warmup);
  columnRows.push([
    n.toLocaleString("en"),
    d.base.length.toLocaleString("en"),
    d.tasks.toLocaleString("en"),
    floor.toFixed(2),
    columnar.toFixed(2),
    (columnar / floor).toFixed(1),
    ((columnar / n) * 1000).toFixed(4),
    freshMemory.toFixed(2),
    (freshMemory / floor).toFixed(1),
    statusColumn.toFixed(2),
    (statusColumn / floor).toFixed(1),
    columnNodes.toFixed(1),
    (columnNodes / floor).toFixed(1),
  ]);
  rows.push([
    n.toLocaleString("en"),
    full.toFixed(1),
    ((full / n) * 1000).toFixed(3),
    stateTime.toFixed(1),
    finish.toFixed(1),
    (full / floor).toFixed(1),
    objects.toFixed(1),
    (full / objects).toFixed(1),
  ]);
  if (n === 10_000) {
    const a = plainLoop(d)[0] ?? 0;
    const b = rollUpProgress(d.document, { asOf: 2024 }).items["task.0"]?.progress ?? -1;
    const c = nodes().items["task.0"]?.progress ?? -1;
    const t = typed().items.progress[prepared.itemIds.indexOf("task.0")] ?? -1;
    check = `Check: task.0 progress ${t.toFixed(6)} (rollUpColumns), ${c.toFixed(6)} (rollUpProgressFromColumns), ${b.toFixed(6)} (rollUpProgress), ${a.toFixed(6)} (plain loop).`;
  }
}

console.log(`## Progress roll-up

Data: N observations (${UNITS} organisations' yearly reports over ${YEARS} years) for N/100 indicators
measuring N/1000 tasks (10 indicators per task) under N/10000 areas. ${check}

Baseline, measured in the same run: a plain typed-array loop over the same data that computes
only latest-value linear progress per indicator and its mean per task. The columnar roll-up and
the loop alternate (3 rounds of medians; the middle one is shown). Median of 15 samples of 20
calls after 30 warm-up calls (10k), 9 of 5 after 10 (100k), 7 of 1 after 3 (1M).

### Columnar roll-ups

Typed-array columns in (indicator index, year, value, organisation): check every row, combine the
4 organisations' reports per indicator and year by sum, judge each indicator against its targets
(milestones met, distance share toward the current target), roll up tasks → areas → plan with
weights, coverage and achievement. \`rollUpColumns\` works on a document prepared once
(\`prepareRollUp\`, as the loop's per-indicator arrays are built once) and gives typed arrays;
"workspace" reuses its scratch memory across calls (\`createRollUpWorkspace\`), "fresh memory"
allocates it each call; "status column" adds a status per report (all final) to the columns.
\`rollUpProgressFromColumns\` takes the document and gives the node objects of \`rollUpProgress\`.

${table(
  [
    "observations",
    "indicators",
    "tasks",
    "plain loop ms",
    "rollUpColumns, workspace ms",
    "ratio to loop",
    "ms per 1k obs",
    "rollUpColumns, fresh memory ms",
    "ratio",
    "rollUpColumns, status column ms",
    "ratio",
    "rollUpProgressFromColumns ms",
    "ratio",
  ],
  columnRows,
)}

### Objects: \`rollUpProgress\`

Observation objects in, and a summary assessment of each indicator (distance share, pace,
milestone and ESCAP weighted-linear anticipated progress) in the result besides the nodes.
"object loop" is the plain loop reading the same observation objects through a Map of ids: what
reading a million objects alone costs.

${table(
  [
    "observations",
    "rollUpProgress ms",
    "ms per 1k obs",
    "createRollUpState ms",
    "finalizeRollUp ms",
    "ratio to loop",
    "object loop ms",
    "ratio to object loop",
  ],
  rows,
)}
`);
