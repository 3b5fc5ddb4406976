import { CastPlanError } from "../errors/CastPlanError.js";
import type { CalendarPoint } from "../schemas/primitives.js";
import type { RollUpWorkspace } from "./createRollUpWorkspace.js";
import type { RollUpDuplicate, RollUpFlag, RollUpNode } from "./finalizeRollUp.js";
import type { PreparedRollUp } from "./prepareRollUp.js";
import type { ObservationColumns } from "./rollUpProgressFromColumns.js";
import { REASONS } from "./rollup/columns/judge.js";
import { nodesOfRun, runColumns } from "./rollup/columns/run.js";
import { COMPLETENESS_BITS } from "./rollup/columns/slow.js";
import {
  createNodeArrays,
  evaluateTree,
  type NodeArrays,
  type PreparedTables,
} from "./rollup/columns/tree.js";
import { FLAGS, flagBits } from "./rollup/flags.js";
import { checkCompleteness } from "./series/complete.js";
import { asOfYearOf } from "./series/select.js";
import type { CompletenessOptions } from "./types.js";

/**
 * Why a node of {@link rollUpColumns} has no progress, by the number in its `reason` column:
 * 0 `"none"` (progress is measured), else the warning code {@link rollUpProgress} gives.
 *
 * @example
 * ```ts
 * import { ROLL_UP_REASONS } from "cast-plan";
 * ROLL_UP_REASONS[1] // => "insufficient-data"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export const ROLL_UP_REASONS: readonly [
  "none",
  "insufficient-data",
  "degenerate-range",
  "not-aggregatable",
  "missing-ratio-parts",
  "no-contributors",
  "non-finite-input",
  "incomplete-period",
] = REASONS;

/**
 * The data-quality flags of a node of {@link rollUpColumns}, by bit: bit `k` of a node's `flags`
 * byte is set when the node carries `ROLL_UP_FLAGS[k]` (see {@link RollUpFlag}); the object nodes
 * of {@link rollUpProgress} list the same flags in this order.
 *
 * @example
 * ```ts
 * import { ROLL_UP_FLAGS } from "cast-plan";
 * const flags = 0b01;
 * ROLL_UP_FLAGS.filter((_, k) => (flags & (1 << k)) !== 0) // => ["provisional"]
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export const ROLL_UP_FLAGS: readonly [
  "provisional",
  "estimated",
  "carried-forward",
  "interpolated",
  "incomplete",
] = FLAGS;

/**
 * The bits of {@link RollUpColumns}' `completeness` column, keyed by the warning code each stands
 * for: 1 `incomplete-period` (a period refused: an expected unit had not reported), 2
 * `carried-forward`, 4 `interpolated` (a missing unit's figure completed a period), 8
 * `undeclared-reporter` (a unit not declared in `expectedReporters` reported).
 *
 * @example
 * ```ts
 * import { ROLL_UP_COMPLETENESS_BITS } from "cast-plan";
 * const bits = 1 | 8;
 * (bits & ROLL_UP_COMPLETENESS_BITS["undeclared-reporter"]) !== 0 // => true
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export const ROLL_UP_COMPLETENESS_BITS: Readonly<{
  "incomplete-period": 1;
  "carried-forward": 2;
  interpolated: 4;
  "undeclared-reporter": 8;
}> = COMPLETENESS_BITS;

/**
 * One kind of node of a columnar roll-up (plans, items or indicators), as columns: entry `k` is
 * the node `ids[k]`.
 *
 * @example
 * ```ts
 * import type { RollUpNodeColumns } from "cast-plan";
 * const nodes: RollUpNodeColumns = {
 *   ids: ["t"], progress: Float64Array.of(0.4), coverage: Float64Array.of(1),
 *   leaves: Int32Array.of(1), leavesWithEvidence: Int32Array.of(1),
 *   achieved: Uint8Array.of(0), reason: Uint8Array.of(0), flags: Uint8Array.of(0),
 * };
 * nodes.ids.length // => 1
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUpNodeColumns {
  /** The node ids. */
  readonly ids: readonly string[];
  /** The weighted mean progress in [0, 1] where `reason` is 0; 0 (not a measurement) elsewhere. */
  readonly progress: Float64Array;
  /** The share of the leaf items below the node that have evidence, in [0, 1]
   * (`leavesWithEvidence / leaves`, 0 without leaves; see {@link RollUpNode.coverage}). */
  readonly coverage: Float64Array;
  /** The number of leaf items below the node (1 for an indicator). */
  readonly leaves: Int32Array;
  /** How many of them have evidence. */
  readonly leavesWithEvidence: Int32Array;
  /** 1 where every contributor is achieved (an indicator: every target met), else 0. */
  readonly achieved: Uint8Array;
  /** Why progress is not measured: an index into {@link ROLL_UP_REASONS}; 0 when it is. */
  readonly reason: Uint8Array;
  /** The node's data-quality flags: bit `k` set for `ROLL_UP_FLAGS[k]` ({@link ROLL_UP_FLAGS}). */
  readonly flags: Uint8Array;
}

/**
 * The result of {@link rollUpColumns}: plan, item and indicator nodes as columns, in the order of
 * the prepared document's `planIds`, `itemIds` and `indicatorIds`.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUpColumns {
  /** The assessment date as a decimal year. */
  readonly asOfYear: number;
  /** The plan nodes. */
  readonly plans: RollUpNodeColumns;
  /** The item nodes. */
  readonly items: RollUpNodeColumns;
  /** The indicator nodes. */
  readonly indicators: RollUpNodeColumns;
  /** The indicator links not counted because the indicator reaches the item through one of its
   * contributor items too (every item's `duplicates` of {@link rollUpProgress}, in item order;
   * the same for every call on one prepared document). */
  readonly duplicates: readonly RollUpDuplicate[];
  /** Per indicator (in the order of `indicators.ids`), what the completeness check found, as
   * {@link ROLL_UP_COMPLETENESS_BITS}; 0 where nothing. {@link rollUpProgressFromColumns} gives
   * the periods and units behind each bit. @since 0.2.0 */
  readonly completeness: Uint8Array;
}

/**
 * The options of {@link rollUpColumns}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUpColumnsOptions extends CompletenessOptions {
  /** The date of the assessment. */
  readonly asOf: CalendarPoint;
  /** Memory to reuse across calls ({@link createRollUpWorkspace}); fresh memory without. */
  readonly workspace?: RollUpWorkspace | undefined;
}

function toColumns(ids: readonly string[], nodes: NodeArrays): RollUpNodeColumns {
  return {
    ids,
    progress: nodes.progress,
    coverage: nodes.coverage,
    leaves: nodes.leaves,
    leavesWithEvidence: nodes.leavesWithEvidence,
    achieved: nodes.achieved,
    reason: nodes.reason,
    flags: nodes.flags,
  };
}

/** Node objects as columns (for documents whose items state targets). */
function fromNodes(
  ids: readonly string[],
  nodes: Readonly<Record<string, RollUpNode>>,
): RollUpNodeColumns {
  const out = createNodeArrays(ids.length);
  ids.forEach((id, k) => {
    const node = nodes[id];
    out.progress[k] = node?.progress ?? 0;
    out.coverage[k] = node?.coverage ?? 0;
    out.leaves[k] = node?.leaves.total ?? 0;
    out.leavesWithEvidence[k] = node?.leaves.withEvidence ?? 0;
    out.achieved[k] = node?.achieved ? 1 : 0;
    out.flags[k] = flagBits(node?.flags ?? []);
    const reason = node?.reason ?? "none";
    const number = REASONS.indexOf(reason as (typeof REASONS)[number]);
    // Every reason a roll-up node can carry is listed; a new one must be added, never read as "none".
    if (number < 0) throw new Error(`cast-plan: ROLL_UP_REASONS lacks '${reason}'`);
    out.reason[k] = number;
  });
  return toColumns(ids, out);
}

/**
 * Rolls indicator progress up a prepared plan document from observation columns, with the
 * results as columns: the fastest roll-up, for bulk monitoring and dashboards.
 *
 * @remarks
 * The same progress, coverage and leaf counts, achievement, data-quality flags, duplicate links
 * and reasons as {@link rollUpProgress} and {@link rollUpProgressFromColumns} give for the same
 * annual observations (ESCAP distance share
 * toward each indicator's current target, https://data.unescap.org/resource-guides/progress-assessment-methodology,
 * rolled up with weights and coverage), without node objects: a typed array per field, in the
 * prepared id order. Per call, one pass over the rows (check and fold into a grid of the 32
 * years before the date; a second, with a pass over the years first, only when older figures
 * exist), one pass over that grid (each indicator's years, judged against the baselines and
 * targets {@link prepareRollUp} compiled), and one over the compiled trees; no object per row,
 * indicator or item. About 2.8 times a bare loop computing latest-value progress over the same
 * million rows; a status column adds about a tenth, ratio-part columns about half (see the
 * performance guide). Where items state targets (`target.statedIn`) the roll-up goes through the
 * node objects and converts them, which is slower. Completeness of units' reports is checked as
 * {@link finalizeRollUp} checks it (`options.completeness`): the fold keeps a bit per indicator,
 * unit and year, and only an indicator with a unit missing, an undeclared unit or a weighted mean
 * has its rows read again; `result.completeness` holds what was found, as
 * {@link ROLL_UP_COMPLETENESS_BITS}.
 *
 * @param prepared - The document, from {@link prepareRollUp}.
 * @param columns - The observations.
 * @param options - The date of the assessment, the completeness policy, and a workspace to reuse
 *   memory across calls.
 * @returns Plan, item and indicator nodes as columns.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for a `prepared` that does not come from
 *   {@link prepareRollUp} (path `prepared`), for bad columns (path `["columns", name, row]`, as
 *   {@link rollUpProgressFromColumns}), for a bad date (path `asOf`) and a `workspace` that does
 *   not come from {@link createRollUpWorkspace} (path `workspace`), for a bad completeness option
 *   (path `completeness` or `maxCarryYears`); `INVALID_WEIGHTS` when
 *   the weights under a node total zero; `DEPENDENCY_CYCLE` when alignment links form a cycle.
 *
 * @example
 * ```ts
 * import { prepareRollUp, rollUpColumns, ROLL_UP_REASONS } from "cast-plan";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const prepared = prepareRollUp(parsePlanDocument({
 *   schemaVersion: 1,
 *   plans: [{ id: "p", kind: "local-plan", title: { en: "P" }, issuer: "X", period: { start: 2020, end: 2025 }, items: [{ id: "t", kind: "task", heading: "T" }] }],
 *   indicators: [
 *     { id: "i", name: "I", measure: "count", unit: "events", direction: "increase", aggregation: "sum", baselines: [{ period: 2020, value: 0 }], targets: [{ id: "t1", deadline: 2025, comparator: ">=", value: 10 }], measures: ["t"] },
 *     { id: "j", name: "J", measure: "count", unit: "events", direction: "increase", aggregation: "sum", baselines: [{ period: 2020, value: 0 }], targets: [{ id: "t2", deadline: 2025, comparator: ">=", value: 10 }], measures: ["t"] },
 *   ],
 * }));
 * // Indicator 0 ("i") has 4 events in 2022; indicator 1 ("j") has no report.
 * const result = rollUpColumns(prepared, {
 *   indicator: Int32Array.of(0),
 *   year: Int32Array.of(2022),
 *   value: Float64Array.of(4),
 * }, { asOf: 2023 });
 * // Task t is one leaf item, with evidence (i has progress): coverage 1 of 1.
 * [result.items.progress[0], result.items.leavesWithEvidence[0], result.items.leaves[0]] // => [0.4, 1, 1]
 * ROLL_UP_REASONS[result.indicators.reason[1] ?? 0] // => "insufficient-data"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function rollUpColumns(
  prepared: PreparedRollUp,
  columns: ObservationColumns,
  options: RollUpColumnsOptions,
): RollUpColumns {
  const fn = "rollUpColumns";
  if (prepared?.kind !== "prepared-roll-up" || typeof prepared.tables !== "object")
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `${fn}: prepared: expected prepareRollUp's result`,
      [{ path: ["prepared"], rule: "prepared", message: "expected the result of prepareRollUp" }],
    );
  const { tree, facts } = prepared.tables as unknown as PreparedTables;
  const asOfYear = asOfYearOf(options.asOf, fn);
  const completeness = checkCompleteness(options, fn);
  const { document } = prepared;
  const workspace = options.workspace;
  if (workspace !== undefined && !(workspace?.buffers instanceof Map))
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `${fn}: workspace: expected createRollUpWorkspace's result`,
      [
        {
          path: ["workspace"],
          rule: "workspace",
          message: "expected the result of createRollUpWorkspace",
        },
      ],
    );
  const run = runColumns(
    fn,
    document.indicators,
    facts,
    columns,
    asOfYear,
    completeness,
    workspace?.buffers,
  );
  if (tree.scoped) {
    const nodes = nodesOfRun(document, run, tree.weights, asOfYear, fn, tree.structure);
    return {
      asOfYear,
      plans: fromNodes(tree.planIds, nodes.plans),
      items: fromNodes(tree.itemIds, nodes.items),
      indicators: fromNodes(tree.indicatorIds, nodes.indicators),
      duplicates: tree.duplicates,
      completeness: run.completeness,
    };
  }
  const items = createNodeArrays(tree.itemIds.length);
  const plans = createNodeArrays(tree.planIds.length);
  evaluateTree(tree, run.nodes, items, plans, fn);
  return {
    asOfYear,
    plans: toColumns(tree.planIds, plans),
    items: toColumns(tree.itemIds, items),
    indicators: toColumns(tree.indicatorIds, run.nodes),
    duplicates: tree.duplicates,
    completeness: run.completeness,
  };
}
