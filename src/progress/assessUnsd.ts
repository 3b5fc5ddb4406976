import { firstAtOrAfter, isUnmeasurable, meets, readSeries, used } from "./methods/input.js";
import { compoundGrowthRate, measured, show, unmeasurable, warn } from "./methods/numbers.js";
import type {
  ProgressMethodResult,
  ProgressOutcome,
  ProgressSeries,
  ProgressWarning,
} from "./types.js";

/**
 * The options of {@link assessUnsd} (the series comes first, see {@link ProgressSeries}).
 *
 * @category Progress
 * @since 0.2.0
 */
export interface UnsdOptions {
  /** The base year: the first observation at or after it is the base (UNSD: 2015); the first
   * observation by default. */
  readonly baseYear?: number | undefined;
}

/**
 * The UNSD Progress Chart level: `on-track` (3, "target met or on track"), `fair-progress`
 * (2, "fair progress, acceleration needed"), `stagnation-or-regression` (1).
 *
 * @example
 * ```ts
 * import { assessUnsd } from "cast-plan";
 * const r = assessUnsd({ years: [2015, 2022], values: [50, 55], direction: "decrease", target: { value: 25, year: 2030 } });
 * r.status === "measured" ? [r.category, r.score] : [] // => ["stagnation-or-regression", 1]
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export type UnsdCategory = "on-track" | "fair-progress" | "stagnation-or-regression";

/**
 * The measured part of {@link assessUnsd}'s result. `value` is the ratio
 * `d·(v_e − v_b)/|v_T − v_b|` with a target (`undefined` only when the target is already achieved
 * and the ratio is undefined) and `d·CAGR` without; `achieved` whether the latest value used (the
 * last one by the target year) meets the target.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface UnsdAssessment extends ProgressMethodResult<"unsd", UnsdCategory> {
  /** `target` (projection ratio) or `no-target` (fixed growth thresholds). */
  readonly rule: "target" | "no-target";
  /** The observed compound annual growth rate (`undefined` only when achieved without one). */
  readonly rate: number | undefined;
  /** The projected value `v_e` at the target year (target rule only). */
  readonly projected: number | undefined;
  /** 3, 2 or 1, as `category`. */
  readonly score: 1 | 2 | 3;
  /** Whether the target year is not after the latest observation: then only observations up to
   * the target year are used and the target is judged at the deadline. */
  readonly targetYearPassed: boolean;
}

/**
 * Assesses progress with the UNSD Progress Chart-style 3-level method (as documented by Eustat).
 *
 * @remarks
 * The base and the latest observations are used. With a target: `v_e = v_t·(1 + CAGR)^(T − t)` and
 * the direction-aware ratio `d·(v_e − v_b)/|v_T − v_b|` (equal to ESCAP's anticipated progress
 * with CAGR); ≥ 0.95 → 3, ≥ 0.10 → 2, else 1. Target achieved is checked first: a latest value
 * that meets the target scores 3 even when the target equals the base value. A target year not
 * after the latest observation is "passed": the observations after it are dropped (Eustat "assess
 * up to the target year"), the target is judged at the last observation by the deadline, and a
 * missed target is classified by the ratio at that point, never by a projection backwards
 * (warning `target-year-passed`). Without a target: `d·CAGR` ≥ 2 % → 3, ≥ 0.5 % → 2, else 1.
 * Compound growth needs positive values: a zero or negative base or latest value →
 * `invalid-for-growth-rate` (unless the target is already achieved).
 * Source: github.com/EUSTAT-DES/site `_pages/en/metodologia.md` (citing the UNSD Progress Chart
 * Technical Note 2023, https://unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf).
 *
 * @param series - The observations, direction and optional target.
 * @param options - The base year.
 * @returns The ratio and the 3-level score.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessUnsd } from "cast-plan";
 * const r = assessUnsd({ years: [2015, 2022], values: [50, 48], direction: "decrease", target: { value: 25, year: 2030 } });
 * r.status === "measured" ? r.value : -1 // ~> 0.167518
 * ```
 *
 * @see [Progress methodology: UNSD Progress Chart](../../docs/guides/methodology.md#unsd-progress-chart-eustat-assessunsd)
 * @category Progress
 * @since 0.1.0
 */
export function assessUnsd(
  series: ProgressSeries,
  options: UnsdOptions = {},
): ProgressOutcome<UnsdAssessment> {
  const s = readSeries("assessUnsd", series);
  if (isUnmeasurable(s)) return s;
  const { years, values, d, target } = s;
  const b = firstAtOrAfter(years, options.baseYear);
  const warnings: ProgressWarning[] = [];
  // The latest observation used: by the target year when that has passed.
  let last = years.length - 1;
  const passed = target !== undefined && last >= 0 && !(target.year > (years[last] ?? 0));
  if (target && passed) {
    while (last >= 0 && (years[last] ?? 0) > target.year) last--;
    warnings.push(
      warn(
        "target-year-passed",
        `the target year ${show(target.year)} has passed: judged at the deadline`,
      ),
    );
  }
  const baseYear = years[b];
  const baseValue = values[b];
  const year = years[last];
  const value = values[last];
  if (b < 0 || baseYear === undefined || baseValue === undefined)
    return unmeasurable("insufficient-data", "no observation at or after the base year");
  if (year === undefined || value === undefined || last < b)
    return unmeasurable(
      passed ? "target-year-passed" : "insufficient-data",
      "no observation between the base year and the target year",
      warnings,
    );
  const inputsUsed = used(s, b === last ? [b] : [b, last], target);
  const rate = year > baseYear ? compoundGrowthRate(baseYear, baseValue, year, value) : undefined;
  const targetPart = target ? ratioOf(target, rate) : undefined;
  if (target && meets(value, target.value, d))
    return measured(
      {
        method: "unsd",
        rule: "target",
        achieved: true,
        value: targetPart?.ratio,
        category: "on-track",
        inputsUsed,
        rate,
        projected: targetPart?.projected,
        score: 3,
        targetYearPassed: passed,
      },
      warnings,
    );
  if (!(year > baseYear))
    return unmeasurable("insufficient-data", "needs observations in two different years", warnings);
  if (rate === undefined)
    return unmeasurable(
      "invalid-for-growth-rate",
      `a compound growth rate needs positive values (${show(baseValue)} in ${show(baseYear)} → ${show(value)} in ${show(year)})`,
      warnings,
    );
  if (!target) {
    const ratio = d * rate;
    const score = ratio >= 0.02 ? 3 : ratio >= 0.005 ? 2 : 1;
    return measured(
      {
        method: "unsd",
        rule: "no-target",
        achieved: undefined,
        value: ratio,
        category: CATEGORY[score],
        inputsUsed,
        rate,
        projected: undefined,
        score,
        targetYearPassed: false,
      },
      warnings,
    );
  }
  if (!targetPart)
    return unmeasurable("degenerate-range", "the target equals the base value", warnings);
  const score = targetPart.ratio >= 0.95 ? 3 : targetPart.ratio >= 0.1 ? 2 : 1;
  return measured(
    {
      method: "unsd",
      rule: "target",
      achieved: false,
      value: targetPart.ratio,
      category: CATEGORY[score],
      inputsUsed,
      rate,
      projected: targetPart.projected,
      score,
      targetYearPassed: passed,
    },
    warnings,
  );

  function ratioOf(
    t: { readonly value: number; readonly year: number },
    g: number | undefined,
  ): { ratio: number; projected: number } | undefined {
    if (g === undefined || baseValue === undefined || value === undefined || year === undefined)
      return undefined;
    const range = Math.abs(t.value - baseValue);
    if (!(range > 0)) return undefined;
    // Never projected backwards: from the last observation used (≤ T) forward to T.
    const projected = value * (1 + g) ** Math.max(0, t.year - year);
    const ratio = (d * (projected - baseValue)) / range;
    return Number.isFinite(ratio) && Number.isFinite(projected) ? { ratio, projected } : undefined;
  }
}

const CATEGORY = { 1: "stagnation-or-regression", 2: "fair-progress", 3: "on-track" } as const;
