import { CastPlanError } from "../errors/CastPlanError.js";
import type { PlanDocument } from "../schemas/document.js";
import type { Indicator, Observation } from "../schemas/indicator.js";
import type { ObservationColumns } from "./rollUpProgressFromColumns.js";
import { observationValue } from "./series/select.js";

const STATUS_CODE = { final: 0, provisional: 1, estimated: 2 } as const;

function reject(path: (string | number)[], rule: string, message: string): CastPlanError {
  const code = rule === "unknown-id" ? "UNKNOWN_ID" : "INVALID_ARGUMENT";
  return new CastPlanError(code, `toObservationColumns: ${path.join(".")}: ${message}`, [
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
 * give (×100 for percentages), as in the object path.
 *
 * @param document - The plan document whose indicators the rows point into.
 * @param observations - The observations.
 * @returns The columns, one row per observation, in the same order.
 * @throws {@link CastPlanError} `UNKNOWN_ID` (path `["observations", k, "indicatorId"]`) for an
 *   indicator not in the document; `INVALID_ARGUMENT` (path `["observations", k, "period"]` or
 *   `[…, "dimensions"]`) for a figure that is not annual or not for the whole population.
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
  const slotOf = new Map<string, number>();
  document.indicators.forEach((x, s) => {
    if (!slotOf.has(x.id)) slotOf.set(x.id, s);
  });
  const n = observations.length;
  const indicator = new Int32Array(n);
  const year = new Int32Array(n);
  const value = new Float64Array(n);
  const unit = new Int32Array(n).fill(-1);
  const status = new Uint8Array(n);
  const numerator = new Float64Array(n).fill(Number.NaN);
  const denominator = new Float64Array(n).fill(Number.NaN);
  const unitIds: string[] = [];
  const unitOf = new Map<string, number>();
  let anyUnit = false;
  let anyStatus = false;
  let anyRatio = false;
  observations.forEach((o, k) => {
    const s = slotOf.get(o.indicatorId);
    if (s === undefined)
      throw reject(
        ["observations", k, "indicatorId"],
        "unknown-id",
        `'${o.indicatorId}' is not an indicator of the document`,
      );
    if (typeof o.period !== "number" || !Number.isInteger(o.period))
      throw reject(
        ["observations", k, "period"],
        "annual",
        `columns hold annual figures; ${JSON.stringify(o.period)} is not a year`,
      );
    if (o.dimensions !== undefined && Object.keys(o.dimensions).length > 0)
      throw reject(
        ["observations", k, "dimensions"],
        "whole-population",
        "columns hold whole-population figures; this one is for a dimension group",
      );
    const v = observationValue(o, document.indicators[s] as Indicator);
    if (v === undefined)
      throw reject(
        ["observations", k, "value"],
        "observation-value",
        "the observation has no value",
      );
    indicator[k] = s;
    year[k] = o.period;
    value[k] = v;
    if (o.unitId !== undefined) {
      let u = unitOf.get(o.unitId);
      if (u === undefined) {
        u = unitIds.length;
        unitIds.push(o.unitId);
        unitOf.set(o.unitId, u);
      }
      unit[k] = u;
      anyUnit = true;
    }
    status[k] = STATUS_CODE[o.status];
    if (o.status !== "final") anyStatus = true;
    if (o.numerator !== undefined && o.denominator !== undefined) {
      numerator[k] = o.numerator;
      denominator[k] = o.denominator;
      anyRatio = true;
    }
  });
  return {
    indicator,
    year,
    value,
    ...(anyUnit ? { unit, unitIds } : {}),
    ...(anyStatus ? { status } : {}),
    ...(anyRatio ? { numerator, denominator } : {}),
  };
}
