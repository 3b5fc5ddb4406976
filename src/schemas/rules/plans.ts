// Plans: the parent chain, and each plan's phases, items, cadences and assignments.
import type { Plan } from "../plan.js";
import {
  checkSource,
  checkWeights,
  describe,
  each,
  type Parsed,
  type Path,
  periodInside,
  uniqueIds,
  walkItems,
} from "./common.js";
import type { Scope } from "./scope.js";

/**
 * Checks every plan's `parentPlanId`: it names a plan of the document or an external plan, and
 * following parents never comes back. A loop is reported once, at the `parentPlanId` of its first
 * plan in the document, naming the whole loop.
 */
export function checkParentPlans(plans: Parsed<Plan>, scope: Scope): void {
  const byId = new Map<string, Plan>();
  each(plans, (p) => {
    if (!byId.has(p.id)) byId.set(p.id, p);
  });
  const onReportedCycle = new Set<string>();
  each(plans, (plan, i) => {
    if (plan.parentPlanId === undefined) return;
    const path: Path = ["plans", i, "parentPlanId"];
    if (!scope.anyPlan(plan.parentPlanId)) {
      scope.report(path, "reference", `no plan or external plan has id '${plan.parentPlanId}'`);
      return;
    }
    const chain = [plan.id];
    let cursor = byId.get(plan.parentPlanId);
    while (cursor) {
      if (cursor.id === plan.id) {
        if (!chain.some((id) => onReportedCycle.has(id))) {
          scope.report(
            path,
            "cycle",
            `plan parents form a cycle: plan '${chain.join("' → '")}' → '${plan.id}'`,
          );
          for (const id of chain) onReportedCycle.add(id);
        }
        return;
      }
      // A loop further up that does not pass through this plan is reported from its own plans.
      if (chain.includes(cursor.id)) return;
      chain.push(cursor.id);
      cursor = cursor.parentPlanId === undefined ? undefined : byId.get(cursor.parentPlanId);
    }
  });
}

/** Checks what each plan holds: phases, items, cadences and assignments. */
export function checkPlanContents(plans: Parsed<Plan>, scope: Scope): void {
  const { report } = scope;
  // Phase, cadence and assignment ids are unique across all plans.
  const phaseIds = uniqueIds(report, "phase");
  const cadenceIds = uniqueIds(report, "cadence");
  const assignmentIds = uniqueIds(report, "assignment");
  each(plans, (plan, pi) => {
    const base: Path = ["plans", pi];
    checkSource(report, plan.source, scope.source, [...base, "source"]);
    const phases = new Set(plan.phases.map((p) => p.id));
    plan.phases.forEach((phase, i) => {
      const path: Path = [...base, "phases", i];
      phaseIds(phase.id, [...path, "id"]);
      if (!periodInside(phase.period, plan.period))
        report(
          [...path, "period"],
          "inside-plan-period",
          `phase ${describe(phase.period)} is outside the plan period ${describe(plan.period)}`,
        );
      phase.goalIds.forEach((g, j) => {
        if (!scope.item(g)) report([...path, "goalIds", j], "reference", `no item has id '${g}'`);
      });
      if (phase.planId !== undefined && !scope.anyPlan(phase.planId))
        report([...path, "planId"], "reference", `no plan has id '${phase.planId}'`);
    });
    checkWeights(report, plan.items, [...base, "items"], false);
    walkItems(plan.items, [...base, "items"], (item, path) => {
      checkWeights(report, item.children, [...path, "children"], false);
      if (item.phaseId !== undefined && !phases.has(item.phaseId))
        report(
          [...path, "phaseId"],
          "reference",
          `plan '${plan.id}' has no phase '${item.phaseId}'`,
        );
      if (item.deadline !== undefined && !periodInside(item.deadline, plan.period))
        report(
          [...path, "deadline"],
          "inside-plan-period",
          `deadline ${item.deadline} is outside the plan period ${describe(plan.period)}`,
        );
    });
    plan.cadences.forEach((c, i) => {
      const path: Path = [...base, "cadences", i];
      cadenceIds(c.id, [...path, "id"]);
      if (c.appliesTo !== undefined && !phases.has(c.appliesTo))
        report(
          [...path, "appliesTo"],
          "reference",
          `plan '${plan.id}' has no phase '${c.appliesTo}'`,
        );
      if (c.statedIn !== undefined && !scope.item(c.statedIn))
        report([...path, "statedIn"], "reference", `no item has id '${c.statedIn}'`);
    });
    plan.assignments.forEach((a, i) => {
      const path: Path = [...base, "assignments", i];
      assignmentIds(a.id, [...path, "id"]);
      if (scope.itemPlan.get(a.itemId) !== plan)
        report([...path, "itemId"], "reference", `plan '${plan.id}' has no item '${a.itemId}'`);
      if (!scope.unit(a.unitId))
        report([...path, "unitId"], "reference", `no unit has id '${a.unitId}'`);
      if (a.period && !periodInside(a.period, plan.period))
        report(
          [...path, "period"],
          "inside-plan-period",
          `assignment ${describe(a.period)} is outside the plan period ${describe(plan.period)}`,
        );
    });
  });
}
