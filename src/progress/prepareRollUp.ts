import type { PlanDocument } from "../schemas/document.js";
import { compileFacts } from "./rollup/columns/facts.js";
import { compileTree, type PreparedTables } from "./rollup/columns/tree.js";
import { checkWeights } from "./rollup/tree.js";

/**
 * The compiled item trees and indicator targets of a prepared roll-up: typed arrays whose layout is internal to
 * cast-plan and may change between versions. Pass it on; do not read it.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUpTables {
  /** Marks the type as opaque. */
  readonly layout: "internal";
}

/**
 * A plan document prepared for repeated columnar roll-ups ({@link rollUpColumns}): its item
 * trees, indicator links, alignment links and weights compiled once.
 *
 * @example
 * ```ts
 * import { prepareRollUp } from "cast-plan";
 * import { castPlanDocument } from "cast-plan/data";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * prepareRollUp(parsePlanDocument(castPlanDocument)).indicatorIds.length // => 12
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export interface PreparedRollUp {
  /** The discriminant. */
  readonly kind: "prepared-roll-up";
  /** The document's plans, indicators and alignments. */
  readonly document: Pick<PlanDocument, "plans" | "indicators" | "alignments">;
  /** The plan ids, in the order of the plan columns of a result. */
  readonly planIds: readonly string[];
  /** The item ids (each plan's items depth first), in the order of the item columns. */
  readonly itemIds: readonly string[];
  /** The indicator ids, in the order of `document.indicators` and of the indicator columns. */
  readonly indicatorIds: readonly string[];
  /** The compiled trees. */
  readonly tables: RollUpTables;
}

/**
 * The options of {@link prepareRollUp}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface PrepareRollUpOptions {
  /** Weights overriding the document's, keyed by item, indicator or alignment id; finite, ≥ 0. */
  readonly weights?: Readonly<Record<string, number>> | undefined;
}

/**
 * Prepares a plan document for repeated columnar roll-ups: compiles its item trees, the
 * indicators measuring each item, the alignment links, the weights and each indicator's
 * baselines and targets into typed arrays once.
 *
 * @remarks
 * For monitoring loops that roll up the same plan many times: every organisation's new reports,
 * or one roll-up per month to draw the plan's progress over time. The weights are those
 * {@link finalizeRollUp} uses: `options.weights` by id, else the item's or alignment's own, else 1.
 * The prepared roll-up describes the document as it was when prepared: prepare again after
 * changing its items, indicators, baselines, targets or alignments.
 *
 * @param document - The plan document.
 * @param options - Weights overriding the document's.
 * @returns The prepared document.
 * @throws {@link CastPlanError} `INVALID_WEIGHTS` (path `["weights", id]`) for a negative or
 *   non-finite weight.
 *
 * @example
 * ```ts
 * import { prepareRollUp } from "cast-plan";
 * import { castPlanDocument } from "cast-plan/data";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const prepared = prepareRollUp(parsePlanDocument(castPlanDocument));
 * prepared.planIds // => ["outline", "ap2018"]
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function prepareRollUp(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  options: PrepareRollUpOptions = {},
): PreparedRollUp {
  const weights = checkWeights(options.weights, "prepareRollUp");
  const tree = compileTree(document, weights);
  const tables: PreparedTables = { tree, facts: compileFacts(document.indicators) };
  return {
    kind: "prepared-roll-up",
    document,
    planIds: tree.planIds,
    itemIds: tree.itemIds,
    indicatorIds: tree.indicatorIds,
    tables: tables as unknown as RollUpTables,
  };
}
