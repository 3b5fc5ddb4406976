import { dayNumber } from "../dates/dayNumbers.js";
import { CastPlanError } from "../errors/CastPlanError.js";
import type { Indicator } from "../schemas/indicator.js";
import type { Plan, PlanItem } from "../schemas/plan.js";
import type { SkeletonPhase } from "./SkeletonTypes.js";
import { lastDay } from "./skeleton/cadence.js";

/**
 * The goals and targets due in a phase, from {@link listDueInPhase}.
 *
 * @example
 * ```ts
 * const due = { items: [], targets: [] };
 * due.items.length // => 0
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface DueInPhase {
  /** The items (steps, goals, tasks…) of the plan whose deadline falls in the phase, in source order. */
  readonly items: readonly {
    readonly id: string;
    readonly kind: PlanItem["kind"];
    readonly deadline: string | number;
  }[];
  /** The indicator targets due in the phase, for indicators that measure an item of the plan. */
  readonly targets: readonly {
    readonly indicatorId: string;
    readonly targetId: string;
    readonly deadline: string | number;
  }[];
}

/**
 * Lists the goals and targets of a plan due in a phase: a deadline is due in the phase when its
 * last day (31 December of a year, the month's last day) lies within the phase.
 *
 * @param document - The plan document: its plans and (optionally) indicators.
 * @param planId - The id of the plan whose items count.
 * @param phase - The phase, with inclusive `start` and `end` dates (a {@link SkeletonPhase}).
 * @returns The items and targets due.
 * @throws {@link CastPlanError} `UNKNOWN_ID` when no plan has `planId`.
 *
 * @example
 * ```ts
 * import { listDueInPhase } from "cast-plan";
 * const plan = { id: "p", kind: "outline" as const, title: { en: "P" }, issuer: "I", period: { start: 2021, end: 2030 }, phases: [], cadences: [], assignments: [],
 *   items: [{ id: "g", kind: "goal" as const, heading: { en: "G" }, deadline: 2025, tags: [], children: [] }] };
 * listDueInPhase({ plans: [plan] }, "p", { start: "2021-01-01", end: "2025-12-31" }).items.map((i) => i.id) // => ["g"]
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function listDueInPhase(
  document: {
    readonly plans: readonly Plan[];
    readonly indicators?: readonly Indicator[] | undefined;
  },
  planId: string,
  phase: Pick<SkeletonPhase, "start" | "end">,
): DueInPhase {
  const plan = document.plans.find((p) => p.id === planId);
  if (!plan) {
    throw new CastPlanError("UNKNOWN_ID", `listDueInPhase: no plan has id '${planId}'`, [
      { path: ["planId"], rule: "reference", message: `no plan has id '${planId}'` },
    ]);
  }
  const s = dayNumber(phase.start);
  const e = dayNumber(phase.end);
  const due = (deadline: string | number) => {
    const d = lastDay(deadline);
    return s <= d && d <= e;
  };
  const items: { id: string; kind: PlanItem["kind"]; deadline: string | number }[] = [];
  const ids = new Set<string>();
  const walk = (list: readonly PlanItem[]): void => {
    for (const item of list) {
      ids.add(item.id);
      if (item.deadline !== undefined && due(item.deadline)) {
        items.push({ id: item.id, kind: item.kind, deadline: item.deadline });
      }
      walk(item.children);
    }
  };
  walk(plan.items);
  const targets: { indicatorId: string; targetId: string; deadline: string | number }[] = [];
  for (const indicator of document.indicators ?? []) {
    if (!indicator.measures.some((m) => ids.has(m))) continue;
    for (const t of indicator.targets) {
      if (due(t.deadline))
        targets.push({ indicatorId: indicator.id, targetId: t.id, deadline: t.deadline });
    }
  }
  return { items, targets };
}
