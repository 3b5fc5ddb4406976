// Private: reading the common series input of the progress methods (finite check, sorting, the
// base and latest points, what a result reports as used, and "target met").

import type { InputsUsed, ProgressSeries, ProgressTarget, Unmeasurable } from "../types.js";
import { directionSign, nonFiniteInput, unmeasurable } from "./numbers.js";
import { sortSeries } from "./projection.js";

/** A series, checked and sorted by year. */
export interface SortedSeries {
  readonly years: readonly number[];
  readonly values: readonly number[];
  /** +1 increase, −1 decrease. */
  readonly d: 1 | -1;
  readonly target: ProgressTarget | undefined;
}

/** The series sorted, or the unmeasurable result for non-finite input. */
export function readSeries(fn: string, series: ProgressSeries): SortedSeries | Unmeasurable {
  const bad = nonFiniteInput(
    fn,
    series.years,
    series.values,
    series.target?.value,
    series.target?.year,
  );
  if (bad) return bad;
  if (series.years.length !== series.values.length)
    return unmeasurable(
      "insufficient-data",
      `${fn}: ${series.years.length} years but ${series.values.length} values`,
    );
  const { years, values } = sortSeries(series.years, series.values);
  return { years, values, d: directionSign(series.direction), target: series.target };
}

/** Whether a read failed. */
export function isUnmeasurable(x: SortedSeries | Unmeasurable): x is Unmeasurable {
  return "status" in x;
}

/** The inputs-used record of points `indices` of a sorted series. */
export function used(
  s: { readonly years: readonly number[]; readonly values: readonly number[] },
  indices: readonly number[],
  target: ProgressTarget | undefined,
): InputsUsed {
  return {
    years: indices.map((i) => s.years[i] ?? 0),
    values: indices.map((i) => s.values[i] ?? 0),
    target: target ? { value: target.value, year: target.year } : undefined,
  };
}

/** Whether `value` meets `target` in direction `d` (non-strict: at least / at most). */
export function meets(value: number, target: number, d: 1 | -1): boolean {
  return d * (value - target) >= 0;
}

/** The index of the first point at or after `year` (Open SDG's base rule), −1 when none. */
export function firstAtOrAfter(years: readonly number[], year: number | undefined): number {
  if (year === undefined) return 0;
  return years.findIndex((t) => t >= year);
}
