import type {
  ItemScorecard,
  ScoreCheckpointOptions,
  ScorecardItem,
  ScorecardResult,
} from "./scorecard/types.js";

export type {
  ItemScorecard,
  ScoreCheckpointOptions,
  ScorecardItem,
  ScorecardResult,
} from "./scorecard/types.js";

import { checkScorecardInput, type Rated, rateItems } from "./scorecard/rate.js";

/**
 * The result of {@link scoreCheckpoint}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface CheckpointScorecard {
  /** The checkpoint evaluated. */
  checkpoint: "annual" | "mid-term" | "final";
  /** The scale id. */
  scaleId: string;
  /** The plan's overall scorecard, aggregated from its top-level items. */
  overall: Omit<ItemScorecard, "itemId" | "kind" | "heading" | "category" | "children">;
  /** One scorecard per top-level item, with their children. */
  items: ItemScorecard[];
}

/**
 * Scores a plan at a checkpoint from progress results: each result's category is mapped to a
 * level, and parents are rated by the weighted mean of their rated children.
 *
 * @remarks
 * A CONVENTION of this library (reference §B4.6). An item with its own result is rated from it
 * (a parent's own result wins over its children, which are still scored and shown). An item
 * without one is rated by `Σ w_c m_c / Σ w_c` over its rated children (`m_c` the children's
 * unrounded means, weights from `weight`, default 1), rounded to the scale with `rounding`.
 * Categories mapped to `null` and items without results are unrated and lower the coverage; they
 * are never counted as 0. Coverage is the share of the leaf items below an item that have a rated
 * result (an item rated from its own result covers its subtree); below `minimumCoverage`
 * (default 0.5, the data-availability threshold of composite indicators: COINr's `dat_thresh`,
 * https://bluefoxr.github.io/COINr/articles/aggregate.html) a parent's rating is withheld
 * (`withheld: true`, "insufficient evidence") and only its mean is kept.
 *
 * @param plan - The plan tree: `{ items }` (a `Plan` fits).
 * @param results - The progress results, at most one per item.
 * @param options - The checkpoint, scale, category mapping and rounding.
 * @returns The scorecard of the plan and of every item, each with its explanation and coverage.
 * @throws {@link CastPlanError} DUPLICATE_ID (`["items", …, "id"]`, `["results", i, "itemId"]`),
 *   UNKNOWN_ID (`["results", i, "itemId"]`, `["results", i, "category"]`), INVALID_WEIGHTS
 *   (`["items", …, "weight"]`), INVALID_ARGUMENT (a mapping value off the scale, path
 *   `["options", "categoryRatings", category]`, or a missing mapping).
 *
 * @example
 * ```ts
 * import { scoreCheckpoint, FOUR_POINT_SCALE } from "cast-plan";
 * const card = scoreCheckpoint(
 *   { items: [{ id: "area", children: [{ id: "t1" }, { id: "t2" }, { id: "t3" }] }] },
 *   [{ itemId: "t1", category: "maintain" }, { itemId: "t2", category: "accelerate" }, { itemId: "t3", category: "insufficient-data" }],
 *   { checkpoint: "mid-term", scale: FOUR_POINT_SCALE },
 * );
 * card.items[0]?.mean // => 3
 * card.items[0]?.coverage // ~> 0.6667
 * ```
 *
 * @see [Evaluation scoring: checkpoint scorecards](../../docs/guides/evaluation.md#checkpoint-scorecards)
 * @category Evaluation
 * @since 0.1.0
 */
export function scoreCheckpoint(
  plan: { readonly items: readonly ScorecardItem[] },
  results: readonly ScorecardResult[],
  options: ScoreCheckpointOptions,
): CheckpointScorecard {
  const context = checkScorecardInput("scoreCheckpoint", plan, results, options);
  const items = rateItems(plan.items, context);
  const overall: Rated = context.aggregate(items, "the plan");
  return {
    checkpoint: options.checkpoint,
    scaleId: options.scale.id,
    overall: {
      rating: overall.rating,
      mean: overall.mean,
      source: overall.source,
      coverage: overall.coverage,
      leaves: overall.leaves,
      ratedLeaves: overall.ratedLeaves,
      withheld: overall.withheld,
      explanation: overall.explanation,
    },
    items,
  };
}
