// Barrel of the progress functions; re-exported by src/index.ts.

export {
  type AssessByDimensionOptions,
  assessByDimension,
  type DimensionAssessment,
  type GroupGap,
} from "./assessByDimension.js";
export { assessDns, type DnsAssessment, type DnsOptions, type DnsSymbol } from "./assessDns.js";
export {
  assessEscap,
  type EscapAnticipated,
  type EscapAssessment,
  type EscapCategory,
  type EscapOptions,
} from "./assessEscap.js";
export {
  assessEurostat,
  type EurostatAssessment,
  type EurostatCategory,
  type EurostatOptions,
} from "./assessEurostat.js";
export {
  type AssessIndicatorOptions,
  assessIndicator,
  type IndicatorAssessment,
  type TargetAssessment,
} from "./assessIndicator.js";
export {
  assessLinear,
  type LinearAssessment,
  type LinearCategory,
  type LinearOptions,
} from "./assessLinear.js";
export {
  assessMilestone,
  type Milestone,
  type MilestoneInput,
  type MilestoneStatus,
} from "./assessMilestone.js";
export {
  type AssessProgressOptions,
  assessProgress,
  type ProgressAssessment,
  type ProgressAssessmentByMethod,
} from "./assessProgress.js";
export {
  assessStatCan,
  type StatCanAssessment,
  type StatCanOptions,
  type StatCanStatus,
} from "./assessStatCan.js";
export {
  assessUnsd,
  type UnsdAssessment,
  type UnsdCategory,
  type UnsdOptions,
} from "./assessUnsd.js";
export {
  type CombinedObservations,
  type CombineObservationsOptions,
  combineObservations,
} from "./combineObservations.js";
export {
  type AnnualChangeRatio,
  computeAnnualChangeRatio,
} from "./computeAnnualChangeRatio.js";
export {
  computeDistanceShare,
  type DistanceShare,
  type DistanceShareInput,
} from "./computeDistanceShare.js";
export {
  computeIatiProgress,
  type IatiProgress,
  type IatiProgressInput,
} from "./computeIatiProgress.js";
export {
  computeOkrProgress,
  type KeyResultInput,
  type OkrProgress,
} from "./computeOkrProgress.js";
export { computePaceIndex, type PaceIndex, type PaceIndexInput } from "./computePaceIndex.js";
export { computeTimeShare, type TimeShare, type TimeShareInput } from "./computeTimeShare.js";
export {
  createRollUpState,
  type PeriodAccumulator,
  type PeriodTable,
  type PeriodTableUnits,
  type RollUpState,
  type UnitReports,
} from "./createRollUpState.js";
export { createRollUpWorkspace, type RollUpWorkspace } from "./createRollUpWorkspace.js";
export {
  finalizeRollUp,
  type RollUp,
  type RollUpDuplicate,
  type RollUpFlag,
  type RollUpNode,
  type RollUpOptions,
} from "./finalizeRollUp.js";
export {
  type ForecastTargetYearOptions,
  forecastTargetYear,
  type TargetYearForecast,
} from "./forecastTargetYear.js";
export { mergeRollUpStates } from "./mergeRollUpStates.js";
export {
  type PreparedRollUp,
  type PrepareRollUpOptions,
  prepareRollUp,
  type RollUpTables,
} from "./prepareRollUp.js";
export { type Projection, type ProjectSeriesOptions, projectSeries } from "./projectSeries.js";
export {
  ROLL_UP_COMPLETENESS_BITS,
  ROLL_UP_FLAGS,
  ROLL_UP_REASONS,
  type RollUpColumns,
  type RollUpColumnsOptions,
  type RollUpNodeColumns,
  rollUpColumns,
} from "./rollUpColumns.js";
export { rollUpProgress } from "./rollUpProgress.js";
export {
  type ObservationColumns,
  type RollUpFromColumnsOptions,
  type RollUpSummary,
  rollUpProgressFromColumns,
} from "./rollUpProgressFromColumns.js";
export {
  type EurostatTerm,
  type EurostatWindow,
  selectEurostatWindow,
} from "./selectEurostatWindow.js";
export { toObservationColumns } from "./toObservationColumns.js";
export {
  type CompletenessOptions,
  type CompletenessPolicy,
  type ImputationKind,
  type IncompletePeriod,
  type IndicatorCompleteness,
  type InputsUsed,
  type Measured,
  PROGRESS_METHODS,
  PROJECTION_KINDS,
  type ProgressDirection,
  type ProgressMethod,
  type ProgressMethodResult,
  type ProgressOutcome,
  type ProgressSeries,
  type ProgressTarget,
  type ProgressWarning,
  type ProgressWarningCode,
  type ProjectionKind,
  type UndeclaredReport,
  type Unmeasurable,
} from "./types.js";
