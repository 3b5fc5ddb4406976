import type { Comparator } from "../schemas/indicator.js";
import { computeDistanceShare, type DistanceShare } from "./computeDistanceShare.js";
import { directionSign, nonFiniteInput, show, unmeasurable, warn } from "./methods/numbers.js";
import { sortSeries } from "./methods/projection.js";
import { projectSeries } from "./projectSeries.js";
import type {
  ProgressDirection,
  ProgressOutcome,
  ProgressWarning,
  ProjectionKind,
} from "./types.js";

/**
 * The input of {@link assessEscap}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface EscapInput {
  /** The years of the observations, base year first (any order is accepted). */
  readonly years: readonly number[];
  /** The values, one per year. */
  readonly values: readonly number[];
  /** The target value `y*`. */
  readonly target: number;
  /** The target year `T`. */
  readonly targetYear: number;
  /** The desired direction. */
  readonly direction: ProgressDirection;
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
}

/**
 * The ESCAP dashboard category: `maintain` (on track), `accelerate`, `reverse` (the trend), plus
 * `insufficient-data`, and the library's `target-year-passed` (no projection once the target year
 * is not after the latest observation).
 *
 * @example
 * ```ts
 * import { assessEscap } from "cast-plan";
 * const r = assessEscap({ years: [2015, 2022], values: [50, 55], target: 25, targetYear: 2030, direction: "decrease" });
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
  /** The projected value `ŷ_T`. */
  readonly projected: number;
  /** The anticipated progress index `AP = d·(ŷ_T − y0)/|y* − y0|`. */
  readonly share: number;
  /** The gap `1 − AP`. */
  readonly gap: number;
}

/**
 * The measured part of {@link assessEscap}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface EscapAssessment {
  /** The Current Status Index (the distance share), raw and capped. */
  readonly currentStatus: DistanceShare;
  /** The anticipated progress, or why it could not be computed. */
  readonly anticipated: ProgressOutcome<EscapAnticipated>;
  /** The dashboard category. */
  readonly category: EscapCategory;
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
 * `0 < AP < 1` → accelerate, `AP ≤ 0` → reverse. The first point is the base. Baseline equal to
 * target → `unmeasurable` (`degenerate-range`).
 * Source: https://data.unescap.org/resource-guides/progress-assessment-methodology
 *
 * @param input - The series, target, direction and projection.
 * @returns The current status, anticipated progress and category.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessEscap } from "cast-plan";
 * const r = assessEscap({ years: [2015, 2022], values: [40, 50], target: 70, targetYear: 2030, direction: "increase" });
 * r.status === "measured" ? r.category : "" // => "accelerate"
 * r.status === "measured" && r.anticipated.status === "measured" ? r.anticipated.share : -1 // ~> 0.817482
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function assessEscap(input: EscapInput): ProgressOutcome<EscapAssessment> {
  const bad = nonFiniteInput(
    "assessEscap",
    input.years,
    input.values,
    input.target,
    input.targetYear,
  );
  if (bad) return bad;
  const { years, values } = sortSeries(input.years, input.values);
  const n = years.length;
  const t0 = years[0];
  const y0 = values[0];
  const t = years[n - 1];
  const yt = values[n - 1];
  if (t0 === undefined || y0 === undefined || t === undefined || yt === undefined)
    return unmeasurable("insufficient-data", "no observations");
  const cs = computeDistanceShare({
    baseline: y0,
    current: yt,
    target: input.target,
    direction: input.direction,
    comparator: input.comparator,
  });
  if (cs.status === "unmeasurable") return cs;
  const warnings: ProgressWarning[] = [...cs.warnings];
  const currentStatus: DistanceShare = {
    raw: cs.raw,
    clamped: cs.clamped,
    achieved: cs.achieved,
    regressed: cs.regressed,
  };
  const kind = input.projection ?? "cagr";
  const minimum = Math.max(2, input.minimumObservations ?? 2);
  let anticipated: ProgressOutcome<EscapAnticipated>;
  let category: EscapCategory;
  if (n < minimum) {
    anticipated = unmeasurable(
      "insufficient-data",
      `anticipated progress needs ${minimum} observations; ${n} available`,
    );
    category = "insufficient-data";
  } else if (!(input.targetYear > t)) {
    anticipated = unmeasurable(
      "target-year-passed",
      `the target year ${show(input.targetYear)} is not after the latest observation (${show(t)})`,
    );
    category = "target-year-passed";
  } else {
    const p = projectSeries(years, values, {
      kind,
      targetYear: input.targetYear,
      limits: input.limits,
    });
    if (p.status === "unmeasurable") {
      anticipated = p;
      category = "insufficient-data";
    } else {
      const range = Math.abs(input.target - y0);
      const share = (directionSign(input.direction) * (p.projected - y0)) / range;
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
          projected: p.projected,
          share,
          gap: 1 - share,
          warnings: p.warnings,
        };
        category = share >= 1 ? "maintain" : share > 0 ? "accelerate" : "reverse";
      }
    }
  }
  if (n < 2)
    warnings.push(
      warn("insufficient-data", "one observation: the current status is zero by construction"),
    );
  return {
    status: "measured",
    currentStatus,
    anticipated,
    category,
    base: { year: t0, value: y0 },
    latest: { year: t, value: yt },
    warnings,
  };
}
