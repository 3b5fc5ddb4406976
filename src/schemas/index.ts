/**
 * The zod schemas of cast-plan's model, the validating parsers, and the JSON Schema generators.
 * Import from `cast-plan/schemas`. Types inferred from these schemas are also exported (as types
 * only) from the root entry `cast-plan`, which does not load zod at run time.
 *
 * @packageDocumentation
 * @module cast-plan/schemas
 */
export {
  type ObservationsFile,
  ObservationsFileSchema,
  observationsFileJsonSchema,
  type PlanDocument,
  type PlanDocumentInput,
  PlanDocumentSchema,
  parseObservationsFile,
  parsePlanDocument,
  planDocumentJsonSchema,
  type SafeParseResult,
  type Source,
  SourceSchema,
  safeParsePlanDocument,
  toValidationIssues,
} from "./document.js";
export {
  type Assessment,
  AssessmentSchema,
  type Criterion,
  type CriterionInput,
  CriterionSchema,
  type RatingScale,
  RatingScaleSchema,
  type Rubric,
  RubricSchema,
} from "./evaluation.js";
export {
  type Aggregation,
  AggregationSchema,
  type Baseline,
  BaselineSchema,
  type Comparator,
  ComparatorSchema,
  type Direction,
  DirectionSchema,
  type Indicator,
  type IndicatorInput,
  IndicatorSchema,
  type Measure,
  MeasureSchema,
  type Observation,
  type ObservationInput,
  ObservationSchema,
  type ObservationStatus,
  ObservationStatusSchema,
  type Target,
  TargetSchema,
} from "./indicator.js";
export {
  type Alignment,
  AlignmentSchema,
  type Assignment,
  AssignmentSchema,
  type Cadence,
  CadenceSchema,
  type ItemKind,
  ItemKindSchema,
  type Phase,
  PhaseSchema,
  type Plan,
  type PlanInput,
  type PlanItem,
  type PlanItemInput,
  PlanItemSchema,
  type PlanKind,
  PlanKindSchema,
  PlanSchema,
  type Unit,
  UnitSchema,
} from "./plan.js";
export {
  type CalendarPoint,
  CalendarPointSchema,
  type Dimensions,
  DimensionsSchema,
  IdSchema,
  type IsoDate,
  IsoDateSchema,
  type LocalizedText,
  LocalizedTextSchema,
  type Period,
  PeriodSchema,
  type SourceLink,
  SourceLinkSchema,
  type SourceRef,
  SourceRefSchema,
  type YearMonth,
  YearMonthSchema,
  YearSchema,
} from "./primitives.js";
export {
  type ProgressReportJson,
  ProgressReportSchema,
  progressReportJsonSchema,
} from "./report.js";
