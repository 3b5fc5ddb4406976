// Validation findings of generatePlanSkeleton: step goals not due at a phase end, unknown goal ids.

import { dayNumber } from "../../dates/dayNumbers.js";
import type { Plan, PlanItem } from "../../schemas/plan.js";
import type { SkeletonFinding, SkeletonPhase } from "../SkeletonTypes.js";
import { lastDay } from "./cadence.js";

function walkItems(
  items: readonly PlanItem[],
  path: (string | number)[],
  visit: (item: PlanItem, path: (string | number)[]) => void,
): void {
  items.forEach((item, i) => {
    visit(item, [...path, i]);
    walkItems(item.children, [...path, i, "children"], visit);
  });
}

/** The findings of a skeleton, in document order. */
export function findSkeletonFindings(
  plans: readonly Plan[],
  plan: Plan,
  planIndex: number,
  implementation: readonly SkeletonPhase[],
): SkeletonFinding[] {
  const findings: SkeletonFinding[] = [];
  const ends = new Set(implementation.map((p) => dayNumber(p.end)));
  const itemIds = new Set<string>();
  for (const other of plans) walkItems(other.items, [], (item) => itemIds.add(item.id));
  walkItems(plan.items, ["plans", planIndex, "items"], (item, path) => {
    if (item.kind !== "step" || item.deadline === undefined) return;
    if (!ends.has(lastDay(item.deadline))) {
      findings.push({
        rule: "goal-not-on-phase-end",
        itemId: item.id,
        path: [...path, "deadline"],
        message: `step '${item.id}' is due ${item.deadline}, which is not the end of an implementation phase`,
      });
    }
  });
  plan.phases.forEach((p, i) => {
    p.goalIds.forEach((g, j) => {
      if (!itemIds.has(g)) {
        findings.push({
          rule: "unknown-goal",
          itemId: g,
          path: ["plans", planIndex, "phases", i, "goalIds", j],
          message: `phase '${p.id}' names goal '${g}', which no item has`,
        });
      }
    });
  });
  return findings;
}
