// Memory of one roll-up path on the benchmark's data, measured in a fresh process of its own
// (bench/progress.bench.ts runs `node --expose-gc --import tsx bench/memory.ts <path> <n>` for
// each path and prints the table). Prints one line of JSON.
//
// How: the data are built, a call on small data (10k observations) warms the code up without
// leaving large freed blocks for the measured call to reuse, then garbage is collected and the
// baseline taken. During the measured call on the full data:
// - JS heap: V8's used heap at its highest, just before each garbage collection during the call
//   (v8.GCProfiler reports the heap statistics before and after each) and at the end of the call,
//   minus the baseline: the most the call had allocated in objects and not yet freed;
// - typed arrays: the bytes of ArrayBuffers (outside the JS heap) at the end of the call minus
//   the baseline (process.memoryUsage().arrayBuffers): every buffer the call allocated when no
//   collection ran during it (the table shows how many did; after one, a lower bound);
// - RSS: the process's resident memory, sampled every half millisecond by a worker thread (the
//   call itself blocks the main thread), at its highest, minus the baseline: fresh pages count
//   once touched;
// - retained: what the result keeps after a full collection (the result still referenced).
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
import {
  createRollUpState,
  finalizeRollUp,
  prepareRollUp,
  rollUpColumns,
  rollUpProgress,
  rollUpProgressFromColumns,
} from "../src/index.js";
import { build, type Data, plainLoop } from "./progress-data.js";

const [path = "", size = "1000000"] = process.argv.slice(2);
const n = Number(size);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

const d = build(n);
const small = build(10_000);
const columnar = path !== "rollUpProgress" && path !== "object path";
const inputBytes =
  d.columns.indicator.byteLength +
  d.columns.year.byteLength +
  d.columns.value.byteLength +
  (d.columns.unit?.byteLength ?? 0);
const calls: Record<string, (x: Data) => () => unknown> = {
  "plain loop": (x) => () => plainLoop(x),
  rollUpColumns: (x) => {
    const prepared = prepareRollUp(x.document);
    return () => rollUpColumns(prepared, x.columns, { asOf: 2024 });
  },
  rollUpProgressFromColumns: (x) => () =>
    rollUpProgressFromColumns(x.document, x.columns, { asOf: 2024 }),
  rollUpProgress: (x) => () => rollUpProgress(x.document, { asOf: 2024 }),
  "object path": (x) => () =>
    finalizeRollUp(x.document, createRollUpState(x.document, x.observations), { asOf: 2024 }),
};
const of = calls[path];
if (!of) throw new Error(`unknown path '${path}'`);
const call = of(d);
// The columnar paths do not see the objects: let them go before the baseline (and measure the
// heap they took).
let objectBytes = 0;
if (columnar) {
  gc();
  gc();
  const held = process.memoryUsage().heapUsed;
  d.observations.length = 0;
  gc();
  gc();
  objectBytes = held - process.memoryUsage().heapUsed;
}

// The sampler: flag[0] = 1 asks it to stop; flag[1] = 1 once it runs; peak[0] the highest RSS.
const flag = new Int32Array(new SharedArrayBuffer(8));
const peak = new Float64Array(new SharedArrayBuffer(8));
const sampler = new Worker(
  `const { workerData } = require("node:worker_threads");
   const flag = new Int32Array(workerData.flag);
   const peak = new Float64Array(workerData.peak);
   Atomics.store(flag, 1, 1);
   Atomics.notify(flag, 1);
   while (Atomics.load(flag, 0) === 0) {
     const rss = process.memoryUsage.rss();
     if (rss > peak[0]) peak[0] = rss;
     Atomics.wait(flag, 0, 0, 0.5);
   }`,
  { eval: true, workerData: { flag: flag.buffer, peak: peak.buffer } },
);
const exited = new Promise((resolve) => sampler.on("exit", resolve));
Atomics.wait(flag, 1, 0, 10_000);

of(small)(); // warm-up
const settle = async () => {
  gc();
  gc();
  // Freed buffers are counted off by a sweeper that runs beside the main thread.
  await new Promise((resolve) => setTimeout(resolve, 100));
};
await settle();
const base = process.memoryUsage();
const baseRss = process.memoryUsage.rss();
peak[0] = baseRss;
const profiler = new v8.GCProfiler();
profiler.start();
const result = call();
const end = process.memoryUsage();
const profile = profiler.stop();
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
await exited;
const peakRss = peak[0] ?? baseRss;
const heapPeak = Math.max(
  end.heapUsed,
  ...profile.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize),
);
await settle();
const after = process.memoryUsage();
// Keep the result alive until after the last measurement.
const keep = result === undefined ? 0 : 1;
console.log(
  JSON.stringify({
    path,
    n,
    inputBytes,
    objectBytes,
    heap: heapPeak - base.heapUsed,
    buffers: end.arrayBuffers - base.arrayBuffers,
    rss: peakRss - baseRss,
    retained: after.heapUsed + after.arrayBuffers - base.heapUsed - base.arrayBuffers,
    collections: profile.statistics.length,
    keep,
  }),
);
