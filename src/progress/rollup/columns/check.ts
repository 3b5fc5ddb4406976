// Private: the checks of observation columns (types, lengths, every row's values), each failure a
// CastPlanError naming the column and row.
import { CastPlanError } from "../../../errors/CastPlanError.js";
import type { ObservationColumns } from "../types.js";

export function bad(
  fn: string,
  path: (string | number)[],
  rule: string,
  message: string,
): CastPlanError {
  return new CastPlanError("INVALID_ARGUMENT", `${fn}: ${path.join(".")}: ${message}`, [
    { path, rule, message },
  ]);
}

function checkColumn(
  fn: string,
  columns: ObservationColumns,
  name: keyof ObservationColumns,
  type: Int32ArrayConstructor | Float64ArrayConstructor | Uint8ArrayConstructor,
  length: number,
  optional: boolean,
): void {
  const column = columns[name];
  if (column === undefined && optional) return;
  if (!(column instanceof type))
    throw bad(fn, ["columns", name], "column-type", `expected a ${type.name}`);
  if (column.length !== length)
    throw bad(
      fn,
      ["columns", name],
      "column-length",
      `has ${column.length} rows, but 'indicator' has ${length}`,
    );
}

/** Checks the columns' types and lengths, and the unit ids; returns the number of unit ids. */
export function checkColumns(fn: string, columns: ObservationColumns): number {
  if (typeof columns !== "object" || columns === null)
    throw bad(fn, ["columns"], "column-type", "expected an object of typed arrays");
  if (!(columns.indicator instanceof Int32Array))
    throw bad(fn, ["columns", "indicator"], "column-type", "expected a Int32Array");
  const n = columns.indicator.length;
  checkColumn(fn, columns, "year", Int32Array, n, false);
  checkColumn(fn, columns, "value", Float64Array, n, false);
  checkColumn(fn, columns, "unit", Int32Array, n, true);
  checkColumn(fn, columns, "status", Uint8Array, n, true);
  checkColumn(fn, columns, "numerator", Float64Array, n, true);
  checkColumn(fn, columns, "denominator", Float64Array, n, true);
  if ((columns.numerator === undefined) !== (columns.denominator === undefined))
    throw bad(
      fn,
      ["columns", columns.numerator === undefined ? "numerator" : "denominator"],
      "observation-value",
      "numerator and denominator go together",
    );
  const ids = columns.unitIds ?? [];
  if (columns.unit !== undefined && columns.unitIds === undefined)
    throw bad(fn, ["columns", "unitIds"], "required", "the 'unit' column needs 'unitIds'");
  if (!Array.isArray(ids))
    throw bad(fn, ["columns", "unitIds"], "column-type", "expected an array of unit ids");
  ids.forEach((id, j) => {
    if (typeof id !== "string" || id.length === 0)
      throw bad(fn, ["columns", "unitIds", j], "id", "expected a non-empty string");
  });
  return ids.length;
}

/** The rank of each unit id in string order (equal ids, equal ranks). */
export function unitRanks(ids: readonly string[]): Int32Array {
  const sorted = [...new Set(ids)].sort();
  const rank = new Map(sorted.map((id, r) => [id, r]));
  return Int32Array.from(ids, (id) => rank.get(id) ?? 0);
}

/** Checks a row's year, indicator, value, unit, status and ratio parts; throws at the first bad one. */
export function checkRow(
  fn: string,
  columns: ObservationColumns,
  k: number,
  m: number,
  units: number,
): void {
  const y = columns.year[k] as number;
  if (!(y >= 1000 && y <= 9999))
    throw bad(fn, ["columns", "year", k], "year", `${y} is not a year from 1000 to 9999`);
  const s = columns.indicator[k] as number;
  if (!(s >= 0 && s < m))
    throw bad(fn, ["columns", "indicator", k], "unknown-id", `${s} is not an indicator index`);
  const v = columns.value[k] as number;
  if (v - v !== 0) throw bad(fn, ["columns", "value", k], "finite", `${v} is not finite`);
  const u = columns.unit === undefined ? -1 : (columns.unit[k] as number);
  if (!(u >= -1 && u < units))
    throw bad(fn, ["columns", "unit", k], "unknown-id", `${u} is not −1 or a unit index`);
  if (columns.status !== undefined && (columns.status[k] as number) > 2)
    throw bad(fn, ["columns", "status", k], "status", "expected 0, 1 or 2");
  const { numerator, denominator } = columns;
  if (numerator === undefined || denominator === undefined) return;
  const a = numerator[k] as number;
  const b = denominator[k] as number;
  // NaN in both: this row has no ratio parts.
  if (Number.isNaN(a) && Number.isNaN(b)) return;
  if (!(a >= 0 && a - a === 0))
    throw bad(fn, ["columns", "numerator", k], "finite", `${a} is not a finite number ≥ 0`);
  if (!(b > 0 && b - b === 0))
    throw bad(fn, ["columns", "denominator", k], "finite", `${b} is not a finite number > 0`);
}

/**
 * Checks the status column alone (so that the fold need not read it for every row); at a status
 * above 2, throws the first bad row's error (see failAt).
 */
export function checkStatuses(
  fn: string,
  columns: ObservationColumns,
  m: number,
  units: number,
): void {
  const status = columns.status;
  if (status === undefined) return;
  // A loop, not findIndex: a callback per row costs more than the whole fold.
  let k = 0;
  while (k < status.length && (status[k] as number) <= 2) k++;
  if (k < status.length) failAt(fn, columns, k, m, units);
}

/**
 * Throws the error of the first bad row up to row `k`, which a check of one column found bad:
 * checks every row up to it in full, so an earlier row's error in another column comes first.
 */
export function failAt(
  fn: string,
  columns: ObservationColumns,
  k: number,
  m: number,
  units: number,
): never {
  for (let j = 0; j <= k; j++) checkRow(fn, columns, j, m, units);
  throw new Error(`cast-plan: row ${k} was found bad but passes its checks`);
}
