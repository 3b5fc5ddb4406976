import type { GanttItem } from "./GanttItem.js";
import type { PlanSkeleton } from "./SkeletonTypes.js";

/**
 * Turns a plan skeleton into Gantt items in three sections: goals (step-end milestones),
 * implementation phases (action plan and five-year phases), and evaluations (milestones).
 *
 * @param skeleton - A skeleton from {@link generatePlanSkeleton}.
 * @param options - `annualPlans: true` adds a section with the annual work plans; `planning: true` adds planning events.
 * @returns The items, ordered by section then date.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { generatePlanSkeleton, skeletonToGanttItems } from "cast-plan";
 * const plan = { id: "p", kind: "outline" as const, title: { en: "P" }, issuer: "I", period: { start: 2021, end: 2025 }, items: [], phases: [], cadences: [], assignments: [] };
 * skeletonToGanttItems(generatePlanSkeleton({ plans: [plan] }, "p")).map((i) => i.id) // => ["p.fyp14"]
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function skeletonToGanttItems(
  skeleton: PlanSkeleton,
  options: { readonly annualPlans?: boolean; readonly planning?: boolean } = {},
): GanttItem[] {
  const items: GanttItem[] = [];
  for (const p of skeleton.phases.filter((x) => x.kind === "step")) {
    items.push({
      id: `goal-${p.id}`,
      name: `Goal of ${p.name}`,
      start: p.end,
      finish: p.end,
      milestone: true,
      section: "Goals",
      kind: "goal",
    });
  }
  for (const p of skeleton.phases.filter((x) => x.kind !== "step")) {
    items.push({
      id: p.id,
      name: p.name,
      start: p.start,
      finish: p.end,
      section: "Implementation phases",
      kind: "phase",
    });
  }
  if (options.annualPlans) {
    for (const p of skeleton.annualPlans) {
      items.push({
        id: p.id,
        name: p.name,
        start: p.start,
        finish: p.end,
        section: "Annual work plans",
        kind: "annual-plan",
      });
    }
  }
  for (const e of skeleton.events) {
    if (e.activity === "planning" && !options.planning) continue;
    items.push({
      id: e.id,
      name:
        e.activity === "evaluation" && e.kind === "mid-term"
          ? `Mid-term evaluation ${e.year}`
          : e.activity === "evaluation" && e.kind === "final"
            ? `Final evaluation ${e.year}`
            : `${e.label} ${e.year}`,
      start: e.due,
      finish: e.due,
      milestone: true,
      section: e.activity === "evaluation" ? "Evaluations" : "Planning",
      kind: e.activity,
    });
  }
  return items;
}
