import type { RollUp, RollUpNode } from "./rollup/types.js";

export type { RollUp, RollUpNode } from "./rollup/types.js";

import type { PlanDocument } from "../schemas/document.js";
import type { CalendarPoint } from "../schemas/primitives.js";
import { assessSelectedSeries, type IndicatorAssessment } from "./assessIndicator.js";
import type { RollUpState } from "./createRollUpState.js";
import { tableSeries } from "./rollup/series.js";
import { checkWeights, indicatorLeaf, rollUpTree } from "./rollup/tree.js";
import {
  checkCompleteness,
  completenessWarnings,
  isComplete,
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
 * the progress it contributes to that node. An item's progress is the weighted mean over its
 * contributors with data: child items (weight `item.weight`, default 1),
 * indicators whose `measures` name it (weight 1) and items of other plans aligned to it (weight
 * `alignment.weight`, default 1); `options.weights` overrides any of these by id. Coverage is the
 * weighted share of contributors with data. Only whole-population figures are rolled up.
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
    const table = state.indicators.get(indicator.id);
    const series = table
      ? tableSeries(table, indicator, asOfYear, completeness)
      : { years: [], values: [], imputed: [], completeness: { incomplete: [], undeclared: [] } };
    const { years } = series;
    const problem = series.problem
      ? { code: series.problem.code, message: problemMessage(indicator.id, series.problem) }
      : undefined;
    if (!isComplete(series.completeness)) found[indicator.id] = series.completeness;
    if (problem) {
      indicators[indicator.id] = indicatorLeaf(
        indicator.id,
        undefined,
        false,
        problem.code,
        problem.message,
      );
      continue;
    }
    // The points' flags only where some point was completed (the series keeps its shape else).
    const checked = series.imputed.some((k) => k !== null)
      ? { years, values: series.values, imputed: series.imputed }
      : { years, values: series.values };
    const assessment = assessSelectedSeries(
      indicator,
      checked,
      asOfYear,
      assessOptions,
      completenessWarnings(series.completeness, completeness.policy),
    );
    if (years.length > 0) assessments[indicator.id] = assessment;
    const current = assessment.targets.find((t) => t.targetId === assessment.currentTargetId);
    const achieved =
      assessment.targets.length > 0 &&
      assessment.targets.every(
        (t) => t.milestone.status === "measured" && t.milestone.milestone.startsWith("achieved"),
      );
    // No period left but some refused: the reason is the missing units, not a lack of data.
    const refused = years.length === 0 ? refusedText(series.completeness, completeness.policy) : "";
    if (refused) {
      indicators[indicator.id] = indicatorLeaf(
        indicator.id,
        undefined,
        achieved,
        "incomplete-period",
        `'${indicator.id}': ${refused}`,
      );
      continue;
    }
    if (!current || current.distanceShare.status === "unmeasurable") {
      const why =
        current?.distanceShare.status === "unmeasurable" ? current.distanceShare : undefined;
      indicators[indicator.id] = indicatorLeaf(
        indicator.id,
        undefined,
        achieved,
        why?.reason ?? "insufficient-data",
        why?.message ?? (years.length === 0 ? "no observation by the date" : "no target"),
      );
      continue;
    }
    indicators[indicator.id] = indicatorLeaf(
      indicator.id,
      current.distanceShare.clamped,
      achieved,
      undefined,
      "",
    );
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
