// Shared result and warning types of the progress functions.

/**
 * The code of a warning or of the reason a progress figure could not be measured.
 *
 * @remarks
 * - `baseline-meets-target`: the baseline already satisfies the target, so "share of the gap
 *   closed" and growth-rate ratios lose their usual meaning (ESCAP CS5, Eurostat EU7).
 * - `invalid-for-growth-rate`: a compound growth rate needs positive values (Eurostat, UNSD and
 *   the `cagr` projection), so a zero or negative value makes it undefined; a logit needs every
 *   value strictly inside the natural limits. (Statistics Canada handles all-negative series
 *   itself: it flips the direction.)
 * - `degenerate-range`: baseline equals target (or start equals target year): no range to divide by.
 * - `target-year-passed`: the deadline lies before the latest observation or `asOf`; no projection.
 * - `insufficient-data`: too few observations for the method.
 * - `irregular-gaps`: the observations are not one year apart (survey data).
 * - `projection-outside-natural-limits`: a projected value lies outside the indicator's natural limits.
 * - `zero-replaced`: a zero base or target was replaced by 0.001 (Statistics Canada rule).
 * - `baseline-from-observation`: no baseline was declared; the first observation was used.
 * - `target-no-longer-met`: the target was met once, but the latest value no longer meets it.
 * - `not-aggregatable`: several organisations reported a figure the indicator says must not combine.
 * - `missing-ratio-parts`: a ratio indicator's observation lacks its numerator or denominator.
 * - `no-contributors`: a plan item has no indicator, child or aligned item to measure it by.
 * - `non-finite-input`: a year, value or target given to a primitive is NaN or infinite (parsed
 *   documents never contain such numbers; the primitives also take raw numbers).
 * - `not-final`: the latest value (or a baseline taken from the observations) is provisional or
 *   estimated, so every figure computed from it is too.
 * - `incomplete-period`: some units expected to report a `sum`, `mean` or `ratio` indicator for a
 *   period have not; the period has no combined figure (policy `refuse`), never a partial sum.
 * - `carried-forward`: a missing unit's last report before a period stands in for it there
 *   (policy `carry-forward`).
 * - `interpolated`: a missing unit's figure for a period is interpolated between its reports
 *   before and after it (policy `interpolate`).
 * - `undeclared-reporter`: a unit not declared in `expectedReporters` for a period reported; its
 *   report is combined.
 *
 * @example
 * ```ts
 * import { computeTimeShare } from "cast-plan";
 * computeTimeShare({ baselineYear: 2015, currentYear: 2031, targetYear: 2030 }).warnings[0]?.code // => "target-year-passed"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type ProgressWarningCode =
  | "baseline-meets-target"
  | "invalid-for-growth-rate"
  | "degenerate-range"
  | "target-year-passed"
  | "insufficient-data"
  | "irregular-gaps"
  | "projection-outside-natural-limits"
  | "zero-replaced"
  | "baseline-from-observation"
  | "target-no-longer-met"
  | "not-aggregatable"
  | "missing-ratio-parts"
  | "no-contributors"
  | "non-finite-input"
  | "not-final"
  | "incomplete-period"
  | "carried-forward"
  | "interpolated"
  | "undeclared-reporter";

/**
 * A warning attached to a progress result: a stable code and a sentence for people.
 *
 * @example
 * ```ts
 * import { computeDistanceShare } from "cast-plan";
 * computeDistanceShare({ baseline: 96, current: 94, target: 95, direction: "increase" }).warnings.map((w) => w.code) // => ["baseline-meets-target"]
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export interface ProgressWarning {
  /** The stable code. */
  readonly code: ProgressWarningCode;
  /** The sentence that explains it. */
  readonly message: string;
}

/**
 * A progress figure that could not be measured, with the reason.
 *
 * @example
 * ```ts
 * import { computeDistanceShare } from "cast-plan";
 * const result = computeDistanceShare({ baseline: 5, current: 7, target: 5, direction: "increase" });
 * result.status === "unmeasurable" ? result.reason : "" // => "degenerate-range"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export interface Unmeasurable {
  /** The discriminant: the figure could not be measured. */
  readonly status: "unmeasurable";
  /** The stable code of the reason. */
  readonly reason: ProgressWarningCode;
  /** The reason in a sentence. */
  readonly message: string;
  /** Further warnings met on the way. */
  readonly warnings: readonly ProgressWarning[];
}

/**
 * A measured progress figure: the fields of `T`, the discriminant and the warnings.
 *
 * @example
 * ```ts
 * import { computeTimeShare } from "cast-plan";
 * const result = computeTimeShare({ baselineYear: 2020, currentYear: 2025, targetYear: 2030 });
 * result.status === "measured" ? result.timeShare : -1 // => 0.5
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type Measured<T> = T & {
  /** The discriminant: the figure was measured. */
  readonly status: "measured";
  /** The warnings that go with the figure. */
  readonly warnings: readonly ProgressWarning[];
};

/**
 * The result of every progress primitive: either {@link Measured} or {@link Unmeasurable}.
 * Switch on `status`. No result ever contains `NaN` or an infinite number.
 *
 * @example
 * ```ts
 * import { computeIatiProgress } from "cast-plan";
 * const result = computeIatiProgress({ baseline: 15, periods: [{ target: 50, actual: 53 }] });
 * result.status // => "measured"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type ProgressOutcome<T> = Measured<T> | Unmeasurable;

/**
 * The desired direction of a primitive's input: `increase` (higher is better) or `decrease`.
 *
 * @example
 * ```ts
 * import { computeDistanceShare } from "cast-plan";
 * const share = computeDistanceShare({ baseline: 120, current: 95, target: 80, direction: "decrease" });
 * share.status === "measured" ? share.raw : -1 // ~> 0.625
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type ProgressDirection = "increase" | "decrease";

/**
 * The projections available for anticipated progress and forecasts.
 *
 * @remarks
 * - `cagr`: compound annual growth rate between the first and the last point (ESCAP 2017–2019).
 * - `linear`: ordinary least squares over all points.
 * - `weighted-linear`: weighted least squares with ESCAP/UNECE weights `(T − t_min)/(T − t_i)`.
 * - `cagr` needs positive values at both ends (zero or negative → `invalid-for-growth-rate`).
 * - `logit`: constant growth of `L = ln(Y/(1−Y))`, `Y` the value scaled to the natural limits
 *   (bounded growth for percentages), at the mean of the per-interval slopes
 *   `(L_i − L_{i−1})/(t_i − t_{i−1})` (ESCAP/PSA, UNICEF MENARO), from the last point; every value
 *   must lie strictly inside the limits.
 * - `average-annual-change`: the average change per year over the last `window` changes (five by
 *   default, German DNS), divided by the actual years elapsed.
 *
 * @example
 * ```ts
 * import { projectSeries } from "cast-plan";
 * const p = projectSeries([2018, 2023], [10, 15], { kind: "linear", targetYear: 2030 });
 * p.status === "measured" ? p.projected : -1 // ~> 22
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type ProjectionKind =
  | "cagr"
  | "linear"
  | "weighted-linear"
  | "logit"
  | "average-annual-change";

/**
 * Every projection kind, in the order results list them.
 *
 * @example
 * ```ts
 * import { PROJECTION_KINDS } from "cast-plan";
 * PROJECTION_KINDS.length // => 5
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export const PROJECTION_KINDS: readonly ProjectionKind[] = [
  "cagr",
  "linear",
  "weighted-linear",
  "logit",
  "average-annual-change",
];

/**
 * A target as a point: the value `y*` to reach by the year `T` (decimal years).
 *
 * @example
 * ```ts
 * import type { ProgressTarget } from "cast-plan";
 * const target: ProgressTarget = { value: 70, year: 2030 };
 * target.year // => 2030
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface ProgressTarget {
  /** The target value `y*`. */
  readonly value: number;
  /** The target year `T`. */
  readonly year: number;
}

/**
 * The series every progress method takes: observations as parallel `years` and `values` (any
 * order; the result does not depend on it), the desired `direction` and an optional target.
 *
 * @example
 * ```ts
 * import { assessProgress, type ProgressSeries } from "cast-plan";
 * const series: ProgressSeries = { years: [2015, 2022], values: [40, 50], direction: "increase", target: { value: 70, year: 2030 } };
 * const r = assessProgress(series, { method: "unsd" });
 * r.status === "measured" ? r.category : "" // => "fair-progress"
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface ProgressSeries {
  /** The years of the observations (decimal years). */
  readonly years: readonly number[];
  /** The values, one per year. */
  readonly values: readonly number[];
  /** The desired direction `d`. */
  readonly direction: ProgressDirection;
  /** The quantitative target, if any. */
  readonly target?: ProgressTarget | undefined;
}

/**
 * The series methods {@link assessProgress} dispatches to.
 *
 * @example
 * ```ts
 * import { PROGRESS_METHODS } from "cast-plan";
 * PROGRESS_METHODS.join(", ") // => "linear, escap, eurostat, statcan, unsd, dns"
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export type ProgressMethod = "linear" | "escap" | "eurostat" | "statcan" | "unsd" | "dns";

/**
 * Every series method, in the order the guide lists them.
 *
 * @example
 * ```ts
 * import { PROGRESS_METHODS } from "cast-plan";
 * PROGRESS_METHODS.length // => 6
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export const PROGRESS_METHODS: readonly ProgressMethod[] = [
  "linear",
  "escap",
  "eurostat",
  "statcan",
  "unsd",
  "dns",
];

/**
 * The observations and target a method actually used (after sorting, windowing and the choice
 * of base point), so a result can be checked by hand.
 *
 * @example
 * ```ts
 * import { assessStatCan } from "cast-plan";
 * const r = assessStatCan({ years: [2015, 2018, 2022], values: [60, 64, 70], direction: "increase" });
 * r.status === "measured" ? r.inputsUsed.years : [] // => [2015, 2022]
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface InputsUsed {
  /** The years used (ascending). */
  readonly years: readonly number[];
  /** The values used, one per year. */
  readonly values: readonly number[];
  /** The target used (after a zero replacement, if any), or `undefined`. */
  readonly target: ProgressTarget | undefined;
}

/**
 * The fields every series method's result shares.
 *
 * @example
 * ```ts
 * import { assessProgress } from "cast-plan";
 * const r = assessProgress({ years: [2017, 2022], values: [8, 8.3], direction: "increase" }, { method: "eurostat" });
 * r.status === "measured" ? [r.method, r.category, r.achieved] : [] // => ["eurostat", "moderate-progress", undefined]
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface ProgressMethodResult<M extends ProgressMethod, C extends string> {
  /** The method. */
  readonly method: M;
  /** Whether the latest value used meets the target (`undefined` without a target). */
  readonly achieved: boolean | undefined;
  /** The number the category is read from; each method documents its meaning. `undefined` only
   * when the target is already achieved and the method's ratio is undefined. */
  readonly value: number | undefined;
  /** The category (status, arrow, symbol or score band) in the method's own terms. */
  readonly category: C;
  /** The observations and target used. */
  readonly inputsUsed: InputsUsed;
}

/**
 * What to do with a period in which some units expected to report a `sum`, `mean` or `ratio`
 * indicator have not: `refuse` (the default: the period has no combined figure and the assessment
 * goes on with the complete periods), `carry-forward` (the unit's last report before the period
 * stands in for it; COINr `impute_panel`, "latest"), or `interpolate` (linear between the unit's
 * reports before and after the period, both by the assessment date; else the period is refused).
 *
 * @remarks
 * Never a partial sum: a figure with a unit missing is refused or completed, and every completed
 * figure is flagged. Sources: the OECD/JRC Handbook on Constructing Composite Indicators (2008),
 * step 3, imputation of missing data; COINr `impute_panel`,
 * https://bluefoxr.github.io/COINr/reference/impute_panel.html. See the methodology guide.
 *
 * @example
 * ```ts
 * import type { CompletenessPolicy } from "cast-plan";
 * const policy: CompletenessPolicy = "carry-forward";
 * policy // => "carry-forward"
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export type CompletenessPolicy = "refuse" | "carry-forward" | "interpolate";

/**
 * The completeness options every function that combines units' reports takes
 * ({@link combineObservations}, the roll-ups, `buildProgressReport`).
 *
 * @example
 * ```ts
 * import type { CompletenessOptions } from "cast-plan";
 * const options: CompletenessOptions = { completeness: "carry-forward", maxCarryYears: 2 };
 * options.maxCarryYears // => 2
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface CompletenessOptions {
  /** What to do with a period in which an expected unit has not reported; `refuse` by default. */
  readonly completeness?: CompletenessPolicy | undefined;
  /** With `carry-forward`: the oldest report carried, in years before the period (finite, ≥ 0;
   * COINr's `max_time`); no limit by default. A unit without a report that recent leaves the
   * period refused. */
  readonly maxCarryYears?: number | undefined;
}

/**
 * How a combined figure was completed: a missing unit's report carried forward, or interpolated.
 *
 * @example
 * ```ts
 * import type { ImputationKind } from "cast-plan";
 * const kind: ImputationKind = "interpolated";
 * kind // => "interpolated"
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export type ImputationKind = "carried-forward" | "interpolated";

/**
 * A period of an indicator in which some units expected to report did not.
 *
 * @example
 * ```ts
 * import type { IncompletePeriod } from "cast-plan";
 * const p: IncompletePeriod = { period: "2024", year: 2024, expected: ["a", "b", "c"], missing: ["c"], outcome: "refused", sources: [] };
 * p.missing // => ["c"]
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface IncompletePeriod {
  /** The period as written (`2024`, `2024-06`). */
  readonly period: string;
  /** The period end as a decimal year. */
  readonly year: number;
  /** The units expected to report for it, sorted. */
  readonly expected: readonly string[];
  /** The expected units without a report, sorted. */
  readonly missing: readonly string[];
  /** `refused` (no combined figure), `carried-forward` or `interpolated`. */
  readonly outcome: "refused" | ImputationKind;
  /** Per missing unit (sorted), the periods its figure was taken from (one carried forward, two
   * interpolated between); empty when the period is refused. */
  readonly sources: readonly { readonly unitId: string; readonly periods: readonly string[] }[];
}

/**
 * A period in which units not declared in `expectedReporters` reported (their reports are
 * combined).
 *
 * @example
 * ```ts
 * import type { UndeclaredReport } from "cast-plan";
 * const r: UndeclaredReport = { period: "2023", year: 2023, units: ["d"] };
 * r.units // => ["d"]
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface UndeclaredReport {
  /** The period as written. */
  readonly period: string;
  /** The period end as a decimal year. */
  readonly year: number;
  /** The units that reported without being declared for it, sorted. */
  readonly units: readonly string[];
}

/**
 * What the completeness check found for one indicator's whole-population series: its incomplete
 * periods and undeclared reports, in period order. Only periods combined from units' reports are
 * checked (a whole-population figure for a period is used as is).
 *
 * @example
 * ```ts
 * import type { IndicatorCompleteness } from "cast-plan";
 * const c: IndicatorCompleteness = { incomplete: [], undeclared: [] };
 * c.incomplete.length // => 0
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface IndicatorCompleteness {
  /** The periods in which expected units did not report, and what was done. */
  readonly incomplete: readonly IncompletePeriod[];
  /** The periods with reports from units not declared for them. */
  readonly undeclared: readonly UndeclaredReport[];
}
