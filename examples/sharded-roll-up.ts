// Sharding a roll-up across worker threads: 48 organisations' yearly reports are split by
// organisation over 2 workers; each worker folds its shard into a partial state
// (createRollUpState), the main thread merges the states (mergeRollUpStates) and finishes the
// roll-up (finalizeRollUp). The result is the one a single pass (rollUpProgress) gives.
//
// The states hold only Maps, arrays and typed arrays, so worker messages carry them
// (structured clone). The figures are GENERATED (seeded), not real data.
//
// Run: npm run example:sharded

import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import {
  createRollUpState,
  finalizeRollUp,
  mergeRollUpStates,
  type Observation,
  type PlanDocument,
  type RollUp,
  type RollUpState,
  rollUpProgress,
} from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";
import { seeded } from "./lib/seeded.js";

const ORGANISATIONS = 48;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const AGGREGATIONS = ["sum", "mean", "latest"] as const;

/**
 * A plan of 3 areas × 4 tasks, each task measured by 5 indicators combining organisations' reports
 * by sum, mean or latest, and every organisation's report of every indicator for every year.
 */
export function generate(): { document: PlanDocument; observations: Observation[] } {
  const random = seeded(17);
  const areas = Array.from({ length: 3 }, (_, a) => ({
    id: `area.${a + 1}`,
    kind: "area" as const,
    heading: `Area ${a + 1}`,
    children: Array.from({ length: 4 }, (_, t) => ({
      id: `task.${a + 1}.${t + 1}`,
      kind: "task" as const,
      heading: `Task ${a + 1}.${t + 1}`,
    })),
  }));
  const tasks = areas.flatMap((a) => a.children);
  const indicators = tasks.flatMap((task, t) =>
    Array.from({ length: 5 }, (_, k) => {
      const n = t * 5 + k;
      const aggregation = AGGREGATIONS[n % AGGREGATIONS.length] ?? "sum";
      const base = aggregation === "sum" ? ORGANISATIONS * 10 : 10;
      return {
        id: `ind.${n}`,
        name: `Indicator ${n}`,
        measure: "count" as const,
        unit: "events",
        direction: "increase" as const,
        aggregation,
        baselines: [{ period: 2018, value: base }],
        targets: [
          {
            id: `ind.${n}.t2025`,
            deadline: 2025,
            comparator: ">=" as const,
            value: Math.round(base * (2 + random())),
          },
        ],
        measures: [task.id],
      };
    }),
  );
  const document = parsePlanDocument({
    schemaVersion: 1,
    plans: [
      {
        id: "plan",
        kind: "local-plan",
        title: { en: "Network plan 2021-2025" },
        issuer: "Network",
        period: { start: 2021, end: 2025 },
        items: areas,
      },
    ],
    indicators,
  });
  const observations: Observation[] = [];
  for (const x of indicators)
    for (let o = 0; o < ORGANISATIONS; o++)
      for (const [y, year] of YEARS.entries())
        observations.push({
          indicatorId: x.id,
          unitId: `org.${String(o + 1).padStart(2, "0")}`,
          period: year,
          value: Math.round(10 + (y + 1) * (1 + 2.5 * random())),
          status: random() < 0.1 ? "provisional" : "final",
        });
  return { document, observations };
}

/** Splits observations into `count` shards by organisation (every organisation in one shard). */
export function shardByUnit(observations: readonly Observation[], count: number): Observation[][] {
  const units = [...new Set(observations.map((o) => o.unitId ?? ""))].sort();
  const shardOf = new Map(units.map((u, k) => [u, k % count]));
  const shards = Array.from({ length: count }, (): Observation[] => []);
  for (const o of observations) shards[shardOf.get(o.unitId ?? "") ?? 0]?.push(o);
  return shards;
}

/** Builds one partial state per shard in its own worker thread, and merges them. */
export async function shardedState(
  document: PlanDocument,
  shards: readonly Observation[][],
): Promise<RollUpState> {
  const states = await Promise.all(
    shards.map(
      (shard) =>
        new Promise<RollUpState>((resolve, reject) => {
          // This file is the worker too: a small JavaScript bootstrap loads it through tsx, so
          // that the worker runs TypeScript (a built app would point at its .js file instead).
          const worker = new Worker(
            `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}));`,
            { eval: true, workerData: { document, shard } },
          );
          worker.once("message", (state: RollUpState) => {
            resolve(state);
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  );
  return mergeRollUpStates(states);
}

async function main(): Promise<void> {
  const { document, observations } = generate();
  const shards = shardByUnit(observations, 2);
  const asOf = 2024;
  const started = performance.now();
  const state = await shardedState(document, shards);
  const sharded: RollUp = finalizeRollUp(document, state, { asOf });
  const shardedMs = performance.now() - started;
  const single = rollUpProgress(document, { asOf, observations });
  console.log(
    `${observations.length} reports of ${ORGANISATIONS} organisations, 2 workers (${shards.map((s) => s.length).join(" + ")} reports), ${shardedMs.toFixed(0)} ms with worker start-up`,
  );
  for (const area of document.plans[0]?.items ?? []) {
    const p = sharded.items[area.id]?.progress ?? 0;
    console.log(
      `${area.id}  ${"█".repeat(Math.round(p * 40)).padEnd(40, "·")} ${(p * 100).toFixed(1)} %`,
    );
  }
  const same = ["plans", "items", "indicators"].every((kind) =>
    Object.entries(single[kind as "plans"]).every(([id, node]) => {
      const other = sharded[kind as "plans"][id];
      return (
        other !== undefined &&
        other.achieved === node.achieved &&
        other.coverage === node.coverage &&
        Math.abs((other.progress ?? Number.NaN) - (node.progress ?? Number.NaN)) < 1e-9
      );
    }),
  );
  console.log(`observations folded: ${state.observationCount}`);
  console.log(`merged state equals one pass: ${same ? "yes" : "NO"}`);
}

if (!isMainThread && workerData?.shard) {
  const { document, shard } = workerData as { document: PlanDocument; shard: Observation[] };
  parentPort?.postMessage(createRollUpState(document, shard));
} else if (isMainThread && import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
