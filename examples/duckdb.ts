// Observations in a real database: DuckDB (embedded, in memory) keeps 36 county associations'
// yearly reports for 60 indicators; one SQL query reads them as columns and the columnar roll-up
// gives the plan's progress. The same rows through the object roll-up (rollUpProgress) give the
// same figures.
//
// Read path: @duckdb/node-api 1.5 has no Arrow export without downloading DuckDB's arrow extension
// (outside the npm registry), so the query result is read into typed arrays directly (a copy per
// column, from DuckDB's result chunks). The SQL does the id work: it joins the document's
// indicator list, so the query returns each row's indicator index and organisation index.
// With an Arrow table from another reader, use arrowToObservationColumns from cast-plan/arrow.
//
// The figures are GENERATED (seeded), not real data.
//
// Run: npm run example:duckdb
import { pathToFileURL } from "node:url";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import {
  type Observation,
  type ObservationColumns,
  type PlanDocument,
  rollUpProgress,
  rollUpProgressFromColumns,
} from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";
import { seeded } from "./lib/seeded.js";

const COUNTIES = 36;
const TASKS = 6;
const INDICATORS_PER_TASK = 10;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/** A plan with six tasks, each measured by ten summed count indicators, and the counties' reports. */
export function generate(): { document: PlanDocument; observations: Observation[] } {
  const random = seeded(2026);
  const tasks = Array.from({ length: TASKS }, (_, t) => ({
    id: `task.${t + 1}`,
    kind: "task" as const,
    heading: `Task ${t + 1}`,
  }));
  const indicators = tasks.flatMap((task, t) =>
    Array.from({ length: INDICATORS_PER_TASK }, (_, k) => {
      const id = `ind.${t * INDICATORS_PER_TASK + k}`;
      const base = COUNTIES * 10;
      return {
        id,
        name: `Indicator ${id}`,
        measure: "count" as const,
        unit: "events",
        direction: "increase" as const,
        aggregation: "sum" as const,
        baselines: [{ period: 2018, value: base }],
        targets: [
          {
            id: `${id}.t2025`,
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
        title: { en: "Provincial association plan 2021-2025" },
        issuer: "Provincial association",
        period: { start: 2021, end: 2025 },
        items: tasks,
      },
    ],
    indicators,
  });
  const observations: Observation[] = [];
  for (const x of indicators)
    for (let c = 0; c < COUNTIES; c++)
      for (const [y, year] of YEARS.entries())
        observations.push({
          indicatorId: x.id,
          unitId: `county.${String(c + 1).padStart(2, "0")}`,
          period: year,
          value: Math.round(10 + (y + 1) * (1.5 + 2 * random())),
          status: "final",
        });
  return { document, observations };
}

/** Stores the observations in a DuckDB table `observations`, through an appender. */
export async function store(
  connection: DuckDBConnection,
  observations: readonly Observation[],
): Promise<void> {
  await connection.run(
    "CREATE TABLE observations (indicator_id VARCHAR, unit_id VARCHAR, year INTEGER, value DOUBLE)",
  );
  const appender = await connection.createAppender("observations");
  for (const o of observations) {
    appender.appendVarchar(o.indicatorId);
    if (o.unitId === undefined) appender.appendNull();
    else appender.appendVarchar(o.unitId);
    appender.appendInteger(o.period as number);
    appender.appendDouble(o.value ?? Number.NaN);
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * Reads the reports up to a year as observation columns: the query joins the document's indicator
 * list for the indicator index and numbers the organisations (unit index into `unitIds`).
 */
export async function queryColumns(
  connection: DuckDBConnection,
  document: Pick<PlanDocument, "indicators">,
  untilYear: number,
): Promise<ObservationColumns> {
  await connection.run("CREATE OR REPLACE TABLE slots (slot INTEGER, id VARCHAR)");
  const appender = await connection.createAppender("slots");
  document.indicators.forEach((x, slot) => {
    appender.appendInteger(slot);
    appender.appendVarchar(x.id);
    appender.endRow();
  });
  appender.closeSync();
  const units = await connection.runAndReadAll(
    "SELECT DISTINCT unit_id FROM observations WHERE unit_id IS NOT NULL ORDER BY unit_id",
  );
  const unitIds = units.getColumnsJS()[0]?.map(String) ?? [];
  const result = await connection.runAndReadAll(
    `SELECT s.slot, o.year, o.value,
            coalesce(dense_rank() OVER (ORDER BY o.unit_id) - 1, -1)::INTEGER AS unit
       FROM observations o JOIN slots s ON s.id = o.indicator_id
      WHERE o.year <= $until
      ORDER BY o.indicator_id, o.unit_id, o.year`,
    { until: untilYear },
  );
  const [slot = [], year = [], value = [], unit = []] = result.getColumnsJS() as number[][];
  return {
    indicator: Int32Array.from(slot),
    year: Int32Array.from(year),
    value: Float64Array.from(value),
    unit: Int32Array.from(unit),
    unitIds,
  };
}

async function main(): Promise<void> {
  const { document, observations } = generate();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await store(connection, observations);
  const count = await connection.runAndReadAll("SELECT count(*)::INTEGER FROM observations");
  console.log(`DuckDB table observations: ${count.getColumnsJS()[0]?.[0]} rows`);
  let same = true;
  for (const year of YEARS) {
    const columns = await queryColumns(connection, document, year);
    const asOf = `${year}-12-31` as const;
    const summary = rollUpProgressFromColumns(document, columns, { asOf });
    const objects = rollUpProgress(document, {
      asOf,
      observations: observations.filter((o) => (o.period as number) <= year),
    });
    const progress = summary.plans.plan?.progress ?? 0;
    same &&= Math.abs(progress - (objects.plans.plan?.progress ?? 0)) < 1e-9;
    console.log(
      `${year}  ${"█".repeat(Math.round(progress * 40)).padEnd(40, "·")} ${(progress * 100).toFixed(1)} %  (${columns.value.length} rows)`,
    );
  }
  console.log(`same plan progress as rollUpProgress: ${same ? "yes" : "NO"}`);
  connection.closeSync();
  instance.closeSync();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
