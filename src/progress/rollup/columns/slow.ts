// Private: the completeness check of the columnar roll-up. A cheap pass over the fold's presence
// bits (one word per indicator, unit and 32 years) finds the indicators whose units' reports may
// leave a period incomplete, come from an undeclared unit, or are weighted; only their rows are
// read again and combined by the one combine step of the object path (series/complete.ts), so
// that the columns give the object path's figures and facts for them. Every other indicator
// keeps the fast fold.

import type { Indicator } from "../../../schemas/indicator.js";
import {
  addToPanel,
  type Completeness,
  combineCells,
  createPanel,
  seriesOf,
  type TableSeries,
} from "../../series/complete.js";
import * as Layout from "../../series/layout.js";
import type { ObservationColumns } from "../types.js";
import type { IndicatorFacts } from "./facts.js";
import type { FoldedGrid } from "./fold.js";

// Local copies of the row layout (read once, not through the module binding on every access).
const DENOMINATOR = Layout.DENOMINATOR;
const FIELDS = Layout.FIELDS;
const NUMERATOR = Layout.NUMERATOR;
const RATIO_MISSING = Layout.RATIO_MISSING;
const SUM = Layout.SUM;
const UNITS = Layout.UNITS;
const WEAKEST = Layout.WEAKEST;
const WHOLE_RANK = Layout.WHOLE_RANK;
const WHOLE_VALUE = Layout.WHOLE_VALUE;
const YEAR = Layout.YEAR;

/**
 * The bits of the columnar roll-up's per-indicator completeness column: a period refused
 * (`incomplete-period`), a missing unit's report carried forward or interpolated, a report from
 * an undeclared unit. Keyed by the warning code.
 */
export const COMPLETENESS_BITS = {
  "incomplete-period": 1,
  "carried-forward": 2,
  interpolated: 4,
  "undeclared-reporter": 8,
} as const;

/** The bits of word `w` (years 32w … 32w + 31 of the grid) within [lo, hi] (grid year offsets). */
function rangeMask(lo: number, hi: number, w: number): number {
  const a = Math.max(lo - 32 * w, 0);
  const b = Math.min(hi - 32 * w, 31);
  if (a > b) return 0;
  const upTo = b === 31 ? -1 : (1 << (b + 1)) - 1;
  return upTo & ~((1 << a) - 1);
}

/**
 * The indicators (`sum`, `mean`, `ratio`) that need the slow path: 1 where the presence bits show
 * a unit missing in a year some unit reported (from its first report on, or within its declared
 * years), a report outside the declared units, a weighted mean, or where no bits were kept.
 * Undefined when there is none.
 */
export function findSlow(
  grid: FoldedGrid,
  facts: Pick<IndicatorFacts, "check" | "checkedApart" | "declared">,
  columns: ObservationColumns,
): Uint8Array | undefined {
  if (columns.unit === undefined) return undefined;
  const m = facts.check.length;
  const units = grid.presenceUnits;
  const words = grid.presenceWords;
  const presence = grid.presence;
  let slow: Uint8Array | undefined;
  const mark = (s: number) => {
    slow ??= new Uint8Array(m);
    slow[s] = 1;
  };
  // Each unit id's columns (ids may repeat), built when a declared indicator needs them.
  let byId: Map<string, number[]> | undefined;
  const columnsById = (): ReadonlyMap<string, readonly number[]> => {
    if (byId) return byId;
    const map = new Map<string, number[]>();
    (columns.unitIds ?? []).forEach((id, u) => {
      const list = map.get(id);
      if (list) list.push(u);
      else map.set(id, [u]);
    });
    byId = map;
    return map;
  };
  if (!grid.tracked) {
    // No presence bits: every indicator the check applies to reads its rows again.
    for (let s = 0; s < m; s++) if ((facts.check[s] as number) > 0) mark(s);
    return slow;
  }
  if (grid.dense && words === 1) {
    // The usual case: one word of years per indicator and unit, in sequential passes. Inferred
    // reporters: every unit from its first year on, in every year some unit reported.
    const all = new Int32Array(m);
    for (let u = 0; u < units; u++)
      for (let s = 0, at = u * m; s < m; s++, at++)
        all[s] = (all[s] as number) | (presence[at] as number);
    for (let u = 0; u < units; u++)
      for (let s = 0, at = u * m; s < m; s++, at++) {
        const p = presence[at] as number;
        if (p !== 0 && ((all[s] as number) & -(p & -p) & ~p) !== 0 && facts.check[s] === 1) mark(s);
      }
    for (const s of facts.checkedApart) checkApart(grid, facts, columnsById, s, mark);
    return slow;
  }
  for (let s = 0; s < m; s++) {
    const check = facts.check[s] as number;
    if (check === 0) continue;
    if (!grid.dense && grid.sparse[s] !== undefined) mark(s);
    else if (check === 1) {
      if (inferredMissing(grid, m, s)) mark(s);
    } else checkApart(grid, facts, columnsById, s, mark);
  }
  return slow;
}

/** Unit `u`'s words of indicator `s` start at (u × m + s) × words. */
function wordsAt(grid: FoldedGrid, m: number, u: number, s: number): number {
  return (u * m + s) * grid.presenceWords;
}

/** The years of indicator `s` some unit reported, word by word. */
function unionOf(grid: FoldedGrid, m: number, s: number): Int32Array {
  const words = grid.presenceWords;
  const union = new Int32Array(words);
  for (let u = 0; u < grid.presenceUnits; u++) {
    const at = wordsAt(grid, m, u, s);
    for (let w = 0; w < words; w++)
      union[w] = (union[w] as number) | (grid.presence[at + w] as number);
  }
  return union;
}

/** Inferred reporters: whether some unit misses a year some unit reported, after its first. */
function inferredMissing(grid: FoldedGrid, m: number, s: number): boolean {
  const union = unionOf(grid, m, s);
  for (let u = 0; u < grid.presenceUnits; u++) {
    const at = wordsAt(grid, m, u, s);
    let started = false;
    for (let w = 0; w < grid.presenceWords; w++) {
      const p = grid.presence[at + w] as number;
      let expected = union[w] as number;
      if (!started) {
        if (p === 0) continue;
        started = true;
        expected &= -(p & -p); // the bits from the first one on
      }
      if ((expected & ~p) !== 0) return true;
    }
  }
  return false;
}

/**
 * Weighted means (always the slow path) and declared reporters: each declared unit in every year
 * of its period some unit reported, and no report outside the declared units' periods.
 */
function checkApart(
  grid: FoldedGrid,
  facts: Pick<IndicatorFacts, "check" | "declared">,
  columnsById: () => ReadonlyMap<string, readonly number[]>,
  s: number,
  mark: (s: number) => void,
): void {
  const declared = facts.declared[s];
  if (facts.check[s] === 3 || declared === undefined) {
    mark(s);
    return;
  }
  const units = grid.presenceUnits;
  const words = grid.presenceWords;
  const presence = grid.presence;
  const m = facts.check.length;
  const union = unionOf(grid, m, s);
  const columnsOf = columnsById();
  const base = grid.dense ? grid.denseLow : (grid.low[s] as number);
  const window = new Int32Array(units * words);
  for (const d of declared) {
    const list = columnsOf.get(d.unitId) ?? [];
    for (let w = 0; w < words; w++) {
      const own = rangeMask(d.from - base, d.until - base, w);
      let p = 0;
      for (const u of list) p |= presence[wordsAt(grid, m, u, s) + w] as number;
      // A declared unit (under any of its columns) missing in a year some unit reported.
      if (((union[w] as number) & own & ~p) !== 0) mark(s);
      for (const u of list) window[u * words + w] = (window[u * words + w] as number) | own;
    }
  }
  for (let u = 0; u < units; u++)
    for (let w = 0; w < words; w++)
      if (
        ((presence[wordsAt(grid, m, u, s) + w] as number) & ~(window[u * words + w] as number)) !==
        0
      )
        mark(s);
}

/**
 * Reads the rows (up to the date) of the indicators marked in `slow` again and combines each
 * one's series by the one combine step: per marked indicator, its series and what the
 * completeness check found.
 */
export function combineSlow(
  columns: ObservationColumns,
  slow: Uint8Array,
  indicators: readonly Indicator[],
  asOfYear: number,
  completeness: Completeness,
): (TableSeries | undefined)[] {
  const { indicator, year, value, unit, status, numerator, denominator } = columns;
  const unitIds = columns.unitIds ?? [];
  const m = slow.length;
  const n = indicator.length;
  // The marked indicators' rows, in row order (a counting sort by indicator).
  const start = new Int32Array(m + 1);
  for (let k = 0; k < n; k++) {
    const s = indicator[k] as number;
    if (slow[s] === 1 && (year[k] as number) <= asOfYear)
      start[s + 1] = (start[s + 1] as number) + 1;
  }
  for (let s = 0; s < m; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const next = start.slice(0, m);
  const rows = new Int32Array(start[m] as number);
  for (let k = 0; k < n; k++) {
    const s = indicator[k] as number;
    if (slow[s] !== 1 || (year[k] as number) > asOfYear) continue;
    rows[next[s] as number] = k;
    next[s] = (next[s] as number) + 1;
  }
  const out: (TableSeries | undefined)[] = new Array(m);
  for (let s = 0; s < m; s++) {
    if (slow[s] !== 1) continue;
    const own = rows.subarray(start[s] as number, start[s + 1] as number);
    const years = [...new Set(Array.from(own, (k) => year[k] as number))].sort((a, b) => a - b);
    const cellOf = new Map(years.map((y, i) => [y, i]));
    const ids: string[] = [];
    const local = new Map<string, number>();
    for (const k of own) {
      const u = unit?.[k] ?? -1;
      if (u < 0) continue;
      const id = unitIds[u] as string;
      if (!local.has(id)) {
        local.set(id, ids.length);
        ids.push(id);
      }
    }
    const c = years.length;
    // The cells in the row layout (series/layout.ts), folded in row order as the object path
    // folds observations (its sums, bit for bit).
    const figures = new Float64Array(c * FIELDS);
    for (let i = 0; i < c; i++) figures[i * FIELDS + YEAR] = years[i] as number;
    const panel = createPanel(ids, c);
    for (const k of own) {
      const i = cellOf.get(year[k] as number) as number;
      const at = i * FIELDS;
      const v = value[k] as number;
      const rank = status === undefined ? 3 : 3 - (status[k] as number);
      const u = unit?.[k] ?? -1;
      if (u < 0) {
        const wholeRank = figures[at + WHOLE_RANK] as number;
        if (rank > wholeRank || (rank === wholeRank && v > (figures[at + WHOLE_VALUE] as number))) {
          figures[at + WHOLE_VALUE] = v;
          figures[at + WHOLE_RANK] = rank;
        }
        continue;
      }
      figures[at + UNITS] = (figures[at + UNITS] as number) + 1;
      figures[at + SUM] = (figures[at + SUM] as number) + v;
      const a = numerator?.[k] ?? Number.NaN;
      const b = denominator?.[k] ?? Number.NaN;
      const parts = !Number.isNaN(a);
      if (parts) {
        figures[at + NUMERATOR] = (figures[at + NUMERATOR] as number) + a;
        figures[at + DENOMINATOR] = (figures[at + DENOMINATOR] as number) + b;
      } else figures[at + RATIO_MISSING] = (figures[at + RATIO_MISSING] as number) + 1;
      if (4 - rank > (figures[at + WEAKEST] as number)) figures[at + WEAKEST] = 4 - rank;
      addToPanel(
        panel,
        (local.get(unitIds[u] as string) as number) * c + i,
        v,
        parts ? a : undefined,
        parts ? b : undefined,
      );
    }
    const combined = combineCells(
      indicators[s] as Indicator,
      { figures, rows: years.map((_, i) => i) },
      panel,
      (i) => String(years[i]),
      completeness,
    );
    out[s] = seriesOf(combined);
  }
  return out;
}
