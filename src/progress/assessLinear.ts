import { firstAtOrAfter, isUnmeasurable, meets, readSeries, used } from "./methods/input.js";
import { clamp01, measured, unmeasurable, warn } from "./methods/numbers.js";
import type {
  ProgressMethodResult,
  ProgressOutcome,
  ProgressSeries,
  ProgressWarning,
} from "./types.js";

/**
 * The options of {@link assessLinear} (the series comes first, see {@link ProgressSeries}).
 *
 * @example
 * ```ts
 * import type { LinearOptions } from "cast-plan";
 * const options: LinearOptions = { baseYear: 2015 };
 * options.baseYear // => 2015
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export interface LinearOptions {
  /** The base: the first observation at or after this year; the first observation by default. */
  readonly baseYear?: number | undefined;
}

/**
 * The linear progress category (a CONVENTION of this library: the sources define the share, not
 * bands): `achieved` when the latest value meets the target, else `progressing` (share above 0),
 * `no-progress` (0) or `regressing` (below 0, away from the target).
 *
 * @category Progress
 * @since 0.2.0
 */
export type LinearCategory = "achieved" | "progressing" | "no-progress" | "regressing";

/**
 * The measured part of {@link assessLinear}'s result. `value` is the raw share of the way from the
 * base to the target `d·(y_last − y_base)/|y* − y_base|` (above 1 past the target, below 0 away
 * from it: IATI's "progress counted from baseline"); `clamped` the same in [0, 1] (ESCAP's
 * current status index, an OKR key result's progression).
 *
 * @category Progress
 * @since 0.2.0
 */
export interface LinearAssessment extends ProgressMethodResult<"linear", LinearCategory> {
  /** The raw share clamped to [0, 1] (1 when the target is met). */
  readonly clamped: number;
}

/**
 * Linear progress of a series toward its target: the share of the distance from the base value
 * to the target covered by the latest value — the one figure behind ESCAP's current status index,
 * IATI's progress counted from the baseline and an OKR key result's progression.
 *
 * @remarks
 * `value = d·(y_last − y_base)/|y* − y_base|` with `d` = +1 for `increase`, −1 for `decrease`;
 * `clamped = min(1, max(0, value))`, and 1 whenever the latest value meets the target
 * (`achieved`). Unlike d3's zero-width scale (OKR trackers return 0.5), a base equal to the target
 * is `degenerate-range`, never a made-up share. Needs a target (`insufficient-data` without one)
 * and two points (one observation cannot show progress from itself). `computeIatiProgress`
 * (IATI result periods with their own targets) and `computeOkrProgress` (weighted key results)
 * aggregate this share over periods and key results.
 * Sources: https://data.unescap.org/resource-guides/progress-assessment-methodology ;
 * https://github.com/akvo/akvo-rsr/issues/1957 ; https://github.com/oslokommune/okr-tracker
 *
 * @param series - The observations, direction and target.
 * @param options - The base year.
 * @returns The raw and clamped share, `achieved` and the category.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessLinear } from "cast-plan";
 * // IATI guidance example I1: baseline 15, target 50, actual 53.
 * const r = assessLinear({ years: [2012, 2015], values: [15, 53], direction: "increase", target: { value: 50, year: 2015 } });
 * r.status === "measured" ? r.value : 0 // ~> 1.085714
 * r.status === "measured" ? [r.clamped, r.category] : [] // => [1, "achieved"]
 * ```
 *
 * @see [Progress methodology: linear progress](../../docs/guides/methodology.md#linear-progress-assesslinear)
 * @category Progress
 * @since 0.2.0
 */
export function assessLinear(
  series: ProgressSeries,
  options: LinearOptions = {},
): ProgressOutcome<LinearAssessment> {
  const s = readSeries("assessLinear", series);
  if (isUnmeasurable(s)) return s;
  const { years, values, d, target } = s;
  if (target === undefined)
    return unmeasurable("insufficient-data", "linear progress needs a target");
  const base = firstAtOrAfter(years, options.baseYear);
  const last = years.length - 1;
  if (base < 0 || last - base < 1)
    return unmeasurable(
      "insufficient-data",
      "linear progress needs a base and a later observation to compare with it",
    );
  const y0 = values[base] as number;
  const y = values[last] as number;
  const range = Math.abs(target.value - y0);
  if (!(range > 0))
    return unmeasurable(
      "degenerate-range",
      `the base value ${y0} equals the target: there is no distance to cover`,
    );
  const value = (d * (y - y0)) / range;
  const achieved = meets(y, target.value, d);
  const warnings: ProgressWarning[] = [];
  if (meets(y0, target.value, d))
    warnings.push(warn("baseline-meets-target", "the base value already meets the target"));
  const category: LinearCategory = achieved
    ? "achieved"
    : value > 0
      ? "progressing"
      : value === 0
        ? "no-progress"
        : "regressing";
  return measured(
    {
      method: "linear" as const,
      achieved,
      value,
      clamped: achieved ? 1 : clamp01(value),
      category,
      inputsUsed: used(s, [base, last], target),
    },
    warnings,
  );
}
