// The Arrow and DuckDB inputs of the columnar roll-up, at 10k and 100k rows of yearly
// organisation reports: Arrow table → columns (arrowToObservationColumns, zero-copy numbers),
// the roll-up on them, objects → columns for comparison, and a DuckDB query read into columns
// (examples/duckdb.ts). Baseline in the same run: a plain loop summing the value column.
import { performance } from "node:perf_hooks";
import { DuckDBInstance } from "@duckdb/node-api";
import { tableFromArrays } from "apache-arrow";
import { queryColumns, store } from "../examples/duckdb.js";
import { arrowToObservationColumns } from "../src/arrow/index.js";
import { type Observation, rollUpProgressFromColumns, toObservationColumns } from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";
import { rng, table, time } from "./util.js";

const INDICATORS = 100;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const random = rng(42);
const document = parsePlanDocument({
  schemaVersion: 1,
  plans: [
    {
      id: "p",
      kind: "local-plan",
      title: { en: "P" },
      issuer: "X",
      period: { start: 2020, end: 2025 },
      items: [{ id: "t", kind: "task", heading: "T" }],
    },
  ],
  indicators: Array.from({ length: INDICATORS }, (_, k) => ({
    id: `ind.${k}`,
    name: `I${k}`,
    measure: "count",
    unit: "events",
    direction: "increase",
    aggregation: "sum",
    baselines: [{ period: 2018, value: 100 }],
    targets: [{ id: `ind.${k}.t`, deadline: 2025, comparator: ">=", value: 1000 }],
    measures: ["t"],
  })),
});

function observationsOf(rows: number): Observation[] {
  const units = Math.ceil(rows / (INDICATORS * YEARS.length));
  const out: Observation[] = [];
  for (let u = 0; u < units && out.length < rows; u++)
    for (let k = 0; k < INDICATORS && out.length < rows; k++)
      for (const year of YEARS)
        if (out.length < rows)
          out.push({
            indicatorId: `ind.${k}`,
            unitId: `org.${u}`,
            period: year,
            value: Math.round(random() * 100),
            status: "final",
          });
  return out;
}

const rows: (string | number)[][] = [];
for (const n of [10_000, 100_000]) {
  const observations = observationsOf(n);
  const arrow = tableFromArrays({
    indicatorId: observations.map((o) => o.indicatorId),
    unitId: observations.map((o) => o.unitId ?? null),
    year: Int32Array.from(observations, (o) => o.period as number),
    value: Float64Array.from(observations, (o) => o.value ?? 0),
  });
  const columns = arrowToObservationColumns(arrow, document);
  const loop = time(
    () => {
      let sum = 0;
      const v = columns.value;
      for (let k = 0; k < v.length; k++) sum += v[k] ?? 0;
      return sum;
    },
    21,
    3,
  );
  const fromArrow = time(() => arrowToObservationColumns(arrow, document), 11, 2);
  const fromObjects = time(() => toObservationColumns(document, observations), 11, 2);
  const rollUp = time(() => rollUpProgressFromColumns(document, columns, { asOf: 2024 }), 11, 2);

  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await store(connection, observations);
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await queryColumns(connection, document, 2024);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const duck = samples[3] ?? Number.NaN;
  connection.closeSync();
  instance.closeSync();

  const ratio = (ms: number) => `${ms.toFixed(2)} ms (${Math.round(ms / loop)}×)`;
  rows.push([
    n.toLocaleString("en"),
    `${loop.toFixed(3)} ms`,
    ratio(fromArrow),
    ratio(fromObjects),
    ratio(rollUp),
    ratio(duck),
  ]);
}

console.log("## Arrow and DuckDB inputs\n");
console.log(
  table(
    [
      "rows",
      "plain loop (sum of values)",
      "Arrow table → columns",
      "objects → columns",
      "rollUpProgressFromColumns",
      "DuckDB query → columns",
    ],
    rows,
  ),
);
