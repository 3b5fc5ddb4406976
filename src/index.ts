/**
 * cast-plan: typed models, the CAST outline and action plan as data, and pure functions for
 * progress, phase scheduling and evaluation scoring of strategic plans.
 *
 * The root entry holds the compute functions and the model's types; it never loads zod or the
 * CAST data at run time. Schemas live in `cast-plan/schemas`, the data in `cast-plan/data`.
 *
 * @packageDocumentation
 * @module cast-plan
 */

export * from "./documents/index.js";
export {
  CastPlanError,
  type CastPlanErrorCode,
  formatIssues,
  formatPath,
  type ValidationIssue,
} from "./errors/CastPlanError.js";
export * from "./evaluation/index.js";
export { parseObservationsCsv } from "./io/parseObservationsCsv.js";
export {
  addCalendarDays,
  type DayRange,
  differenceInCalendarDays,
  isCalendarPoint,
  toDayRange,
  toDecimalYear,
  weekdayOf,
} from "./period/calendar.js";
export {
  formatCalendarPoint,
  isLocale,
  LOCALES,
  type Locale,
  localize,
} from "./period/locale.js";
export * from "./progress/index.js";
export * from "./report/index.js";
export * from "./schedule/index.js";
export type {
  Aggregation,
  Alignment,
  Assessment,
  Assignment,
  Baseline,
  Cadence,
  CalendarPoint,
  Comparator,
  Criterion,
  Dimensions,
  Direction,
  Indicator,
  IsoDate,
  ItemKind,
  LocalizedText,
  LocalizedTextInput,
  Measure,
  Observation,
  ObservationStatus,
  ObservationsFile,
  Period,
  Phase,
  Plan,
  PlanDocument,
  PlanDocumentInput,
  PlanItem,
  PlanKind,
  RatingScale,
  Rubric,
  Source,
  SourceLink,
  SourceRef,
  Target,
  Unit,
  YearMonth,
} from "./schemas/index.js";
