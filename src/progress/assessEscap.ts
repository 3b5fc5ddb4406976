import type { Comparator } from "../schemas/indicator.js";
import { computeDistanceShare, type DistanceShare } from "./computeDistanceShare.js";
import { isUnmeasurable, readSeries, used } from "./methods/input.js";
import { show, unmeasurable } from "./methods/numbers.js";
import { projectSeries } from "./projectSeries.js";
import type {
  ProgressMethodResult,
  ProgressOutcome,
  ProgressSeries,
  ProgressWarning,
  ProjectionKind,
} from "./types.js";

/**
 * The options of {@link assessEscap} (the series comes first, see {@link ProgressSeries}).
 *
 * @category Progress
 * @since 0.2.0
 */
export interface EscapOptions {
  /** How the current value is compared with the target; `>=` / `<=` by default. */
  readonly comparator?: Comparator | undefined;
  /** The projection for anticipated progress; `cagr` by default (as in ESCAP's 2017–2019 reports). */
  readonly projection?: ProjectionKind | undefined;
  /** The natural limits (for `logit`, and to flag projections outside them). */
  readonly limits?:
    | { readonly min?: number | undefined; readonly max?: number | undefined }
    | undefined;
  /** The fewest observations anticipated progress needs; 2 by default (PSA uses 3). */
  readonly minimumObservations?: number | undefined;
  /** The number of intervals `n` whose average annual change the `average-annual-change`
   * projection uses (the last `n` changes); 5 by default. */
  readonly intervals?: number | undefined;
}

/**
 * The ESCAP dashboard category: `maintain` (on track), `accelerate`, `reverse` (the trend), plus
 * `insufficient-data`, and the library's `target-year-passed` (no projection once the target year
 * is not after the latest observation).
 *
 * @example
 * ```ts
 * import { assessEscap } from "cast-plan";
 * const r = assessEscap({ years: [2015, 2022], values: [50, 55], direction: "decrease", target: { value: 25, year: 2030 } });
 * r.status === "measured" ? r.category : "" // => "reverse"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type EscapCategory =
  | "maintain"
  | "accelerate"
  | "reverse"
  | "insufficient-data"
  | "target-year-passed";

/**
 * ESCAP anticipated progress: the projected value and its share of the required progress.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface EscapAnticipated {
  /** The projection used. */
  readonly projection: ProjectionKind;
  /** The projection's rate: the growth rate (`cagr`), slope per year (linear kinds, average
   * annual change) or logit slope per year (`logit`). */
  readonly rate: number;
  /** The projected value `ŷ_T`. */
  readonly projected: number;
  /** The anticipated progress index `AP = d·(ŷ_T − y0)/|y* − y0|`. */
  readonly share: number;
  /** The gap `1 − AP`. */
  readonly gap: number;
}

/**
 * The measured part of {@link assessEscap}'s result. `value` is the anticipated progress index
 * `AP` (`undefined` when anticipated progress could not be computed; `anticipated` says why),
 * `category` the dashboard category, `achieved` whether the latest value meets the target.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface EscapAssessment extends ProgressMethodResult<"escap", EscapCategory> {
  /** The Current Status Index (the distance share), raw and capped. */
  readonly currentStatus: DistanceShare;
  /** The anticipated progress, or why it could not be computed. */
  readonly anticipated: ProgressOutcome<EscapAnticipated>;
  /** The base year and value used. */
  readonly base: { readonly year: number; readonly value: number };
  /** The latest year and value used. */
  readonly latest: { readonly year: number; readonly value: number };
}

/**
 * Assesses a series with UN ESCAP's Current Status Index and Anticipated Progress Index.
 *
 * @remarks
 * `CS = d·(yt − y0)/|y* − y0|` (capped at 1 when the target is met). The series is projected to
 * `T` ({@link projectSeries}); `AP = d·(ŷ_T − y0)/|y* − y0|`, gap `1 − AP`; `AP ≥ 1` → maintain,
 * `0 < AP < 1` → accelerate, `AP ≤ 0` → reverse. The first point is the base. Needs a target
 * (`no-target`) and two observations (`insufficient-data`: with one observation the current
 * status is not measured, as in ESCAP's "insufficient data"); baseline equal to target →
 * `degenerate-range`. With the `cagr` projection a zero or negative value at either end makes
 * anticipated progress `invalid-for-growth-rate` (category `insufficient-data`); use `linear`
 * for such series.
 * Source: https://data.unescap.org/resource-guides/progress-assessment-methodology
 *
 * @param series - The observations, direction and target.
 * @param options - The projection, comparator, limits and minimum observations.
 * @returns The current status, anticipated progress and category.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessEscap } from "cast-plan";
 * const r = assessEscap({ years: [2015, 2022], values: [40, 50], direction: "increase", target: { value: 70, year: 2030 } });
 * r.status === "measured" ? r.category : "" // => "accelerate"
 * r.status === "measured" ? r.value : -1 // ~> 0.817482
 * ```
 *
 * @see [Progress methodology: ESCAP](../../docs/guides/methodology.md#escap-assessescap)
 * @category Progress
 * @since 0.1.0
 */
export function assessEscap(
  series: ProgressSeries,
  options: EscapOptions = {},
): ProgressOutcome<EscapAssessment> {
  const s = readSeries("assessEscap", series);
  if (isUnmeasurable(s)) return s;
  const { years, values, target } = s;
  if (!target)
    return unmeasurable("insufficient-data", "ESCAP's indices need a target value and year");
  const n = years.length;
  const t0 = years[0];
  const y0 = values[0];
  const t = years[n - 1];
  const yt = values[n - 1];
  if (t0 === undefined || y0 === undefined || t === undefined || yt === undefined)
    return unmeasurable("insufficient-data", "no observations");
  if (n < 2)
    return unmeasurable(
      "insufficient-data",
      "the current status needs two observations (base and latest); one available",
    );
  const cs = computeDistanceShare({
    baseline: y0,
    current: yt,
    target: target.value,
    direction: series.direction,
    comparator: options.comparator,
  });
  if (cs.status === "unmeasurable") return cs;
  const warnings: ProgressWarning[] = [...cs.warnings];
  const currentStatus: DistanceShare = {
    raw: cs.raw,
    clamped: cs.clamped,
    achieved: cs.achieved,
    regressed: cs.regressed,
  };
  const kind = options.projection ?? "cagr";
  const minimum = Math.max(2, options.minimumObservations ?? 2);
  let anticipated: ProgressOutcome<EscapAnticipated>;
  let category: EscapCategory;
  let usedIndices = [0, n - 1];
  if (n < minimum) {
    anticipated = unmeasurable(
      "insufficient-data",
      `anticipated progress needs ${minimum} observations; ${n} available`,
    );
    category = "insufficient-data";
  } else if (!(target.year > t)) {
    anticipated = unmeasurable(
      "target-year-passed",
      `the target year ${show(target.year)} is not after the latest observation (${show(t)})`,
    );
    category = "target-year-passed";
  } else {
    const p = projectSeries(years, values, {
      kind,
      targetYear: target.year,
      limits: options.limits,
      window: options.intervals,
    });
    if (p.status === "unmeasurable") {
      anticipated = p;
      category = "insufficient-data";
    } else {
      const range = Math.abs(target.value - y0);
      const share = (s.d * (p.projected - y0)) / range;
      if (!Number.isFinite(share)) {
        anticipated = unmeasurable(
          "degenerate-range",
          "the required progress is too small to divide by",
        );
        category = "insufficient-data";
      } else {
        anticipated = {
          status: "measured",
          projection: kind,
          rate: p.rate,
          projected: p.projected,
          share,
          gap: 1 - share,
          warnings: p.warnings,
        };
        category = share >= 1 ? "maintain" : share > 0 ? "accelerate" : "reverse";
        // The projection's points: both ends (cagr) or the last `yearsUsed.length` points.
        if (kind !== "cagr") usedIndices = years.map((_, i) => i).slice(n - p.yearsUsed.length);
      }
    }
  }
  return {
    status: "measured",
    method: "escap",
    achieved: currentStatus.achieved,
    value: anticipated.status === "measured" ? anticipated.share : undefined,
    category,
    inputsUsed: used(s, usedIndices, target),
    currentStatus,
    anticipated,
    base: { year: t0, value: y0 },
    latest: { year: t, value: yt },
    warnings,
  };
}
