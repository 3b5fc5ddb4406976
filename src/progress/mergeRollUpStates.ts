import type { RollUpState } from "./createRollUpState.js";
import {
  createExtraRows,
  extraRow,
  FIELDS,
  mergeRow,
  type PeriodTable,
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
  for (const t of [a, b]) {
    for (let r = 0; r < t.yearRows; r++) {
      const year = t.firstYear + r;
      if (yearRows > 0) mergeRow(figures, units, year - low, t.figures, t.pickUnits, r);
      else {
        const row = extraRow(extra, year, year, undefined, year);
        mergeRow(extra.figures, extra.pickUnits, row, t.figures, t.pickUnits, r);
      }
    }
    for (let j = 0; j < t.keys.length; j++) {
      const from = t.yearRows + j;
      const year = t.figures[from * FIELDS + YEAR] ?? 0;
      const row = extraRow(extra, t.keys[j] ?? "", t.periods[j] ?? year, t.dimensions[j], year);
      mergeRow(extra.figures, extra.pickUnits, row, t.figures, t.pickUnits, from);
    }
  }
  return toTable(yearRows > 0 ? low : 0, yearRows, figures, units, extra);
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
