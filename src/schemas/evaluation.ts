import * as z from "zod";
import {
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  SourceLinkSchema,
  WeightSchema,
} from "./primitives.js";

/**
 * Schema of an ordinal rating scale: at least two levels, each with a numeric value and a label.
 * Values and (English) labels are unique. Levels may be listed in any order; a higher value is
 * better. The name and labels are localized texts: an English string, or `{ en, zh? }`.
 *
 * @example
 * ```ts
 * import { RatingScaleSchema } from "cast-plan/schemas";
 * RatingScaleSchema.safeParse({
 *   id: "s4", name: "4-point",
 *   levels: [{ value: 1, label: "Unsatisfactory" }, { value: 2, label: "Partly satisfactory" }, { value: 3, label: "Satisfactory" }, { value: 4, label: "Highly satisfactory" }],
 * }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const RatingScaleSchema = /* @__PURE__ */ z
  .strictObject({
    /** The scale's stable id. */
    id: IdSchema,
    /** The scale's name. */
    name: LocalizedTextSchema,
    /** The levels. */
    levels: z
      .array(
        z.strictObject({
          /** The level's numeric value; higher is better. */
          value: z.number().finite(),
          /** The level's label, such as "Satisfactory" (`{ en: "Satisfactory", zh: "满意" }`). */
          label: LocalizedTextSchema,
          /** A short code, such as "S" or "HS". */
          code: z.string().min(1).optional(),
        }),
      )
      .min(2),
  })
  .superRefine((s, ctx) => {
    const values = new Set<number>();
    const labels = new Set<string>();
    s.levels.forEach((level, i) => {
      if (values.has(level.value))
        ctx.addIssue({
          code: "custom",
          path: ["levels", i, "value"],
          message: `duplicate level value ${level.value}`,
          params: { rule: "unique-level" },
        });
      if (labels.has(level.label.en))
        ctx.addIssue({
          code: "custom",
          path: ["levels", i, "label"],
          message: `duplicate level label '${level.label.en}'`,
          params: { rule: "unique-level" },
        });
      values.add(level.value);
      labels.add(level.label.en);
    });
  });

/** An ordinal rating scale. @category Model @since 0.1.0 */
export interface RatingScale extends z.output<typeof RatingScaleSchema> {}

/**
 * A rubric criterion and, recursively, its sub-criteria, as produced by {@link CriterionSchema}.
 *
 * @category Model
 * @since 0.1.0
 */
export interface Criterion {
  /** The criterion's id, unique within its rubric. */
  id: string;
  /** The criterion's name. */
  name: string;
  /** The criterion's weight among its siblings; non-negative, at most 1e9, siblings with a positive total. */
  weight: number;
  /** What the criterion asks. */
  description?: string | undefined;
  /** The sub-criteria; when present, the criterion's score is their weighted mean. */
  children: Criterion[];
}

/**
 * The input form of {@link Criterion}: `children` may be omitted.
 *
 * @category Model
 * @since 0.1.0
 */
export interface CriterionInput {
  /** The criterion's id. */
  id: string;
  /** The criterion's name. */
  name: string;
  /** The criterion's weight. */
  weight: number;
  /** What the criterion asks. */
  description?: string | undefined;
  /** The sub-criteria. */
  children?: CriterionInput[] | undefined;
}

/**
 * Schema of a rubric criterion with optional sub-criteria.
 *
 * @example
 * ```ts
 * import { CriterionSchema } from "cast-plan/schemas";
 * CriterionSchema.safeParse({ id: "relevance", name: "Relevance", weight: 1 }).success // => true
 * CriterionSchema.safeParse({ id: "relevance", name: "Relevance", weight: -1 }).success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const CriterionSchema: z.ZodType<Criterion, CriterionInput> = /* @__PURE__ */ z.strictObject(
  {
    id: IdSchema,
    name: z.string().min(1),
    weight: WeightSchema,
    description: z.string().min(1).optional(),
    get children() {
      return z.array(CriterionSchema).default([]);
    },
  },
);

/**
 * Schema of a rubric: weighted criteria scored on a rating scale, an explicit rounding rule, and
 * optional caps ("the overall rating cannot exceed criterion X").
 *
 * @example
 * ```ts
 * import { RubricSchema } from "cast-plan/schemas";
 * RubricSchema.safeParse({
 *   id: "r", name: "Annual review", scaleId: "s4", rounding: "half-away-from-zero",
 *   criteria: [{ id: "a", name: "Delivery", weight: 2 }, { id: "b", name: "Quality", weight: 1 }],
 * }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const RubricSchema = /* @__PURE__ */ z.strictObject({
  /** The rubric's stable id. */
  id: IdSchema,
  /** The rubric's name. */
  name: z.string().min(1),
  /** The id of the rating scale the criteria are scored on. */
  scaleId: IdSchema,
  /** How the weighted mean is rounded to a level of the scale. */
  rounding: z.enum(["half-away-from-zero", "half-even", "floor", "ceil"]),
  /** The criteria, with positive total weight. */
  criteria: z.array(CriterionSchema).min(1),
  /** Bounds on the overall rating relative to one criterion's rating. */
  caps: z
    .array(
      z.strictObject({
        /** The id of the criterion that bounds the overall rating. */
        criterionId: IdSchema,
        /** `at-most`: overall ≤ criterion + offset; `at-least`: overall ≥ criterion − offset. */
        relation: z.enum(["at-most", "at-least"]),
        /** How many scale steps the overall rating may differ from the criterion's; default 0. */
        offset: z.number().int().min(0).optional(),
      }),
    )
    .default([]),
});

/** A rubric. @category Model @since 0.1.0 */
export interface Rubric extends z.output<typeof RubricSchema> {}

/**
 * Schema of an assessment record: one assessor's scores of one subject against a rubric, on a
 * date, with evidence.
 *
 * @example
 * ```ts
 * import { AssessmentSchema } from "cast-plan/schemas";
 * AssessmentSchema.safeParse({
 *   id: "as.2020", rubricId: "r", subject: { kind: "plan", id: "ap" }, assessor: "CAST evaluation office",
 *   date: "2021-03-31", checkpoint: "final", scores: [{ criterionId: "a", value: 3 }],
 * }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const AssessmentSchema = /* @__PURE__ */ z.strictObject({
  /** The assessment's stable id. */
  id: IdSchema,
  /** The id of the rubric used. */
  rubricId: IdSchema,
  /** What is assessed: a plan, a plan item or a unit. */
  subject: z.strictObject({
    /** The kind of subject. */
    kind: z.enum(["plan", "item", "unit"]),
    /** The subject's id. */
    id: IdSchema,
  }),
  /** Who assessed. */
  assessor: z.string().min(1),
  /** When, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** The checkpoint the assessment belongs to. */
  checkpoint: z.enum(["annual", "mid-term", "final", "other"]).optional(),
  /** The scores, one per criterion scored; each value is a level of the rubric's scale. */
  scores: z
    .array(
      z.strictObject({
        /** The id of the criterion. */
        criterionId: IdSchema,
        /** The score, a level value of the scale. */
        value: z.number().finite(),
        /** The evidence for the score. */
        evidence: z.array(SourceLinkSchema).default([]),
        /** The assessor's comment. */
        comment: z.string().min(1).optional(),
      }),
    )
    .min(1),
});

/** An assessment record. @category Model @since 0.1.0 */
export interface Assessment extends z.output<typeof AssessmentSchema> {}
