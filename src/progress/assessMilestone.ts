import type { Comparator } from "../schemas/indicator.js";
import { meetsTarget } from "./methods/comparators.js";
import { show, showPeriod, unmeasurable, warn } from "./methods/numbers.js";
import { sortSeries } from "./methods/projection.js";
import type { ProgressDirection, ProgressOutcome, ProgressWarning } from "./types.js";

/**
 * The input of {@link assessMilestone}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface MilestoneInput {
  /** The years of the observations (decimal years, period ends). */
  readonly years: readonly number[];
  /** The values. */
  readonly values: readonly number[];
  /** The comparator: `>` exceed, `>=` at least, `<` under, `<=` at most, `=` reach, `band`. */
  readonly comparator: Comparator;
  /** The target value (ignored for `band`). */
  readonly target: number;
  /** The accepted range, for `band`. */
  readonly band?: { readonly low: number; readonly high: number } | undefined;
  /** The desired direction (decides what "reach" means). */
  readonly direction: ProgressDirection;
  /** The deadline as a decimal year (the end of the deadline's period). */
  readonly deadlineYear: number;
  /** The exclusive start of the deadline's own period; a value met after it and by the deadline
   * is on time, before it early. `deadlineYear − 1` by default (a year deadline). */
  readonly onTimeFrom?: number | undefined;
  /** The date of the assessment as a decimal year; observations after it are ignored. */
  readonly asOfYear: number;
  /** When the milestone starts to run (for example the previous milestone's deadline). */
  readonly startYear?: number | undefined;
}

/**
 * The status of a milestone (a target with a deadline) as of a date.
 *
 * @example
 * ```ts
 * import { assessMilestone } from "cast-plan";
 * const m = assessMilestone({ years: [2024], values: [15.37], comparator: ">", target: 15, direction: "increase", deadlineYear: 2025, asOfYear: 2025 });
 * m.status === "measured" ? m.milestone : "" // => "achieved-early"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type MilestoneStatus =
  | "achieved-early"
  | "achieved-on-time"
  | "achieved-late"
  | "missed"
  | "active"
  | "not-yet-started";

/**
 * The measured part of {@link assessMilestone}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface Milestone {
  /** The status. */
  readonly milestone: MilestoneStatus;
  /** The year of the first observation that met the target, if any. */
  readonly firstMetYear: number | undefined;
  /** The value of that observation. */
  readonly firstMetValue: number | undefined;
  /** Whether the latest observation (by `asOf`) meets the target. */
  readonly metNow: boolean;
}

/**
 * Assesses one milestone: achieved early, on time or late, missed, active, or not yet started.
 *
 * @remarks
 * A target is achieved at the first observation (by `asOf`) that meets it under the comparator
 * (`>` is strict: 10 does not exceed 10; `=` "reach" counts overshooting as reached). Achieved
 * before the deadline's own period → early; within it → on time; after → late. Not achieved and
 * the deadline has passed → missed, but only when an observation covers the deadline's period:
 * without one (data lag, or no data at all) the result is unmeasurable with reason
 * `insufficient-data` rather than a guessed "missed"; before the milestone starts → not yet
 * started; otherwise active. An achieved
 * target whose latest value no longer meets it keeps its status and warns `target-no-longer-met`.
 *
 * @param input - The series, comparator, target, deadline and date.
 * @returns The status, or `insufficient-data` when the data cannot decide it (see remarks).
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessMilestone } from "cast-plan";
 * const m = assessMilestone({ years: [2015, 2018, 2020], values: [6.2, 8.47, 10.56], comparator: ">", target: 10, direction: "increase", deadlineYear: 2020, asOfYear: 2021 });
 * m.status === "measured" ? m.milestone : "" // => "achieved-on-time"
 * ```
 *
 * @see [Progress methodology: milestones](../../docs/guides/methodology.md#milestones-assessmilestone)
 * @category Progress
 * @since 0.1.0
 */
export function assessMilestone(input: MilestoneInput): ProgressOutcome<Milestone> {
  const { years, values } = sortSeries(input.years, input.values);
  const { comparator, target, direction, deadlineYear, asOfYear } = input;
  const onTimeFrom = input.onTimeFrom ?? deadlineYear - 1;
  const warnings: ProgressWarning[] = [];
  let firstMetYear: number | undefined;
  let firstMetValue: number | undefined;
  let latest: number | undefined;
  let latestYear = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < years.length; i++) {
    const t = years[i] ?? 0;
    const v = values[i] ?? 0;
    if (t > asOfYear) break;
    latest = v;
    latestYear = t;
    if (firstMetYear === undefined && meetsTarget(v, comparator, target, direction, input.band)) {
      firstMetYear = t;
      firstMetValue = v;
    }
  }
  const metNow =
    latest !== undefined && meetsTarget(latest, comparator, target, direction, input.band);
  let milestone: MilestoneStatus;
  if (firstMetYear !== undefined) {
    milestone =
      firstMetYear <= onTimeFrom
        ? "achieved-early"
        : firstMetYear <= deadlineYear
          ? "achieved-on-time"
          : "achieved-late";
    if (!metNow)
      warnings.push(
        warn(
          "target-no-longer-met",
          `met in ${showPeriod(firstMetYear)}, but the latest value ${show(latest ?? 0)} no longer meets it`,
        ),
      );
  } else if (asOfYear > deadlineYear) {
    // A missed target needs evidence from the deadline period: without an observation after the
    // previous period, "missed" would be a guess, so the status is unmeasurable instead.
    if (!(latestYear > onTimeFrom)) {
      return unmeasurable(
        "insufficient-data",
        `the deadline ${showPeriod(deadlineYear)} has passed, but there is no observation for its period (latest ${latest === undefined ? "none" : showPeriod(latestYear)})`,
      );
    }
    milestone = "missed";
  } else if (input.startYear !== undefined && asOfYear < input.startYear) {
    milestone = "not-yet-started";
  } else if (latest === undefined && input.startYear === undefined) {
    return unmeasurable("insufficient-data", "no observation by the date and no start year");
  } else {
    milestone = "active";
  }
  return { status: "measured", milestone, firstMetYear, firstMetValue, metNow, warnings };
}
