import * as z from "zod";
import { monthLength } from "../dates/dayNumbers.js";

/**
 * Schema of an identifier: 1–128 characters, starting with a letter or digit, then letters,
 * digits, `.`, `_`, `:` or `-`. Ids are case-sensitive and compared as strings.
 *
 * @example
 * ```ts
 * import { IdSchema } from "cast-plan/schemas";
 * IdSchema.safeParse("outline.task.6").success // => true
 * IdSchema.safeParse("has space").success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const IdSchema = /* @__PURE__ */ z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, {
  message:
    "ids are 1-128 characters: letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
});

/**
 * Schema of a calendar day as an ISO string `YYYY-MM-DD`. Month lengths and leap years are
 * checked, so `2023-02-29` is rejected. The value stays a string: no `Date`, no time zone.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "cast-plan/schemas";
 * IsoDateSchema.safeParse("2024-02-29").success // => true
 * IsoDateSchema.safeParse("2023-02-29").success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const IsoDateSchema: z.ZodType<IsoDate, string> = /* @__PURE__ */ z.iso
  .date({
    error: (issue) =>
      typeof issue.input === "string" && /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
        ? "not a real calendar day"
        : "expected a date as YYYY-MM-DD",
  })
  .regex(/^[1-9]/, { message: "years run from 1000 to 9999" }) as never;

/**
 * A calendar day, `YYYY-MM-DD`. The type is a template literal, so that `"2025"` or `"June"`
 * where a day is expected is a compile-time error; {@link IsoDateSchema} checks the digits and
 * the calendar at run time.
 *
 * @category Model
 * @since 0.1.0
 */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * Schema of a calendar month as `YYYY-MM` (month 01–12).
 *
 * @example
 * ```ts
 * import { YearMonthSchema } from "cast-plan/schemas";
 * YearMonthSchema.safeParse("2020-12").success // => true
 * YearMonthSchema.safeParse("2020-13").success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const YearMonthSchema: z.ZodType<YearMonth, string> = /* @__PURE__ */ z
  .string()
  .regex(/^[1-9]\d{3}-(0[1-9]|1[0-2])$/, {
    message: "expected a month as YYYY-MM (years 1000-9999, months 01-12)",
  }) as never;

/**
 * A calendar month, `YYYY-MM`: a template literal type, so that `"2025"` where a month is
 * expected does not compile; {@link YearMonthSchema} checks it at run time.
 *
 * @category Model
 * @since 0.1.0
 */
export type YearMonth = `${number}-${number}`;

/**
 * Schema of a calendar year: an integer from 1000 to 9999.
 *
 * @example
 * ```ts
 * import { YearSchema } from "cast-plan/schemas";
 * YearSchema.safeParse(2035).success // => true
 * YearSchema.safeParse(2035.5).success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const YearSchema = /* @__PURE__ */ z.number().int().min(1000).max(9999);

/**
 * Schema of a calendar value: an integer year, a `YYYY-MM` month or a `YYYY-MM-DD` day.
 *
 * @example
 * ```ts
 * import { CalendarPointSchema } from "cast-plan/schemas";
 * CalendarPointSchema.safeParse(2020).success // => true
 * CalendarPointSchema.safeParse("2020-06").success // => true
 * CalendarPointSchema.safeParse("June 2020").success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const CalendarPointSchema = /* @__PURE__ */ z.union(
  [YearSchema, YearMonthSchema, IsoDateSchema],
  {
    error: (issue) => calendarMessage(issue.input),
  },
);

/** The message for a value that is not a calendar value. @internal */
export function calendarMessage(input: unknown): string {
  if (typeof input === "string" && /^\d{4}-\d{2}-\d{2}$/.test(input))
    return `${input} is not a real calendar day`;
  if (typeof input === "string" && /^\d{4}-\d{2}$/.test(input))
    return `${input} is not a valid month (01-12)`;
  if (typeof input === "number") return `${input} is not a whole year from 1000 to 9999`;
  return "expected a year (integer), a YYYY-MM month or a YYYY-MM-DD day";
}

/**
 * A calendar value: an integer year (a number, never the string `"2025"`), a `YYYY-MM` month or
 * a `YYYY-MM-DD` day. The string forms are template literal types, so `asOf: "2025"` is a
 * compile-time error rather than a run-time one; values from outside TypeScript (JSON, a form,
 * the command line) are checked with {@link CalendarPointSchema} or `isCalendarPoint`.
 *
 * @category Model
 * @since 0.1.0
 */
export type CalendarPoint = number | YearMonth | IsoDate;

function firstDay(p: CalendarPoint): string {
  if (typeof p === "number") return `${p}-01-01`;
  return p.length === 7 ? `${p}-01` : p;
}

function lastDayKey(p: CalendarPoint): string {
  if (typeof p === "number") return `${p}-12-31`;
  if (p.length !== 7) return p;
  const days = monthLength(Number(p.slice(0, 4)), Number(p.slice(5, 7)));
  return `${p}-${String(days).padStart(2, "0")}`;
}

/**
 * Schema of a period: `{ start, end }`, both calendar values, inclusive at both ends. The start
 * must not come after the end.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from "cast-plan/schemas";
 * PeriodSchema.safeParse({ start: 2018, end: 2050 }).success // => true
 * PeriodSchema.safeParse({ start: 2021, end: 2020 }).success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const PeriodSchema = /* @__PURE__ */ z
  .strictObject({
    /** The first year, month or day of the period (inclusive). */
    start: CalendarPointSchema,
    /** The last year, month or day of the period (inclusive). */
    end: CalendarPointSchema,
  })
  .refine((p) => firstDay(p.start) <= lastDayKey(p.end), {
    message: "the period starts after it ends",
    path: ["end"],
    params: { rule: "period-order" },
  });

/** A period, inclusive at both ends. @category Model @since 0.1.0 */
export interface Period extends z.output<typeof PeriodSchema> {}

/**
 * Schema of a literature reference: where a figure, target or text comes from.
 *
 * @example
 * ```ts
 * import { SourceRefSchema } from "cast-plan/schemas";
 * SourceRefSchema.safeParse({ title: "CAST outline", url: "https://example.org/outline" }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const SourceRefSchema = /* @__PURE__ */ z.strictObject({
  /** The title of the document or page. */
  title: z.string().min(1),
  /** The URL where it can be read. */
  url: z.url().optional(),
  /** The organisation or outlet that published it. */
  publisher: z.string().min(1).optional(),
  /** The date it was published, `YYYY-MM-DD`. */
  date: IsoDateSchema.optional(),
  /** Where in the document: a section, table or page. */
  locator: z.string().min(1).optional(),
  /** A further note on the source, for example a mirror where the figure was checked. */
  note: z.string().min(1).optional(),
});

/** A literature reference. @category Model @since 0.1.0 */
export type SourceRef = z.output<typeof SourceRefSchema>;

/**
 * Schema of a link to a source: the id of an entry in the document's `sources`, or a reference
 * written in place.
 *
 * @example
 * ```ts
 * import { SourceLinkSchema } from "cast-plan/schemas";
 * SourceLinkSchema.safeParse("src.cast-outline").success // => true
 * SourceLinkSchema.safeParse({ title: "Annual report 2021" }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const SourceLinkSchema = /* @__PURE__ */ z.union([IdSchema, SourceRefSchema]);

/** A link to a source: an id in `sources` or a reference in place. @category Model @since 0.1.0 */
export type SourceLink = z.output<typeof SourceLinkSchema>;

/** The object form of a localized text. @internal */
const LocalizedTextObjectSchema = /* @__PURE__ */ z.strictObject(
  {
    /** The English text. */
    en: z.string().min(1),
    /** The Chinese text (Simplified), only where an official Chinese text is the source. */
    zh: z.string().min(1).optional(),
  },
  { error: "expected a text: an English string or { en, zh? }" },
);

/**
 * Schema of a label in English with an optional official Chinese form: the one text type of
 * every label-bearing entity (plan titles, item headings, indicator and unit names, target
 * labels, rating scale and level names). In input, a plain string is shorthand for English only:
 * `"Outline"` parses to `{ en: "Outline" }`; the output is always the object.
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from "cast-plan/schemas";
 * LocalizedTextSchema.parse({ en: "Outline", zh: "纲要" }) // => { en: "Outline", zh: "纲要" }
 * LocalizedTextSchema.parse("Outline") // => { en: "Outline" }
 * LocalizedTextSchema.safeParse({ zh: "纲要" }).success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const LocalizedTextSchema: z.ZodType<LocalizedText, LocalizedTextInput> =
  /* @__PURE__ */ z.preprocess(
    (value) => (typeof value === "string" ? { en: value } : value),
    LocalizedTextObjectSchema,
  ) as never;

/**
 * A `z.toJSONSchema` override: a localized text accepts a non-empty string or `{ en, zh? }` (zod
 * would describe only the object after the string is read as English).
 *
 * @internal
 */
export function localizedTextJsonOverride(ctx: {
  zodSchema: unknown;
  jsonSchema: Record<string, unknown>;
}): void {
  if (ctx.zodSchema !== LocalizedTextSchema) return;
  const object = { ...ctx.jsonSchema };
  for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
  ctx.jsonSchema.anyOf = [{ type: "string", minLength: 1 }, object];
}

/**
 * A label in English with an optional Chinese form, as parsed: `{ en, zh? }`. `zh` is present
 * only where an official Chinese text is the source; renderers fall back to `en`.
 *
 * @category Model
 * @since 0.1.0
 */
export interface LocalizedText {
  /** The English text. */
  en: string;
  /** The Chinese text (Simplified), where an official one exists. */
  zh?: string | undefined;
}

/**
 * A localized text as written in input: an English string, or `{ en, zh? }`.
 *
 * @category Model
 * @since 0.2.0
 */
export type LocalizedTextInput = string | LocalizedText;

/**
 * Schema of a set of dimension values, such as `{ area: "urban" }` or `{ region: "east" }`.
 *
 * @example
 * ```ts
 * import { DimensionsSchema } from "cast-plan/schemas";
 * DimensionsSchema.safeParse({ area: "rural" }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const DimensionsSchema = /* @__PURE__ */ z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { message: "dimension names are identifiers" }),
  z.string().min(1),
);

/** Dimension values keyed by dimension name. @category Model @since 0.1.0 */
export type Dimensions = z.output<typeof DimensionsSchema>;

/** Compare key for the first day of a calendar value (string order is calendar order). @internal */
export function firstDayKey(p: CalendarPoint): string {
  return firstDay(p);
}

/** Compare key for the last day of a calendar value (string order is calendar order). @internal */
export function lastDayKeyOf(p: CalendarPoint): string {
  return lastDayKey(p);
}

/**
 * The largest weight accepted anywhere in a document (items, alignments, rubric criteria): 1e9.
 * Weights are relative, so a billion to one is more spread than any roll-up needs; with each
 * weight at most 1e9, a total over millions of siblings stays below 2^53, so sums and weighted
 * means are finite and exact enough (1e308 used to pass and then print "coverage NaN%").
 *
 * @internal
 */
export const MAX_WEIGHT = 1e9;

/** A weight: finite, non-negative, at most {@link MAX_WEIGHT}. @internal */
export const WeightSchema = /* @__PURE__ */ z
  .number()
  .finite()
  .min(0)
  .max(MAX_WEIGHT, { error: "a weight is at most 1e9 (weights are relative; scale them down)" });
