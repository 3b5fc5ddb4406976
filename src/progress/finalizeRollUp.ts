import type { RollUp, RollUpNode } from "./rollup/types.js";

export type { RollUp, RollUpDuplicate, RollUpFlag, RollUpNode } from "./rollup/types.js";

import type { PlanDocument } from "../schemas/document.js";
import type { Indicator } from "../schemas/indicator.js";
import type { CalendarPoint } from "../schemas/primitives.js";
import {
  type AssessIndicatorOptions,
  assessSelectedSeries,
  type IndicatorAssessment,
} from "./assessIndicator.js";
import type { PeriodTable, RollUpState } from "./createRollUpState.js";
import { seriesFlags } from "./rollup/flags.js";
import { tableSeries } from "./rollup/series.js";
import { checkWeights, indicatorLeaf, rollUpTree } from "./rollup/tree.js";
import {
  type Completeness,
  checkCompleteness,
  completenessWarnings,
  problemMessage,
  refusedText,
} from "./series/complete.js";
import { asOfYearOf } from "./series/select.js";
import type { CompletenessOptions, IndicatorCompleteness, ProjectionKind } from "./types.js";

/**
 * The options of {@link finalizeRollUp} and {@link rollUpProgress}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUpOptions extends CompletenessOptions {
  /** The date of the assessment. */
  readonly asOf: CalendarPoint;
  /** Weights overriding the document's, keyed by item, indicator or alignment id; finite, ≥ 0. */
  readonly weights?: Readonly<Record<string, number>> | undefined;
  /** The projection behind each indicator's ESCAP category; `weighted-linear` by default. */
  readonly projection?: ProjectionKind | undefined;
  /** `summary` (the default: fast) or `full` indicator assessments in the result. */
  readonly detail?: "full" | "summary" | undefined;
}

/**
 * Finishes a roll-up from a (merged) partial state: combines each indicator's observations by its
 * aggregation rule, assesses it, and rolls progress up the plans' item trees and alignment links.
 *
 * @remarks
 * An indicator's progress is the clamped distance share toward its current target (the first not
 * yet achieved; the last when all are), achieved when every target is. Inside an item, an
 * indicator is judged against the targets stated in the item or its descendants
 * (`target.statedIn`), the first not yet achieved (else the last), achieved when all of them are;
 * where the item states none, it keeps what its contributors give. Each contributor entry carries
 * the progress it contributes to that node, and the targets that decide it there when that is not
 * its own row's figure (`judgedAgainst`). An item's progress is the weighted mean over its
 * contributors with data: child items (weight `item.weight`, default 1),
 * indicators whose `measures` name it (weight 1) and items of other plans aligned to it (weight
 * `alignment.weight`, default 1); `options.weights` overrides any of these by id. An indicator
 * that also reaches the item through one of those items counts once, through them (the direct
 * link is listed in `duplicates`). Coverage is the share of the leaf items below a node that have
 * evidence (`leaves`; see {@link RollUpNode.coverage}); `flags` mark figures that rest on
 * provisional, estimated or completed values, or that leave out an incomplete period (see
 * {@link RollUpFlag}). Only whole-population figures are rolled up.
 * Organisations' reports combine by the indicator's rule (see {@link combineObservations}) after
 * the completeness check: a period in which an expected unit has not reported is refused (the
 * default), or completed by `options.completeness` (`carry-forward`, `interpolate`) and flagged;
 * `result.completeness` lists what the check found per indicator, and an indicator with no
 * period left has reason `incomplete-period`.
 *
 * @param document - The plan document.
 * @param state - The merged state of every shard.
 * @param options - The date, weights, projection and completeness policy.
 * @returns Plan, item and indicator nodes, assessments, and the completeness facts.
 * @throws {@link CastPlanError} `INVALID_WEIGHTS` (path `["weights", id]`) for a negative or
 *   non-finite weight or contributors whose weights total zero; `DEPENDENCY_CYCLE` when alignment
 *   links form a cycle; `INVALID_ARGUMENT` (path `asOf`) when `asOf` is not a calendar value, and
 *   (path `completeness` or `maxCarryYears`) for a bad completeness option.
 *
 * @example
 * ```ts
 * import { createRollUpState, finalizeRollUp } from "cast-plan";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const document = parsePlanDocument({ schemaVersion: 1, plans: [{ id: "p", kind: "local-plan", title: { en: "P" }, issuer: "X", period: { start: 2020, end: 2025 }, items: [{ id: "t", kind: "task", heading: "T" }] }] });
 * finalizeRollUp(document, createRollUpState(document, []), { asOf: 2025 }).items.t?.coverage // => 0
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function finalizeRollUp(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  state: RollUpState,
  options: RollUpOptions,
): RollUp {
  const weights = checkWeights(options.weights, "finalizeRollUp");
  const asOfYear = asOfYearOf(options.asOf, "finalizeRollUp");
  const completeness = checkCompleteness(options, "finalizeRollUp");
  const indicators: Record<string, RollUpNode> = {};
  const assessments: Record<string, IndicatorAssessment> = {};
  const found: Record<string, IndicatorCompleteness> = {};
  const assessOptions = {
    asOf: options.asOf,
    projection: options.projection,
    detail: options.detail ?? "summary",
  };
  for (const indicator of document.indicators) {
    const {
      node,
      assessment,
      completeness: facts,
    } = finalizeIndicator(
      indicator,
      state.indicators.get(indicator.id),
      asOfYear,
      assessOptions,
      completeness,
    );
    indicators[indicator.id] = node;
    if (assessment) assessments[indicator.id] = assessment;
    if (facts) found[indicator.id] = facts;
  }
  const targetsOf = (id: string) =>
    assessments[id]?.targets.map((t) => ({
      targetId: t.targetId,
      met: t.milestone.status === "measured" && t.milestone.milestone.startsWith("achieved"),
      distanceShare: t.distanceShare,
    }));
  const { plans, items } = rollUpTree(document, indicators, targetsOf, weights, "finalizeRollUp");
  return { asOfYear, plans, items, indicators, assessments, completeness: found };
}

/**
 * One indicator of a roll-up from its table (undefined: no observation): its node, its assessment
 * when it has a value by the date (none when the units' figures cannot be combined), and what the
 * completeness check found (undefined: nothing). Internal: {@link finalizeRollUp} runs it for
 * every indicator; {@link rollUpProgress}'s columnar path for the assessments a caller reads.
 *
 * @internal
 */
export function finalizeIndicator(
  indicator: Indicator,
  table: PeriodTable | undefined,
  asOfYear: number,
  assessOptions: AssessIndicatorOptions,
  completeness: Completeness,
): {
  node: RollUpNode;
  assessment: IndicatorAssessment | undefined;
  completeness: IndicatorCompleteness | undefined;
} {
  const series = table
    ? tableSeries(table, indicator, asOfYear, completeness)
    : {
        years: [],
        values: [],
        statuses: [],
        imputed: [],
        completeness: { incomplete: [], undeclared: [] },
      };
  const { years } = series;
  const c = series.completeness;
  const facts = c.incomplete.length > 0 || c.undeclared.length > 0 ? c : undefined;
  if (series.problem) {
    const message = problemMessage(indicator.id, series.problem);
    return {
      node: indicatorLeaf(indicator.id, undefined, false, series.problem.code, message),
      assessment: undefined,
      completeness: facts,
    };
  }
  // The points' completion only where some point was completed (the series keeps its shape else).
  const checked = series.imputed.some((k) => k !== null)
    ? { years, values: series.values, statuses: series.statuses, imputed: series.imputed }
    : { years, values: series.values, statuses: series.statuses };
  const assessment = assessSelectedSeries(
    indicator,
    checked,
    asOfYear,
    assessOptions,
    completenessWarnings(c, completeness.policy),
  );
  const kept = years.length > 0 ? assessment : undefined;
  // The flags of the values its progress uses (the latest, and an observed baseline), and of a
  // period left out for missing reports: as the columnar path reads them.
  const flags = seriesFlags(series, assessment.baseline?.source === "observation");
  const current = assessment.targets.find((t) => t.targetId === assessment.currentTargetId);
  const achieved =
    assessment.targets.length > 0 &&
    assessment.targets.every(
      (t) => t.milestone.status === "measured" && t.milestone.milestone.startsWith("achieved"),
    );
  // No period left but some refused: the reason is the missing units, not a lack of data.
  const refused = years.length === 0 ? refusedText(c, completeness.policy) : "";
  const leaf = (progress: number | undefined, reason: RollUpNode["reason"], message: string) =>
    indicatorLeaf(indicator.id, progress, achieved, reason, message, flags);
  if (refused)
    return {
      node: leaf(undefined, "incomplete-period", `'${indicator.id}': ${refused}`),
      assessment: kept,
      completeness: facts,
    };
  if (!current || current.distanceShare.status === "unmeasurable") {
    const why =
      current?.distanceShare.status === "unmeasurable" ? current.distanceShare : undefined;
    const node = leaf(
      undefined,
      why?.reason ?? "insufficient-data",
      why?.message ?? (years.length === 0 ? "no observation by the date" : "no target"),
    );
    return { node, assessment: kept, completeness: facts };
  }
  return {
    node: leaf(current.distanceShare.clamped, undefined, ""),
    assessment: kept,
    completeness: facts,
  };
}
