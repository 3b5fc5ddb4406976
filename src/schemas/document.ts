import * as z from "zod";
import { CastPlanError, formatPath, type ValidationIssue } from "../errors/CastPlanError.js";
import {
  type Assessment,
  AssessmentSchema,
  type RatingScale,
  RatingScaleSchema,
  type Rubric,
  RubricSchema,
} from "./evaluation.js";
import {
  type Indicator,
  IndicatorSchema,
  type Observation,
  ObservationSchema,
} from "./indicator.js";
import {
  type Alignment,
  AlignmentSchema,
  type Plan,
  PlanSchema,
  type Unit,
  UnitSchema,
} from "./plan.js";
import {
  IdSchema,
  LocalizedTextSchema,
  localizedTextJsonOverride,
  SourceLinkSchema,
  SourceRefSchema,
} from "./primitives.js";
import {
  checkDocument,
  checkObservationsFile,
  type DocumentForRules,
  type Report,
} from "./rules/index.js";

/**
 * Schema of a named source: a {@link SourceRefSchema} with an id that other entities link to.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "cast-plan/schemas";
 * SourceSchema.safeParse({ id: "src.outline", title: "Outline of the Plan of CAST" }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const SourceSchema = /* @__PURE__ */ SourceRefSchema.extend({
  /** The source's stable id. */
  id: IdSchema,
});

/** A named source. @category Model @since 0.1.0 */
export interface Source extends z.output<typeof SourceSchema> {}

// An external plan: a plan outside the document that alignment links or parent ids point to.
const ExternalPlanSchema = /* @__PURE__ */ z.strictObject({
  /** The external plan's id. */
  id: IdSchema,
  /** The external plan's title: English, with the official Chinese title where there is one. */
  title: LocalizedTextSchema,
  /** Where the external plan is published. */
  source: SourceLinkSchema.optional(),
});

// The plan document without its cross-entity rules: the parsers run those themselves, on every
// entity that parsed.
const PlanDocumentShape = /* @__PURE__ */ z.strictObject({
  /** The URL of the JSON Schema this file follows, for editors. */
  $schema: z.string().optional(),
  /** The version of the document format; 1. */
  schemaVersion: z.literal(1),
  /** The plans. */
  plans: z.array(PlanSchema).min(1),
  /** Plans outside this document that alignment links or parent ids point to. */
  externalPlans: z.array(ExternalPlanSchema).default([]),
  /** The sources that entities link to by id. */
  sources: z.array(SourceSchema).default([]),
  /** The indicators. */
  indicators: z.array(IndicatorSchema).default([]),
  /** The observations. */
  observations: z.array(ObservationSchema).default([]),
  /** The organisational units. */
  units: z.array(UnitSchema).default([]),
  /** The alignment links between items of different plans. */
  alignments: z.array(AlignmentSchema).default([]),
  /** The rating scales. */
  ratingScales: z.array(RatingScaleSchema).default([]),
  /** The rubrics. */
  rubrics: z.array(RubricSchema).default([]),
  /** The assessment records. */
  assessments: z.array(AssessmentSchema).default([]),
});

// The rules' reports as zod issues, each with its rule name in `params.rule`.
function toCtx(ctx: z.RefinementCtx): Report {
  return (path, rule, message) => ctx.addIssue({ code: "custom", path, message, params: { rule } });
}

/**
 * Schema of a plan document: one or more plans with the indicators, observations, units,
 * sources, alignment links and evaluation objects they share, and every cross-entity rule.
 *
 * @remarks
 * Rules checked beyond each entity's own schema (each failure names its path and `rule`):
 * - `unique-id`: ids are unique per kind (items, phases, cadences and assignments across all plans);
 * - `reference`: every id reference resolves (items, phases, units, indicators, sources, scales,
 *   rubrics, criteria; alignment targets outside the document must name an `externalPlans` entry);
 * - `inside-plan-period`: phases, assignments, item deadlines and targets stated in a plan lie
 *   inside that plan's period;
 * - `weights`: weights (each finite, from 0 to 1e9) are given for all siblings or none, with a
 *   positive total;
 * - `target-order`: an indicator's targets are ordered by deadline;
 * - `cycle`: unit parents and plan parents (`parentPlanId`) never loop;
 * - `target-direction`, `natural-limits`, `dimension`, `duplicate-observation`, `on-scale`.
 *
 * After a successful parse, compute functions need not re-check any of these.
 *
 * Prefer {@link parsePlanDocument} or {@link safeParsePlanDocument} for untrusted input: they also
 * refuse input nested more than 128 levels deep (or referring back to itself) before zod walks it,
 * so hostile input cannot exhaust the stack; they run the cross-entity rules on every entity that
 * parsed even when another did not (this schema alone runs them only when every entity parsed);
 * and they suggest the known key for a misspelt one.
 *
 * @example
 * ```ts
 * import { PlanDocumentSchema } from "cast-plan/schemas";
 * const result = PlanDocumentSchema.safeParse({
 *   schemaVersion: 1,
 *   plans: [{ id: "p", kind: "local-plan", title: { en: "Plan" }, issuer: "X", period: { start: 2021, end: 2025 }, items: [] }],
 *   indicators: [{ id: "i", name: "I", measure: "count", unit: "events", direction: "increase", aggregation: "sum", measures: ["missing"] }],
 * });
 * result.success // => false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const PlanDocumentSchema = /* @__PURE__ */ PlanDocumentShape.superRefine((doc, ctx) =>
  checkDocument(doc, toCtx(ctx)),
);

/** A parsed plan document. @category Model @since 0.1.0 */
export interface PlanDocument
  extends Omit<
    z.output<typeof PlanDocumentSchema>,
    | "plans"
    | "sources"
    | "indicators"
    | "observations"
    | "units"
    | "alignments"
    | "ratingScales"
    | "rubrics"
    | "assessments"
  > {
  /** The plans. */
  plans: Plan[];
  /** The sources that data and targets cite. */
  sources: Source[];
  /** The indicators. */
  indicators: Indicator[];
  /** The observations. */
  observations: Observation[];
  /** The organisational units. */
  units: Unit[];
  /** Links between items of different plans. */
  alignments: Alignment[];
  /** The rating scales. */
  ratingScales: RatingScale[];
  /** The rubrics. */
  rubrics: Rubric[];
  /** The assessments. */
  assessments: Assessment[];
}
/** A plan document as written in input (optional lists may be omitted). @category Model @since 0.1.0 */
export type PlanDocumentInput = z.input<typeof PlanDocumentSchema>;

// The observations file without its rules, so parseObservationsFile can add the document's.
const ObservationsFileShape = /* @__PURE__ */ z.strictObject({
  /** The URL of the JSON Schema this file follows, for editors. */
  $schema: z.string().optional(),
  /** The version of the file format; 1. */
  schemaVersion: z.literal(1),
  /** The sources that observations link to by id. */
  sources: z.array(SourceSchema).default([]),
  /** The observations. */
  observations: z.array(ObservationSchema),
});

/**
 * Schema of an observations file: observations (and the sources they link to) kept apart from a
 * plan document, for example one organisation's yearly report.
 *
 * @remarks
 * Indicator and unit ids are not resolved here, since the file does not carry the plan; use
 * {@link parseObservationsFile} with a document to check them.
 *
 * @example
 * ```ts
 * import { ObservationsFileSchema } from "cast-plan/schemas";
 * ObservationsFileSchema.safeParse({
 *   schemaVersion: 1,
 *   observations: [{ indicatorId: "i", period: 2024, value: 3, status: "final" }],
 * }).success // => true
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const ObservationsFileSchema = /* @__PURE__ */ ObservationsFileShape.superRefine(
  (file, ctx) => checkObservationsFile(file, toCtx(ctx)),
);

/** A parsed observations file. @category Model @since 0.1.0 */
export interface ObservationsFile
  extends Omit<z.output<typeof ObservationsFileSchema>, "observations" | "sources"> {
  /** The observations. */
  observations: Observation[];
  /** The sources the observations cite. */
  sources: Source[];
}

/**
 * Converts zod issues into cast-plan validation issues, each with its path and rule.
 *
 * @param error - A zod error from `safeParse` or `parse`.
 * @returns One issue per problem; `rule` is our rule name for cross-entity rules and zod's issue
 *   code otherwise.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { IsoDateSchema, toValidationIssues } from "cast-plan/schemas";
 * const result = IsoDateSchema.safeParse("2023-02-29");
 * result.success ? [] : toValidationIssues(result.error).map((i) => i.message) // => ["not a real calendar day"]
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return describeIssues(error.issues);
}

/** The keys the object at a path may hold, for "did you mean" on an unknown key. */
type KnownKeys = (path: readonly (string | number)[]) => readonly string[];

function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  knownKeys?: KnownKeys,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const visit = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]) => {
    for (const i of issues) {
      const path = [...prefix, ...i.path].map((k) => (typeof k === "symbol" ? String(k) : k));
      if (i.code === "invalid_union" && i.errors.length > 0) {
        // Report the branch that got furthest (the one with the deepest paths) rather than all.
        const best = [...i.errors].sort(
          (a, b) =>
            Math.max(0, ...b.map((x) => x.path.length)) -
            Math.max(0, ...a.map((x) => x.path.length)),
        )[0];
        if (best?.some((x) => x.path.length > 0)) {
          visit(best, path);
          continue;
        }
      }
      const params = (i as { params?: { rule?: unknown } }).params;
      const rule =
        typeof params?.rule === "string"
          ? params.rule
          : i.code === "invalid_format" && i.format === "date"
            ? "calendar-date"
            : i.code;
      if (i.code === "unrecognized_keys") {
        // One issue per key, each with the nearest known key when one is close.
        const known = knownKeys?.(path) ?? [];
        for (const key of i.keys) out.push({ path, rule, message: unknownKeyMessage(key, known) });
        continue;
      }
      out.push({ path, rule, message: missingMessage(i) ?? i.message });
    }
  };
  visit(issues, []);
  return out;
}

/** "required: …" when the issue is about a key that is absent (with zod's `reportInput`). */
function missingMessage(i: z.core.$ZodIssue): string | undefined {
  if (!("input" in i) || i.input !== undefined) return undefined;
  if (i.code === "invalid_value") {
    const values = i.values.map((v) => JSON.stringify(v));
    return `required: ${values.length === 1 ? values[0] : `one of ${values.join("|")}`}`;
  }
  if (i.code === "invalid_type") {
    const expected = String(i.expected);
    return `required: ${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}`;
  }
  if (i.code === "invalid_union") return "required";
  return undefined;
}

/** The Levenshtein distance between two strings (keys are short). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The most edits between an unknown key and a known one for "did you mean". */
const MAX_KEY_DISTANCE = 2;

function unknownKeyMessage(key: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = MAX_KEY_DISTANCE + 1;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance && candidate !== key) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined
    ? `unknown key '${key}'`
    : `unknown key '${key}': did you mean '${best}'?`;
}

type AnySchema = z.core.$ZodType;

/** The schemas a schema stands for once wrappers (optional, default, lazy…) and unions are opened. */
function openSchema(schema: AnySchema, depth = 0): AnySchema[] {
  if (depth > 16) return [];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return openSchema(def.innerType as AnySchema, depth + 1);
    case "pipe":
      return openSchema(def.in as AnySchema, depth + 1);
    case "lazy":
      return openSchema((def.getter as () => AnySchema)(), depth + 1);
    case "union":
      return (def.options as AnySchema[]).flatMap((o) => openSchema(o, depth + 1));
    default:
      return [schema];
  }
}

/** The keys of the object schemas found at `path` from `schema`. */
function keysAt(schema: AnySchema, path: readonly (string | number)[]): string[] {
  let current = openSchema(schema);
  for (const key of path) {
    current = current.flatMap((s) => {
      const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === "object" && typeof key === "string") {
        const child = (def.shape as Record<string, AnySchema | undefined>)[key];
        return child ? openSchema(child) : [];
      }
      if (def.type === "array" && typeof key === "number")
        return openSchema(def.element as AnySchema);
      if (def.type === "record") return openSchema(def.valueType as AnySchema);
      return [];
    });
  }
  const keys = current.flatMap((s) => {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    return def.type === "object" ? Object.keys(def.shape as object) : [];
  });
  return [...new Set(keys)];
}

/** The deepest nesting of objects and arrays the parsers accept (a plan tree 60 levels deep fits). */
const MAX_DEPTH = 128;

/**
 * Finds the first place where objects/arrays nest deeper than `MAX_DEPTH` (or refer back to
 * themselves), iteratively so that hostile input cannot overflow the stack.
 */
function tooDeep(input: unknown): ValidationIssue | undefined {
  // Iterative depth-first walk; `exit` frames take a node off the current path, so `onPath` holds
  // exactly the ancestors of the node being entered. Paths are rebuilt only on failure.
  type Frame = {
    value: unknown;
    key: string | number | undefined;
    parent: Frame | undefined;
    depth: number;
    exit: boolean;
  };
  const pathOf = (frame: Frame | undefined): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let f = frame; f?.key !== undefined; f = f.parent) path.unshift(f.key);
    return path;
  };
  const onPath = new Set<unknown>();
  const stack: Frame[] = [
    { value: input, key: undefined, parent: undefined, depth: 0, exit: false },
  ];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { value } = frame;
    if (frame.exit) {
      onPath.delete(value);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (onPath.has(value))
      return { path: pathOf(frame), rule: "cycle", message: "the input refers back to itself" };
    if (frame.depth >= MAX_DEPTH) {
      return {
        path: pathOf(frame),
        rule: "too-deep",
        message: `the input nests deeper than ${MAX_DEPTH} levels`,
      };
    }
    onPath.add(value);
    stack.push({ ...frame, exit: true });
    const depth = frame.depth + 1;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], key: i, parent: frame, depth, exit: false });
    } else {
      for (const [k, v] of Object.entries(value))
        stack.push({ value: v, key: k, parent: frame, depth, exit: false });
    }
  }
  return undefined;
}

/**
 * Parses with `schema`, then runs `rules` on the data, or, when some entity did not parse, on the
 * entities that did (`data` is then undefined and the rules read `input` themselves).
 */
function safeParseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  rules?: (data: T | undefined, input: unknown, report: Report) => void,
): SafeParseResult<T> {
  const deep = tooDeep(input);
  if (deep) return { success: false, issues: [deep] };
  const result = schema.safeParse(input, { reportInput: true });
  const issues = result.success
    ? []
    : describeIssues(result.error.issues, (path) => keysAt(schema, path));
  rules?.(result.success ? result.data : undefined, input, (path, rule, message) => {
    issues.push({ path, rule, message });
  });
  return result.success && issues.length === 0
    ? { success: true, data: result.data }
    : { success: false, issues };
}

function invalidInput(fn: string, issues: readonly ValidationIssue[]): CastPlanError {
  const first = issues[0];
  return new CastPlanError(
    "INVALID_INPUT",
    `${fn}: ${issues.length} problem${issues.length === 1 ? "" : "s"} found; the first is at ${formatPath(first?.path ?? [])}: ${first?.message ?? ""}`,
    issues,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Collects the ids inside an entity that did not parse (not the ids it refers to). */
function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "id" && typeof v === "string") into.add(v);
      else if (k !== "subject") collectIds(v, into);
    }
  }
}

/** Parses each entity of the list at `input[key]` on its own: `undefined` where one does not. */
function parseEach<T>(
  input: Record<string, unknown>,
  key: string,
  schema: z.ZodType<T>,
  unchecked: Set<string>,
): (T | undefined)[] {
  const list = input[key];
  if (!Array.isArray(list)) return [];
  return list.map((entity) => {
    const result = schema.safeParse(entity);
    if (result.success) return result.data;
    collectIds(entity, unchecked);
    return undefined;
  });
}

/** Runs the cross-entity rules of a plan document: on `data`, or on what of `input` parsed. */
function documentRules(data: PlanDocument | undefined, input: unknown, report: Report): void {
  if (data) {
    checkDocument(data, report);
    return;
  }
  if (!isRecord(input)) return;
  const unchecked = new Set<string>();
  const doc: DocumentForRules = {
    plans: parseEach<Plan>(input, "plans", PlanSchema, unchecked),
    externalPlans: parseEach(input, "externalPlans", ExternalPlanSchema, unchecked),
    sources: parseEach(input, "sources", SourceSchema, unchecked),
    indicators: parseEach<Indicator>(input, "indicators", IndicatorSchema, unchecked),
    observations: parseEach<Observation>(input, "observations", ObservationSchema, unchecked),
    units: parseEach<Unit>(input, "units", UnitSchema, unchecked),
    alignments: parseEach<Alignment>(input, "alignments", AlignmentSchema, unchecked),
    ratingScales: parseEach<RatingScale>(input, "ratingScales", RatingScaleSchema, unchecked),
    rubrics: parseEach<Rubric>(input, "rubrics", RubricSchema, unchecked),
    assessments: parseEach<Assessment>(input, "assessments", AssessmentSchema, unchecked),
  };
  checkDocument(doc, report, unchecked);
}

/**
 * A safe-parse result: the data, or every issue with its path.
 *
 * @category Model
 * @since 0.1.0
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

/**
 * Validates untrusted input as a plan document and returns it parsed (defaults applied).
 *
 * @param input - The input, for example from `JSON.parse`.
 * @returns The parsed document.
 * @throws {@link cast-plan!CastPlanError} with code `INVALID_INPUT` listing every problem with its path.
 *
 * @example
 * ```ts
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const doc = parsePlanDocument({
 *   schemaVersion: 1,
 *   plans: [{ id: "p", kind: "annual-plan", title: { en: "Plan 2025" }, issuer: "X", period: { start: 2025, end: 2025 }, items: [] }],
 * });
 * doc.indicators // => []
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export function parsePlanDocument(input: unknown): PlanDocument {
  const result = safeParsePlanDocument(input);
  if (result.success) return result.data;
  throw invalidInput("parsePlanDocument", result.issues);
}

/**
 * Validates untrusted input as a plan document without throwing.
 *
 * @param input - The input.
 * @returns `{ success: true, data }`, or `{ success: false, issues }` with every problem and its path.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { safeParsePlanDocument } from "cast-plan/schemas";
 * const result = safeParsePlanDocument({ schemaVersion: 1, plans: [] });
 * result.success ? [] : result.issues.map((i) => i.path.join(".")) // => ["plans"]
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export function safeParsePlanDocument(input: unknown): SafeParseResult<PlanDocument> {
  return safeParseWith<PlanDocument>(PlanDocumentShape, input, documentRules);
}

/**
 * Validates untrusted input as an observations file; with a document, also checks that every
 * indicator and unit id resolves in it and every dimension is declared.
 *
 * @param input - The input.
 * @param document - The plan document the observations belong to, if they should be checked against it.
 * @returns The parsed observations file.
 * @throws {@link cast-plan!CastPlanError} with code `INVALID_INPUT` listing every problem with its path.
 *
 * @example
 * ```ts
 * import { parseObservationsFile } from "cast-plan/schemas";
 * parseObservationsFile({ schemaVersion: 1, observations: [{ indicatorId: "i", period: 2024, value: 3, status: "final" }] }).observations.length // => 1
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export function parseObservationsFile(input: unknown, document?: PlanDocument): ObservationsFile {
  // Observations may link to the document's sources; a file may repeat one of them unchanged.
  const documentSources = new Map(document?.sources.map((source) => [source.id, source]));
  const context = document && {
    indicators: new Map(document.indicators.map((indicator) => [indicator.id, indicator])),
    units: new Set(document.units.map((unit) => unit.id)),
    sources: new Set(documentSources.keys()),
  };
  const result = safeParseWith<ObservationsFile>(
    ObservationsFileShape,
    input,
    (data, raw, report) => {
      const unchecked = new Set<string>();
      const file = data ?? {
        sources: isRecord(raw) ? parseEach<Source>(raw, "sources", SourceSchema, unchecked) : [],
        observations: isRecord(raw)
          ? parseEach<Observation>(raw, "observations", ObservationSchema, unchecked)
          : [],
      };
      checkObservationsFile(file, report, context);
      file.sources.forEach((source, i) => {
        const same = source && documentSources.get(source.id);
        if (same && JSON.stringify(same) !== JSON.stringify(source))
          report(
            ["sources", i, "id"],
            "unique-id",
            `source '${source?.id}' differs from the document's source with that id`,
          );
      });
    },
  );
  if (result.success) return result.data;
  throw invalidInput("parseObservationsFile", result.issues);
}

/**
 * Returns the JSON Schema (draft 2020-12) of a plan document, generated from the zod schema.
 * Cross-entity rules (unique ids, references) cannot be expressed in JSON Schema; validate with
 * {@link parsePlanDocument} for those.
 *
 * @returns The JSON Schema as a plain object.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { planDocumentJsonSchema } from "cast-plan/schemas";
 * planDocumentJsonSchema().$schema // => "https://json-schema.org/draft/2020-12/schema"
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export function planDocumentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanDocumentSchema, {
      target: "draft-2020-12",
      io: "input",
      unrepresentable: "any",
      override: localizedTextJsonOverride,
    }),
    title: "cast-plan plan document",
  };
}

/**
 * Returns the JSON Schema (draft 2020-12) of an observations file, generated from the zod schema.
 *
 * @returns The JSON Schema as a plain object.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { observationsFileJsonSchema } from "cast-plan/schemas";
 * observationsFileJsonSchema().type // => "object"
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export function observationsFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ObservationsFileSchema, {
      target: "draft-2020-12",
      io: "input",
      unrepresentable: "any",
      override: localizedTextJsonOverride,
    }),
    title: "cast-plan observations file",
  };
}
