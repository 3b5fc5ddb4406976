import type { ObservationColumns, RollUpSummary } from "./rollup/types.js";

export type { ObservationColumns, RollUpSummary } from "./rollup/types.js";

import type { PlanDocument } from "../schemas/document.js";
import type { RollUpOptions } from "./finalizeRollUp.js";
import { compileFacts } from "./rollup/columns/facts.js";
import { nodesOfRun, runColumns } from "./rollup/columns/run.js";
import { checkWeights } from "./rollup/tree.js";
import { checkCompleteness } from "./series/complete.js";
import { asOfYearOf } from "./series/select.js";

/**
 * The options of {@link rollUpProgressFromColumns}.
 *
 * @category Progress
 * @since 0.1.0
 */
export type RollUpFromColumnsOptions = Pick<
  RollUpOptions,
  "asOf" | "weights" | "completeness" | "maxCarryYears"
>;

/**
 * Rolls indicator progress up a plan document from observation columns: the same nodes as
 * {@link rollUpProgress} gives for the same observations, at the speed of a typed-array loop.
 *
 * @remarks
 * For bulk monitoring (every organisation's yearly reports for thousands of indicators) and for
 * repeated roll-ups, for example one per `asOf` date. Combines each indicator's rows per year by
 * its aggregation rule (whole-population figures first, as for objects), judges each indicator
 * against its targets (the clamped distance share toward the current target, achieved when all
 * are met; ESCAP distance share, https://data.unescap.org/resource-guides/progress-assessment-methodology)
 * and rolls up the plans' item trees and alignment links with weights and coverage, exactly as
 * {@link finalizeRollUp}. It does not build the per-indicator assessments (ESCAP categories,
 * forecasts, explanations): call {@link assessIndicator} for the indicators you show in detail.
 * Rows after `asOf` are checked but not used. One pass over the rows (two when some figures are
 * more than 32 years older than the date), no object per row. Completeness of units' reports is
 * checked as {@link finalizeRollUp} checks it, with the same facts in `result.completeness`.
 *
 * @param document - The plan document (its indicators, in the order the `indicator` column
 *   points into).
 * @param columns - The observations.
 * @param options - The date, weights and completeness policy.
 * @returns Plan, item and indicator nodes with progress, coverage and achievement.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` naming the column and row (path
 *   `["columns", name, row]`) for a wrong column type or length, an indicator or unit index out
 *   of range, a year outside 1000–9999, a non-finite value or bad ratio parts, and (path `asOf`)
 *   for a bad date or completeness option; `INVALID_WEIGHTS` and `DEPENDENCY_CYCLE` as
 *   {@link finalizeRollUp}.
 *
 * @example
 * ```ts
 * import { rollUpProgressFromColumns } from "cast-plan";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const document = parsePlanDocument({
 *   schemaVersion: 1,
 *   plans: [{ id: "p", kind: "local-plan", title: { en: "P" }, issuer: "X", period: { start: 2020, end: 2025 }, items: [{ id: "t", kind: "task", heading: "T" }] }],
 *   indicators: [{ id: "i", name: "I", measure: "count", unit: "events", direction: "increase", aggregation: "sum", baselines: [{ period: 2020, value: 0 }], targets: [{ id: "t1", deadline: 2025, comparator: ">=", value: 10 }], measures: ["t"] }],
 * });
 * // Two organisations report 1 and 3 events for 2022: summed, 4 of 10.
 * const result = rollUpProgressFromColumns(document, {
 *   indicator: Int32Array.of(0, 0),
 *   year: Int32Array.of(2022, 2022),
 *   value: Float64Array.of(1, 3),
 *   unit: Int32Array.of(0, 1),
 *   unitIds: ["org.a", "org.b"],
 * }, { asOf: 2023 });
 * result.plans.p?.progress // ~> 0.4
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function rollUpProgressFromColumns(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  columns: ObservationColumns,
  options: RollUpFromColumnsOptions,
): RollUpSummary {
  const fn = "rollUpProgressFromColumns";
  const weights = checkWeights(options.weights, fn);
  const asOfYear = asOfYearOf(options.asOf, fn);
  const completeness = checkCompleteness(options, fn);
  const facts = compileFacts(document.indicators);
  const run = runColumns(fn, document.indicators, facts, columns, asOfYear, completeness);
  return { asOfYear, ...nodesOfRun(document, run, weights, asOfYear, fn) };
}
