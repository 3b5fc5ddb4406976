import type { RollUpState } from "./createRollUpState.js";
import {
  createExtraRows,
  extraRow,
  FIELDS,
  mergeRow,
  type PeriodTable,
  type PeriodTableUnits,
  startYearRows,
  toTable,
  YEAR,
} from "./rollup/table.js";

function mergeTables(a: PeriodTable, b: PeriodTable): PeriodTable {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const t of [a, b])
    if (t.yearRows > 0) {
      low = Math.min(low, t.firstYear);
      high = Math.max(high, t.firstYear + t.yearRows - 1);
    }
  const counted = a.yearRows + b.yearRows;
  const yearRows = counted > 0 && high - low + 1 <= 2 * counted + 16 ? high - low + 1 : 0;
  const figures = new Float64Array(yearRows * FIELDS);
  startYearRows(figures, 0, yearRows, low);
  const units = new Array<string>(yearRows).fill("");
  const extra = createExtraRows();
  // Where each row of a and b lands: a year row (≥ 0), or extra row j (as −1 − j).
  const landed = [a, b].map((t) => {
    const to = new Int32Array(t.yearRows + t.keys.length);
    for (let r = 0; r < t.yearRows; r++) {
      const year = t.firstYear + r;
      if (yearRows > 0) {
        mergeRow(figures, units, year - low, t.figures, t.pickUnits, r);
        to[r] = year - low;
      } else {
        const row = extraRow(extra, year, year, undefined, year);
        mergeRow(extra.figures, extra.pickUnits, row, t.figures, t.pickUnits, r);
        to[r] = -1 - row;
      }
    }
    for (let j = 0; j < t.keys.length; j++) {
      const from = t.yearRows + j;
      const year = t.figures[from * FIELDS + YEAR] ?? 0;
      const key = t.keys[j] ?? "";
      // A whole year of the whole population (a number key) that the merged year rows cover
      // goes there: one row per period, whichever layout each table had.
      if (typeof key === "number" && yearRows > 0 && key >= low && key - low < yearRows) {
        mergeRow(figures, units, key - low, t.figures, t.pickUnits, from);
        to[from] = key - low;
        continue;
      }
      const row = extraRow(extra, key, t.periods[j] ?? year, t.dimensions[j], year);
      mergeRow(extra.figures, extra.pickUnits, row, t.figures, t.pickUnits, from);
      to[from] = -1 - row;
    }
    return to;
  });
  const rows = yearRows + extra.keys.length;
  const merged = mergeUnits([a, b], landed, yearRows, rows);
  return toTable(yearRows > 0 ? low : 0, yearRows, figures, units, extra, merged);
}

/** The units' figures of merged tables (`landed`: where each source row went; see mergeTables). */
function mergeUnits(
  tables: readonly PeriodTable[],
  landed: readonly Int32Array[],
  yearRows: number,
  rows: number,
): PeriodTableUnits | undefined {
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (const t of tables)
    for (const id of t.units?.ids ?? [])
      if (!index.has(id)) {
        index.set(id, ids.length);
        ids.push(id);
      }
  if (ids.length === 0) return undefined;
  // Ratio parts when either table kept them (a table that kept none has no ratio indicator).
  const fields = Math.max(...tables.map((t) => t.units?.fields ?? 2));
  const out = new Float64Array(ids.length * rows * fields);
  tables.forEach((t, k) => {
    const units = t.units;
    if (!units) return;
    const to = landed[k] as Int32Array;
    const own = to.length;
    const f = units.fields;
    units.ids.forEach((id, u) => {
      const v = index.get(id) as number;
      for (let r = 0; r < own; r++) {
        const from = (u * own + r) * f;
        const count = units.figures[from] as number;
        if (count === 0) continue;
        const row = to[r] as number;
        const at = (v * rows + (row >= 0 ? row : yearRows - 1 - row)) * fields;
        out[at] = (out[at] as number) + count;
        out[at + 1] = (out[at + 1] as number) + (units.figures[from + 1] as number);
        if (fields === 4) {
          const numerator = f === 4 ? (units.figures[from + 2] as number) : Number.NaN;
          out[at + 2] = (out[at + 2] as number) + numerator;
          out[at + 3] =
            (out[at + 3] as number) + (f === 4 ? (units.figures[from + 3] as number) : 0);
        }
      }
    });
  });
  return { ids, fields, figures: out };
}

/**
 * Merges partial roll-up states (from shards or organisations) into one.
 *
 * @remarks
 * The merge is associative and commutative: states can be merged in any grouping and order.
 * Inputs are not changed (the result may share their tables, which nothing changes).
 *
 * @param states - The states to merge.
 * @returns A new state holding all of them.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { createRollUpState, mergeRollUpStates } from "cast-plan";
 * const empty = createRollUpState({ indicators: [] }, []);
 * mergeRollUpStates([empty, empty]).observationCount // => 0
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function mergeRollUpStates(states: readonly RollUpState[]): RollUpState {
  const indicators = new Map<string, PeriodTable>();
  let count = 0;
  for (const state of states) {
    count += state.observationCount;
    for (const [id, table] of state.indicators) {
      const existing = indicators.get(id);
      indicators.set(id, existing ? mergeTables(existing, table) : table);
    }
  }
  return { kind: "roll-up-state", indicators, observationCount: count };
}
