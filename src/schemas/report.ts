import * as z from "zod";

// The string-literal unions of the progress functions, as enums here so that the report's JSON
// type and JSON Schema name every value (test/types holds them equal to the progress types).
const WarningCodeSchema = z.enum([
  "baseline-meets-target",
  "invalid-for-growth-rate",
  "degenerate-range",
  "target-year-passed",
  "insufficient-data",
  "irregular-gaps",
  "projection-outside-natural-limits",
  "zero-replaced",
  "baseline-from-observation",
  "target-no-longer-met",
  "not-aggregatable",
  "missing-ratio-parts",
  "no-contributors",
  "non-finite-input",
  "not-final",
  "incomplete-period",
  "carried-forward",
  "interpolated",
  "undeclared-reporter",
  // the report's own (ReportWarningCode)
  "combined-from-units",
  "dimensions-not-used",
]);
const ProjectionKindSchema = z.enum([
  "cagr",
  "linear",
  "weighted-linear",
  "logit",
  "average-annual-change",
]);
const RollUpFlagSchema = z.enum([
  "provisional",
  "estimated",
  "carried-forward",
  "interpolated",
  "incomplete",
]);
const EscapCategorySchema = z.enum([
  "maintain",
  "accelerate",
  "reverse",
  "insufficient-data",
  "target-year-passed",
]);

const WarningSchema = z.strictObject({
  /** The warning's stable code. */
  code: WarningCodeSchema,
  /** The warning in a sentence. */
  message: z.string().min(1),
});

const Finite = z.number().finite();

// Written by buildProgressReport; optional so that reports written by hand (for the renderers)
// need not say it: absent reads as null.
const ImputedSchema = z.enum(["carried-forward", "interpolated"]).nullable().optional();

// Text from the document (titles, names, headings): English, with Chinese where the data has an
// official Chinese text. Not a locale choice: the report carries both so one report renders in
// either locale.
const TextSchema = z.strictObject({ en: z.string(), zh: z.string().optional() });

/**
 * Schema of the JSON progress report written by `cast-plan report --format json` and returned by
 * `buildProgressReport`. Numbers are finite; a figure that could not be computed is `null`, with
 * the reason beside it.
 *
 * @example
 * ```ts
 * import { ProgressReportSchema } from "cast-plan/schemas";
 * ProgressReportSchema.safeParse({ format: "cast-plan/progress-report@3", title: { en: "t" }, asOf: "2024-12-31", method: { projection: "weighted-linear", summary: "s" }, indicators: [], items: [] }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const ProgressReportSchema = /* @__PURE__ */ z.strictObject({
  /** The report format and version. */
  format: z.literal("cast-plan/progress-report@3"),
  /** The report title: English, with Chinese where every plan has a Chinese title (or the option gives one). */
  title: TextSchema,
  /** The assessment date as given. */
  asOf: z.union([z.string(), z.number()]),
  /** The methods used by default. */
  method: z.strictObject({
    /** The projection behind anticipated progress and forecasts. */
    projection: ProjectionKindSchema,
    /** What was done with periods in which an expected unit had not reported (`refuse`: left
     * out; `carry-forward`, `interpolate`: completed and flagged). */
    completeness: z.enum(["refuse", "carry-forward", "interpolate"]).optional(),
    /** With `carry-forward`, the oldest report carried (years), or null for no limit. */
    maxCarryYears: Finite.min(0).nullable().optional(),
    /** The methods in a sentence or two. */
    summary: z.string(),
  }),
  /** One entry per indicator. */
  indicators: z.array(
    z.strictObject({
      /** The indicator's id. */
      id: z.string(),
      /** The indicator's name. */
      name: TextSchema,
      /** The unit. */
      unit: z.string(),
      /** The decimals values are shown with (the indicator's own, else 0 for counts and milestones, 2 otherwise). */
      decimals: z.number().int().min(0).max(20),
      /** The desired direction. */
      direction: z.enum(["increase", "decrease", "band"]),
      /** The number of observations used. */
      observations: z.number().int().min(0),
      /**
       * The latest value used: its period as written, its end as a decimal year, its value and its
       * status (`provisional` and `estimated` values are marked in every rendering); null without data.
       */
      latest: z
        .strictObject({
          period: z.string(),
          year: Finite,
          value: Finite,
          status: z.enum(["final", "provisional", "estimated"]),
          /** How the figure was completed: a missing unit's report carried forward or
           * interpolated (marked in every rendering), or null. */
          imputed: ImputedSchema,
        })
        .nullable(),
      /** The baseline used and where it came from, or null without data. */
      baseline: z
        .strictObject({
          period: z.string(),
          year: Finite,
          value: Finite,
          source: z.enum(["indicator", "observation"]),
          /** `final` for a declared baseline; the observation's status otherwise. */
          status: z.enum(["final", "provisional", "estimated"]),
          /** How a baseline taken from a combined figure was completed, or null. */
          imputed: ImputedSchema,
        })
        .nullable(),
      /** The completeness check of the units' reports (sum, mean, ratio): the periods in which
       * expected units had not reported and what was done, and reports from undeclared units. */
      completeness: z
        .strictObject({
          incomplete: z.array(
            z.strictObject({
              /** The period as written. */
              period: z.string(),
              /** Its end as a decimal year. */
              year: Finite,
              /** The units expected to report, sorted. */
              expected: z.array(z.string()),
              /** Those that had not, sorted. */
              missing: z.array(z.string()),
              /** `refused` (no figure), `carried-forward` or `interpolated`. */
              outcome: z.enum(["refused", "carried-forward", "interpolated"]),
              /** Per missing unit, the periods its figure came from (empty when refused). */
              sources: z.array(
                z.strictObject({ unitId: z.string(), periods: z.array(z.string()) }),
              ),
            }),
          ),
          undeclared: z.array(
            z.strictObject({
              period: z.string(),
              year: Finite,
              /** The units not declared in expectedReporters that reported, sorted. */
              units: z.array(z.string()),
            }),
          ),
        })
        .optional(),
      /** One entry per target, in deadline order. */
      targets: z.array(
        z.strictObject({
          /** The target's id. */
          id: z.string(),
          /**
           * A label. `en`: the deadline (or the target's own label naming it), comparator and value.
           * `zh`: the target's own Chinese label, where the data has one.
           */
          label: TextSchema,
          /** The comparator and value in words, such as `more than 10%` or `5–10 brands`. */
          goal: z.string(),
          /** The deadline as given. */
          deadline: z.union([z.string(), z.number()]),
          /** The comparator. */
          comparator: z.enum([">", ">=", "<", "<=", "=", "band"]),
          /** The target value (null for a band). */
          value: Finite.nullable(),
          /** The band (null unless comparator is band). */
          band: z.strictObject({ low: Finite, high: Finite }).nullable(),
          /** Who set the target: the plan item or the source document (`zh` where the plan has a Chinese title). */
          setBy: TextSchema,
          /** The milestone status, or "unmeasurable". */
          status: z.enum([
            "achieved-early",
            "achieved-on-time",
            "achieved-late",
            "missed",
            "active",
            "not-yet-started",
            "unmeasurable",
          ]),
          /** Why the status, or with a status its distance share, could not be measured; or null. */
          reason: z.string().nullable(),
          /** The distance share (ESCAP current status), raw and clamped to [0, 1]. */
          distanceShare: z.strictObject({ raw: Finite, clamped: Finite }).nullable(),
          /** The share of the time from baseline to deadline elapsed. */
          timeShare: Finite.nullable(),
          /** Distance share divided by time share (1 = on a straight path). */
          paceIndex: Finite.nullable(),
          /** The ESCAP category of anticipated progress. */
          escapCategory: EscapCategorySchema.nullable(),
          /** The projected value at the deadline and its share of the required progress. */
          projection: z
            .strictObject({ kind: ProjectionKindSchema, projectedValue: Finite, share: Finite })
            .nullable(),
          /** The year the target would be reached under the projection. */
          forecast: z
            .strictObject({
              kind: ProjectionKindSchema,
              outcome: z.enum(["already-met", "reached", "not-reached"]),
              year: Finite.nullable(),
            })
            .nullable(),
          /** Warnings about this target. */
          warnings: z.array(WarningSchema),
        }),
      ),
      /** Warnings about the indicator's data. */
      warnings: z.array(WarningSchema),
      /** A plain-language explanation. */
      explanation: z.string(),
    }),
  ),
  /** The roll-up over the plans' structure: one entry per plan, and per item with a figure. */
  items: z.array(
    z.strictObject({
      /** The plan's or item's id. */
      id: z.string(),
      /** The item's number and heading (`zh` where the data has the Chinese heading). */
      heading: TextSchema,
      /** The depth in the tree (0 = a plan). */
      depth: z.number().int().min(0),
      /** The weighted mean progress of the item's indicators and children, or null. */
      progress: Finite.nullable(),
      /**
       * Data-quality flags of the figure (`provisional`, `estimated`, `carried-forward`,
       * `imputed`, `incomplete`; see `RollUpFlag`): some figure behind it is not a final report.
       */
      flags: z.array(RollUpFlagSchema),
      /** The share of the leaf items below that have evidence (`leaves.withEvidence / leaves.total`). */
      coverage: Finite,
      /** The leaf items below (each counted once), and how many have evidence. */
      leaves: z.strictObject({
        total: z.number().int().min(0),
        withEvidence: z.number().int().min(0),
      }),
      /** Whether every child and indicator has achieved its target. */
      achieved: z.boolean(),
      /** How many children, indicators and aligned items the figure combines. */
      contributors: z.number().int().min(0),
      /** How many of them have no data (they count against coverage and are not shown as rows). */
      withoutData: z.number().int().min(0),
      /**
       * Contributors whose figure here is judged against other targets than in their own row
       * (targets stated in this item's subtree): the contributor, its figure here, and those
       * targets.
       */
      judgedHere: z.array(
        z.strictObject({
          /** The contributor's id (an item or indicator id). */
          id: z.string(),
          /** Its heading (an item's number and heading, an indicator's name). */
          heading: TextSchema,
          /** The progress it contributes here, or null. */
          progress: Finite.nullable(),
          /** The targets deciding it here, each with its indicator and line heading. */
          targets: z.array(
            z.strictObject({
              indicatorId: z.string(),
              targetId: z.string(),
              label: TextSchema,
            }),
          ),
        }),
      ),
      /**
       * Indicators that measure the item directly and reach it through contributor items too:
       * the direct link is not counted (the indicator counts once, through those items).
       */
      duplicates: z.array(
        z.strictObject({
          /** The indicator's id. */
          indicatorId: z.string(),
          /** Its name. */
          indicator: TextSchema,
          /** The contributor items it is counted through (empty: `measures` names the item twice). */
          through: z.array(z.strictObject({ id: z.string(), heading: TextSchema })),
        }),
      ),
    }),
  ),
});

/** The JSON progress report. @category Model @since 0.1.0 */
export interface ProgressReportJson extends z.output<typeof ProgressReportSchema> {}

/**
 * Returns the JSON Schema (draft 2020-12) of the JSON progress report.
 *
 * @returns The JSON Schema as a plain object.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { progressReportJsonSchema } from "cast-plan/schemas";
 * progressReportJsonSchema().title // => "cast-plan progress report"
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export function progressReportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ProgressReportSchema, { target: "draft-2020-12" }),
    title: "cast-plan progress report",
  };
}
