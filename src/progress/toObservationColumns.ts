import { CastPlanError, formatPath } from "../errors/CastPlanError.js";
import type { PlanDocument } from "../schemas/document.js";
import type { Observation } from "../schemas/indicator.js";
import type { ObservationColumns } from "./rollUpProgressFromColumns.js";
import { convertObservations, slotsOf, type Unfit } from "./rollup/columns/objects.js";

const MESSAGES: Record<Unfit["rule"], (o: Observation) => string> = {
  "unknown-id": (o) => `'${o.indicatorId}' is not an indicator of the document`,
  annual: (o) => `columns hold annual figures; ${JSON.stringify(o.period)} is not a year`,
  "whole-population": () =>
    "columns hold whole-population figures; this one is for a dimension group",
  "observation-value": () => "the observation has no value",
};

function reject(path: (string | number)[], rule: string, message: string): CastPlanError {
  const code = rule === "unknown-id" ? "UNKNOWN_ID" : "INVALID_ARGUMENT";
  return new CastPlanError(code, `toObservationColumns: ${formatPath(path)}: ${message}`, [
    { path, rule, message },
  ]);
}

/**
 * Converts observation objects to the columns {@link rollUpProgressFromColumns} reads, with
 * indicator indexes into `document.indicators`.
 *
 * @remarks
 * Columns hold annual whole-population figures. An observation for a month, a date or a period,
 * or for a dimension group, cannot be a row: it is an error (with its path), never dropped
 * silently; filter such observations out first if a roll-up should ignore them, as
 * {@link rollUpProgress} does. The `unit`, `status` and ratio columns are present only when some
 * observation needs them. An observation with ratio parts but no value gets the value the parts
 * give (×100 for percentages), as in the object path. One indexed pass over the objects (an
 * indicator id is looked up only when it differs from the previous observation's), no object per
 * row. {@link rollUpProgress} converts its observations the same way when they can all be rows.
 *
 * @param document - The plan document whose indicators the rows point into.
 * @param observations - The observations.
 * @returns The columns, one row per observation, in the same order.
 * @throws {@link CastPlanError} `UNKNOWN_ID` (path `["observations", k, "indicatorId"]`, shown
 *   as `$.observations[k].indicatorId` in the message) for an indicator not in the document;
 *   `INVALID_ARGUMENT` (path `["observations", k, "period"]`, `[…, "dimensions"]` or
 *   `[…, "value"]`) for a figure that is not annual, not for the whole population, or without a
 *   value.
 *
 * @example
 * ```ts
 * import { toObservationColumns } from "cast-plan";
 * import { castPlanDocument } from "cast-plan/data";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const columns = toObservationColumns(parsePlanDocument(castPlanDocument), [
 *   { indicatorId: "ind.science-literacy", period: 2020, value: 10.56, status: "final" },
 * ]);
 * [columns.indicator.length, columns.year[0], columns.value[0]] // => [1, 2020, 10.56]
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function toObservationColumns(
  document: Pick<PlanDocument, "indicators">,
  observations: readonly Observation[],
): ObservationColumns {
  const { slotOf } = slotsOf(document.indicators);
  const out = convertObservations(document.indicators, slotOf, observations, "strict");
  if ("columns" in out) return out.columns;
  // The first observation that cannot be a row.
  const o = observations[out.index] as Observation;
  throw reject(["observations", out.index, out.field], out.rule, MESSAGES[out.rule](o));
}
