// The data of the progress benchmarks (bench/progress.bench.ts, bench/memory.ts): N observations
// (organisations' yearly reports) over N/100 indicators and N/1000 tasks, the same columns, and the
// plain typed-array loop that is the benchmarks' floor. Seeded: the same data every run.
import type { Indicator, Observation, ObservationColumns, PlanDocument } from "../src/index.js";
import { rng } from "./util.js";

export const YEARS = 25; // 2000–2024
export const UNITS = 4; // each indicator is reported by 4 organisations and summed

export interface Data {
  document: PlanDocument;
  observations: Observation[];
  indicatorOf: Int32Array;
  yearOf: Int32Array;
  valueAt: Float64Array;
  columns: ObservationColumns;
  taskOf: Int32Array;
  base: Float64Array;
  target: Float64Array;
  tasks: number;
}

export function build(n: number): Data {
  const random = rng(20181229 + n);
  const indicators = n / (YEARS * UNITS);
  const tasks = Math.max(1, indicators / 10);
  const areas = Math.max(1, tasks / 10);
  const items = Array.from({ length: areas }, (_, a) => ({
    id: `area.${a}`,
    kind: "area" as const,
    heading: { en: `Area ${a}` },
    tags: [],
    children: Array.from({ length: tasks / areas }, (_, k) => ({
      id: `task.${a * (tasks / areas) + k}`,
      kind: "task" as const,
      heading: { en: "Task" },
      tags: [],
      children: [],
    })),
  }));
  const base = new Float64Array(indicators);
  const target = new Float64Array(indicators);
  const taskOf = new Int32Array(indicators);
  const list: Indicator[] = [];
  for (let i = 0; i < indicators; i++) {
    const b = 100 + Math.floor(random() * 100);
    base[i] = b;
    target[i] = b * (2 + random());
    taskOf[i] = i % tasks;
    list.push({
      id: `ind.${i}`,
      name: { en: "Indicator" },
      measure: "count",
      unit: "events",
      direction: "increase",
      aggregation: "sum",
      dimensions: [],
      baselines: [{ period: 1999, value: b }],
      targets: [{ id: `ind.${i}.t`, deadline: 2030, comparator: ">=", value: target[i] ?? 0 }],
      measures: [`task.${i % tasks}`],
      references: [],
    });
  }
  const observations: Observation[] = [];
  const indicatorOf = new Int32Array(n);
  const yearOf = new Int32Array(n);
  const valueAt = new Float64Array(n);
  const unitOf = new Int32Array(n);
  let k = 0;
  for (let u = 0; u < UNITS; u++)
    for (let y = 0; y < YEARS; y++)
      for (let i = 0; i < indicators; i++) {
        const value = ((base[i] ?? 0) / UNITS) * (1 + 0.04 * y) + random();
        observations.push({
          indicatorId: `ind.${i}`,
          period: 2000 + y,
          value,
          unitId: `u${u}`,
          status: "final",
        });
        indicatorOf[k] = i;
        yearOf[k] = 2000 + y;
        valueAt[k] = value;
        unitOf[k] = u;
        k++;
      }
  const document = {
    schemaVersion: 1,
    plans: [
      {
        id: "plan",
        kind: "outline",
        title: { en: "Plan" },
        issuer: "X",
        period: { start: 2000, end: 2030 },
        items,
        phases: [],
        cadences: [],
        assignments: [],
      },
    ],
    externalPlans: [],
    sources: [],
    indicators: list,
    observations,
    units: [],
    alignments: [],
    ratingScales: [],
    rubrics: [],
    assessments: [],
  } as PlanDocument;
  const columns: ObservationColumns = {
    indicator: indicatorOf,
    year: yearOf,
    value: valueAt,
    unit: unitOf,
    unitIds: Array.from({ length: UNITS }, (_, u) => `u${u}`),
  };
  return {
    document,
    observations,
    indicatorOf,
    yearOf,
    valueAt,
    columns,
    taskOf,
    base,
    target,
    tasks,
  };
}

/** Latest-value linear progress per indicator (units summed), mean per task: the floor. */
export function plainLoop(d: Data): Float64Array {
  const m = d.base.length;
  const latestYear = new Int32Array(m);
  const latest = new Float64Array(m);
  for (let k = 0; k < d.indicatorOf.length; k++) {
    const i = d.indicatorOf[k] ?? 0;
    const y = d.yearOf[k] ?? 0;
    if (y > (latestYear[i] ?? 0)) {
      latestYear[i] = y;
      latest[i] = d.valueAt[k] ?? 0;
    } else if (y === latestYear[i]) latest[i] = (latest[i] ?? 0) + (d.valueAt[k] ?? 0);
  }
  const sum = new Float64Array(d.tasks);
  const count = new Float64Array(d.tasks);
  for (let i = 0; i < m; i++) {
    const b = d.base[i] ?? 0;
    const p = Math.min(Math.max(((latest[i] ?? 0) - b) / ((d.target[i] ?? 0) - b), 0), 1);
    const t = d.taskOf[i] ?? 0;
    sum[t] = (sum[t] ?? 0) + p;
    count[t] = (count[t] ?? 0) + 1;
  }
  for (let t = 0; t < d.tasks; t++) sum[t] = (sum[t] ?? 0) / (count[t] || 1);
  return sum;
}
