// The progress benchmark's roll-up as SQL in DuckDB (embedded, in memory): the same data loaded
// into tables (timed on its own), then one query that combines the organisations' reports per
// indicator and year by sum, judges each indicator against its target (latest value's clamped
// distance share from the declared baseline; achieved when the baseline or a later year's value
// meets it) and takes the mean per task, per area and for the plan, as rollUpProgress does on this
// data. Two formulations of the query, each with 1 and 2 threads; the caller keeps the fastest.
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { Data } from "./progress-data.js";

/** Latest value per indicator by arg_max over its combined years. */
const ARG_MAX = `
WITH combined AS (
  SELECT indicator, year, sum(value) AS v FROM obs WHERE year <= 2024 GROUP BY indicator, year),
trend AS (
  SELECT indicator, arg_max(v, year) AS latest, max(v) AS top FROM combined GROUP BY indicator),
judged AS (
  SELECT i.task,
         CASE WHEN t.latest >= i.target THEN 1.0
              ELSE least(greatest((t.latest - i.base) / (i.target - i.base), 0.0), 1.0) END AS progress,
         (i.base >= i.target OR t.top >= i.target) AS achieved
    FROM trend t JOIN ind i USING (indicator)),
JUDGED_TAIL`;

/** Latest value per indicator by a join on its last year. */
const LAST_YEAR = `
WITH combined AS (
  SELECT indicator, year, sum(value) AS v FROM obs WHERE year <= 2024 GROUP BY indicator, year),
span AS (
  SELECT indicator, max(year) AS last_year, max(v) AS top FROM combined GROUP BY indicator),
judged AS (
  SELECT i.task,
         CASE WHEN c.v >= i.target THEN 1.0
              ELSE least(greatest((c.v - i.base) / (i.target - i.base), 0.0), 1.0) END AS progress,
         (i.base >= i.target OR s.top >= i.target) AS achieved
    FROM span s
    JOIN combined c ON c.indicator = s.indicator AND c.year = s.last_year
    JOIN ind i ON i.indicator = s.indicator),
JUDGED_TAIL`;

/** Tasks, areas and the plan from the judged indicators: one row per task. */
const TAIL = `tasks AS (
  SELECT task, avg(progress) AS progress, bool_and(achieved) AS achieved FROM judged GROUP BY task),
areas AS (
  SELECT k.area, avg(t.progress) AS progress, bool_and(t.achieved) AS achieved
    FROM tasks t JOIN task k USING (task) GROUP BY k.area)
SELECT k.task, t.progress AS task_progress, a.progress AS area_progress,
       (SELECT avg(progress) FROM areas) AS plan_progress
  FROM tasks t JOIN task k USING (task) JOIN areas a USING (area)
 ORDER BY k.task`;

export const QUERIES = {
  arg_max: ARG_MAX.replace("JUDGED_TAIL", TAIL),
  "join on the last year": LAST_YEAR.replace("JUDGED_TAIL", TAIL),
} as const;

/** A DuckDB database holding the benchmark's data. */
export interface Loaded {
  readonly connection: DuckDBConnection;
  /** Milliseconds to create and fill the tables. */
  readonly loadMs: number;
  close(): void;
}

/** Loads the data into an in-memory database (observations through an appender). */
export async function load(d: Data): Promise<Loaded> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const t0 = performance.now();
  await connection.run(
    "CREATE TABLE obs (indicator INTEGER, year INTEGER, value DOUBLE, unit INTEGER)",
  );
  const obs = await connection.createAppender("obs");
  const unit = d.columns.unit as Int32Array;
  for (let k = 0; k < d.indicatorOf.length; k++) {
    obs.appendInteger(d.indicatorOf[k] as number);
    obs.appendInteger(d.yearOf[k] as number);
    obs.appendDouble(d.valueAt[k] as number);
    obs.appendInteger(unit[k] as number);
    obs.endRow();
  }
  obs.closeSync();
  await connection.run(
    "CREATE TABLE ind (indicator INTEGER, base DOUBLE, target DOUBLE, task INTEGER)",
  );
  const ind = await connection.createAppender("ind");
  for (let i = 0; i < d.base.length; i++) {
    ind.appendInteger(i);
    ind.appendDouble(d.base[i] as number);
    ind.appendDouble(d.target[i] as number);
    ind.appendInteger(d.taskOf[i] as number);
    ind.endRow();
  }
  ind.closeSync();
  await connection.run("CREATE TABLE task (task INTEGER, area INTEGER)");
  const task = await connection.createAppender("task");
  const perArea = d.tasks / Math.max(1, d.tasks / 10);
  for (let k = 0; k < d.tasks; k++) {
    task.appendInteger(k);
    task.appendInteger(Math.floor(k / perArea));
    task.endRow();
  }
  task.closeSync();
  const loadMs = performance.now() - t0;
  return {
    connection,
    loadMs,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** One query's result: per task (in task order) its progress, its area's, and the plan's. */
export async function query(
  connection: DuckDBConnection,
  sql: string,
): Promise<{ task: Float64Array; plan: number }> {
  const result = await connection.runAndReadAll(sql);
  const [, task = [], , plan = []] = result.getColumnsJS() as number[][];
  return { task: Float64Array.from(task), plan: plan[0] ?? Number.NaN };
}
