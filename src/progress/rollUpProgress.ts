import { calledAs } from "../errors/calledAs.js";
import type { PlanDocument } from "../schemas/document.js";
import type { Observation } from "../schemas/indicator.js";
import { createRollUpState } from "./createRollUpState.js";
import { finalizeRollUp, type RollUp, type RollUpOptions } from "./finalizeRollUp.js";

/**
 * Rolls indicator progress up a plan document in one pass: indicator → task/action →
 * area/project → plan, with weights, coverage and the all-children-achieved rule.
 *
 * @remarks
 * Equivalent to `finalizeRollUp(document, createRollUpState(document, observations), options)`;
 * use those (with {@link mergeRollUpStates}) to compute per shard or per organisation and combine
 * later with the same answer. Observations default to the document's own.
 *
 * @param document - The plan document.
 * @param options - The date, weights and projection; `observations` replaces the document's.
 * @returns Plan, item and indicator nodes with progress, coverage and achievement.
 * @throws {@link CastPlanError} as {@link finalizeRollUp}.
 *
 * @example
 * ```ts
 * import { rollUpProgress } from "cast-plan";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const document = parsePlanDocument({
 *   schemaVersion: 1,
 *   plans: [{ id: "p", kind: "local-plan", title: { en: "P" }, issuer: "X", period: { start: 2020, end: 2025 }, items: [{ id: "t", kind: "task", heading: "T" }] }],
 *   indicators: [{ id: "i", name: "I", measure: "count", unit: "events", direction: "increase", aggregation: "sum", baselines: [{ period: 2020, value: 0 }], targets: [{ id: "t1", deadline: 2025, comparator: ">=", value: 10 }], measures: ["t"] }],
 *   observations: [{ indicatorId: "i", period: 2022, value: 4, status: "final" }],
 * });
 * rollUpProgress(document, { asOf: 2023 }).plans.p?.progress // ~> 0.4
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function rollUpProgress(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments" | "observations">,
  options: RollUpOptions & { readonly observations?: readonly Observation[] | undefined },
): RollUp {
  return calledAs("rollUpProgress", () =>
    finalizeRollUp(
      document,
      createRollUpState(document, options.observations ?? document.observations),
      options,
    ),
  );
}
