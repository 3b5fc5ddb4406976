// Private: the one combine step of organisations' reports, shared by combineObservations, the
// object roll-up (rollup/series.ts) and the columnar roll-up's slow path (rollup/columns/slow.ts).
// Per period of one series (cell): the whole-population figure as is; else the units' reports
// combined by the indicator's rule, after the completeness check for `sum`, `mean` and `ratio`
// (expected reporters inferred or declared) and the policy for incomplete periods. Each engine
// accumulates the cells its own way (in report order) and gives them here, so that the three
// give the same figures, bit for bit, for the same reports in the same order.

import { CastPlanError } from "../../errors/CastPlanError.js";
import type { Indicator, ObservationStatus } from "../../schemas/indicator.js";
import type { Dimensions } from "../../schemas/primitives.js";
import type {
  CompletenessOptions,
  CompletenessPolicy,
  ImputationKind,
  IncompletePeriod,
  IndicatorCompleteness,
  ProgressWarning,
  UndeclaredReport,
} from "../types.js";
import { STATUS as RANK_STATUS } from "./accumulate.js";
import * as Layout from "./layout.js";
import { decimalYearOf, periodStartYear } from "./select.js";

// Local copies of the row layout (read once, not through the module binding on every access).
const DENOMINATOR = Layout.DENOMINATOR;
const FIELDS = Layout.FIELDS;
const NUMERATOR = Layout.NUMERATOR;
const PICK_RANK = Layout.PICK_RANK;
const PICK_VALUE = Layout.PICK_VALUE;
const RATIO_MISSING = Layout.RATIO_MISSING;
const SUM = Layout.SUM;
const UNITS = Layout.UNITS;
const WEAKEST = Layout.WEAKEST;
const WHOLE_RANK = Layout.WHOLE_RANK;
const WHOLE_VALUE = Layout.WHOLE_VALUE;
const YEAR = Layout.YEAR;

/** The completeness options, checked: the policy and the oldest report carried (in years). */
export interface Completeness {
  readonly policy: CompletenessPolicy;
  readonly maxCarryYears: number;
}

const POLICIES: readonly CompletenessPolicy[] = ["refuse", "carry-forward", "interpolate"];

/** Checks the completeness options (`fn` names the caller in errors). */
export function checkCompleteness(
  options: CompletenessOptions | undefined,
  fn: string,
): Completeness {
  const policy = options?.completeness ?? "refuse";
  if (!POLICIES.includes(policy))
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `${fn}: completeness ${JSON.stringify(policy)} is not one of ${POLICIES.join(", ")}`,
      [
        {
          path: ["completeness"],
          rule: "completeness",
          message: `expected one of ${POLICIES.join(", ")}`,
        },
      ],
    );
  const max = options?.maxCarryYears;
  if (max === undefined) return { policy, maxCarryYears: Number.POSITIVE_INFINITY };
  if (!(typeof max === "number" && Number.isFinite(max) && max >= 0))
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `${fn}: maxCarryYears ${String(max)} is not a finite number ≥ 0`,
      [{ path: ["maxCarryYears"], rule: "finite", message: "expected a finite number ≥ 0" }],
    );
  if (policy !== "carry-forward")
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `${fn}: maxCarryYears applies to completeness 'carry-forward', not '${policy}'`,
      [
        {
          path: ["maxCarryYears"],
          rule: "completeness",
          message: "maxCarryYears goes with completeness 'carry-forward'",
        },
      ],
    );
  return { policy, maxCarryYears: max };
}

/**
 * The cells of a series (its periods, in period-end order): rows of `figures` in the row layout
 * of layout.ts (FIELDS numbers per row, as each engine folded them, in report order). Cell `i`
 * is row `rows[i]`.
 */
export interface Cells {
  readonly figures: Float64Array;
  readonly rows: ArrayLike<number>;
}

/**
 * Each reporting unit's figures per row: entry `u × stride + row` (the unit `ids[u]`) holds
 * `fields` numbers at `entry × fields`: how many reports (0: none), their values' sum, and with
 * 4 fields their numerators' sum (NaN when one has none) and denominators' sum. Statuses are not
 * kept per unit: a completed figure has the status of its own period's reports.
 */
export interface Panel {
  readonly ids: readonly string[];
  readonly stride: number;
  readonly fields: number;
  readonly figures: ArrayLike<number>;
}

/** The numbers of a panel entry, in this order (see Panel). */
export const UNIT_COUNT = 0;
export const UNIT_SUM = 1;
export const UNIT_NUMERATOR = 2;
export const UNIT_DENOMINATOR = 3;

/** A panel being filled (see addToPanel). */
export interface FilledPanel extends Panel {
  readonly figures: Float64Array;
}

/** The panel of a series without units' reports. */
export function noUnits(): Panel {
  return { ids: [], stride: 0, fields: 2, figures: [] };
}

/** An empty panel (every field) for `ids` units and `rows` rows. */
export function createPanel(ids: readonly string[], rows: number): FilledPanel {
  return { ids, stride: rows, fields: 4, figures: new Float64Array(ids.length * rows * 4) };
}

/** Adds one unit's report to entry `entry` of a panel of 4 fields. */
export function addToPanel(
  panel: FilledPanel,
  entry: number,
  value: number,
  numerator: number | undefined,
  denominator: number | undefined,
): void {
  const f = panel.figures;
  const at = entry * 4;
  f[at + UNIT_COUNT] = (f[at + UNIT_COUNT] as number) + 1;
  f[at + UNIT_SUM] = (f[at + UNIT_SUM] as number) + value;
  f[at + UNIT_NUMERATOR] =
    numerator === undefined || denominator === undefined
      ? Number.NaN
      : (f[at + UNIT_NUMERATOR] as number) + numerator;
  f[at + UNIT_DENOMINATOR] = (f[at + UNIT_DENOMINATOR] as number) + (denominator ?? 0);
}

/** Why a series cannot be combined. */
export type SeriesProblem = "not-aggregatable" | "missing-ratio-parts";

/** The combined cells of a series: one entry per cell with a figure, in cell order. */
export interface CombinedCells {
  /** The first problem met (cells in order), with its cell and the reason in words, if any. */
  readonly problem:
    | { readonly code: SeriesProblem; readonly cell: number; readonly detail: string }
    | undefined;
  /** The cells with a figure. */
  readonly cells: number[];
  /** Their period ends, figures and status ranks (the weakest of what each combines). */
  readonly years: number[];
  readonly values: number[];
  readonly ranks: number[];
  /** How each was completed (null: from the reports as given). */
  readonly imputed: (ImputationKind | null)[];
  /** For a ratio combined from units: the numerator and denominator used (NaN otherwise). */
  readonly numerators: number[];
  readonly denominators: number[];
  /** The incomplete periods and undeclared reports found. */
  readonly completeness: IndicatorCompleteness;
}

/** A declared reporter, its period as decimal years: in force at t when after < t ≤ until. */
interface Declared {
  readonly unitId: string;
  readonly after: number;
  readonly until: number;
}

/** The declared reporters of an indicator (undefined: inferred). */
function declaredOf(indicator: Pick<Indicator, "expectedReporters">): Declared[] | undefined {
  return indicator.expectedReporters?.map((r) => ({
    unitId: r.unitId,
    after: r.from === undefined ? Number.NEGATIVE_INFINITY : periodStartYear(r.from),
    until: r.until === undefined ? Number.POSITIVE_INFINITY : decimalYearOf(r.until),
  }));
}

/**
 * The integer years a declared reporter is in force, as [from, until] (for annual figures):
 * `from` is the first year y with after < y, `until` the last with y ≤ until.
 */
export function declaredYears(
  indicator: Pick<Indicator, "expectedReporters">,
): { unitId: string; from: number; until: number }[] | undefined {
  return declaredOf(indicator)?.map((d) => ({
    unitId: d.unitId,
    from: Number.isFinite(d.after) ? Math.floor(d.after) + 1 : -1,
    until: Number.isFinite(d.until) ? Math.floor(d.until) : 100000,
  }));
}

/** Whether the rule combines several units' reports (and so is checked for completeness). */
export function checksCompleteness(aggregation: Indicator["aggregation"]): boolean {
  return aggregation === "sum" || aggregation === "mean" || aggregation === "ratio";
}

const STATUS_RANKS = 4;
const NO_FINDINGS: IndicatorCompleteness = { incomplete: [], undeclared: [] };

/**
 * Combines the cells of one series by the indicator's rule (see the file comment). `period(i)`
 * writes cell `i`'s period for the facts; `dimensions` are the series' (undefined: whole
 * population).
 */
export function combineCells(
  indicator: Pick<Indicator, "aggregation" | "measure" | "expectedReporters" | "unitWeights">,
  cells: Cells,
  panel: Panel,
  period: (cell: number) => string,
  completeness: Completeness,
  dimensions?: Dimensions | undefined,
): CombinedCells {
  const { figures, rows } = cells;
  const n = rows.length;
  const { ids, stride, fields } = panel;
  const unitFigures = panel.figures;
  // Unit u's report count in row r.
  const reported = (u: number, r: number): number =>
    unitFigures[(u * stride + r) * fields + UNIT_COUNT] as number;
  const units = ids.length;
  const out: CombinedCells = {
    problem: undefined,
    cells: [],
    years: [],
    values: [],
    ranks: [],
    imputed: [],
    numerators: [],
    denominators: [],
    completeness: NO_FINDINGS,
  };
  let incomplete: IncompletePeriod[] | undefined;
  let undeclared: UndeclaredReport[] | undefined;
  const fail = (code: SeriesProblem, cell: number, detail: string): CombinedCells => ({
    ...out,
    problem: { code, cell, detail },
  });
  const rule = indicator.aggregation;
  const percent = indicator.measure === "percentage" ? 100 : 1;
  const declared = checksCompleteness(rule) ? declaredOf(indicator) : undefined;
  const weights = rule === "mean" ? indicator.unitWeights : undefined;
  // Each unit's first period (inferred reporters expect a unit from its first report on).
  const firstYear: number[] = new Array(units).fill(Number.POSITIVE_INFINITY);
  if (declared === undefined && checksCompleteness(rule))
    for (let u = 0; u < units; u++)
      for (let i = 0; i < n; i++) {
        const r = rows[i] as number;
        if (reported(u, r) > 0) {
          firstYear[u] = figures[r * FIELDS + YEAR] as number;
          break;
        }
      }
  // Units in id order (facts list them so, imputed figures are added in that order), and their
  // indices by id: built only when a cell needs them.
  let order: number[] | undefined;
  const sorted = (): number[] => {
    order ??= Array.from({ length: units }, (_, u) => u).sort((a, b) =>
      (ids[a] as string) < (ids[b] as string) ? -1 : 1,
    );
    return order;
  };
  let indexOf: Map<string, number> | undefined;
  const unitIndex = (id: string): number => {
    indexOf ??= new Map(ids.map((x, u) => [x, u]));
    return indexOf.get(id) ?? -1;
  };
  const label = (i: number): string => {
    const p = period(i);
    if (dimensions === undefined) return p;
    const keys = Object.keys(dimensions).sort();
    return keys.length === 0 ? p : `${p} (${keys.map((k) => `${k}=${dimensions[k]}`).join(", ")})`;
  };
  for (let i = 0; i < n; i++) {
    const r = rows[i] as number;
    const at = r * FIELDS;
    const t = figures[at + YEAR] as number;
    const wholeRank = figures[at + WHOLE_RANK] as number;
    if (wholeRank > 0) {
      push(out, i, t, figures[at + WHOLE_VALUE] as number, wholeRank, 0, Number.NaN, Number.NaN);
      continue;
    }
    const reports = figures[at + UNITS] as number;
    if (reports === 0) continue;
    if (rule === "none") return fail("not-aggregatable", i, "");
    if (rule === "latest") {
      const rank = figures[at + PICK_RANK] as number;
      push(out, i, t, figures[at + PICK_VALUE] as number, rank, 0, Number.NaN, Number.NaN);
      continue;
    }
    const sum = figures[at + SUM] as number;
    const numerator = figures[at + NUMERATOR] as number;
    const denominator = figures[at + DENOMINATOR] as number;
    if (rule === "ratio" && ((figures[at + RATIO_MISSING] as number) > 0 || !(denominator > 0)))
      return fail("missing-ratio-parts", i, "");
    // The expected units without a report (none, usually: then no list is built).
    let expected: string[] | undefined;
    let missing: string[] | undefined;
    if (declared === undefined) {
      let due = 0;
      let done = 0;
      for (let u = 0; u < units; u++)
        if ((firstYear[u] as number) <= t) {
          due += 1;
          if (reported(u, r) > 0) done += 1;
        }
      if (done < due) {
        expected = [];
        missing = [];
        for (const u of sorted())
          if ((firstYear[u] as number) <= t) {
            expected.push(ids[u] as string);
            if (!(reported(u, r) > 0)) missing.push(ids[u] as string);
          }
      }
    } else {
      const set = new Set<string>();
      for (const d of declared) if (d.after < t && t <= d.until) set.add(d.unitId);
      expected = [...set].sort();
      missing = expected.filter((id) => {
        const u = unitIndex(id);
        return !(u >= 0 && reported(u, r) > 0);
      });
      const extra: string[] = [];
      for (const u of sorted())
        if (reported(u, r) > 0 && !set.has(ids[u] as string)) extra.push(ids[u] as string);
      if (extra.length > 0) {
        undeclared ??= [];
        undeclared.push({ period: label(i), year: t, units: extra });
      }
    }
    // An incomplete period: refused, or its missing units' figures carried or interpolated.
    let kind = 0;
    let sources: { u: number; from: number; to: number }[] | undefined;
    if (missing !== undefined && missing.length > 0) {
      const policy = completeness.policy;
      if (policy !== "refuse") {
        sources = [];
        for (const id of missing) {
          const u = unitIndex(id);
          const j = u < 0 ? -1 : previousReport(cells, panel, u, i, t);
          if (j < 0) break;
          if (policy === "carry-forward") {
            if (
              t - (figures[(rows[j] as number) * FIELDS + YEAR] as number) >
              completeness.maxCarryYears
            )
              break;
            sources.push({ u, from: j, to: -1 });
            continue;
          }
          const k = nextReport(cells, panel, u, i, t);
          if (k < 0) break;
          sources.push({ u, from: j, to: k });
        }
        if (sources.length < missing.length) sources = undefined;
      }
      incomplete ??= [];
      const base = { period: label(i), year: t, expected: expected ?? [], missing };
      if (sources === undefined) {
        incomplete.push({ ...base, outcome: "refused", sources: [] });
        continue;
      }
      kind = policy === "carry-forward" ? 1 : 2;
      incomplete.push({
        ...base,
        outcome: kind === 1 ? "carried-forward" : "interpolated",
        sources: sources.map((x) => ({
          unitId: ids[x.u] as string,
          periods: x.to < 0 ? [period(x.from)] : [period(x.from), period(x.to)],
        })),
      });
    }
    // The imputed units' figures, added in id order (missing is sorted).
    let exCount = 0;
    let exSum = 0;
    let exNumerator = 0;
    let exDenominator = 0;
    let exMissing = 0;
    const imputed = kind > 0 ? new Map<number, [count: number, sum: number]>() : undefined;
    for (const x of sources ?? []) {
      const ratio = rule === "ratio" && fields >= 4;
      const a = (x.u * stride + (rows[x.from] as number)) * fields;
      let c = unitFigures[a + UNIT_COUNT] as number;
      let v = unitFigures[a + UNIT_SUM] as number;
      let num = ratio ? (unitFigures[a + UNIT_NUMERATOR] as number) : Number.NaN;
      let den = ratio ? (unitFigures[a + UNIT_DENOMINATOR] as number) : 0;
      if (x.to >= 0) {
        const b = (x.u * stride + (rows[x.to] as number)) * fields;
        const ta = figures[(rows[x.from] as number) * FIELDS + YEAR] as number;
        const tb = figures[(rows[x.to] as number) * FIELDS + YEAR] as number;
        const share = (t - ta) / (tb - ta);
        c += ((unitFigures[b + UNIT_COUNT] as number) - c) * share;
        v += ((unitFigures[b + UNIT_SUM] as number) - v) * share;
        if (ratio) {
          num += ((unitFigures[b + UNIT_NUMERATOR] as number) - num) * share;
          den += ((unitFigures[b + UNIT_DENOMINATOR] as number) - den) * share;
        }
      }
      exCount += c;
      exSum += v;
      if (Number.isNaN(num)) exMissing += 1;
      else {
        exNumerator += num;
        exDenominator += den;
      }
      imputed?.set(x.u, [c, v]);
    }
    // The weakest status of the period's own reports (final when only completed figures): a
    // completed figure's borrowed status is not kept (the object state keeps none per unit), and
    // how it was completed is its own flag.
    const rank = Math.min(STATUS_RANKS - (figures[at + WEAKEST] as number), 3);
    if (rule === "sum") {
      push(out, i, t, kind > 0 ? sum + exSum : sum, rank, kind, Number.NaN, Number.NaN);
    } else if (rule === "mean" && weights !== undefined) {
      // Σ weight × value / Σ weight over the units combined, in id order.
      let weighted = 0;
      let total = 0;
      for (const u of sorted()) {
        const own = reported(u, r) > 0;
        const added = own ? undefined : imputed?.get(u);
        if (!own && added === undefined) continue;
        const w = weights[ids[u] as string];
        if (w === undefined)
          return fail("not-aggregatable", i, `unit '${ids[u]}' has no weight in unitWeights`);
        const e = (u * stride + r) * fields;
        weighted += w * (own ? (unitFigures[e + UNIT_SUM] as number) : (added?.[1] ?? 0));
        total += w * (own ? (unitFigures[e + UNIT_COUNT] as number) : (added?.[0] ?? 0));
      }
      push(out, i, t, weighted / total, rank, kind, Number.NaN, Number.NaN);
    } else if (rule === "mean") {
      const value = kind > 0 ? (sum + exSum) / (reports + exCount) : sum / reports;
      push(out, i, t, value, rank, kind, Number.NaN, Number.NaN);
    } else {
      const num = kind > 0 ? numerator + exNumerator : numerator;
      const den = kind > 0 ? denominator + exDenominator : denominator;
      if (exMissing > 0 || !(den > 0)) return fail("missing-ratio-parts", i, "");
      push(out, i, t, (num / den) * percent, rank, kind, num, den);
    }
  }
  if (incomplete || undeclared)
    return { ...out, completeness: { incomplete: incomplete ?? [], undeclared: undeclared ?? [] } };
  return out;
}

/** Appends a combined cell to `out`. */
function push(
  out: CombinedCells,
  cell: number,
  year: number,
  value: number,
  rank: number,
  kind: number,
  numerator: number,
  denominator: number,
): void {
  out.cells.push(cell);
  out.years.push(year);
  out.values.push(value);
  out.ranks.push(rank);
  out.imputed.push(kind === 1 ? "carried-forward" : kind === 2 ? "interpolated" : null);
  out.numerators.push(numerator);
  out.denominators.push(denominator);
}

/** The last cell before cell `i` (an earlier period end) in which unit `u` reported, or −1. */
function previousReport(cells: Cells, panel: Panel, u: number, i: number, t: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const r = cells.rows[j] as number;
    if (
      (cells.figures[r * FIELDS + YEAR] as number) < t &&
      (panel.figures[(u * panel.stride + r) * panel.fields + UNIT_COUNT] as number) > 0
    )
      return j;
  }
  return -1;
}

/** The first cell after cell `i` (a later period end) in which unit `u` reported, or −1. */
function nextReport(cells: Cells, panel: Panel, u: number, i: number, t: number): number {
  for (let k = i + 1; k < cells.rows.length; k++) {
    const r = cells.rows[k] as number;
    if (
      (cells.figures[r * FIELDS + YEAR] as number) > t &&
      (panel.figures[(u * panel.stride + r) * panel.fields + UNIT_COUNT] as number) > 0
    )
      return k;
  }
  return -1;
}

/** The reason of a roll-up node whose organisations' figures cannot be combined. */
export function problemMessage(
  indicatorId: string,
  problem: { readonly code: SeriesProblem; readonly detail: string },
): string {
  const detail = problem.detail ? `: ${problem.detail}` : "";
  return `'${indicatorId}': organisations' figures cannot be combined (${problem.code}${detail})`;
}

/** A series (years and values, with how each point was completed), and what the check found. */
export interface TableSeries {
  readonly years: number[];
  readonly values: number[];
  /** Per point: its status, the weakest of the reports combined into it. */
  readonly statuses: ObservationStatus[];
  /** Per point: how it was completed (null: from the reports as given). */
  readonly imputed: (ImputationKind | null)[];
  readonly completeness: IndicatorCompleteness;
  /** Why the organisations' figures cannot be combined, if so (the series is then empty). */
  readonly problem?: { readonly code: SeriesProblem; readonly detail: string } | undefined;
}

/** The series of one combined set of cells. */
export function seriesOf(combined: CombinedCells): TableSeries {
  if (combined.problem)
    return {
      years: [],
      values: [],
      statuses: [],
      imputed: [],
      completeness: NO_FINDINGS,
      problem: { code: combined.problem.code, detail: combined.problem.detail },
    };
  return {
    years: combined.years,
    values: combined.values,
    statuses: combined.ranks.map((rank) => RANK_STATUS[rank] ?? "estimated"),
    imputed: combined.imputed,
    completeness: combined.completeness,
  };
}

/** "a", "a and b", "a, b and c". */
function joinIds(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join("");
  return `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}

/** A period's missing units in words: `2024: c has not reported (2 of 3 expected units did)`. */
function missingText(p: IncompletePeriod): string {
  const did = p.expected.length - p.missing.length;
  return `${p.period}: ${joinIds(p.missing)} ${p.missing.length === 1 ? "has" : "have"} not reported (${did} of ${p.expected.length} expected units did)`;
}

/** The sentence of the `incomplete-period` warning (and reason), or "" without refused periods. */
export function refusedText(c: IndicatorCompleteness, policy: CompletenessPolicy): string {
  const refused = c.incomplete.filter((p) => p.outcome === "refused");
  if (refused.length === 0) return "";
  const lead =
    refused.length === 1
      ? "not every expected unit reported, so this period has no combined figure"
      : "not every expected unit reported, so these periods have no combined figure";
  const why =
    policy === "carry-forward"
      ? " (no report to carry forward)"
      : policy === "interpolate"
        ? " (no reports before and after to interpolate between)"
        : "";
  return `${lead}${why}: ${refused.map(missingText).join("; ")}`;
}

/** The warnings of a completeness check: one per code, each naming every period and unit. */
export function completenessWarnings(
  c: IndicatorCompleteness,
  policy: CompletenessPolicy,
): ProgressWarning[] {
  const out: ProgressWarning[] = [];
  const refused = refusedText(c, policy);
  if (refused) out.push({ code: "incomplete-period", message: refused });
  const carried = c.incomplete.filter((p) => p.outcome === "carried-forward");
  if (carried.length > 0)
    out.push({
      code: "carried-forward",
      message: `a missing unit's last report is carried forward: ${carried
        .map(
          (p) =>
            `${missingText(p)}, so ${p.sources.map((s) => `${s.unitId}'s ${s.periods[0]} report`).join(" and ")} ${p.sources.length === 1 ? "stands" : "stand"} in`,
        )
        .join("; ")}`,
    });
  const interpolated = c.incomplete.filter((p) => p.outcome === "interpolated");
  if (interpolated.length > 0)
    out.push({
      code: "interpolated",
      message: `a missing unit's figure is interpolated: ${interpolated
        .map(
          (p) =>
            `${missingText(p)}, so ${p.sources.map((s) => `${s.unitId}'s is interpolated between ${s.periods[0]} and ${s.periods[1]}`).join(" and ")}`,
        )
        .join("; ")}`,
    });
  if (c.undeclared.length > 0)
    out.push({
      code: "undeclared-reporter",
      message: `units not declared in expectedReporters reported, and their reports are combined: ${c.undeclared
        .map((r) => `${r.period}: ${joinIds(r.units)}`)
        .join("; ")}`,
    });
  return out;
}

/** Whether a completeness check found nothing to say. */
export function isComplete(c: IndicatorCompleteness): boolean {
  return c.incomplete.length === 0 && c.undeclared.length === 0;
}
