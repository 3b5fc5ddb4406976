// Private: mergeable per-period accumulators for combining observations across organisations.
// Each accumulator is a commutative monoid, so shards merged in any order give the same result.
import type { Indicator, Observation, ObservationStatus } from "../../schemas/indicator.js";
import type { Dimensions } from "../../schemas/primitives.js";
import { decimalYearOf, observationValue } from "./select.js";

const RANK: Readonly<Record<ObservationStatus, number>> = {
  final: 3,
  provisional: 2,
  estimated: 1,
};
const STATUS: readonly ObservationStatus[] = ["estimated", "estimated", "provisional", "final"];

/**
 * The combined state of one indicator, period and dimension set: a commutative monoid, so shards
 * merged in any order give the same result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface PeriodAccumulator {
  /** The period (of the first observation seen; all share the key). */
  period: Observation["period"];
  /** The decimal year of the period end. */
  year: number;
  /** The dimensions; undefined for the whole population. */
  dimensions: Dimensions | undefined;
  /** The whole-population figure (an observation without unit), if one was reported. */
  wholeValue: number | undefined;
  /** The status rank of that figure (final 3, provisional 2, estimated 1; 0 = none). */
  wholeRank: number;
  /** The number of units' reports. */
  units: number;
  /** The sum of the units' values. */
  sum: number;
  /** The sum of the units' numerators. */
  numerator: number;
  /** The sum of the units' denominators. */
  denominator: number;
  /** The number of units' reports without a numerator and denominator. */
  ratioMissing: number;
  /** The weakest status rank among the units' reports (4 = none yet). */
  minRank: number;
  /** The status rank of the report `latest` picks. */
  pickRank: number;
  /** The unit id of the report `latest` picks (the greatest among the best status). */
  pickUnit: string;
  /** The value of the report `latest` picks. */
  pickValue: number;
}

/** The key of an observation inside its indicator: period and dimensions. */
export function accumulatorKey(o: Observation): string | number {
  const p = o.period;
  const d = o.dimensions;
  if (typeof p === "number" && d === undefined) return p;
  const dims =
    d && Object.keys(d).length > 0
      ? Object.keys(d)
          .sort()
          .map((k) => `${k}=${d[k]}`)
          .join("&")
      : "";
  if (dims === "" && typeof p === "number") return p;
  return `${typeof p === "object" ? `${p.start}/${p.end}` : p}|${dims}`;
}

/** Adds one observation to an accumulator map. */
export function accumulate(
  map: Map<string | number, PeriodAccumulator>,
  o: Observation,
  indicator: Indicator,
): void {
  const key = accumulatorKey(o);
  let a = map.get(key);
  if (!a) {
    a = {
      period: o.period,
      year: decimalYearOf(o.period),
      dimensions: o.dimensions,
      wholeValue: undefined,
      wholeRank: 0,
      units: 0,
      sum: 0,
      numerator: 0,
      denominator: 0,
      ratioMissing: 0,
      minRank: 4,
      pickRank: 0,
      pickUnit: "",
      pickValue: 0,
    };
    map.set(key, a);
  }
  const v = observationValue(o, indicator);
  const rank = RANK[o.status];
  if (o.unitId === undefined) {
    if (
      v !== undefined &&
      (rank > a.wholeRank || (rank === a.wholeRank && v > (a.wholeValue ?? v)))
    ) {
      a.wholeValue = v;
      a.wholeRank = rank;
    }
    return;
  }
  a.units += 1;
  a.sum += v ?? 0;
  if (o.numerator !== undefined && o.denominator !== undefined) {
    a.numerator += o.numerator;
    a.denominator += o.denominator;
  } else a.ratioMissing += 1;
  if (rank < a.minRank) a.minRank = rank;
  if (v !== undefined && (rank > a.pickRank || (rank === a.pickRank && o.unitId > a.pickUnit))) {
    a.pickRank = rank;
    a.pickUnit = o.unitId;
    a.pickValue = v;
  }
}

/** Merges `b` into a copy of `a`. */
export function mergeAccumulator(a: PeriodAccumulator, b: PeriodAccumulator): PeriodAccumulator {
  const out = { ...a };
  if (
    b.wholeValue !== undefined &&
    (b.wholeRank > out.wholeRank ||
      (b.wholeRank === out.wholeRank && b.wholeValue > (out.wholeValue ?? b.wholeValue)))
  ) {
    out.wholeValue = b.wholeValue;
    out.wholeRank = b.wholeRank;
  }
  out.units += b.units;
  out.sum += b.sum;
  out.numerator += b.numerator;
  out.denominator += b.denominator;
  out.ratioMissing += b.ratioMissing;
  out.minRank = Math.min(out.minRank, b.minRank);
  if (b.pickRank > out.pickRank || (b.pickRank === out.pickRank && b.pickUnit > out.pickUnit)) {
    out.pickRank = b.pickRank;
    out.pickUnit = b.pickUnit;
    out.pickValue = b.pickValue;
  }
  return out;
}

/** The combined value of an accumulator, or why there is none. */
export type Combined =
  | {
      readonly value: number;
      readonly status: ObservationStatus;
      readonly numerator?: number;
      readonly denominator?: number;
    }
  | { readonly problem: "not-aggregatable" | "missing-ratio-parts" };

/** Combines an accumulator by the indicator's aggregation rule. */
export function combine(a: PeriodAccumulator, indicator: Indicator): Combined | undefined {
  if (a.wholeValue !== undefined)
    return { value: a.wholeValue, status: STATUS[a.wholeRank] ?? "estimated" };
  if (a.units === 0) return undefined;
  const status = STATUS[a.minRank] ?? "estimated";
  switch (indicator.aggregation) {
    case "sum":
      return { value: a.sum, status };
    case "mean":
      return { value: a.sum / a.units, status };
    case "latest":
      return { value: a.pickValue, status: STATUS[a.pickRank] ?? "estimated" };
    case "ratio":
      if (a.ratioMissing > 0 || !(a.denominator > 0)) return { problem: "missing-ratio-parts" };
      return {
        value: (a.numerator / a.denominator) * (indicator.measure === "percentage" ? 100 : 1),
        status,
        numerator: a.numerator,
        denominator: a.denominator,
      };
    case "none":
      return { problem: "not-aggregatable" };
    default: {
      const unreachable: never = indicator.aggregation;
      return unreachable;
    }
  }
}
