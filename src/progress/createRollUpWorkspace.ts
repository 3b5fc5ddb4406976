/**
 * Reusable memory for {@link rollUpColumns}: pass the same workspace to repeated roll-ups and the
 * fold reuses its buffers instead of allocating new ones each call.
 *
 * @remarks
 * A roll-up of a million rows folds them into a grid of a few megabytes. Fresh memory costs a page
 * fault per 4 KiB page when first written, which on some machines (virtual machines especially)
 * costs more than the fold itself. A workspace keeps the grid's buffers between calls. It holds
 * scratch memory only: results never share memory with it, and a result does not change when the
 * workspace is used again. Use one workspace per concurrent caller (for example per worker).
 *
 * @example
 * ```ts
 * import { createRollUpWorkspace } from "cast-plan";
 * createRollUpWorkspace().kind // => "roll-up-workspace"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export interface RollUpWorkspace {
  /** The discriminant. */
  readonly kind: "roll-up-workspace";
  /** The buffers, by slot name (internal; grown as needed). */
  readonly buffers: Map<string, Float64Array | Int32Array | Uint8Array>;
}

/**
 * Creates an empty workspace for repeated {@link rollUpColumns} calls.
 *
 * @returns A workspace with no buffers yet.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { createRollUpWorkspace, prepareRollUp, rollUpColumns } from "cast-plan";
 * import { castPlanDocument } from "cast-plan/data";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const prepared = prepareRollUp(parsePlanDocument(castPlanDocument));
 * const workspace = createRollUpWorkspace();
 * const empty = { indicator: new Int32Array(0), year: new Int32Array(0), value: new Float64Array(0) };
 * // One roll-up per year, reusing the workspace's memory.
 * const plans = [2019, 2020].map((asOf) => rollUpColumns(prepared, empty, { asOf, workspace }).plans);
 * plans[1]?.ids // => ["outline", "ap2018"]
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function createRollUpWorkspace(): RollUpWorkspace {
  return { kind: "roll-up-workspace", buffers: new Map() };
}
