import { firstAtOrAfter, isUnmeasurable, meets, readSeries, used } from "./methods/input.js";
import { measured, show, unmeasurable, warn } from "./methods/numbers.js";
import type {
  ProgressMethodResult,
  ProgressOutcome,
  ProgressSeries,
  ProgressWarning,
} from "./types.js";

/**
 * The options of {@link assessStatCan} (the series comes first, see {@link ProgressSeries}).
 *
 * @category Progress
 * @since 0.2.0
 */
export interface StatCanOptions {
  /** The base year: the first observation at or after it is the base (Open SDG: 2015, then the
   * next available year); the first observation by default. */
  readonly baseYear?: number | undefined;
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
 * const r = assessStatCan({ years: [2015, 2022], values: [50, 45], direction: "decrease", target: { value: 25, year: 2030 } });
 * r.status === "measured" ? r.category : "" // => "limited-progress"
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
 * The measured part of {@link assessStatCan}'s result. `value` is `R = sign·d·CAGR/|CAGR_T|`
 * (method 2) or `v = sign·d·CAGR` (method 1); `undefined` only when the target is already
 * achieved and `R` is undefined (a target equal to the base, or a target year not after it).
 * `category` is the status from the thresholds (not from the score).
 *
 * @category Progress
 * @since 0.1.0
 */
export interface StatCanAssessment extends ProgressMethodResult<"statcan", StatCanStatus> {
  /** `target` (method 2) or `no-target` (method 1). */
  readonly rule: "target" | "no-target";
  /** The observed compound annual growth rate (0 for a flat zero series). */
  readonly rate: number;
  /** The required rate to the target (method 2 only; `undefined` when it cannot be computed). */
  readonly requiredRate: number | undefined;
  /** The natural-limit factor `C` (1 without a limit). */
  readonly limitFactor: number;
  /** The thresholds `value` was compared with: 0.95 / 0.60 / 0 (method 2), or 1.5 % / 0.5 % / 0
   * times `C` (method 1). */
  readonly thresholds: { readonly high: number; readonly medium: number; readonly low: number };
  /** The piecewise-linear score before it is clamped to [−5, 5]; `undefined` when `value` is,
   * or when `C = 0`. */
  readonly rawScore: number | undefined;
  /** The score in [−5, 5] for aggregation; 5 when the target is achieved. */
  readonly score: number;
}

/**
 * Assesses progress with the Statistics Canada method shipped by Open SDG (growth-rate ratio with
 * a target, growth thresholds without, natural-limit factor, score −5…5).
 *
 * @remarks
 * Only the base and the latest observations are used. `CAGR = (yt/y0)^(1/(t−t0)) − 1`, `sign = −1`
 * when `y0 < 0`: an all-negative series is assessed with its direction flipped (Open SDG's rule),
 * so −50 → −40 with "decrease" is growth toward less negative values, deterioration.
 * Method 2: `R = sign·d·CAGR/|CAGR_T|`, thresholds 0.95 / 0.60 / 0; score
 * `min(7.1429R − 4.2857, 5)` for `R ≥ 0.6`, else `max(4.1667R − 2.5, −5)`. Method 1:
 * `v = sign·d·CAGR`, thresholds 1.5 % / 0.5 % / 0 times the limit factor `C` (`a = 4.44`); score
 * `max(125v − 2.5, −5)` below 0, `500v/C − 2.5`, `250v/C − 1.25`, `min(500v/C − 5, 5)` above.
 * Target achieved is checked first (status `target-achieved`, score 5), before anything that could
 * make the ratio undefined: a latest value that meets the target is achieved even when the target
 * equals the base value or the target year is not after the base year. A zero base or target is
 * replaced by 0.001 (warning `zero-replaced`); `C` uses the base before replacement. A flat zero
 * series (0 → 0) is "no change": `CAGR = 0` rather than the −100 %/year the replacement would
 * give. The status is taken from the thresholds; the rounded score constants may put the score a
 * hair across a band near R = 0.95. Base and current of opposite signs →
 * `invalid-for-growth-rate`.
 * Sources: github.com/open-sdg/sdg-build `sdg/ProgressMeasure.py` ;
 * https://open-sdg.readthedocs.io/en/latest/progress-methodology/
 *
 * @param series - The observations, direction and optional target.
 * @param options - The base year, natural limit and zero replacement.
 * @returns The ratio, status and score.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessStatCan } from "cast-plan";
 * const r = assessStatCan({ years: [2015, 2022], values: [60, 70], direction: "increase", target: { value: 90, year: 2030 } });
 * r.status === "measured" ? r.score : -9 // ~> 1.5188
 * ```
 *
 * @see [Progress methodology: Statistics Canada / Open SDG](../../docs/guides/methodology.md#statistics-canada-open-sdg--assessstatcan)
 * @category Progress
 * @since 0.1.0
 */
export function assessStatCan(
  series: ProgressSeries,
  options: StatCanOptions = {},
): ProgressOutcome<StatCanAssessment> {
  const s = readSeries("assessStatCan", series);
  if (isUnmeasurable(s)) return s;
  const { years, values, d, target } = s;
  const n = years.length;
  const b = firstAtOrAfter(years, options.baseYear);
  const baseYear = years[b];
  const baseValue = values[b];
  const currentYear = years[n - 1];
  const currentValue = values[n - 1];
  if (
    b < 0 ||
    baseYear === undefined ||
    baseValue === undefined ||
    currentYear === undefined ||
    currentValue === undefined
  )
    return unmeasurable("insufficient-data", "no observation at or after the base year");
  const replacement = options.zeroReplacement ?? 0.001;
  const warnings: ProgressWarning[] = [];
  const inputsUsed = used(s, [b, n - 1], target);
  const achieved = target ? meets(currentValue, target.value, d) : undefined;
  const ratio = targetRatio();
  if (achieved) {
    // Target achieved is checked first (Open SDG): status and score do not need the ratio.
    const value = ratio && "value" in ratio ? ratio.value : undefined;
    return measured(
      {
        method: "statcan",
        rule: "target",
        achieved: true,
        value,
        category: "target-achieved",
        inputsUsed,
        rate: ratio && "rate" in ratio ? ratio.rate : 0,
        requiredRate: ratio && "required" in ratio ? ratio.required : undefined,
        limitFactor: 1,
        thresholds: TARGET_THRESHOLDS,
        rawScore: value === undefined ? undefined : targetScore(value),
        score: 5,
      },
      warnings,
    );
  }
  if (!(currentYear > baseYear))
    return unmeasurable(
      "insufficient-data",
      "the current year must follow the base year",
      warnings,
    );
  const rate = growth(baseValue, currentValue, currentYear - baseYear, replacement, warnings);
  if (rate === undefined)
    return unmeasurable(
      "invalid-for-growth-rate",
      `base ${show(baseValue)} and current ${show(currentValue)} have opposite signs`,
      warnings,
    );
  const sign = baseValue < 0 ? -1 : 1;
  if (target) {
    if (!ratio) return unmeasurable("insufficient-data", "no target ratio", warnings);
    if ("failure" in ratio) return ratio.failure;
    const value = ratio.value;
    const category: StatCanStatus =
      value >= 0.95
        ? "substantial-progress"
        : value >= 0.6
          ? "moderate-progress"
          : value >= 0
            ? "limited-progress"
            : "deterioration";
    const rawScore = targetScore(value);
    return measured(
      {
        method: "statcan",
        rule: "target",
        achieved: false,
        value,
        category,
        inputsUsed: used(s, [b, n - 1], { value: ratio.goal, year: target.year }),
        rate,
        requiredRate: ratio.required,
        limitFactor: 1,
        thresholds: TARGET_THRESHOLDS,
        rawScore,
        score: Math.min(Math.max(rawScore, -5), 5),
      },
      warnings,
    );
  }
  const c = limitFactor(baseValue, options.limit);
  const value = sign * d * rate || 0;
  const thresholds = { high: 0.015 * c, medium: 0.005 * c, low: 0 };
  let category: StatCanStatus;
  let rawScore: number | undefined;
  if (c <= 0 && value >= 0) {
    category = "substantial-progress";
    rawScore = undefined;
  } else {
    category =
      value >= thresholds.high
        ? "substantial-progress"
        : value >= thresholds.medium
          ? "moderate-progress"
          : value >= 0
            ? "limited-progress"
            : "deterioration";
    rawScore =
      value < 0
        ? 125 * value - 2.5
        : value >= thresholds.high
          ? (500 * value) / c - 5
          : value >= thresholds.medium
            ? (250 * value) / c - 1.25
            : (500 * value) / c - 2.5;
  }
  return measured(
    {
      method: "statcan",
      rule: "no-target",
      achieved: undefined,
      value,
      category,
      inputsUsed,
      rate,
      requiredRate: undefined,
      limitFactor: c,
      thresholds,
      rawScore,
      score: rawScore === undefined ? 5 : Math.min(Math.max(rawScore, -5), 5),
    },
    warnings,
  );

  /** R and the rates behind it, or why they cannot be computed (`undefined` without a target). */
  function targetRatio():
    | { value: number; rate: number; required: number; goal: number }
    | { failure: ReturnType<typeof unmeasurable> }
    | undefined {
    if (!target || baseYear === undefined || baseValue === undefined) return undefined;
    if (currentYear === undefined || currentValue === undefined) return undefined;
    const notes: ProgressWarning[] = [];
    if (!(currentYear > baseYear))
      return {
        failure: unmeasurable("insufficient-data", "the current year must follow the base year"),
      };
    const r = growth(baseValue, currentValue, currentYear - baseYear, replacement, notes);
    if (r === undefined)
      return {
        failure: unmeasurable(
          "invalid-for-growth-rate",
          `base ${show(baseValue)} and current ${show(currentValue)} have opposite signs`,
          notes,
        ),
      };
    let goal = target.value;
    if (goal === 0) {
      goal = replacement;
      notes.push(warn("zero-replaced", `the target 0 was replaced by ${show(replacement)}`));
    }
    if (!(target.year > baseYear))
      return {
        failure: unmeasurable(
          "degenerate-range",
          "the target year must follow the base year",
          notes,
        ),
      };
    const base = baseValue === 0 ? replacement : baseValue;
    const required = growth(base, goal, target.year - baseYear, replacement, []);
    if (required === undefined || required === 0)
      return {
        failure: unmeasurable(
          required === 0 ? "degenerate-range" : "invalid-for-growth-rate",
          `no required growth rate from ${show(base)} to ${show(goal)}`,
          notes,
        ),
      };
    const value = ((baseValue < 0 ? -1 : 1) * d * r) / Math.abs(required);
    if (!Number.isFinite(value))
      return { failure: unmeasurable("invalid-for-growth-rate", "the ratio is not finite", notes) };
    for (const w of notes) if (!warnings.some((x) => x.message === w.message)) warnings.push(w);
    return { value, rate: r, required, goal };
  }
}

const TARGET_THRESHOLDS = { high: 0.95, medium: 0.6, low: 0 } as const;

/** Method 2's piecewise-linear score, before clamping. */
function targetScore(r: number): number {
  return r >= 0.6 ? 7.1429 * r - 4.2857 : 4.1667 * r - 2.5;
}

function limitFactor(base: number, limit: number | undefined): number {
  if (limit === undefined) return 1;
  const b = Math.abs(base);
  const l = Math.abs(limit);
  if (b >= 2 * l) return 1;
  if (b <= l) return 1 - (b / l) ** 4.44;
  return 1 - ((2 * l - b) / l) ** 4.44;
}

/**
 * `(to/from)^(1/years) − 1` with a zero base replaced (warning once); a flat zero series is 0.
 * `undefined` for opposite signs or a non-finite result.
 */
function growth(
  from: number,
  to: number,
  years: number,
  replacement: number,
  warnings: ProgressWarning[],
): number | undefined {
  if (from === 0 && to === 0) return 0;
  let base = from;
  if (base === 0) {
    base = replacement;
    const w = warn("zero-replaced", `the base value 0 was replaced by ${show(replacement)}`);
    if (!warnings.some((x) => x.message === w.message)) warnings.push(w);
  }
  const ratio = to / base;
  if (!(ratio >= 0) || !Number.isFinite(ratio)) return undefined;
  const g = ratio ** (1 / years) - 1;
  return Number.isFinite(g) ? g : undefined;
}
