import { directionSign, measured, show, unmeasurable, warn } from "./methods/numbers.js";
import type { ProgressDirection, ProgressOutcome, ProgressWarning } from "./types.js";

/**
 * The input of {@link assessStatCan}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface StatCanInput {
  /** The base year `t0`. */
  readonly baseYear: number;
  /** The base value `y0`. */
  readonly baseValue: number;
  /** The current (latest) year `t`. */
  readonly currentYear: number;
  /** The current value `yt`. */
  readonly currentValue: number;
  /** The desired direction (Open SDG `positive` = increase). */
  readonly direction: ProgressDirection;
  /** The quantitative target, if any (method 2); without it method 1 applies. */
  readonly target?: { readonly value: number; readonly year: number } | undefined;
  /** The natural limit the indicator approaches (method 1 only), such as 100 for a percentage. */
  readonly limit?: number | undefined;
  /** The value that replaces a zero base or target; 0.001 as in Open SDG. */
  readonly zeroReplacement?: number | undefined;
}

/**
 * A Statistics Canada / Open SDG progress status.
 *
 * @example
 * ```ts
 * import { assessStatCan } from "cast-plan";
 * const r = assessStatCan({ baseYear: 2015, baseValue: 50, currentYear: 2022, currentValue: 45, direction: "decrease", target: { value: 25, year: 2030 } });
 * r.status === "measured" ? r.progressStatus : "" // => "limited-progress"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type StatCanStatus =
  | "target-achieved"
  | "substantial-progress"
  | "moderate-progress"
  | "limited-progress"
  | "deterioration";

/**
 * The measured part of {@link assessStatCan}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface StatCanAssessment {
  /** `target` (method 2) or `no-target` (method 1). */
  readonly method: "target" | "no-target";
  /** The observed compound annual growth rate. */
  readonly rate: number;
  /** The required rate to the target (method 2 only). */
  readonly requiredRate: number | undefined;
  /** The value classified: `R = sign·d·CAGR/|CAGR_T|` (method 2) or `sign·d·CAGR` (method 1). */
  readonly value: number;
  /** The natural-limit factor `C` (1 without a limit). */
  readonly limitFactor: number;
  /** The status, from the thresholds (not from the score). */
  readonly progressStatus: StatCanStatus;
  /** The score in [−5, 5] for aggregation; 5 when the target is achieved. */
  readonly score: number;
}

function limitFactor(base: number, limit: number | undefined): number {
  if (limit === undefined) return 1;
  const b = Math.abs(base);
  const l = Math.abs(limit);
  if (b >= 2 * l) return 1;
  if (b <= l) return 1 - (b / l) ** 4.44;
  return 1 - ((2 * l - b) / l) ** 4.44;
}

function growth(from: number, to: number, years: number): number | undefined {
  const ratio = to / from;
  if (!(ratio >= 0) || !Number.isFinite(ratio)) return undefined;
  const g = ratio ** (1 / years) - 1;
  return Number.isFinite(g) ? g : undefined;
}

/**
 * Assesses progress with the Statistics Canada method shipped by Open SDG (growth-rate ratio with
 * a target, growth thresholds without, natural-limit factor, score −5…5).
 *
 * @remarks
 * `CAGR = (yt/y0)^(1/(t−t0)) − 1`, `sign = −1` when `y0 < 0`. Method 2: `R = sign·d·CAGR/|CAGR_T|`,
 * thresholds 0.95 / 0.60 / 0; score `min(7.1429R − 4.2857, 5)` for `R ≥ 0.6`, else
 * `max(4.1667R − 2.5, −5)`. Method 1: `v = sign·d·CAGR`, thresholds 1.5 % / 0.5 % / 0 times the
 * limit factor `C` (`a = 4.44`); score `max(125v − 2.5, −5)` below 0, `500v/C − 2.5`, `250v/C − 1.25`,
 * `min(500v/C − 5, 5)` above. Target achieved is checked first (score 5). A zero base or target is
 * replaced by 0.001 (warning `zero-replaced`); `C` uses the base before replacement. The status is
 * taken from the thresholds; the rounded score constants may put the score a hair across a band
 * near R = 0.95. Base and current of opposite signs → `invalid-for-growth-rate`.
 * Sources: github.com/open-sdg/sdg-build `sdg/ProgressMeasure.py` ;
 * https://open-sdg.readthedocs.io/en/latest/progress-methodology/
 *
 * @param input - The base and current points, direction, optional target and limit.
 * @returns The ratio, status and score.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessStatCan } from "cast-plan";
 * const r = assessStatCan({ baseYear: 2015, baseValue: 60, currentYear: 2022, currentValue: 70, direction: "increase", target: { value: 90, year: 2030 } });
 * r.status === "measured" ? r.score : -9 // ~> 1.5188
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function assessStatCan(input: StatCanInput): ProgressOutcome<StatCanAssessment> {
  const { baseYear, currentYear, currentValue, target } = input;
  const d = directionSign(input.direction);
  const replacement = input.zeroReplacement ?? 0.001;
  if (!(currentYear > baseYear))
    return unmeasurable("insufficient-data", "the current year must follow the base year");
  const warnings: ProgressWarning[] = [];
  let base = input.baseValue;
  if (base === 0) {
    base = replacement;
    warnings.push(warn("zero-replaced", `the base value 0 was replaced by ${show(replacement)}`));
  }
  const rate = growth(base, currentValue, currentYear - baseYear);
  if (rate === undefined)
    return unmeasurable(
      "invalid-for-growth-rate",
      `base ${show(input.baseValue)} and current ${show(currentValue)} have opposite signs`,
      warnings,
    );
  const sign = base < 0 ? -1 : 1;
  if (target) {
    let goal = target.value;
    if (goal === 0) {
      goal = replacement;
      warnings.push(warn("zero-replaced", `the target 0 was replaced by ${show(replacement)}`));
    }
    if (!(target.year > baseYear))
      return unmeasurable(
        "degenerate-range",
        "the target year must follow the base year",
        warnings,
      );
    const required = growth(base, goal, target.year - baseYear);
    if (required === undefined || required === 0)
      return unmeasurable(
        required === 0 ? "degenerate-range" : "invalid-for-growth-rate",
        `no required growth rate from ${show(base)} to ${show(goal)}`,
        warnings,
      );
    const value = (sign * d * rate) / Math.abs(required);
    if (!Number.isFinite(value))
      return unmeasurable("invalid-for-growth-rate", "the ratio is not finite", warnings);
    const achieved = d === -1 ? currentValue <= target.value : currentValue >= target.value;
    const progressStatus: StatCanStatus = achieved
      ? "target-achieved"
      : value >= 0.95
        ? "substantial-progress"
        : value >= 0.6
          ? "moderate-progress"
          : value >= 0
            ? "limited-progress"
            : "deterioration";
    const score = achieved
      ? 5
      : value >= 0.6
        ? Math.min(7.1429 * value - 4.2857, 5)
        : Math.max(4.1667 * value - 2.5, -5);
    return measured(
      {
        method: "target",
        rate,
        requiredRate: required,
        value,
        limitFactor: 1,
        progressStatus,
        score,
      },
      warnings,
    );
  }
  const c = limitFactor(input.baseValue, input.limit);
  const value = sign * d * rate;
  const high = 0.015 * c;
  const medium = 0.005 * c;
  let progressStatus: StatCanStatus;
  let score: number;
  if (c <= 0 && value >= 0) {
    progressStatus = "substantial-progress";
    score = 5;
  } else {
    progressStatus =
      value >= high
        ? "substantial-progress"
        : value >= medium
          ? "moderate-progress"
          : value >= 0
            ? "limited-progress"
            : "deterioration";
    score =
      value < 0
        ? Math.max(125 * value - 2.5, -5)
        : value >= high
          ? Math.min((500 * value) / c - 5, 5)
          : value >= medium
            ? (250 * value) / c - 1.25
            : (500 * value) / c - 2.5;
  }
  return measured(
    {
      method: "no-target",
      rate,
      requiredRate: undefined,
      value,
      limitFactor: c,
      progressStatus,
      score,
    },
    warnings,
  );
}
