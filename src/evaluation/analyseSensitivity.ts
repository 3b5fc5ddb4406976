import { CastPlanError } from "../errors/CastPlanError.js";
import {
  buildCompositeIndex,
  type CompositeIndexConfig,
  type DecisionMatrix,
} from "./buildCompositeIndex.js";
import { aggregateRows, normaliseMatrix, resolveNormalisations } from "./composite/matrix.js";
import type { MeanKind } from "./computeWeightedMean.js";
import type { Normalisation } from "./normalise.js";
import { mulberry32 } from "./stats/random.js";
import { competitionRanks, quantileSorted } from "./stats/ranks.js";

/**
 * Options of {@link analyseSensitivity}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface AnalyseSensitivityOptions {
  /** The seed of the pseudo-random draws (an integer); the same seed gives the same result. */
  seed: number;
  /** The number of Monte Carlo runs, 1 … 1,000,000. */
  runs: number;
  /** Each weight is multiplied by a uniform factor in [1 − jitter, 1 + jitter]; 0 ≤ jitter < 1. */
  weightJitter: number;
  /** Normalisations to draw from uniformly in each run; default the config's one. */
  normalisations?: readonly (Normalisation | readonly Normalisation[])[];
  /** Aggregations to draw from uniformly in each run; default the config's one. */
  aggregations?: readonly MeanKind[];
}

/**
 * The rank distribution of one unit over the runs.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface UnitRankSensitivity {
  /** The unit id. */
  unitId: string;
  /** The unit's rank under the config itself (1 = best), or `null` when unscored. */
  referenceRank: number | null;
  /** The median rank over the runs where the unit was ranked. */
  medianRank: number | null;
  /** The 5th and 95th percentile ranks (R quantile type 7, linear interpolation). */
  rankRange: [number, number] | null;
  /** The best rank reached. */
  minRank: number | null;
  /** The worst rank reached. */
  maxRank: number | null;
  /** The largest |rank − referenceRank| over the runs. */
  maxShift: number | null;
  /** The number of runs in which the unit got a score. */
  rankedRuns: number;
}

/**
 * The result of {@link analyseSensitivity}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface SensitivityResult {
  /** One entry per unit, in input order. */
  units: UnitRankSensitivity[];
  /** The mean over runs of the average absolute rank shift `(1/N) Σ |rank_ref − rank|`. */
  averageRankShift: number;
  /** The number of runs. */
  runs: number;
  /** The seed used. */
  seed: number;
}

function invalid(key: string, message: string): never {
  throw new CastPlanError("INVALID_ARGUMENT", `analyseSensitivity: ${message}`, [
    { path: ["options", key], rule: "domain", message },
  ]);
}

/**
 * Runs a Monte Carlo uncertainty analysis of a composite index's ranking: random weights around
 * the config's, and optionally random normalisation and aggregation, reporting rank shifts.
 *
 * @remarks
 * Uncertainty analysis after Saisana, Saltelli & Tarantola (2005) and COINr
 * (https://github.com/bluefoxr/COINr, `vignettes/sensitivity.Rmd`): per unit the median rank and
 * the 5th–95th percentile band; overall the average absolute rank shift of CItools
 * `compare.compind`. Each run draws, from mulberry32 seeded with `seed`, one factor per weight,
 * then one normalisation index, then one aggregation index. Ranks use competition ranking; a unit
 * whose score is undefined in a run is left out of that run's statistics.
 *
 * @param matrix - The raw units × indicators values.
 * @param config - The reference config (weights, normalisation, aggregation).
 * @param options - The seed, the number of runs and what varies.
 * @returns Per unit the rank distribution; overall the average rank shift.
 * @throws {@link CastPlanError} as {@link buildCompositeIndex}, and INVALID_ARGUMENT for options
 *   out of their domain (path `["options", key]`).
 *
 * @example
 * ```ts
 * import { analyseSensitivity } from "cast-plan";
 * const result = analyseSensitivity(
 *   { units: ["a", "b"], indicators: [{ id: "x", direction: "increase" }, { id: "y", direction: "increase" }],
 *     values: [[10, 1], [1, 10]] },
 *   { weights: [0.5, 0.5], normalisation: { method: "min-max" } },
 *   { seed: 42, runs: 100, weightJitter: 0.2 },
 * );
 * result.units.map((unit) => unit.minRank) // => [1, 1]
 * result.units.map((unit) => unit.maxRank) // => [2, 2]
 * ```
 *
 * @see [Evaluation scoring: uncertainty analysis](../../docs/guides/evaluation.md#uncertainty-analysis)
 * @category Evaluation
 * @since 0.1.0
 */
export function analyseSensitivity(
  matrix: DecisionMatrix,
  config: CompositeIndexConfig,
  options: AnalyseSensitivityOptions,
): SensitivityResult {
  const fn = "analyseSensitivity";
  const reference = buildCompositeIndex(matrix, config);
  if (options === null || typeof options !== "object")
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: options must be an object`, [
      { path: ["options"], rule: "invalid_type", message: "options must be an object" },
    ]);
  const { seed, runs, weightJitter } = options;
  if (!Number.isSafeInteger(seed)) invalid("seed", "seed must be an integer");
  if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000)
    invalid("runs", "runs must be an integer from 1 to 1,000,000");
  if (!(typeof weightJitter === "number" && weightJitter >= 0 && weightJitter < 1))
    invalid("weightJitter", "weightJitter must be a number in [0, 1)");
  const n = matrix.units.length;
  const m = matrix.indicators.length;
  const choices = options.normalisations ?? [config.normalisation];
  const aggregations = options.aggregations ?? [config.aggregation ?? "arithmetic"];
  if (!Array.isArray(choices) || choices.length === 0)
    invalid("normalisations", "normalisations must be a non-empty array");
  if (!Array.isArray(aggregations) || aggregations.length === 0)
    invalid("aggregations", "aggregations must be a non-empty array");
  aggregations.forEach((kind, k) => {
    if (!["arithmetic", "geometric", "harmonic"].includes(kind))
      throw new CastPlanError("INVALID_ARGUMENT", `${fn}: unknown aggregation`, [
        {
          path: ["options", "aggregations", k],
          rule: "enum",
          message: "arithmetic, geometric or harmonic",
        },
      ]);
  });
  const matrices = choices.map((choice, k) =>
    normaliseMatrix(matrix, resolveNormalisations(fn, choice, m, ["options", "normalisations", k])),
  );
  const random = mulberry32(seed);
  const weights = new Float64Array(m);
  const scores = new Float64Array(n);
  const ranks = new Int32Array(n * runs);
  let shiftTotal = 0;
  for (let run = 0; run < runs; run++) {
    for (let j = 0; j < m; j++)
      weights[j] = (config.weights[j] as number) * (1 + weightJitter * (2 * random() - 1));
    const normalised = matrices[Math.floor(random() * matrices.length)] as Float64Array;
    const aggregation = aggregations[Math.floor(random() * aggregations.length)] as MeanKind;
    const runRanks = competitionRanks(aggregateRows(normalised, n, weights, aggregation, scores));
    ranks.set(runRanks, run * n);
    let shift = 0;
    let compared = 0;
    reference.units.forEach((unit, i) => {
      const rank = runRanks[i] as number;
      if (unit.rank !== null && rank > 0) {
        shift += Math.abs(unit.rank - rank);
        compared++;
      }
    });
    if (compared > 0) shiftTotal += shift / compared;
  }
  const units = reference.units.map((unit, i): UnitRankSensitivity => {
    const own: number[] = [];
    for (let run = 0; run < runs; run++) {
      const rank = ranks[run * n + i] as number;
      if (rank > 0) own.push(rank);
    }
    own.sort((a, b) => a - b);
    const base = { unitId: unit.unitId, referenceRank: unit.rank, rankedRuns: own.length };
    if (own.length === 0)
      return {
        ...base,
        medianRank: null,
        rankRange: null,
        minRank: null,
        maxRank: null,
        maxShift: null,
      };
    const minRank = own[0] as number;
    const maxRank = own[own.length - 1] as number;
    return {
      ...base,
      medianRank: quantileSorted(own, 0.5),
      rankRange: [quantileSorted(own, 0.05), quantileSorted(own, 0.95)],
      minRank,
      maxRank,
      maxShift: unit.rank === null ? null : Math.max(unit.rank - minRank, maxRank - unit.rank),
    };
  });
  return { units, averageRankShift: shiftTotal / runs, runs, seed };
}
