import type { IsoDate } from "../schemas/primitives.js";

/**
 * A phase of a generated plan skeleton, with inclusive ISO dates.
 *
 * @example
 * ```ts
 * const p = { id: "fyp14", name: "14th FYP phase (2021-2025)", kind: "five-year", start: "2021-01-01", end: "2025-12-31", startYear: 2021, endYear: 2025, fiveYearPlan: 14, goalIds: [], generated: true };
 * p.kind // => "five-year"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface SkeletonPhase {
  /** The phase id (the plan's own id, or a generated one). */
  readonly id: string;
  /** The phase name. */
  readonly name: string;
  /** `step`, `action-plan`, `five-year` or `annual`. */
  readonly kind: "step" | "action-plan" | "five-year" | "annual";
  /** The first day, `YYYY-MM-DD`. */
  readonly start: IsoDate;
  /** The last day (inclusive), `YYYY-MM-DD`. */
  readonly end: IsoDate;
  /** The first year. */
  readonly startYear: number;
  /** The last year. */
  readonly endYear: number;
  /** The national five-year plan the phase is synchronised with, or lies inside (the action plan: 13). */
  readonly fiveYearPlan?: number | undefined;
  /** The ids of the goals or steps due at the end of the phase. */
  readonly goalIds: readonly string[];
  /** The id of the plan that implements the phase, when there is one. */
  readonly planId?: string | undefined;
  /** The id of the implementation phase an annual work plan belongs to. */
  readonly parentId?: string | undefined;
  /** `true` when generated, `false` when taken from the plan's phases. */
  readonly generated: boolean;
}

/**
 * An evaluation or planning event generated from a cadence.
 *
 * @example
 * ```ts
 * const e = { id: "c.eval.2023", cadenceId: "c.eval", planId: "outline", activity: "evaluation", kind: "mid-term", label: "Mid-term evaluation", year: 2023, due: "2023-06-30", phaseId: "fyp14" };
 * e.due // => "2023-06-30"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface ScheduleEvent {
  /** A stable id, `<cadenceId>.<year>` (plus `.<n>` when a cadence has two events in one year). */
  readonly id: string;
  /** The cadence that prescribes it. */
  readonly cadenceId: string;
  /** The plan whose cadence it is. */
  readonly planId: string;
  /** `evaluation`, `planning` or `reporting`. */
  readonly activity: "evaluation" | "planning" | "reporting";
  /** `annual`, `mid-term`, `final` or `periodic`. */
  readonly kind: "annual" | "mid-term" | "final" | "periodic";
  /** A label for people. */
  readonly label: string;
  /** The year the event concerns. */
  readonly year: number;
  /** The due date, `YYYY-MM-DD`. */
  readonly due: IsoDate;
  /** The phase the event belongs to, if any. */
  readonly phaseId?: string | undefined;
}

/**
 * A validation finding about a skeleton, such as a step goal not due at a phase end.
 *
 * @example
 * ```ts
 * const f = { rule: "goal-not-on-phase-end", itemId: "g", path: ["plans", 0, "items", 0], message: "…" };
 * f.rule // => "goal-not-on-phase-end"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface SkeletonFinding {
  /** The rule: `goal-not-on-phase-end` or `unknown-goal`. */
  readonly rule: "goal-not-on-phase-end" | "unknown-goal";
  /** The id of the item concerned. */
  readonly itemId: string;
  /** The path of the item or reference in the document. */
  readonly path: readonly (string | number)[];
  /** A sentence for people. */
  readonly message: string;
}

/**
 * A generated plan skeleton: phases, annual work plans, events and findings.
 *
 * @example
 * ```ts
 * const s = { planId: "p", startYear: 2021, endYear: 2025, phases: [], annualPlans: [], events: [], findings: [] };
 * s.endYear // => 2025
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface PlanSkeleton {
  /** The plan the skeleton is for. */
  readonly planId: string;
  /** The plan's first year. */
  readonly startYear: number;
  /** The plan's last year. */
  readonly endYear: number;
  /** Steps, action-plan phases and five-year phases, ordered by start then kind. */
  readonly phases: readonly SkeletonPhase[];
  /** One annual work plan per year. */
  readonly annualPlans: readonly SkeletonPhase[];
  /** Evaluation, planning and reporting events, ordered by due date. */
  readonly events: readonly ScheduleEvent[];
  /** Validation findings. */
  readonly findings: readonly SkeletonFinding[];
}
