import { CastPlanError } from "../errors/CastPlanError.js";
import type { Plan } from "../schemas/plan.js";
import type { PlanSkeleton, SkeletonPhase } from "./SkeletonTypes.js";
import { checkMonthDay, type EventSettings, yearOf, yearPhase } from "./skeleton/cadence.js";
import { buildSkeletonEvents } from "./skeleton/events.js";
import { findSkeletonFindings } from "./skeleton/findings.js";
import { toFiveYearPlanNumber } from "./toFiveYearPlanNumber.js";
import { toFiveYearPlanYears } from "./toFiveYearPlanYears.js";
import { invalidArgument } from "./workdays/calendar.js";

/**
 * Options of {@link generatePlanSkeleton}; every due date is configurable.
 *
 * @example
 * ```ts
 * const options = { midTermDue: "06-30", finalInFollowingYear: true, finalDue: "03-31" };
 * options.finalDue // => "03-31"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface SkeletonOptions {
  /** Month-day a mid-term evaluation is due in its year; default `06-30`. */
  readonly midTermDue?: string | undefined;
  /** Month-day a final evaluation is due; default `12-31`. */
  readonly finalDue?: string | undefined;
  /** `true` puts the final evaluation in the year after the span (e.g. Q1 with `finalDue: "03-31"`); default `false`. */
  readonly finalInFollowingYear?: boolean | undefined;
  /** Month-day an annual (or other periodic) evaluation is due; default `12-31`. */
  readonly annualDue?: string | undefined;
  /**
   * `true` makes each annual (or other non-final periodic) evaluation due in the year after the
   * year it evaluates, on `annualDue` (e.g. the first quarter with `annualDue: "03-31"`: the 2018
   * evaluation is due 2019-03-31); the event keeps the evaluated year as `year`. Default `false`.
   * @since 0.2.0
   */
  readonly annualInFollowingYear?: boolean | undefined;
  /** Month-day of the year before a span by which its plan is due; default `12-31`. */
  readonly planningDue?: string | undefined;
  /** The 0-based year of a span that holds the mid-term evaluation; default `floor((length − 1)/2)` (the 3rd year of five). */
  readonly midTermYearIndex?: number | undefined;
  /** Keep an annual evaluation in the year of a final evaluation of the same plan; default `false`. */
  readonly keepAnnualInFinalYear?: boolean | undefined;
}

/**
 * Generates a plan's skeleton: development steps, the action plan as first phase, five-year phases
 * aligned with the national five-year plans, one annual work plan per year, evaluation and planning
 * events from every cadence, and findings for step goals not due at a phase end.
 *
 * @remarks
 * Steps and action-plan phases come from `plan.phases`. A five-year phase is generated for each
 * national plan `n(y) = floor((y − 1951)/5)` whose whole span `[1951 + 5n, 1955 + 5n]` lies in the
 * plan period (the 13th, 2016–2020, is covered by the action plan); a `five-year` phase already in
 * the plan replaces the generated one. A `periodic` cadence aligned with the national plans runs on
 * the five-year phases; aligned with the plan period, on `cycleYears` cycles from the plan start.
 * Occurrence j of k in a span of L years falls in year `start + ceil(jL/k) − 1`: with k = 2 the
 * mid-term (`start + floor((L−1)/2)`) and the final (last year). Cadences of plans that implement
 * a phase (`phase.planId`) apply to that phase. Planning events are due before their span starts.
 * Sources: reference §A2.9 (CONVENTION; no source fixes the months — Appendix U item 6).
 *
 * @param document - A plan document (or any object with `plans`).
 * @param planId - The id of the plan to build the skeleton for (the outline).
 * @param options - The due-date settings.
 * @returns The skeleton.
 * @throws {@link CastPlanError} `UNKNOWN_ID` when no plan has `planId`; `INVALID_ARGUMENT` for bad options.
 *
 * @example
 * ```ts
 * import { generatePlanSkeleton } from "cast-plan";
 * const plan = { id: "p", kind: "outline" as const, title: { en: "P" }, issuer: "I", period: { start: 2021, end: 2030 },
 *   items: [], phases: [], assignments: [],
 *   cadences: [{ id: "c", activity: "evaluation" as const, kind: "periodic" as const, label: "Evaluation", cycleYears: 5, occurrences: 2, alignedWith: "national-five-year-plan" as const }] };
 * const skeleton = generatePlanSkeleton({ plans: [plan] }, "p");
 * skeleton.phases.map((p) => p.fiveYearPlan) // => [14, 15]
 * skeleton.events.map((e) => e.due) // => ["2023-06-30", "2025-12-31", "2028-06-30", "2030-12-31"]
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function generatePlanSkeleton(
  document: { readonly plans: readonly Plan[] },
  planId: string,
  options: SkeletonOptions = {},
): PlanSkeleton {
  const fn = "generatePlanSkeleton";
  const planIndex = requirePlanIndex(fn, document.plans, planId);
  const plan = document.plans[planIndex] as Plan;
  const settings = readEventSettings(fn, options);
  const startYear = yearOf(plan.period.start);
  const endYear = yearOf(plan.period.end);
  const steps = givenPhases(plan, "step");
  const actionPlans = givenPhases(plan, "action-plan");
  const fiveYear = givenPhases(plan, "five-year");
  appendGeneratedFiveYearPhases(plan, fiveYear, startYear, endYear);
  const implementation = [...actionPlans, ...fiveYear].sort((a, b) => a.startYear - b.startYear);
  const phases = [...steps, ...implementation].sort(
    (a, b) => a.startYear - b.startYear || KIND_RANK[a.kind] - KIND_RANK[b.kind],
  );
  const annualPlans = buildAnnualPlans(plan, implementation, startYear, endYear);
  const events = buildSkeletonEvents(
    document.plans,
    plan,
    phases,
    implementation,
    fiveYear,
    startYear,
    endYear,
    settings,
  );
  const findings = findSkeletonFindings(document.plans, plan, planIndex, implementation);
  return { planId: plan.id, startYear, endYear, phases, annualPlans, events, findings };
}

/** Order of phases that start in the same year. */
const KIND_RANK = { step: 0, "action-plan": 1, "five-year": 2, annual: 3 };

/** The index of the plan with id `planId`; throws UNKNOWN_ID when there is none. */
function requirePlanIndex(fn: string, plans: readonly Plan[], planId: string): number {
  const planIndex = plans.findIndex((p) => p.id === planId);
  if (!plans[planIndex]) {
    throw new CastPlanError("UNKNOWN_ID", `${fn}: no plan has id '${planId}'`, [
      { path: ["planId"], rule: "reference", message: `no plan has id '${planId}'` },
    ]);
  }
  return planIndex;
}

/** The options checked and with their defaults. */
function readEventSettings(fn: string, options: SkeletonOptions): EventSettings {
  const mti = options.midTermYearIndex;
  if (mti !== undefined && (!Number.isInteger(mti) || mti < 0)) {
    invalidArgument(
      fn,
      ["options", "midTermYearIndex"],
      "non-negative-integer",
      `midTermYearIndex ${mti} is not a non-negative integer`,
    );
  }
  return {
    midTermDue: checkMonthDay(fn, "midTermDue", options.midTermDue ?? "06-30"),
    finalDue: checkMonthDay(fn, "finalDue", options.finalDue ?? "12-31"),
    finalInFollowingYear: options.finalInFollowingYear ?? false,
    annualDue: checkMonthDay(fn, "annualDue", options.annualDue ?? "12-31"),
    annualInFollowingYear: options.annualInFollowingYear ?? false,
    planningDue: checkMonthDay(fn, "planningDue", options.planningDue ?? "12-31"),
    midTermYearIndex: mti,
    keepAnnualInFinalYear: options.keepAnnualInFinalYear ?? false,
  };
}

/** The number of the national five-year plan covering year `y` (none before 1966). */
function fiveYearPlanOf(y: number): number | undefined {
  return y >= 1966 ? toFiveYearPlanNumber(y) : undefined;
}

/** The plan's own phases of one kind, in plan order. */
function givenPhases(plan: Plan, kind: SkeletonPhase["kind"]): SkeletonPhase[] {
  return plan.phases
    .filter((p) => p.kind === kind)
    .map((p) =>
      yearPhase(
        {
          id: p.id,
          name: p.name,
          kind,
          fiveYearPlan:
            p.fiveYearPlan ??
            (kind === "step" ? undefined : fiveYearPlanOf(yearOf(p.period.start))),
          goalIds: p.goalIds,
          planId: p.planId,
          generated: false,
        },
        yearOf(p.period.start),
        yearOf(p.period.end),
      ),
    );
}

/**
 * Appends to `fiveYear` a generated phase for each national five-year plan whose whole span lies
 * in the plan period and that no given phase already covers.
 */
function appendGeneratedFiveYearPhases(
  plan: Plan,
  fiveYear: SkeletonPhase[],
  startYear: number,
  endYear: number,
): void {
  if (startYear < 1966) return;
  for (let n = toFiveYearPlanNumber(startYear); n <= toFiveYearPlanNumber(endYear); n++) {
    const span = toFiveYearPlanYears(n);
    if (span.start < startYear || span.end > endYear || fiveYear.some((p) => p.fiveYearPlan === n))
      continue;
    fiveYear.push(
      yearPhase(
        {
          id: `${plan.id}.fyp${n}`,
          name: `${n}th FYP phase (${span.start}-${span.end})`,
          kind: "five-year",
          fiveYearPlan: n,
          goalIds: [],
          generated: true,
        },
        span.start,
        span.end,
      ),
    );
  }
}

/** One annual work plan per year, under the implementation phase covering that year. */
function buildAnnualPlans(
  plan: Plan,
  implementation: readonly SkeletonPhase[],
  startYear: number,
  endYear: number,
): SkeletonPhase[] {
  const annualPlans: SkeletonPhase[] = [];
  for (let y = startYear; y <= endYear; y++) {
    const parent = implementation.find((p) => p.startYear <= y && y <= p.endYear);
    annualPlans.push(
      yearPhase(
        {
          id: `${plan.id}.annual.${y}`,
          name: `Annual work plan ${y}`,
          kind: "annual",
          fiveYearPlan: fiveYearPlanOf(y),
          goalIds: [],
          parentId: parent?.id,
          generated: true,
        },
        y,
        y,
      ),
    );
  }
  return annualPlans;
}
