// Private: the one combine step of organisations' reports, shared by combineObservations, the
// object roll-up (rollup/series.ts) and the columnar roll-up's slow path (rollup/columns/slow.ts).
// Per period of one series (cell): the whole-population figure as is; else the units' reports
// combined by the indicator's rule, after the completeness check for `sum`, `mean` and `ratio`
// (expected reporters inferred or declared) and the policy for incomplete periods. Each engine
// accumulates the cells its own way (in report order) and gives them here, so that the three
// give the same figures, bit for bit, for the same reports in the same order.

import { CastPlanError } from "../../errors/CastPlanError.js";
import type { Indicator } from "../../schemas/indicator.js";
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
import { decimalYearOf, periodStartYear } from "./select.js";

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
 * The accumulated figures of a series' cells (its periods, in period-end order), as every engine
 * folds them: one entry per cell in each array.
 */
export interface Cells {
  /** The period end (decimal year), ascending. */
  readonly year: readonly number[];
  /** The best status rank of a whole-population figure (final 3 … estimated 1), 0 without. */
  readonly wholeRank: readonly number[];
  readonly wholeValue: readonly number[];
  /** The number of units' reports, and their sums (in report order). */
  readonly units: readonly number[];
  readonly sum: readonly number[];
  readonly numerator: readonly number[];
  readonly denominator: readonly number[];
  /** The number of units' reports without ratio parts. */
  readonly ratioMissing: readonly number[];
  /** The weakest status rank among the units' reports (4: none). */
  readonly minRank: readonly number[];
  /** The status rank and value of the report the `latest` rule picks (0: none). */
  readonly pickRank: readonly number[];
  readonly pickValue: readonly number[];
}

/**
 * Each reporting unit's figures per cell, at `u × cells + i` (the unit `ids[u]`, cell `i`): how
 * many reports (0: none), their values' sum, numerators' sum (NaN when one has none),
 * denominators' sum and weakest status rank (4: none).
 */
export interface Panel {
  readonly ids: readonly string[];
  readonly count: Float64Array;
  readonly sum: Float64Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly minRank: Uint8Array;
}

/** An empty panel for `units` units and `cells` cells. */
export function createPanel(ids: readonly string[], cells: number): Panel {
  const size = ids.length * cells;
  return {
    ids,
    count: new Float64Array(size),
    sum: new Float64Array(size),
    numerator: new Float64Array(size),
    denominator: new Float64Array(size),
    minRank: new Uint8Array(size).fill(4),
  };
}

/** Adds one unit's report to its panel entry `at`. */
export function addToPanel(
  panel: Panel,
  at: number,
  value: number,
  numerator: number | undefined,
  denominator: number | undefined,
  rank: number,
): void {
  panel.count[at] = (panel.count[at] as number) + 1;
  panel.sum[at] = (panel.sum[at] as number) + value;
  panel.numerator[at] =
    numerator === undefined || denominator === undefined
      ? Number.NaN
      : (panel.numerator[at] as number) + numerator;
  panel.denominator[at] = (panel.denominator[at] as number) + (denominator ?? 0);
  if (rank < (panel.minRank[at] as number)) panel.minRank[at] = rank;
}

/** Why a series cannot be combined. */
export type SeriesProblem = "not-aggregatable" | "missing-ratio-parts";

/** The combined cells of a series. */
export interface CombinedCells {
  /** The first problem met (cells in order), with its cell and the reason in words, if any. */
  readonly problem:
    | { readonly code: SeriesProblem; readonly cell: number; readonly detail: string }
    | undefined;
  /** 1 where the cell has a combined figure. */
  readonly has: Uint8Array;
  readonly value: Float64Array;
  /** The status rank of the figure (the weakest of what it combines). */
  readonly rank: Uint8Array;
  /** For a ratio combined from units: the numerator and denominator used (NaN otherwise). */
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  /** 0, or 1 (a unit's report carried forward), 2 (interpolated). */
  readonly imputed: Uint8Array;
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
  const n = cells.year.length;
  const units = panel.ids.length;
  const out = {
    has: new Uint8Array(n),
    value: new Float64Array(n),
    rank: new Uint8Array(n),
    numerator: new Float64Array(n).fill(Number.NaN),
    denominator: new Float64Array(n).fill(Number.NaN),
    imputed: new Uint8Array(n),
  };
  const incomplete: IncompletePeriod[] = [];
  const undeclared: UndeclaredReport[] = [];
  const done = (problem: CombinedCells["problem"]): CombinedCells => ({
    ...out,
    problem,
    completeness: { incomplete, undeclared },
  });
  const rule = indicator.aggregation;
  const percent = indicator.measure === "percentage" ? 100 : 1;
  const checked = checksCompleteness(rule);
  const declared = checked ? declaredOf(indicator) : undefined;
  const weights = rule === "mean" ? indicator.unitWeights : undefined;
  // Units in id order: facts list them so, and imputed figures are added in that order.
  const order = Array.from({ length: units }, (_, u) => u).sort((a, b) =>
    (panel.ids[a] as string) < (panel.ids[b] as string) ? -1 : 1,
  );
  const indexOf = new Map<string, number>();
  for (let u = 0; u < units; u++) indexOf.set(panel.ids[u] as string, u);
  const firstYear = new Float64Array(units).fill(Number.POSITIVE_INFINITY);
  for (let u = 0; u < units; u++)
    for (let i = 0; i < n; i++)
      if ((panel.count[u * n + i] as number) > 0) {
        firstYear[u] = cells.year[i] as number;
        break;
      }
  const label = (i: number) => {
    const p = period(i);
    if (dimensions === undefined) return p;
    const keys = Object.keys(dimensions).sort();
    return keys.length === 0 ? p : `${p} (${keys.map((k) => `${k}=${dimensions[k]}`).join(", ")})`;
  };
  // Scratch for one cell's imputed units: per unit, the source cells (−1: none).
  const from = new Int32Array(units);
  const to = new Int32Array(units);
  for (let i = 0; i < n; i++) {
    const t = cells.year[i] as number;
    if ((cells.wholeRank[i] as number) > 0) {
      out.has[i] = 1;
      out.value[i] = cells.wholeValue[i] as number;
      out.rank[i] = cells.wholeRank[i] as number;
      continue;
    }
    const reports = cells.units[i] as number;
    if (reports === 0) continue;
    if (rule === "none")
      return done({
        code: "not-aggregatable",
        cell: i,
        detail: "",
      });
    if (rule === "latest") {
      out.has[i] = 1;
      out.value[i] = cells.pickValue[i] as number;
      out.rank[i] = cells.pickRank[i] as number;
      continue;
    }
    if (
      rule === "ratio" &&
      ((cells.ratioMissing[i] as number) > 0 || !((cells.denominator[i] as number) > 0))
    )
      return done({
        code: "missing-ratio-parts",
        cell: i,
        detail: "",
      });
    // The expected units, and those of them without a report.
    const present = (u: number) => u >= 0 && (panel.count[u * n + i] as number) > 0;
    let expected: string[];
    if (declared === undefined) {
      expected = [];
      for (const u of order)
        if ((firstYear[u] as number) <= t) expected.push(panel.ids[u] as string);
    } else {
      const set = new Set<string>();
      for (const d of declared) if (d.after < t && t <= d.until) set.add(d.unitId);
      expected = [...set].sort();
      const extra: string[] = [];
      for (const u of order)
        if (present(u) && !set.has(panel.ids[u] as string)) extra.push(panel.ids[u] as string);
      if (extra.length > 0) undeclared.push({ period: label(i), year: t, units: extra });
    }
    const missing = expected.filter((id) => !present(indexOf.get(id) ?? -1));
    let kind = 0;
    if (missing.length > 0) {
      const policy = completeness.policy;
      let found = policy !== "refuse";
      for (const id of missing) {
        if (!found) break;
        const u = indexOf.get(id) ?? -1;
        if (u < 0) {
          found = false;
          break;
        }
        let j = i - 1;
        while (j >= 0 && !((cells.year[j] as number) < t && (panel.count[u * n + j] as number) > 0))
          j--;
        from[u] = j;
        if (policy === "carry-forward") {
          found = j >= 0 && t - (cells.year[j] as number) <= completeness.maxCarryYears;
          continue;
        }
        let k = i + 1;
        while (k < n && !((cells.year[k] as number) > t && (panel.count[u * n + k] as number) > 0))
          k++;
        to[u] = k;
        found = j >= 0 && k < n;
      }
      const base = {
        period: label(i),
        year: t,
        expected,
        missing,
      };
      if (!found) {
        incomplete.push({ ...base, outcome: "refused", sources: [] });
        continue;
      }
      kind = policy === "carry-forward" ? 1 : 2;
      incomplete.push({
        ...base,
        outcome: kind === 1 ? "carried-forward" : "interpolated",
        sources: missing.map((id) => {
          const u = indexOf.get(id) as number;
          return {
            unitId: id,
            periods:
              kind === 1
                ? [period(from[u] as number)]
                : [period(from[u] as number), period(to[u] as number)],
          };
        }),
      });
    }
    // The imputed units' figures, added in id order.
    let exCount = 0;
    let exSum = 0;
    let exNumerator = 0;
    let exDenominator = 0;
    let exMissing = 0;
    let exRank = STATUS_RANKS;
    const imputedSum = new Map<number, [count: number, sum: number]>();
    if (kind > 0)
      for (const id of missing) {
        const u = indexOf.get(id) as number;
        const a = u * n + (from[u] as number);
        let count = panel.count[a] as number;
        let sum = panel.sum[a] as number;
        let numerator = panel.numerator[a] as number;
        let denominator = panel.denominator[a] as number;
        let rank = panel.minRank[a] as number;
        if (kind === 2) {
          const b = u * n + (to[u] as number);
          const ta = cells.year[from[u] as number] as number;
          const share = (t - ta) / ((cells.year[to[u] as number] as number) - ta);
          count += ((panel.count[b] as number) - count) * share;
          sum += ((panel.sum[b] as number) - sum) * share;
          numerator += ((panel.numerator[b] as number) - numerator) * share;
          denominator += ((panel.denominator[b] as number) - denominator) * share;
          rank = Math.min(rank, panel.minRank[b] as number);
        }
        exCount += count;
        exSum += sum;
        if (Number.isNaN(numerator)) exMissing += 1;
        else {
          exNumerator += numerator;
          exDenominator += denominator;
        }
        exRank = Math.min(exRank, rank);
        imputedSum.set(u, [count, sum]);
      }
    out.imputed[i] = kind;
    out.rank[i] = Math.min(cells.minRank[i] as number, exRank);
    if (rule === "sum") {
      out.value[i] = kind > 0 ? (cells.sum[i] as number) + exSum : (cells.sum[i] as number);
    } else if (rule === "mean" && weights !== undefined) {
      // Σ weight × value / Σ weight over the units combined, in id order.
      let weighted = 0;
      let total = 0;
      for (const u of order) {
        const id = panel.ids[u] as string;
        const own = present(u);
        const imputed = own ? undefined : imputedSum.get(u);
        if (!own && imputed === undefined) continue;
        const w = weights[id];
        if (w === undefined)
          return done({
            code: "not-aggregatable",
            cell: i,
            detail: `unit '${id}' has no weight in unitWeights`,
          });
        const count = own ? (panel.count[u * n + i] as number) : (imputed?.[0] ?? 0);
        const sum = own ? (panel.sum[u * n + i] as number) : (imputed?.[1] ?? 0);
        weighted += w * sum;
        total += w * count;
      }
      out.value[i] = weighted / total;
    } else if (rule === "mean") {
      out.value[i] =
        kind > 0
          ? ((cells.sum[i] as number) + exSum) / ((cells.units[i] as number) + exCount)
          : (cells.sum[i] as number) / reports;
    } else {
      const numerator =
        kind > 0 ? (cells.numerator[i] as number) + exNumerator : cells.numerator[i];
      const denominator =
        kind > 0 ? (cells.denominator[i] as number) + exDenominator : cells.denominator[i];
      if (exMissing > 0 || !((denominator as number) > 0))
        return done({ code: "missing-ratio-parts", cell: i, detail: "" });
      out.value[i] = ((numerator as number) / (denominator as number)) * percent;
      out.numerator[i] = numerator as number;
      out.denominator[i] = denominator as number;
    }
    out.has[i] = 1;
  }
  return done(undefined);
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
  /** Per point: how it was completed (null: from the reports as given). */
  readonly imputed: (ImputationKind | null)[];
  readonly completeness: IndicatorCompleteness;
  /** Why the organisations' figures cannot be combined, if so (the series is then empty). */
  readonly problem?: { readonly code: SeriesProblem; readonly detail: string } | undefined;
}

/** The series of one combined set of cells (years in `years`). */
export function seriesOf(years: readonly number[], combined: CombinedCells): TableSeries {
  if (combined.problem)
    return {
      years: [],
      values: [],
      imputed: [],
      completeness: { incomplete: [], undeclared: [] },
      problem: { code: combined.problem.code, detail: combined.problem.detail },
    };
  const out: TableSeries = {
    years: [],
    values: [],
    imputed: [],
    completeness: combined.completeness,
  };
  for (let i = 0; i < years.length; i++) {
    if (combined.has[i] !== 1) continue;
    out.years.push(years[i] as number);
    out.values.push(combined.value[i] as number);
    const kind = combined.imputed[i];
    out.imputed.push(kind === 1 ? "carried-forward" : kind === 2 ? "interpolated" : null);
  }
  return out;
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
