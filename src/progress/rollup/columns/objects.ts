// Private: observation objects → observation columns in one indexed pass (toObservationColumns and
// the fast path of rollUpProgress). The loop reads each object's fields once, looks an indicator id
// up only when it differs from the previous row's (reports often come indicator by indicator), keeps
// the last unit id's index the same way, and allocates the optional columns (unit, status, ratio
// parts) only when a row needs them. No closure or object per row.
import type { Indicator, Observation } from "../../../schemas/indicator.js";
import type { ObservationColumns } from "../types.js";

/** Why an observation cannot be a row: the field at fault and the rule it breaks. */
export interface Unfit {
  /** The observation's index in the input. */
  readonly index: number;
  readonly field: "indicatorId" | "period" | "dimensions" | "value";
  readonly rule: "unknown-id" | "annual" | "whole-population" | "observation-value";
}

/** The columns of some observations; `source[r]` is row r's observation index when some were
 * skipped (`undefined`: row r is observation r). */
export interface Converted {
  readonly columns: ObservationColumns;
  readonly source: Int32Array | undefined;
}

/**
 * How strictly observations are converted. `strict` (toObservationColumns): an observation of an
 * unknown indicator, not annual, for a dimension group or without a value is unfit (the first
 * one is returned); other values are copied as they are (the roll-up checks them). `exact` (the
 * fast path of rollUpProgress): observations of unknown indicators are skipped, as the object path
 * ignores them, and any observation the columns cannot represent exactly as the object path reads
 * it (not annual, a dimension group, no value, a year outside 1000–9999, a value that is not a
 * finite number, an empty unit id, a status outside the three, ratio parts the columns reject)
 * makes the whole conversion unfit (`undefined`): the caller then takes the object path.
 */
export type Strictness = "strict" | "exact";

/** The slot of each indicator id: its first index in the list; −1 where an id repeats. */
export function slotsOf(indicators: readonly Pick<Indicator, "id">[]): {
  slotOf: Map<string, number>;
  repeated: boolean;
} {
  const slotOf = new Map<string, number>();
  let repeated = false;
  for (let s = 0; s < indicators.length; s++) {
    const id = (indicators[s] as Pick<Indicator, "id">).id;
    if (slotOf.has(id)) repeated = true;
    else slotOf.set(id, s);
  }
  return { slotOf, repeated };
}

/** Whether an object has an own enumerable key (a dimension group that is not empty). */
function hasKeys(d: object): boolean {
  for (const _ in d) return true;
  return false;
}

/**
 * Converts observations to columns (see {@link Strictness}): the columns, or the first unfit
 * observation (`strict`), or `undefined` (`exact`, some observation unfit).
 */
export function convertObservations(
  indicators: readonly Indicator[],
  slotOf: ReadonlyMap<string, number>,
  observations: readonly Observation[],
  strictness: "strict",
): Converted | Unfit;
export function convertObservations(
  indicators: readonly Indicator[],
  slotOf: ReadonlyMap<string, number>,
  observations: readonly Observation[],
  strictness: "exact",
): Converted | undefined;
export function convertObservations(
  indicators: readonly Indicator[],
  slotOf: ReadonlyMap<string, number>,
  observations: readonly Observation[],
  strictness: Strictness,
): Converted | Unfit | undefined {
  const exact = strictness === "exact";
  const n = observations.length;
  const indicator = new Int32Array(n);
  const year = new Int32Array(n);
  const value = new Float64Array(n);
  let unit: Int32Array | undefined;
  let status: Uint8Array | undefined;
  let numerator: Float64Array | undefined;
  let denominator: Float64Array | undefined;
  let source: Int32Array | undefined;
  const unitIds: string[] = [];
  const unitOf = new Map<string, number>();
  let lastId: string | undefined;
  let slot = -1;
  let lastUnitId: string | undefined;
  let lastUnit = -1;
  let r = 0;
  for (let k = 0; k < n; k++) {
    const o = observations[k] as Observation;
    const id = o.indicatorId;
    if (id !== lastId) {
      const found = slotOf.get(id);
      if (found === undefined) {
        if (!exact) return { index: k, field: "indicatorId", rule: "unknown-id" };
        // Skipped, as the object path ignores it: rows from here on point back to observations.
        if (source === undefined) {
          source = new Int32Array(n);
          for (let j = 0; j < r; j++) source[j] = j;
        }
        continue;
      }
      lastId = id;
      slot = found;
    }
    const p = o.period;
    if (typeof p !== "number" || !Number.isInteger(p))
      return exact ? undefined : { index: k, field: "period", rule: "annual" };
    if (exact && !(p >= 1000 && p <= 9999)) return undefined;
    const d = o.dimensions;
    if (d !== undefined && hasKeys(d))
      return exact ? undefined : { index: k, field: "dimensions", rule: "whole-population" };
    let v = o.value;
    const a = o.numerator;
    const b = o.denominator;
    const parts = a !== undefined && b !== undefined;
    if (v === undefined) {
      // The value the ratio parts give (×100 for a percentage), as observationValue reads it.
      if (parts && b > 0)
        v = (a / b) * ((indicators[slot] as Indicator).measure === "percentage" ? 100 : 1);
      else return exact ? undefined : { index: k, field: "value", rule: "observation-value" };
    }
    if (exact && !(typeof v === "number" && v - v === 0)) return undefined;
    indicator[r] = slot;
    year[r] = p;
    value[r] = v;
    const u = o.unitId;
    if (u !== undefined) {
      if (u !== lastUnitId) {
        if (exact && !(typeof u === "string" && u.length > 0)) return undefined;
        let found = unitOf.get(u);
        if (found === undefined) {
          found = unitIds.length;
          unitIds.push(u);
          unitOf.set(u, found);
        }
        lastUnitId = u;
        lastUnit = found;
      }
      if (unit === undefined) {
        unit = new Int32Array(n);
        unit.fill(-1, 0, r);
      }
      unit[r] = lastUnit;
    } else if (unit !== undefined) unit[r] = -1;
    const st = o.status;
    if (st !== "final") {
      const code = st === "provisional" ? 1 : st === "estimated" ? 2 : exact ? -1 : 0;
      if (code < 0) return undefined;
      status ??= new Uint8Array(n);
      status[r] = code;
    }
    if (parts) {
      // The columns take parts a finite numerator ≥ 0 over a finite denominator > 0.
      if (exact && !(a >= 0 && a - a === 0 && b > 0 && b - b === 0)) return undefined;
      if (numerator === undefined || denominator === undefined) {
        numerator = new Float64Array(n).fill(Number.NaN);
        denominator = new Float64Array(n).fill(Number.NaN);
      }
      numerator[r] = a;
      denominator[r] = b;
    }
    if (source !== undefined) source[r] = k;
    r += 1;
  }
  const cut = <T extends Int32Array | Float64Array | Uint8Array>(c: T): T =>
    r === n ? c : (c.subarray(0, r) as T);
  const columns: ObservationColumns = {
    indicator: cut(indicator),
    year: cut(year),
    value: cut(value),
    ...(unit === undefined ? {} : { unit: cut(unit), unitIds }),
    ...(status === undefined ? {} : { status: cut(status) }),
    ...(numerator === undefined || denominator === undefined
      ? {}
      : { numerator: cut(numerator), denominator: cut(denominator) }),
  };
  return { columns, source: source === undefined ? undefined : source.subarray(0, r) };
}
