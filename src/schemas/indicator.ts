import * as z from "zod";
import type { CalendarPoint, Period } from "./primitives.js";
import {
  CalendarPointSchema,
  calendarMessage,
  DimensionsSchema,
  IdSchema,
  LocalizedTextSchema,
  MAX_WEIGHT,
  PeriodSchema,
  SourceLinkSchema,
} from "./primitives.js";

/**
 * Schema of a target comparator: `>` (exceed), `>=` (at least), `<` (under), `<=` (at most),
 * `=` (reach), or `band` (stay within `[low, high]`).
 *
 * @example
 * ```ts
 * import { ComparatorSchema } from "cast-plan/schemas";
 * ComparatorSchema.options // => [">", ">=", "<", "<=", "=", "band"]
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const ComparatorSchema = /* @__PURE__ */ z.enum([">", ">=", "<", "<=", "=", "band"]);

/** A target comparator. @category Model @since 0.1.0 */
export type Comparator = z.output<typeof ComparatorSchema>;

/**
 * Schema of a baseline: the value of an indicator at a reference period. An indicator may have
 * several (for example one per dimension), as in IATI 2.03.
 *
 * @example
 * ```ts
 * import { BaselineSchema } from "cast-plan/schemas";
 * BaselineSchema.safeParse({ period: 2015, value: 6.2 }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const BaselineSchema = /* @__PURE__ */ z.strictObject({
  /** The reference year, month or day. */
  period: CalendarPointSchema,
  /** The value; omitted for qualitative indicators, which use `comment`. */
  value: z.number().finite().optional(),
  /** A qualitative baseline or a note. */
  comment: z.string().min(1).optional(),
  /** The dimension values this baseline applies to; omitted for the whole population. */
  dimensions: DimensionsSchema.optional(),
  /** Where the baseline comes from. */
  source: SourceLinkSchema.optional(),
});

/** A baseline. @category Model @since 0.1.0 */
export interface Baseline extends z.output<typeof BaselineSchema> {}

/**
 * Schema of a target: a milestone value (or band) an indicator should reach by a deadline,
 * with the document that set it. An indicator may carry several targets, from several documents.
 *
 * @remarks
 * With comparator `band`, give `band` and no `value`; with any other comparator give `value`.
 *
 * @example
 * ```ts
 * import { TargetSchema } from "cast-plan/schemas";
 * TargetSchema.safeParse({ id: "t1", deadline: 2020, comparator: ">", value: 10 }).success // => true
 * TargetSchema.safeParse({ id: "t2", deadline: 2020, comparator: "band" }).success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const TargetSchema = /* @__PURE__ */ z
  .strictObject({
    /** The target's stable id. */
    id: IdSchema,
    /** The year, month or day by which the target should be met (inclusive). */
    deadline: CalendarPointSchema,
    /** How the observed value is compared with the target value. */
    comparator: ComparatorSchema,
    /** The target value, for every comparator except `band`. */
    value: z.number().finite().optional(),
    /** The accepted range, for comparator `band`; `low` ≤ `high`. */
    band: z
      .strictObject({
        /** The lowest accepted value. */
        low: z.number().finite(),
        /** The highest accepted value. */
        high: z.number().finite(),
      })
      .refine((b) => b.low <= b.high, {
        message: "band.low must not exceed band.high",
        path: ["high"],
      })
      .optional(),
    /** The dimension values the target applies to; omitted for the whole population. */
    dimensions: DimensionsSchema.optional(),
    /** A short label, such as "2035 (national outline)". */
    label: LocalizedTextSchema.optional(),
    /** The id of the plan item whose text states this target. */
    statedIn: IdSchema.optional(),
    /** The document that set the target, when it is not (only) a plan item of this document. */
    source: SourceLinkSchema.optional(),
    /** The wording of the target in the source, quoted. */
    quote: z.string().min(1).optional(),
    /** A note on the target. */
    note: z.string().min(1).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.comparator === "band") {
      if (t.band === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["band"],
          message: "comparator 'band' needs a band",
          params: { rule: "target-value" },
        });
      if (t.value !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: "comparator 'band' takes band, not value",
          params: { rule: "target-value" },
        });
    } else {
      if (t.value === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: `comparator '${t.comparator}' needs a value`,
          params: { rule: "target-value" },
        });
      if (t.band !== undefined)
        ctx.addIssue({
          code: "custom",
          path: ["band"],
          message: `comparator '${t.comparator}' takes value, not band`,
          params: { rule: "target-value" },
        });
    }
  });

/** A target. @category Model @since 0.1.0 */
export interface Target extends z.output<typeof TargetSchema> {}

/**
 * Schema of the measure type of an indicator (IATI `IndicatorMeasure`, extended): `unit`
 * (a quantity in some unit), `percentage`, `count`, `ordinal`, `qualitative` or `milestone`
 * (done / not done, observed as 0 or 1).
 *
 * @example
 * ```ts
 * import { MeasureSchema } from "cast-plan/schemas";
 * MeasureSchema.safeParse("percentage").success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const MeasureSchema = /* @__PURE__ */ z.enum([
  "unit",
  "percentage",
  "count",
  "ordinal",
  "qualitative",
  "milestone",
]);

/** The measure type of an indicator. @category Model @since 0.1.0 */
export type Measure = z.output<typeof MeasureSchema>;

/**
 * Schema of an indicator's desired direction: `increase` (higher is better), `decrease` (lower is
 * better) or `band` (stay within a range).
 *
 * @example
 * ```ts
 * import { DirectionSchema } from "cast-plan/schemas";
 * DirectionSchema.options // => ["increase", "decrease", "band"]
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const DirectionSchema = /* @__PURE__ */ z.enum(["increase", "decrease", "band"]);

/** An indicator's desired direction. @category Model @since 0.1.0 */
export type Direction = z.output<typeof DirectionSchema>;

/**
 * Schema of how observations from several organisations combine into one figure: `sum`, `mean`,
 * `latest` (the most recent report), `ratio` (Σ numerator / Σ denominator), or `none` (they must
 * not be combined).
 *
 * @example
 * ```ts
 * import { AggregationSchema } from "cast-plan/schemas";
 * AggregationSchema.safeParse("ratio").success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const AggregationSchema = /* @__PURE__ */ z.enum(["sum", "mean", "latest", "ratio", "none"]);

/** How observations combine across organisations. @category Model @since 0.1.0 */
export type Aggregation = z.output<typeof AggregationSchema>;

/**
 * Schema of an indicator: a superset of the IATI 2.03 results indicator with SDG-style natural
 * limits, several baselines, several targets from several documents, and links to what it measures.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from "cast-plan/schemas";
 * IndicatorSchema.safeParse({
 *   id: "ind.literacy",
 *   name: "Share of citizens with science literacy",
 *   measure: "percentage",
 *   unit: "%",
 *   direction: "increase",
 *   aggregation: "none",
 *   naturalLimits: { min: 0, max: 100 },
 *   targets: [{ id: "t2020", deadline: 2020, comparator: ">", value: 10 }],
 * }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const IndicatorSchema = /* @__PURE__ */ z.strictObject({
  /** The indicator's stable id. */
  id: IdSchema,
  /** The indicator's name: English, with the official Chinese name where one exists. */
  name: LocalizedTextSchema,
  /** What the indicator measures and how, in a sentence or two. */
  description: z.string().min(1).optional(),
  /** The measure type. */
  measure: MeasureSchema,
  /** The unit the values are in, such as `%`, `museums` or `persons`. */
  unit: z.string().min(1),
  /**
   * The number of decimals values are shown with in reports (0–10); by default 0 for `count`
   * and `milestone` measures and 2 otherwise. Computation always uses the full value.
   */
  decimals: z.number().int().min(0).max(10).optional(),
  /** The desired direction. */
  direction: DirectionSchema,
  /** The values the indicator can physically take (a percentage: 0 to 100). */
  naturalLimits: z
    .strictObject({
      /** The smallest possible value. */
      min: z.number().finite().optional(),
      /** The largest possible value. */
      max: z.number().finite().optional(),
    })
    .refine((l) => l.min === undefined || l.max === undefined || l.min < l.max, {
      message: "naturalLimits.min must be below naturalLimits.max",
      path: ["max"],
    })
    .optional(),
  /** How observations from several organisations combine. */
  aggregation: AggregationSchema,
  /**
   * The units expected to report (for `sum`, `mean` and `ratio`), each from and until a period
   * (both inclusive, open-ended when omitted). A period in which a declared unit in force has not
   * reported is incomplete (see the `completeness` option of the roll-ups and reports); a report
   * from a unit not declared for that period is combined and warned about. Without this list the
   * units expected at a period are those that reported the indicator at or before it.
   */
  expectedReporters: z
    .array(
      z.strictObject({
        /** The unit's id (in `units`). */
        unitId: IdSchema,
        /** The first period it is expected to report (inclusive); from the start by default. */
        from: CalendarPointSchema.optional(),
        /** The last period it is expected to report (inclusive); without end by default. */
        until: CalendarPointSchema.optional(),
      }),
    )
    .optional(),
  /**
   * Weights of a weighted `mean` over units (such as their populations), by unit id: finite,
   * positive, at most 1e9. Every unit whose report is combined needs one. The mean of a period is
   * Σ weight × value / Σ weight over the units combined.
   */
  unitWeights: z
    .record(
      IdSchema,
      z.number().finite().positive({ error: "a unit weight is a number > 0" }).max(MAX_WEIGHT, {
        error: "a weight is at most 1e9 (weights are relative; scale them down)",
      }),
    )
    .optional(),
  /** The dimensions observations may be broken down by, with their allowed values. */
  dimensions: z
    .array(
      z.strictObject({
        /** The dimension's name, such as `area`. */
        name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/),
        /** The allowed values, such as `urban` and `rural`. */
        values: z.array(z.string().min(1)).min(1),
      }),
    )
    .default([]),
  /** The baselines. */
  baselines: z.array(BaselineSchema).default([]),
  /** The targets, ordered by deadline. */
  targets: z.array(TargetSchema).default([]),
  /** The ids of the plan items (goals, tasks, actions) this indicator measures. */
  measures: z.array(IdSchema).default([]),
  /** Codes of this indicator in other frameworks (IATI `reference`). */
  references: z
    .array(
      z.strictObject({
        /** The framework, such as `SDG`. */
        vocabulary: z.string().min(1),
        /** The code in that framework. */
        code: z.string().min(1),
        /** A URL describing the code. */
        uri: z.url().optional(),
      }),
    )
    .default([]),
  /** Where the indicator's definition comes from. */
  source: SourceLinkSchema.optional(),
  /** A note, for example on comparability between survey rounds. */
  note: z.string().min(1).optional(),
});

/** An indicator. @category Model @since 0.1.0 */
export interface Indicator extends Omit<z.output<typeof IndicatorSchema>, "baselines" | "targets"> {
  /** The baselines. */
  baselines: Baseline[];
  /** The targets, ordered by deadline. */
  targets: Target[];
}
/** An indicator as written in input (defaults not yet applied). @category Model @since 0.1.0 */
export type IndicatorInput = z.input<typeof IndicatorSchema>;

/**
 * Schema of the status of an observation: `final`, `provisional` or `estimated`.
 *
 * @example
 * ```ts
 * import { ObservationStatusSchema } from "cast-plan/schemas";
 * ObservationStatusSchema.safeParse("final").success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const ObservationStatusSchema = /* @__PURE__ */ z.enum([
  "final",
  "provisional",
  "estimated",
]);

/** The status of an observation. @category Model @since 0.1.0 */
export type ObservationStatus = z.output<typeof ObservationStatusSchema>;

/**
 * Schema of an observation: one value of an indicator for a period, optionally broken down by
 * dimensions and reported by an organisation (unit).
 *
 * @remarks
 * Give `value`, or `numerator` and `denominator` (a ratio indicator), or all three. `period` is a
 * year, a `YYYY-MM` month, a day, or a `{ start, end }` range.
 *
 * @example
 * ```ts
 * import { ObservationSchema } from "cast-plan/schemas";
 * ObservationSchema.safeParse({ indicatorId: "ind.literacy", period: 2020, value: 10.56, status: "final" }).success // => true
 * ObservationSchema.safeParse({ indicatorId: "ind.literacy", period: 2020, status: "final" }).success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const ObservationSchema = /* @__PURE__ */ z
  .strictObject({
    /** The observation's id, if the source system has one. */
    id: IdSchema.optional(),
    /** The id of the indicator observed. */
    indicatorId: IdSchema,
    /** The period the value refers to. */
    period: z.union([CalendarPointSchema, PeriodSchema], {
      error: (issue) => calendarMessage(issue.input),
    }),
    /** The observed value. */
    value: z.number().finite().optional(),
    /** The numerator, for ratio indicators. */
    numerator: z.number().finite().min(0).optional(),
    /** The denominator, for ratio indicators; positive. */
    denominator: z.number().finite().positive().optional(),
    /** The dimension values of this observation; omitted for the whole population. */
    dimensions: DimensionsSchema.optional(),
    /** The id of the reporting organisation (unit). */
    unitId: IdSchema.optional(),
    /** Whether the figure is final, provisional or estimated. */
    status: ObservationStatusSchema,
    /** Where the figure comes from. */
    source: SourceLinkSchema.optional(),
    /** A note on the figure. */
    note: z.string().min(1).optional(),
  })
  .superRefine((o, ctx) => {
    const hasRatio = o.numerator !== undefined || o.denominator !== undefined;
    if (hasRatio && (o.numerator === undefined || o.denominator === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [o.numerator === undefined ? "numerator" : "denominator"],
        message: "numerator and denominator go together",
        params: { rule: "observation-value" },
      });
    }
    if (o.value === undefined && !hasRatio) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: "an observation needs a value, or a numerator and a denominator",
        params: { rule: "observation-value" },
      });
    }
  });

/** An observation. @category Model @since 0.1.0 */
export interface Observation extends Omit<z.output<typeof ObservationSchema>, "period"> {
  /** The period the value refers to: a year, month or day, or a `{ start, end }` period. */
  period: CalendarPoint | Period;
}
/** An observation as written in input. @category Model @since 0.1.0 */
export type ObservationInput = z.input<typeof ObservationSchema>;
