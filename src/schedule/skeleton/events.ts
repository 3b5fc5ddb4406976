// Event generation of generatePlanSkeleton: cadences of the plan and of the plans that implement
// its phases, with an annual evaluation dropped in the year of a final one (unless kept).

import type { Plan } from "../../schemas/plan.js";
import type { ScheduleEvent, SkeletonPhase } from "../SkeletonTypes.js";
import { cadenceEvents, type EventSettings } from "./cadence.js";

/** The events of a skeleton, ordered by due date. */
export function buildSkeletonEvents(
  plans: readonly Plan[],
  plan: Plan,
  phases: readonly SkeletonPhase[],
  implementation: readonly SkeletonPhase[],
  fiveYear: readonly SkeletonPhase[],
  startYear: number,
  endYear: number,
  settings: EventSettings,
): ScheduleEvent[] {
  const events: ScheduleEvent[] = [];
  for (const cadence of plan.cadences) {
    let spans: { start: number; end: number; phaseId?: string }[];
    const target = cadence.appliesTo ? phases.find((p) => p.id === cadence.appliesTo) : undefined;
    if (target) spans = [{ start: target.startYear, end: target.endYear, phaseId: target.id }];
    else if (cadence.kind === "periodic" && cadence.alignedWith === "national-five-year-plan") {
      spans = fiveYear.map((p) => ({ start: p.startYear, end: p.endYear, phaseId: p.id }));
    } else if (cadence.kind === "periodic") {
      const c = cadence.cycleYears ?? endYear - startYear + 1;
      spans = [];
      for (let y = startYear; y <= endYear; y += c)
        spans.push({ start: y, end: Math.min(y + c - 1, endYear) });
    } else spans = [{ start: startYear, end: endYear }];
    events.push(...cadenceEvents(plan.id, cadence, spans, settings));
  }
  // Plans that implement a phase (the action plan) bring their cadences to that phase.
  for (const phase of implementation) {
    const sub = phase.planId
      ? plans.find((p) => p.id === phase.planId && p.id !== plan.id)
      : undefined;
    if (!sub) continue;
    for (const cadence of sub.cadences) {
      events.push(
        ...cadenceEvents(
          sub.id,
          cadence,
          [{ start: phase.startYear, end: phase.endYear, phaseId: phase.id }],
          settings,
        ),
      );
    }
  }
  const finals = new Set(
    events
      .filter((e) => e.kind === "final" && e.activity === "evaluation")
      .map((e) => `${e.planId}|${e.year}`),
  );
  const kept = events
    .filter(
      (e) =>
        settings.keepAnnualInFinalYear ||
        !(
          e.kind === "annual" &&
          e.activity === "evaluation" &&
          finals.has(`${e.planId}|${e.year}`)
        ),
    )
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return kept;
}
