import { CastPlanError } from "../errors/CastPlanError.js";
import type { Plan, PlanItem, Unit } from "../schemas/plan.js";

/**
 * One problem found by {@link checkAssignments}.
 *
 * @example
 * ```ts
 * const f = { rule: "missing-lead", id: "t1", path: ["plans", 0, "items", 0], message: "…" };
 * f.rule // => "missing-lead"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface AssignmentFinding {
  /** `missing-lead`, `several-leads`, `unknown-item` or `unknown-unit`. */
  readonly rule: "missing-lead" | "several-leads" | "unknown-item" | "unknown-unit";
  /** The id of the item or assignment concerned. */
  readonly id: string;
  /** The path in the document. */
  readonly path: readonly (string | number)[];
  /** A sentence for people. */
  readonly message: string;
}

/**
 * Checks the decomposition of a plan: every task, project and action has exactly one lead unit,
 * and every assignment names an item of the plan and (when units are given) a known unit.
 *
 * @param document - The plans and, optionally, the units.
 * @param planId - The id of the plan to check.
 * @param kinds - The item kinds that need a lead; default task, project and action.
 * @returns The findings, in document order; empty when the decomposition is complete.
 * @throws {@link CastPlanError} `UNKNOWN_ID` when no plan has `planId`.
 *
 * @example
 * ```ts
 * import { checkAssignments } from "cast-plan";
 * const plan = { id: "p", kind: "action-plan" as const, title: { en: "P" }, issuer: "I", period: { start: 2018, end: 2020 }, phases: [], cadences: [],
 *   items: [{ id: "t1", kind: "task" as const, heading: { en: "T1" }, tags: [], children: [] }, { id: "t2", kind: "task" as const, heading: { en: "T2" }, tags: [], children: [] }],
 *   assignments: [{ id: "a1", itemId: "t1", unitId: "u1", role: "lead" as const }] };
 * checkAssignments({ plans: [plan] }, "p").map((f) => `${f.rule}:${f.id}`) // => ["missing-lead:t2"]
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function checkAssignments(
  document: { readonly plans: readonly Plan[]; readonly units?: readonly Unit[] | undefined },
  planId: string,
  kinds: readonly PlanItem["kind"][] = ["task", "project", "action"],
): AssignmentFinding[] {
  const planIndex = document.plans.findIndex((p) => p.id === planId);
  const plan = document.plans[planIndex];
  if (!plan) {
    throw new CastPlanError("UNKNOWN_ID", `checkAssignments: no plan has id '${planId}'`, [
      { path: ["planId"], rule: "reference", message: `no plan has id '${planId}'` },
    ]);
  }
  const findings: AssignmentFinding[] = [];
  const leads = new Map<string, number>();
  const units = document.units ? new Set(document.units.map((u) => u.id)) : undefined;
  const items = new Map<string, (string | number)[]>();
  const walk = (list: readonly PlanItem[], path: (string | number)[]): void => {
    list.forEach((item, i) => {
      items.set(item.id, [...path, i]);
      walk(item.children, [...path, i, "children"]);
    });
  };
  walk(plan.items, ["plans", planIndex, "items"]);
  plan.assignments.forEach((a, i) => {
    const path = ["plans", planIndex, "assignments", i];
    if (!items.has(a.itemId)) {
      findings.push({
        rule: "unknown-item",
        id: a.id,
        path: [...path, "itemId"],
        message: `assignment '${a.id}' names item '${a.itemId}', which the plan does not have`,
      });
    }
    if (units && !units.has(a.unitId)) {
      findings.push({
        rule: "unknown-unit",
        id: a.id,
        path: [...path, "unitId"],
        message: `assignment '${a.id}' names unit '${a.unitId}', which the document does not have`,
      });
    }
    if (a.role === "lead") leads.set(a.itemId, (leads.get(a.itemId) ?? 0) + 1);
  });
  const walkKinds = (list: readonly PlanItem[]): void => {
    for (const item of list) {
      if (kinds.includes(item.kind)) {
        const n = leads.get(item.id) ?? 0;
        const path = items.get(item.id) ?? [];
        if (n === 0)
          findings.push({
            rule: "missing-lead",
            id: item.id,
            path,
            message: `${item.kind} '${item.id}' has no lead unit`,
          });
        if (n > 1)
          findings.push({
            rule: "several-leads",
            id: item.id,
            path,
            message: `${item.kind} '${item.id}' has ${n} lead units`,
          });
      }
      walkKinds(item.children);
    }
  };
  walkKinds(plan.items);
  return findings;
}
