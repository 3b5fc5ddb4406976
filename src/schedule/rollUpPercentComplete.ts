import { invalidArgument } from "./workdays/calendar.js";

/**
 * A node of a progress tree for {@link rollUpPercentComplete}: a leaf task or a summary with children.
 *
 * @example
 * ```ts
 * const leaf = { work: 50, remaining: 30 };
 * leaf.work // => 50
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface ProgressNode {
  /** The percent complete, 0–100 (ignored for a leaf when `work` and `remaining` are both given). */
  readonly percentComplete?: number | undefined;
  /** The duration (weight of the duration-weighted mode; a summary's span in `nested` aggregation). */
  readonly duration?: number | undefined;
  /** The work, for example in hours (weight of the work-weighted mode). */
  readonly work?: number | undefined;
  /** The remaining work; with `work` it gives percent complete `(work − remaining)/work`. */
  readonly remaining?: number | undefined;
  /** The children; a node with children is a summary. */
  readonly children?: readonly ProgressNode[] | undefined;
}

/**
 * Options of {@link rollUpPercentComplete}.
 *
 * @example
 * ```ts
 * const options = { method: "work-weighted" };
 * options.method // => "work-weighted"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface PercentRollUpOptions {
  /** `duration-weighted` (MS Project, default), `work-weighted` (OpenProject) or `simple-average`. */
  readonly method?: "duration-weighted" | "work-weighted" | "simple-average" | undefined;
  /** `leaves` (default) weighs every leaf; `nested` rolls each summary up first and weighs it by its own `duration` (Project 4.x). */
  readonly aggregation?: "leaves" | "nested" | undefined;
}

/**
 * The result of {@link rollUpPercentComplete}.
 *
 * @example
 * ```ts
 * import { rollUpPercentComplete } from "cast-plan";
 * rollUpPercentComplete({ children: [] }).reason // => "no-weight"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface PercentRollUpResult {
  /** The rolled-up percent complete, 0–100; `undefined` when nothing carries weight. */
  readonly percentComplete: number | undefined;
  /** Why `percentComplete` is undefined: no leaf with a positive weight. */
  readonly reason?: "no-weight" | undefined;
}

function leafPercent(node: ProgressNode, path: (string | number)[]): number | undefined {
  if (node.work !== undefined && node.remaining !== undefined && node.work > 0) {
    return ((node.work - node.remaining) / node.work) * 100;
  }
  const p = node.percentComplete;
  if (p === undefined) return undefined;
  if (!Number.isFinite(p) || p < 0 || p > 100) {
    invalidArgument(
      "rollUpPercentComplete",
      [...path, "percentComplete"],
      "percent",
      `percentComplete ${p} is not in 0–100`,
    );
  }
  return p;
}

function weightOf(node: ProgressNode, method: string, path: (string | number)[]): number {
  const w =
    method === "simple-average" ? 1 : method === "work-weighted" ? node.work : node.duration;
  if (w === undefined) return 0;
  if (!Number.isFinite(w) || w < 0) {
    invalidArgument(
      "rollUpPercentComplete",
      [...path, method === "work-weighted" ? "work" : "duration"],
      "weight",
      `weight ${w} is negative or not finite`,
    );
  }
  return w;
}

function roll(
  node: ProgressNode,
  options: PercentRollUpOptions,
  path: (string | number)[],
  acc: [number, number],
): void {
  const method = options.method ?? "duration-weighted";
  const kids = node.children ?? [];
  if (kids.length === 0) {
    const p = leafPercent(node, path);
    const w = weightOf(node, method, path);
    if (p !== undefined && w > 0) {
      acc[0] += w * p;
      acc[1] += w;
    }
    return;
  }
  if (options.aggregation === "nested" && path.length > 0) {
    const inner: [number, number] = [0, 0];
    kids.forEach((k, i) => {
      roll(k, options, [...path, "children", i], inner);
    });
    const w = weightOf(node, method, path);
    if (inner[1] > 0 && w > 0) {
      acc[0] += (w * inner[0]) / inner[1];
      acc[1] += w;
    }
    return;
  }
  kids.forEach((k, i) => {
    roll(k, options, [...path, "children", i], acc);
  });
}

/**
 * Rolls percent complete up a task tree: duration-weighted, work-weighted or simple average.
 *
 * @remarks
 * Duration-weighted (MS Project summary % Complete, KB 101495): `Σ pct_i·dur_i / Σ dur_i` over the
 * leaves. Work-weighted (OpenProject): `Σ (work_i − remaining_i) / Σ work_i`; leaves without work
 * are left out. Simple average: the mean of the leaves' percentages. Sources:
 * https://www.openproject.org/docs/user-guide/time-and-costs/progress-tracking/ and
 * https://support.microsoft.com/office/percent-complete-fields. A leaf's percentage is
 * `(work − remaining)/work` when both are given, else `percentComplete`.
 *
 * @param root - The root of the tree (its own values are ignored when it has children).
 * @param options - The method and the aggregation.
 * @returns The percentage 0–100, or `undefined` with reason `no-weight`.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for a percentage outside 0–100 or a negative weight.
 *
 * @example
 * ```ts
 * import { rollUpPercentComplete } from "cast-plan";
 * const root = { children: [{ work: 50, percentComplete: 30 }, { work: 5, percentComplete: 70 }] };
 * rollUpPercentComplete(root, { method: "work-weighted" }).percentComplete // ~> 33.6364
 * rollUpPercentComplete(root, { method: "simple-average" }).percentComplete // => 50
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function rollUpPercentComplete(
  root: ProgressNode,
  options: PercentRollUpOptions = {},
): PercentRollUpResult {
  const acc: [number, number] = [0, 0];
  roll(root, options, [], acc);
  if (acc[1] <= 0) return { percentComplete: undefined, reason: "no-weight" };
  return { percentComplete: acc[0] / acc[1] };
}
