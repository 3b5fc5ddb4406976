// Private: the completeness check of the columnar roll-up. A cheap pass over the fold's presence
// bits (one word per indicator, unit and 32 years) finds the indicators whose units' reports may
// leave a period incomplete, come from an undeclared unit, or are weighted; only their rows are
// read again and combined by the one combine step of the object path (series/complete.ts), so
// that the columns give the object path's figures and facts for them. Every other indicator
// keeps the fast fold.

import type { Indicator } from "../../../schemas/indicator.js";
import {
  addToPanel,
  type Cells,
  type Completeness,
  combineCells,
  createPanel,
} from "../../series/complete.js";
import { seriesOf, type TableSeries } from "../series.js";
import type { ObservationColumns } from "../types.js";
import { type IndicatorFacts, RULES } from "./facts.js";
import type { FoldedGrid } from "./fold.js";

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
  facts: Pick<IndicatorFacts, "rule" | "weighted" | "declared">,
  columns: ObservationColumns,
): Uint8Array | undefined {
  if (columns.unit === undefined) return undefined;
  const m = facts.rule.length;
  const units = grid.presenceUnits;
  const words = grid.presenceWords;
  const presence = grid.presence;
  const union = new Int32Array(words);
  let slow: Uint8Array | undefined;
  const mark = (s: number) => {
    slow ??= new Uint8Array(m);
    slow[s] = 1;
  };
  // For declared reporters: each unit id's columns (ids may repeat).
  let columnsOf: Map<string, number[]> | undefined;
  for (let s = 0; s < m; s++) {
    const rule = facts.rule[s] as number;
    if (rule !== RULES.sum && rule !== RULES.mean && rule !== RULES.ratio) continue;
    if (!grid.tracked || facts.weighted[s] === 1 || (!grid.dense && grid.sparse[s] !== undefined)) {
      mark(s);
      continue;
    }
    const at = s * units * words;
    union.fill(0);
    for (let u = 0; u < units; u++)
      for (let w = 0; w < words; w++)
        union[w] = (union[w] as number) | (presence[at + u * words + w] as number);
    const declared = facts.declared[s];
    if (declared === undefined) {
      // Inferred: every unit from its first year on, in every year some unit reported.
      for (let u = 0; u < units && slow?.[s] !== 1; u++) {
        let started = false;
        for (let w = 0; w < words; w++) {
          const p = presence[at + u * words + w] as number;
          let expected = union[w] as number;
          if (!started) {
            if (p === 0) continue;
            started = true;
            expected &= -(p & -p); // the bits from the first one on
          }
          if ((expected & ~p) !== 0) {
            mark(s);
            break;
          }
        }
      }
      continue;
    }
    // Declared: each declared unit in every year of its period some unit reported, and no
    // report outside the declared units' periods.
    if (columnsOf === undefined) {
      columnsOf = new Map();
      (columns.unitIds ?? []).forEach((id, u) => {
        const list = columnsOf?.get(id);
        if (list) list.push(u);
        else columnsOf?.set(id, [u]);
      });
    }
    const base = grid.dense ? grid.denseLow : (grid.low[s] as number);
    const window = new Int32Array(units * words);
    for (const d of declared) {
      const own = new Int32Array(words);
      for (let w = 0; w < words; w++) own[w] = rangeMask(d.from - base, d.until - base, w);
      const list = columnsOf.get(d.unitId) ?? [];
      let missing = 0;
      for (let w = 0; w < words; w++) {
        let p = 0;
        for (const u of list) p |= presence[at + u * words + w] as number;
        // A declared unit (under any of its columns) missing in a year some unit reported.
        if (((union[w] as number) & (own[w] as number) & ~p) !== 0) missing = 1;
        for (const u of list)
          window[u * words + w] = (window[u * words + w] as number) | (own[w] as number);
      }
      if (missing) mark(s);
    }
    for (let u = 0; u < units; u++)
      for (let w = 0; w < words; w++)
        if (((presence[at + u * words + w] as number) & ~(window[u * words + w] as number)) !== 0)
          mark(s);
  }
  return slow;
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
    const zeros = () => new Array<number>(c).fill(0);
    const cells = {
      year: years,
      wholeRank: zeros(),
      wholeValue: zeros(),
      units: zeros(),
      sum: zeros(),
      numerator: zeros(),
      denominator: zeros(),
      ratioMissing: zeros(),
      minRank: new Array<number>(c).fill(4),
      pickRank: zeros(),
      pickValue: zeros(),
    } satisfies Cells;
    const panel = createPanel(ids, c);
    // In row order, as the object path folds observations (its sums, bit for bit).
    for (const k of own) {
      const i = cellOf.get(year[k] as number) as number;
      const v = value[k] as number;
      const rank = status === undefined ? 3 : 3 - (status[k] as number);
      const u = unit?.[k] ?? -1;
      if (u < 0) {
        const wholeRank = cells.wholeRank[i] as number;
        if (rank > wholeRank || (rank === wholeRank && v > (cells.wholeValue[i] as number))) {
          cells.wholeValue[i] = v;
          cells.wholeRank[i] = rank;
        }
        continue;
      }
      cells.units[i] = (cells.units[i] as number) + 1;
      cells.sum[i] = (cells.sum[i] as number) + v;
      const a = numerator?.[k] ?? Number.NaN;
      const b = denominator?.[k] ?? Number.NaN;
      const parts = !Number.isNaN(a);
      if (parts) {
        cells.numerator[i] = (cells.numerator[i] as number) + a;
        cells.denominator[i] = (cells.denominator[i] as number) + b;
      } else cells.ratioMissing[i] = (cells.ratioMissing[i] as number) + 1;
      if (rank < (cells.minRank[i] as number)) cells.minRank[i] = rank;
      addToPanel(
        panel,
        (local.get(unitIds[u] as string) as number) * c + i,
        v,
        parts ? a : undefined,
        parts ? b : undefined,
        rank,
      );
    }
    const combined = combineCells(
      indicators[s] as Indicator,
      cells,
      panel,
      (i) => String(years[i]),
      completeness,
    );
    out[s] = seriesOf(years, combined);
  }
  return out;
}
