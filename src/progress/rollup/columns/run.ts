// Private: the shared part of the columnar roll-ups: fold the columns, judge every indicator into
// typed arrays, and give access to an indicator's series again (for explanations and scopes).

import type { PlanDocument } from "../../../schemas/document.js";
import type { Indicator } from "../../../schemas/indicator.js";
import type { TableSeries } from "../../series/complete.js";
import {
  type Completeness,
  isComplete,
  problemMessage,
  refusedText,
} from "../../series/complete.js";
import type { IndicatorCompleteness } from "../../types.js";
import { seriesFlags } from "../flags.js";
import type { RollUpStructure } from "../structure.js";
import { indicatorLeaf, rollUpTree } from "../tree.js";
import type { ObservationColumns, RollUpNode, RollUpSummary } from "../types.js";
import { factsBaseline, type IndicatorFacts, judgeFacts } from "./facts.js";
import { type FoldedGrid, foldColumns, NOT_AGGREGATABLE, type Scratch, take } from "./fold.js";
import {
  createTrend,
  explainIndicator,
  type JudgedIndicators,
  judgeIndicator,
  judgeTargets,
  REASONS,
  reasonNumber,
  type Series,
  type Trend,
} from "./judge.js";
import { readSeries, streamTrends } from "./read.js";
import { COMPLETENESS_BITS, combineSlow, findSlow } from "./slow.js";
import { indicatorFlags } from "./status.js";
import type { NodeArrays } from "./tree.js";

const notAggregatable = /* @__PURE__ */ reasonNumber("not-aggregatable");
const missingParts = /* @__PURE__ */ reasonNumber("missing-ratio-parts");
const incompletePeriod = /* @__PURE__ */ reasonNumber("incomplete-period");

/** The judged indicators of a columnar roll-up, and their folded rows. */
export interface ColumnRun {
  readonly grid: FoldedGrid;
  readonly judged: JudgedIndicators;
  /** The indicators as roll-up nodes (progress, coverage, achievement, reason). */
  readonly nodes: NodeArrays;
  /** Indicator `s`'s series, in scratch arrays shared by every call (read before the next). */
  readonly seriesOf: (s: number) => Series;
  /** Per indicator, the completeness check's findings as COMPLETENESS_BITS (fresh). */
  readonly completeness: Uint8Array;
  /** The series of the indicators that took the slow path (see slow.ts), by index. */
  readonly slow: readonly (TableSeries | undefined)[];
  /** The completeness policy the run used. */
  readonly policy: Completeness;
}

/**
 * Folds the columns and judges every indicator of `indicators` (whose compiled facts are `facts`)
 * as of `asOfYear`. Internal arrays come from `scratch` when given; the judged progress,
 * achievement and reasons (returned as the indicator nodes) are always fresh.
 */
export function runColumns(
  fn: string,
  indicators: readonly Indicator[],
  facts: IndicatorFacts,
  columns: ObservationColumns,
  asOfYear: number,
  policy: Completeness,
  scratch?: Scratch | undefined,
): ColumnRun {
  const grid = foldColumns(fn, facts, columns, asOfYear, scratch);
  const m = indicators.length;
  // Indicators whose units' reports need the completeness check's slow path (rare).
  const marked = findSlow(grid, facts, columns);
  const slow = marked ? combineSlow(columns, marked, indicators, asOfYear, policy) : [];
  const completeness = new Uint8Array(m);
  slow.forEach((series, s) => {
    if (series) completeness[s] = completenessBits(series.completeness);
  });
  const judged: JudgedIndicators = {
    progress: new Float64Array(m),
    achieved: new Uint8Array(m),
    reason: new Uint8Array(m),
    current: take(scratch, "judgedCurrent", Int32Array, m),
    measured: take(scratch, "judgedMeasured", Uint8Array, m),
  };
  const years = take(scratch, "seriesYears", Float64Array, grid.widest);
  const values = take(scratch, "seriesValues", Float64Array, grid.widest);
  const trend = createTrend();
  const judgeSlow = (s: number): boolean => {
    if (marked === undefined || marked[s] !== 1) return false;
    const series = slow[s] as TableSeries;
    const indicator = indicators[s] as Indicator;
    if (series.problem) {
      judged.reason[s] =
        series.problem.code === "not-aggregatable" ? notAggregatable : missingParts;
      judged.current[s] = -1;
      return true;
    }
    judgeIndicator(indicator, slowSeries(series), asOfYear, s, judged, trend);
    // No period left but some refused: the reason is the missing units.
    if (series.years.length === 0 && refusedText(series.completeness, policy.policy))
      judged.reason[s] = incompletePeriod;
    return true;
  };
  if (grid.dense)
    judgeStreamed(grid, indicators, facts, asOfYear, scratch, judged, {
      years,
      values,
      trend,
      judgeSlow,
      anySlow: marked !== undefined,
    });
  else
    for (let s = 0; s < m; s++) {
      if (judgeSlow(s)) continue;
      const indicator = indicators[s] as Indicator;
      const count = readSeries(grid, s, indicator, years, values);
      if (count >= 0) {
        judgeIndicator(indicator, { years, values, count }, asOfYear, s, judged, trend);
        continue;
      }
      judged.reason[s] = count === -1 ? notAggregatable : missingParts;
      judged.current[s] = -1;
    }
  // The judged arrays are fresh (they are returned); an indicator is its own single leaf item,
  // with evidence (coverage 1) where progress is measured.
  const coverage = new Float64Array(m);
  const leaves = new Int32Array(m).fill(1);
  const withEvidence = new Int32Array(m);
  const problem = new Uint8Array(m);
  for (let s = 0; s < m; s++) {
    const reason = judged.reason[s] as number;
    coverage[s] = reason === 0 ? 1 : 0;
    withEvidence[s] = reason === 0 ? 1 : 0;
    problem[s] = reason === notAggregatable || reason === missingParts ? 1 : 0;
  }
  // Flags from the status column; an indicator of the slow path from its completed series
  // (whose points are the periods kept, each with its status and how it was completed).
  const flags = indicatorFlags(columns, facts, asOfYear, problem);
  slow.forEach((series, s) => {
    if (series && problem[s] === 0)
      flags[s] = seriesFlags(series, factsBaseline(facts, s, asOfYear) < 0);
  });
  const nodes: NodeArrays = {
    progress: judged.progress,
    coverage,
    leaves,
    leavesWithEvidence: withEvidence,
    achieved: judged.achieved,
    reason: judged.reason,
    flags,
  };
  const seriesOf = (s: number): Series => {
    const own = marked?.[s] === 1 ? slow[s] : undefined;
    if (own) return slowSeries(own);
    const count = readSeries(grid, s, indicators[s] as Indicator, years, values);
    return { years, values, count: Math.max(count, 0) };
  };
  return { grid, judged, nodes, seriesOf, completeness, slow, policy };
}

/** A slow-path series as the judge reads it (empty when its figures cannot be combined). */
function slowSeries(series: TableSeries): Series {
  return {
    years: Float64Array.from(series.years),
    values: Float64Array.from(series.values),
    count: series.years.length,
  };
}

/** The COMPLETENESS_BITS of what the completeness check found. */
function completenessBits(c: IndicatorCompleteness): number {
  let bits = 0;
  for (const p of c.incomplete)
    bits |=
      p.outcome === "refused"
        ? COMPLETENESS_BITS["incomplete-period"]
        : COMPLETENESS_BITS[p.outcome];
  if (c.undeclared.length > 0) bits |= COMPLETENESS_BITS["undeclared-reporter"];
  return bits;
}

/** The roll-up nodes of a run (as finalizeRollUp builds them), through the object tree. */
export function nodesOfRun(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  run: ColumnRun,
  weights: Readonly<Record<string, number>>,
  asOfYear: number,
  fn: string,
  structure?: RollUpStructure | undefined,
): Omit<RollUpSummary, "asOfYear"> {
  const list = document.indicators;
  const indicators: Record<string, RollUpNode> = {};
  for (let s = 0; s < list.length; s++) {
    const indicator = list[s] as Indicator;
    const reason = REASONS[run.judged.reason[s] ?? 0] ?? "none";
    const achieved = run.judged.achieved[s] === 1;
    const flags = run.nodes.flags[s] ?? 0;
    if (reason === "none") {
      indicators[indicator.id] = indicatorLeaf(
        indicator.id,
        run.judged.progress[s],
        achieved,
        undefined,
        "",
        flags,
      );
      continue;
    }
    const own = run.slow.length > 0 ? run.slow[s] : undefined;
    const why =
      reason === "not-aggregatable" || reason === "missing-ratio-parts"
        ? {
            reason,
            message: problemMessage(indicator.id, {
              code: reason,
              detail: own?.problem?.detail ?? "",
            }),
          }
        : reason === "incomplete-period"
          ? {
              reason,
              message: `'${indicator.id}': ${refusedText(own?.completeness ?? { incomplete: [], undeclared: [] }, run.policy.policy)}`,
            }
          : explainIndicator(indicator, run.seriesOf(s), asOfYear, s, run.judged);
    indicators[indicator.id] = indicatorLeaf(
      indicator.id,
      undefined,
      achieved,
      why.reason,
      why.message,
      flags,
    );
  }
  // Only for indicators whose targets some item states.
  let slotOf: Map<string, number> | undefined;
  const targetsOf = (id: string) => {
    slotOf ??= new Map(list.map((x, s) => [x.id, s]));
    const s = slotOf.get(id);
    if (s === undefined || (run.judged.reason[s] ?? 0) >= 3) return undefined;
    return judgeTargets(list[s] as Indicator, run.seriesOf(s), asOfYear);
  };
  const { plans, items } = rollUpTree(document, indicators, targetsOf, weights, fn, structure);
  const completeness: Record<string, IndicatorCompleteness> = {};
  run.slow.forEach((series, s) => {
    if (series && !isComplete(series.completeness))
      completeness[(list[s] as Indicator).id] = series.completeness;
  });
  return { plans, items, indicators, completeness };
}

/**
 * Judges every indicator of a dense grid from one pass over it (streamTrends) and the compiled
 * facts; an indicator the facts do not cover (a band target) reads its own series (a band needs
 * every value, not extremes) and gets the object judge.
 */
function judgeStreamed(
  grid: FoldedGrid,
  indicators: readonly Indicator[],
  facts: IndicatorFacts,
  asOfYear: number,
  scratch: Scratch | undefined,
  judged: JudgedIndicators,
  work: {
    years: Float64Array;
    values: Float64Array;
    trend: Trend;
    /** Judges indicator `s` from its slow-path series, if it has one (then true). */
    judgeSlow: (s: number) => boolean;
    /** Whether any indicator took the slow path. */
    anySlow: boolean;
  },
): void {
  const m = indicators.length;
  const { years, values, trend, judgeSlow, anySlow } = work;
  const declaredYear = take(scratch, "declaredYear", Float64Array, m, Number.NaN);
  const declaredValue = take(scratch, "declaredValue", Float64Array, m);
  for (let s = 0; s < m; s++) {
    const b = factsBaseline(facts, s, asOfYear);
    if (b < 0) continue;
    declaredYear[s] = facts.baselineYear[b] as number;
    declaredValue[s] = facts.baselineValue[b] as number;
  }
  const t = streamTrends(grid, facts, declaredYear, scratch);
  for (let s = 0; s < m; s++) {
    if (anySlow && judgeSlow(s)) continue;
    const problem = t.problem[s] as number;
    if (problem > 0) {
      judged.reason[s] = problem === NOT_AGGREGATABLE ? notAggregatable : missingParts;
      judged.current[s] = -1;
      continue;
    }
    if (facts.byObjects[s] === 1) {
      const indicator = indicators[s] as Indicator;
      const count = readSeries(grid, s, indicator, years, values);
      judgeIndicator(indicator, { years, values, count }, asOfYear, s, judged, trend);
      continue;
    }
    const count = t.count[s] as number;
    const declared = !Number.isNaN(declaredYear[s] as number);
    trend.has = declared || count > 0;
    trend.value = declared ? (declaredValue[s] as number) : (t.firstValue[s] as number);
    trend.max = t.max[s] as number;
    trend.min = t.min[s] as number;
    trend.hasLatest = count > 0;
    trend.latest = t.latestValue[s] as number;
    trend.thin = !declared && count === 1;
    judgeFacts(facts, s, trend, judged);
  }
}
