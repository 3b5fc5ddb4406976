// Private: what judging an indicator reads from the document (its whole-population baselines and
// targets, its direction) compiled into typed arrays once per document, so that judging ten
// thousand indicators reads a few arrays instead of following each indicator's objects.
// judgeFacts gives what judgeTrend (judge.ts) gives; indicators with a target
// it does not cover (a band, or a comparator outside the schema) keep the object judge.
import type { Indicator, Target } from "../../../schemas/indicator.js";
import { checksCompleteness, declaredYears } from "../../series/complete.js";
import { decimalYearOf, sameDimensions } from "../../series/select.js";
import { DEGENERATE_RANGE, INSUFFICIENT_DATA, isWhole, type JudgedIndicators } from "./judge.js";

/** Aggregation rules by number (the fold's and the trend pass's). */
export const RULES = { sum: 0, mean: 1, latest: 2, ratio: 3, none: 4 } as const;

/** The comparators judgeFacts covers, by number. */
const COMPARATORS: readonly Target["comparator"][] = [">", ">=", "<", "<=", "="];

/** The compiled facts (struct of arrays; CSR lists per indicator). */
export interface IndicatorFacts {
  /** 1 where the indicator keeps the object judge (see the file comment). */
  readonly byObjects: Uint8Array;
  /** 1 for a `decrease` indicator. */
  readonly decrease: Uint8Array;
  /** The aggregation rule (see RULES), and 100 for a percentage (ratios are shown ×100) else 1. */
  readonly rule: Uint8Array;
  readonly percent: Uint8Array;
  /** Whether some indicator combines by `latest`, by `mean`. */
  readonly anyLatest: boolean;
  readonly anyMean: boolean;
  /** Indicator `s`'s whole-population baselines with a value, in list order: entries
   * `baselineFrom[s] … baselineFrom[s + 1] − 1` (year as a decimal year, value). */
  readonly baselineFrom: Int32Array;
  readonly baselineYear: Float64Array;
  readonly baselineValue: Float64Array;
  /** Indicator `s`'s whole-population targets in list order: entries `targetFrom[s] …`, with the
   * index in `indicator.targets`, the comparator (index into COMPARATORS) and the value. */
  readonly targetFrom: Int32Array;
  readonly targetIndex: Int32Array;
  readonly comparator: Uint8Array;
  readonly aim: Float64Array;
  /** 1 for a mean weighted by `unitWeights` (its units' reports take the slow path). */
  readonly weighted: Uint8Array;
  /** The completeness check per indicator: 0 none (latest, none), 1 inferred reporters, 2
   * declared reporters, 3 a weighted mean (always the slow path). */
  readonly check: Uint8Array;
  /** The indicators with check 2 or 3. */
  readonly checkedApart: Int32Array;
  /** Per indicator, its declared reporters' years, both inclusive (undefined: inferred). */
  readonly declared: readonly ({ unitId: string; from: number; until: number }[] | undefined)[];
}

/** Compiles the facts of `indicators` (see the file comment). */
export function compileFacts(indicators: readonly Indicator[]): IndicatorFacts {
  const m = indicators.length;
  const byObjects = new Uint8Array(m);
  const decrease = new Uint8Array(m);
  const rule = new Uint8Array(m);
  const percent = new Uint8Array(m);
  const baselineFrom = new Int32Array(m + 1);
  const targetFrom = new Int32Array(m + 1);
  const baselineYear: number[] = [];
  const baselineValue: number[] = [];
  const targetIndex: number[] = [];
  const comparator: number[] = [];
  const aim: number[] = [];
  const weighted = new Uint8Array(m);
  const check = new Uint8Array(m);
  const checkedApart: number[] = [];
  const declared: ({ unitId: string; from: number; until: number }[] | undefined)[] = [];
  indicators.forEach((indicator, s) => {
    weighted[s] = indicator.aggregation === "mean" && indicator.unitWeights !== undefined ? 1 : 0;
    declared.push(declaredYears(indicator));
    if (checksCompleteness(indicator.aggregation))
      check[s] = weighted[s] === 1 ? 3 : indicator.expectedReporters !== undefined ? 2 : 1;
    if ((check[s] as number) >= 2) checkedApart.push(s);
    decrease[s] = indicator.direction === "decrease" ? 1 : 0;
    // A rule outside the schema combines nothing (not-aggregatable), as the trend pass read it.
    rule[s] = RULES[indicator.aggregation] ?? RULES.none;
    percent[s] = indicator.measure === "percentage" ? 100 : 1;
    baselineFrom[s] = baselineYear.length;
    for (const baseline of indicator.baselines) {
      if (baseline.value === undefined) continue;
      if (baseline.dimensions !== undefined && !sameDimensions(baseline.dimensions, undefined))
        continue;
      baselineYear.push(decimalYearOf(baseline.period));
      baselineValue.push(baseline.value);
    }
    targetFrom[s] = targetIndex.length;
    indicator.targets.forEach((target, j) => {
      if (!isWhole(target)) return;
      const code = COMPARATORS.indexOf(target.comparator);
      if (code < 0) byObjects[s] = 1;
      targetIndex.push(j);
      comparator.push(Math.max(code, 0));
      aim.push(target.value ?? 0);
    });
  });
  baselineFrom[m] = baselineYear.length;
  targetFrom[m] = targetIndex.length;
  return {
    byObjects,
    decrease,
    rule,
    percent,
    anyLatest: rule.includes(RULES.latest),
    anyMean: rule.includes(RULES.mean),
    baselineFrom,
    baselineYear: Float64Array.from(baselineYear),
    baselineValue: Float64Array.from(baselineValue),
    targetFrom,
    targetIndex: Int32Array.from(targetIndex),
    comparator: Uint8Array.from(comparator),
    aim: Float64Array.from(aim),
    weighted,
    check,
    checkedApart: Int32Array.from(checkedApart),
    declared,
  };
}

/**
 * The first of indicator `s`'s baselines in force by the date (as declaredBaseline picks it): its
 * entry in the facts' baseline arrays, or −1.
 */
export function factsBaseline(facts: IndicatorFacts, s: number, asOfYear: number): number {
  const end = facts.baselineFrom[s + 1] as number;
  for (let b = facts.baselineFrom[s] as number; b < end; b++)
    if ((facts.baselineYear[b] as number) <= asOfYear) return b;
  return -1;
}

/** Whether `value` meets comparator `code` toward `aim` (meetsTarget without a band). */
function meets(value: number, code: number, aim: number, decrease: boolean): boolean {
  switch (code) {
    case 0:
      return value > aim;
    case 1:
      return value >= aim;
    case 2:
      return value < aim;
    case 3:
      return value <= aim;
    default:
      return decrease ? value <= aim : value >= aim;
  }
}

/**
 * Judges indicator `s` (not `byObjects`) into `out` from its trend: the baseline (`has`,
 * `value`), the extremes after it, and the latest value (`hasLatest`, `latest`).
 */
export function judgeFacts(
  facts: IndicatorFacts,
  s: number,
  trend: {
    has: boolean;
    value: number;
    max: number;
    min: number;
    hasLatest: boolean;
    latest: number;
    thin: boolean;
  },
  out: JudgedIndicators,
): void {
  const decrease = facts.decrease[s] === 1;
  const end = facts.targetFrom[s + 1] as number;
  let t = -1;
  let achieved = false;
  // The current target: the first not met (the last when all are).
  for (let k = facts.targetFrom[s] as number; k < end; k++) {
    t = k;
    const code = facts.comparator[k] as number;
    const aim = facts.aim[k] as number;
    // Met by the baseline, or by a value after it (the extreme in the comparator's direction).
    const extreme = code === 2 || code === 3 || (code === 4 && decrease) ? trend.min : trend.max;
    achieved =
      trend.has && (meets(trend.value, code, aim, decrease) || meets(extreme, code, aim, decrease));
    if (!achieved) break;
  }
  out.achieved[s] = achieved ? 1 : 0;
  out.current[s] = t < 0 ? -1 : (facts.targetIndex[t] as number);
  out.progress[s] = 0;
  const measured = t >= 0 && trend.has && trend.hasLatest;
  out.measured[s] = measured ? 1 : 0;
  if (!measured) {
    out.reason[s] = INSUFFICIENT_DATA;
    return;
  }
  // The clamped distance share toward the current target (clampedShare without a band).
  const aim = facts.aim[t] as number;
  const baseline = trend.value;
  const current = trend.latest;
  const range = Math.abs(aim - baseline);
  const raw = ((decrease ? -1 : 1) * (current - baseline)) / range;
  if (
    !(range > 0) ||
    !Number.isFinite(range) ||
    !Number.isFinite(current) ||
    !Number.isFinite(raw)
  ) {
    out.reason[s] = DEGENERATE_RANGE;
    return;
  }
  const met = meets(current, facts.comparator[t] as number, aim, decrease);
  if (trend.thin && !met) {
    // The only value is its own baseline: no progress can be measured (ONE_OBSERVATION).
    out.reason[s] = INSUFFICIENT_DATA;
    return;
  }
  out.reason[s] = 0;
  out.progress[s] = met ? 1 : Math.min(Math.max(raw, 0), 1);
}
