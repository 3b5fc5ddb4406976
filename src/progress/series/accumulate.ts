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
/** The status of a rank (final 3, provisional 2, estimated 1). */
export const STATUS: readonly ObservationStatus[] = [
  "estimated",
  "estimated",
  "provisional",
  "final",
];

/**
 * One unit's reports for a period (several only in unchecked input: a document refuses
 * duplicates): how many, the sum of their values, numerators (NaN when one has none) and
 * denominators, and their weakest status rank.
 *
 * @category Progress
 * @since 0.2.0
 */
export interface UnitReports {
  /** The number of reports. */
  count: number;
  /** The sum of their values. */
  sum: number;
  /** The sum of their numerators; NaN when one has none. */
  numerator: number;
  /** The sum of their denominators. */
  denominator: number;
  /** The weakest status rank among them (final 3, provisional 2, estimated 1). */
  minRank: number;
}

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
  /** Each unit's reports, by unit id (what the completeness check and weighted means read). */
  reports: Map<string, UnitReports>;
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
      reports: new Map(),
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
  const parts = o.numerator !== undefined && o.denominator !== undefined;
  if (parts) {
    a.numerator += o.numerator ?? 0;
    a.denominator += o.denominator ?? 0;
  } else a.ratioMissing += 1;
  if (rank < a.minRank) a.minRank = rank;
  const own = a.reports.get(o.unitId);
  if (own) {
    own.count += 1;
    own.sum += v ?? 0;
    own.numerator = parts ? own.numerator + (o.numerator ?? 0) : Number.NaN;
    own.denominator += o.denominator ?? 0;
    own.minRank = Math.min(own.minRank, rank);
  } else
    a.reports.set(o.unitId, {
      count: 1,
      sum: 0 + (v ?? 0),
      numerator: parts ? 0 + (o.numerator ?? 0) : Number.NaN,
      denominator: 0 + (o.denominator ?? 0),
      minRank: rank,
    });
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
  out.reports = new Map([...a.reports].map(([id, r]) => [id, { ...r }]));
  for (const [id, r] of b.reports) {
    const own = out.reports.get(id);
    if (!own) out.reports.set(id, { ...r });
    else {
      own.count += r.count;
      own.sum += r.sum;
      own.numerator += r.numerator;
      own.denominator += r.denominator;
      own.minRank = Math.min(own.minRank, r.minRank);
    }
  }
  return out;
}
