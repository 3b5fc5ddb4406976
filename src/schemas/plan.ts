import * as z from "zod";
import type { CalendarPoint, LocalizedText, LocalizedTextInput, Period } from "./primitives.js";
import {
  CalendarPointSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PeriodSchema,
  SourceLinkSchema,
  WeightSchema,
} from "./primitives.js";

/**
 * Schema of the kind of a plan item. The document's structure is one tree of items; principles,
 * goals, steps, areas, tasks, projects, actions and supporting measures are items of that kind.
 *
 * - `part`: a numbered part of the document (I, II, III…) that groups other items.
 * - `section`: a heading that groups items and is none of the kinds below.
 * - `principle`: a guiding or basic principle.
 * - `step`: a development step with a deadline (2020, 2035, 2050).
 * - `goal`: a goal or sub-goal (of a step or of the plan).
 * - `area`: a task area (a capability heading grouping tasks).
 * - `task`, `project`, `action`: units of work.
 * - `measure`: a supporting measure.
 * - `other`: anything else that keeps the source structure.
 *
 * @example
 * ```ts
 * import { ItemKindSchema } from "cast-plan/schemas";
 * ItemKindSchema.safeParse("task").success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const ItemKindSchema = /* @__PURE__ */ z.enum([
  "part",
  "section",
  "principle",
  "step",
  "goal",
  "area",
  "task",
  "project",
  "action",
  "measure",
  "other",
]);

/** The kind of a plan item. @category Model @since 0.1.0 */
export type ItemKind = z.output<typeof ItemKindSchema>;

/**
 * A node of a plan's structure tree, as produced by {@link PlanItemSchema}.
 *
 * @category Model
 * @since 0.1.0
 */
export interface PlanItem {
  /** The item's stable id, unique in the document. */
  id: string;
  /** The item's kind. */
  kind: ItemKind;
  /** The number as printed in the source, such as `III`, `(2)` or `6`. */
  number?: string | undefined;
  /** The heading as printed in the source, with the official Chinese heading where there is one. */
  heading: LocalizedText;
  /** A one-to-three-sentence summary written by the data's editors. */
  summary?: string | undefined;
  /** The year, month or day by which a goal or step is due. */
  deadline?: CalendarPoint | undefined;
  /** The id of the phase of the same plan this item belongs to. */
  phaseId?: string | undefined;
  /** The weight of this item among its siblings in roll-ups; non-negative, at most 1e9. */
  weight?: number | undefined;
  /** Where the item stands in the source, such as `§III(2).6`. */
  locator?: string | undefined;
  /** Free tags. */
  tags: string[];
  /** The items below this one, in source order. */
  children: PlanItem[];
}

/**
 * The input form of {@link PlanItem}: `tags` and `children` may be omitted.
 *
 * @category Model
 * @since 0.1.0
 */
export interface PlanItemInput {
  /** The item's stable id, unique in the document. */
  id: string;
  /** The item's kind. */
  kind: ItemKind;
  /** The number as printed in the source. */
  number?: string | undefined;
  /** The heading as printed in the source: an English string or `{ en, zh? }`. */
  heading: LocalizedTextInput;
  /** A summary written by the data's editors. */
  summary?: string | undefined;
  /** The year, month or day by which a goal or step is due. */
  deadline?: string | number | undefined;
  /** The id of the phase this item belongs to. */
  phaseId?: string | undefined;
  /** The weight among siblings. */
  weight?: number | undefined;
  /** Where the item stands in the source. */
  locator?: string | undefined;
  /** Free tags. */
  tags?: string[] | undefined;
  /** The items below this one. */
  children?: PlanItemInput[] | undefined;
}

/**
 * Schema of a plan item and, recursively, its children.
 *
 * @example
 * ```ts
 * import { PlanItemSchema } from "cast-plan/schemas";
 * PlanItemSchema.safeParse({
 *   id: "o.area.2", kind: "area", number: "(2)", heading: "Enhance the ability to lead the innovation culture",
 *   children: [{ id: "o.task.6", kind: "task", number: "6", heading: "Improve the science literacy of the whole Chinese people" }],
 * }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const PlanItemSchema: z.ZodType<PlanItem, PlanItemInput> = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  kind: ItemKindSchema,
  number: z.string().min(1).optional(),
  heading: LocalizedTextSchema,
  summary: z.string().min(1).optional(),
  deadline: CalendarPointSchema.optional(),
  phaseId: IdSchema.optional(),
  weight: WeightSchema.optional(),
  locator: z.string().min(1).optional(),
  tags: z.array(z.string().min(1)).default([]),
  get children() {
    return z.array(PlanItemSchema).default([]);
  },
});

/**
 * Schema of a phase of a plan: a development step, a five-year phase aligned with a national
 * five-year plan, an annual work period, or another span.
 *
 * @example
 * ```ts
 * import { PhaseSchema } from "cast-plan/schemas";
 * PhaseSchema.safeParse({ id: "ph.2021", name: "14th Five-Year Plan phase", kind: "five-year", period: { start: 2021, end: 2025 } }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const PhaseSchema = /* @__PURE__ */ z.strictObject({
  /** The phase's stable id. */
  id: IdSchema,
  /** The phase's name. */
  name: z.string().min(1),
  /** The kind of phase. */
  kind: z.enum(["step", "action-plan", "five-year", "annual", "other"]),
  /** The span of the phase, inclusive. */
  period: PeriodSchema,
  /** The number of the national five-year plan this phase is synchronised with (14 for 2021–2025). */
  fiveYearPlan: z.number().int().min(1).optional(),
  /** The ids of the goals or steps due at the end of this phase. */
  goalIds: z.array(IdSchema).default([]),
  /** The id of the plan that implements this phase, when there is one (the action plan for 2018–2020). */
  planId: IdSchema.optional(),
  /** A note. */
  note: z.string().min(1).optional(),
});

/** A phase. @category Model @since 0.1.0 */
export interface Phase extends z.output<typeof PhaseSchema> {}

/**
 * Schema of a cadence: a recurring evaluation, planning or reporting duty a document prescribes.
 *
 * @remarks
 * - `annual`: every year of `appliesTo` (or of the plan period).
 * - `mid-term`, `final`: once, in the middle or at the end of each span it applies to.
 * - `periodic`: `occurrences` times in every cycle of `cycleYears` years (the outline: evaluation
 *   twice every five years; a phased plan once every five years).
 *
 * @example
 * ```ts
 * import { CadenceSchema } from "cast-plan/schemas";
 * CadenceSchema.safeParse({ id: "c.eval", activity: "evaluation", kind: "periodic", label: "Evaluation", cycleYears: 5, occurrences: 2 }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const CadenceSchema = /* @__PURE__ */ z
  .strictObject({
    /** The cadence's stable id. */
    id: IdSchema,
    /** What recurs. */
    activity: z.enum(["evaluation", "planning", "reporting"]),
    /** How it recurs. */
    kind: z.enum(["annual", "mid-term", "final", "periodic"]),
    /** A short label, such as "Annual evaluation". */
    label: z.string().min(1),
    /** For `periodic`: the cycle length in years. */
    cycleYears: z.number().int().min(1).optional(),
    /** For `periodic`: how many times per cycle. */
    occurrences: z.number().int().min(1).optional(),
    /** What the cycles are aligned with: the plan period, or the national five-year plans. */
    alignedWith: z.enum(["plan-period", "national-five-year-plan"]).optional(),
    /** The id of the phase it applies to; omitted for the whole plan period. */
    appliesTo: IdSchema.optional(),
    /** The id of the plan item that prescribes it. */
    statedIn: IdSchema.optional(),
    /** The wording in the source, quoted. */
    quote: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === "periodic" && (c.cycleYears === undefined || c.occurrences === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [c.cycleYears === undefined ? "cycleYears" : "occurrences"],
        message: "a periodic cadence needs cycleYears and occurrences",
        params: { rule: "cadence" },
      });
    }
  });

/** A cadence. @category Model @since 0.1.0 */
export interface Cadence extends z.output<typeof CadenceSchema> {}

/**
 * Schema of an organisational unit: CAST headquarters, one of its departments or directly
 * affiliated units, a national society, a local association, a grassroots association, or other.
 *
 * @example
 * ```ts
 * import { UnitSchema } from "cast-plan/schemas";
 * UnitSchema.safeParse({ id: "u.hq", name: "CAST headquarters", kind: "headquarters" }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const UnitSchema = /* @__PURE__ */ z.strictObject({
  /** The unit's stable id. */
  id: IdSchema,
  /** The unit's name: English, with the official Chinese name where there is one. */
  name: LocalizedTextSchema,
  /** The kind of unit. */
  kind: z.enum([
    "headquarters",
    "department",
    "affiliated-unit",
    "national-society",
    "local-association",
    "grassroots-association",
    "other",
  ]),
  /** The id of the unit this one belongs to. */
  parentId: IdSchema.optional(),
  /** The region (province, city) of a local association. */
  region: z.string().min(1).optional(),
});

/** An organisational unit. @category Model @since 0.1.0 */
export interface Unit extends z.output<typeof UnitSchema> {}

/**
 * Schema of an assignment: a plan item given to a unit as lead or support, with an optional
 * schedule and effort.
 *
 * @example
 * ```ts
 * import { AssignmentSchema } from "cast-plan/schemas";
 * AssignmentSchema.safeParse({ id: "as.1", itemId: "ap.action.16", unitId: "u.popsci", role: "lead" }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const AssignmentSchema = /* @__PURE__ */ z.strictObject({
  /** The assignment's stable id. */
  id: IdSchema,
  /** The id of the item assigned. */
  itemId: IdSchema,
  /** The id of the unit responsible. */
  unitId: IdSchema,
  /** Whether the unit leads or supports. */
  role: z.enum(["lead", "support"]),
  /** When the unit works on the item; inside the plan period. */
  period: PeriodSchema.optional(),
  /** The effort, in the plan's effort unit (for example person-days); non-negative. */
  effort: z.number().finite().min(0).optional(),
  /** A note. */
  note: z.string().min(1).optional(),
});

/** An assignment. @category Model @since 0.1.0 */
export interface Assignment extends z.output<typeof AssignmentSchema> {}

/**
 * Schema of the kind of a plan: the long-term outline, an action plan, a five-year phase plan, an
 * annual work plan, a national society's or a local association's plan aligned to the outline,
 * a department plan, or other.
 *
 * @example
 * ```ts
 * import { PlanKindSchema } from "cast-plan/schemas";
 * PlanKindSchema.safeParse("local-plan").success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const PlanKindSchema = /* @__PURE__ */ z.enum([
  "outline",
  "action-plan",
  "phase-plan",
  "annual-plan",
  "society-plan",
  "local-plan",
  "department-plan",
  "other",
]);

/** The kind of a plan. @category Model @since 0.1.0 */
export type PlanKind = z.output<typeof PlanKindSchema>;

/**
 * Schema of one plan: its identity, period, structure tree, phases, cadences and assignments.
 * Indicators, observations, units and sources live beside the plans in a {@link PlanDocumentSchema}
 * so that several plans can share them.
 *
 * @example
 * ```ts
 * import { PlanSchema } from "cast-plan/schemas";
 * PlanSchema.safeParse({
 *   id: "p", kind: "annual-plan", title: { en: "Work plan 2025" }, issuer: "A local association",
 *   period: { start: 2025, end: 2025 }, items: [],
 * }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const PlanSchema = /* @__PURE__ */ z.strictObject({
  /** The plan's stable id. */
  id: IdSchema,
  /** The kind of plan. */
  kind: PlanKindSchema,
  /** The title, in English and (where official) Chinese. */
  title: LocalizedTextSchema,
  /** A short name, such as "Three-Year Action Plan". */
  shortTitle: LocalizedTextSchema.optional(),
  /** The issuing organisation. */
  issuer: z.string().min(1),
  /** The date of issue, `YYYY-MM-DD`. */
  issued: IsoDateSchema.optional(),
  /** The span the plan covers, inclusive. */
  period: PeriodSchema,
  /** The id of the plan this one implements or belongs to. */
  parentPlanId: IdSchema.optional(),
  /** Where the plan's text comes from. */
  source: SourceLinkSchema.optional(),
  /** The structure of the document, as a tree in source order. */
  items: z.array(PlanItemSchema),
  /** The phases. */
  phases: z.array(PhaseSchema).default([]),
  /** The evaluation, planning and reporting cadences the plan prescribes. */
  cadences: z.array(CadenceSchema).default([]),
  /** The assignments of items to units. */
  assignments: z.array(AssignmentSchema).default([]),
});

/** A plan. @category Model @since 0.1.0 */
export interface Plan
  extends Omit<
    z.output<typeof PlanSchema>,
    "period" | "items" | "phases" | "cadences" | "assignments"
  > {
  /** The years the plan covers. */
  period: Period;
  /** The plan's items: parts, goals, tasks, actions, as a tree. */
  items: PlanItem[];
  /** The plan's phases. */
  phases: Phase[];
  /** When the plan is planned, monitored and evaluated. */
  cadences: Cadence[];
  /** Who is responsible for which items. */
  assignments: Assignment[];
}
/** A plan as written in input. @category Model @since 0.1.0 */
export type PlanInput = z.input<typeof PlanSchema>;

/**
 * Schema of an alignment link: an item of one plan implements, contributes to, or serves an item
 * of another plan (a local task implements outline task 6).
 *
 * @example
 * ```ts
 * import { AlignmentSchema } from "cast-plan/schemas";
 * AlignmentSchema.safeParse({ id: "al.1", from: "local.task.3", to: "outline.task.6", relation: "implements", editorial: false }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const AlignmentSchema = /* @__PURE__ */ z.strictObject({
  /** The link's stable id. */
  id: IdSchema,
  /** The id of the item that aligns. */
  from: IdSchema,
  /** The id of the item it aligns to: an item of a plan in the document, or of an external plan. */
  to: IdSchema,
  /**
   * The id of the plan `to` belongs to, needed when that plan may be outside the document: it must
   * then be listed in `externalPlans`. When the plan is in the document (for example after merging
   * a local plan with the CAST data), `to` must be one of its items.
   */
  toExternalPlan: IdSchema.optional(),
  /** How `from` relates to `to`. */
  relation: z.enum(["implements", "contributes-to", "serves", "aligns-with"]),
  /** `true` when the link is an editorial judgement, not stated in the source text. */
  editorial: z.boolean(),
  /** The weight of `from` among the items aligned to `to`, for roll-ups; non-negative, at most 1e9. */
  weight: WeightSchema.optional(),
  /** A note on the link. */
  note: z.string().min(1).optional(),
});

/** An alignment link. @category Model @since 0.1.0 */
export interface Alignment extends z.output<typeof AlignmentSchema> {}
