// Barrel of the evaluation functions; re-exported by src/index.ts.
export {
  type AnalyseSensitivityOptions,
  analyseSensitivity,
  type SensitivityResult,
  type UnitRankSensitivity,
} from "./analyseSensitivity.js";
export {
  buildCompositeIndex,
  type CompositeIndexConfig,
  type CompositeIndexResult,
  type CompositeUnitScore,
  type DecisionMatrix,
} from "./buildCompositeIndex.js";
export { FOUR_POINT_CATEGORY_RATINGS, SIX_POINT_CATEGORY_RATINGS } from "./categoryRatings.js";
export {
  type AhpResult,
  type ComputeAhpWeightsOptions,
  computeAhpWeights,
  SAATY_RANDOM_INDEX,
} from "./computeAhpWeights.js";
export {
  computeRankShift,
  type RankedAlternative,
  type RankShift,
  type RankShiftResult,
} from "./computeRankShift.js";
export {
  type ComputeSobolIndicesOptions,
  computeSobolIndices,
  type SobolIndex,
  type SobolResult,
} from "./computeSobolIndices.js";
export {
  computeWeightedMean,
  type MeanKind,
  type WeightedMeanResult,
} from "./computeWeightedMean.js";
export {
  type Normalisation,
  type NormalisationReason,
  type NormaliseOptions,
  type NormaliseResult,
  normalise,
} from "./normalise.js";
export {
  type CopelandAlternative,
  type CopelandResult,
  rankCopeland,
} from "./rankCopeland.js";
export { rankTopsis, type TopsisAlternative, type TopsisResult } from "./rankTopsis.js";
export {
  type AlternativeScore,
  rankWeightedSum,
  type WeightedSumResult,
} from "./rankWeightedSum.js";
export { FOUR_POINT_SCALE, SIX_POINT_SCALE, ZERO_TO_THREE_SCALE } from "./ratingScales.js";
export { type RescaleOcaScoreOptions, rescaleOcaScore } from "./rescaleOcaScore.js";
export { type RatingLevel, type Rounding, roundToScale } from "./roundToScale.js";
export {
  type BalancedScorecardKpi,
  type BalancedScorecardPerspective,
  type BalancedScorecardResult,
  type KpiScore,
  type PerspectiveScore,
  type ScoreBalancedScorecardOptions,
  scoreBalancedScorecard,
} from "./scoreBalancedScorecard.js";
export {
  type CheckpointScorecard,
  type ItemScorecard,
  type ScoreCheckpointOptions,
  type ScorecardItem,
  type ScorecardResult,
  scoreCheckpoint,
} from "./scoreCheckpoint.js";
export {
  type CapResult,
  type CriterionScoreInput,
  type RubricScore,
  type ScoredCriterion,
  type ScoreRubricOptions,
  scoreRubric,
} from "./scoreRubric.js";
export { validateRubric } from "./validateRubric.js";
