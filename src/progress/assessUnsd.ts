import {
  compoundGrowthRate,
  directionSign,
  measured,
  show,
  unmeasurable,
} from "./methods/numbers.js";
import type { ProgressDirection, ProgressOutcome } from "./types.js";

/**
 * The input of {@link assessUnsd}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface UnsdInput {
  /** The base year `b`. */
  readonly baseYear: number;
  /** The base value `v_b`. */
  readonly baseValue: number;
  /** The latest year `t`. */
  readonly currentYear: number;
  /** The latest value `v_t`. */
  readonly currentValue: number;
  /** The desired direction. */
  readonly direction: ProgressDirection;
  /** The target; without it the fixed 2 % / 0.5 % growth rule applies. */
  readonly target?: { readonly value: number; readonly year: number } | undefined;
}

/**
 * The measured part of {@link assessUnsd}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface UnsdAssessment {
  /** The observed compound annual growth rate. */
  readonly rate: number;
  /** With a target, `d·(v_e − v_b)/|v_T − v_b|` (`v_e` the CAGR projection); without, `d·CAGR`. */
  readonly ratio: number;
  /** The projected value at the target year (target rule only). */
  readonly projected: number | undefined;
  /** 3 "target met or on track", 2 "fair progress, acceleration needed", 1 "stagnation or regression". */
  readonly score: 1 | 2 | 3;
  /** Whether the current value already meets the target (then the score is 3). */
  readonly achieved: boolean;
}

/**
 * Assesses progress with the UNSD Progress Chart-style 3-level method (as documented by Eustat).
 *
 * @remarks
 * With a target: `v_e = v_t·(1 + CAGR)^(T − t)` and the direction-aware ratio
 * `d·(v_e − v_b)/|v_T − v_b|` (equal to ESCAP's anticipated progress with CAGR); ≥ 0.95 → 3,
 * ≥ 0.10 → 2, else 1; a current value that meets the target scores 3. Without a target: `d·CAGR`
 * ≥ 2 % → 3, ≥ 0.5 % → 2, else 1.
 * Source: github.com/EUSTAT-DES/site `_pages/en/metodologia.md` (citing the UNSD Progress Chart
 * Technical Note 2023).
 *
 * @param input - The base and current points, direction and optional target.
 * @returns The ratio and the 3-level score.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessUnsd } from "cast-plan";
 * const r = assessUnsd({ baseYear: 2015, baseValue: 50, currentYear: 2022, currentValue: 48, direction: "decrease", target: { value: 25, year: 2030 } });
 * r.status === "measured" ? r.ratio : -1 // ~> 0.167518
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function assessUnsd(input: UnsdInput): ProgressOutcome<UnsdAssessment> {
  const { baseYear, baseValue, currentYear, currentValue, target } = input;
  const d = directionSign(input.direction);
  const rate = compoundGrowthRate(baseYear, baseValue, currentYear, currentValue);
  if (rate === undefined)
    return unmeasurable(
      "invalid-for-growth-rate",
      `no growth rate from ${show(baseValue)} (${show(baseYear)}) to ${show(currentValue)} (${show(currentYear)})`,
    );
  if (!target) {
    const ratio = d * rate;
    const score = ratio >= 0.02 ? 3 : ratio >= 0.005 ? 2 : 1;
    return measured({ rate, ratio, projected: undefined, score, achieved: false });
  }
  const range = Math.abs(target.value - baseValue);
  if (!(range > 0)) return unmeasurable("degenerate-range", "the target equals the base value");
  const projected = currentValue * (1 + rate) ** (target.year - currentYear);
  const ratio = (d * (projected - baseValue)) / range;
  if (!Number.isFinite(ratio))
    return unmeasurable("invalid-for-growth-rate", "the projection is not finite");
  const achieved = d * (currentValue - target.value) >= 0;
  const score = achieved || ratio >= 0.95 ? 3 : ratio >= 0.1 ? 2 : 1;
  return measured({ rate, ratio, projected, score, achieved });
}
