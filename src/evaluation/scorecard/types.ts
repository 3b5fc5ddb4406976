// Types shared by scoreCheckpoint and scorecard/rate.ts (exported through scoreCheckpoint.ts).
import type { RatingScale } from "../../schemas/index.js";
import type { RatingLevel, Rounding } from "../rubric/types.js";

/**
 * A node of the plan tree a scorecard is built for; `PlanItem` fits.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface ScorecardItem {
  /** The item id, unique in the tree. */
  readonly id: string;
  /** The item's kind, such as `task` or `area`. */
  readonly kind?: string | undefined;
  /** The item's heading. */
  readonly heading?: string | undefined;
  /** The weight among siblings; default 1. */
  readonly weight?: number | undefined;
  /** The items below. */
  readonly children?: readonly ScorecardItem[] | undefined;
}

/**
 * One progress result for an item, as produced (after adaptation) by any progress engine.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface ScorecardResult {
  /** The id of the item assessed. */
  readonly itemId: string;
  /** The progress category, such as `maintain`, `accelerate` or `achieved-late`. */
  readonly category: string;
  /** A number behind the category, such as a progress ratio, shown in the explanation. */
  readonly value?: number | undefined;
  /** The progress engine's own explanation. */
  readonly explanation?: string | undefined;
}

/**
 * Options of {@link scoreCheckpoint}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface ScoreCheckpointOptions {
  /** The checkpoint evaluated. */
  checkpoint: "annual" | "mid-term" | "final";
  /** The rating scale. */
  scale: RatingScale;
  /**
   * Category → level value (`null` = not rated). Default {@link FOUR_POINT_CATEGORY_RATINGS} for
   * the scale id `four-point`, {@link SIX_POINT_CATEGORY_RATINGS} for `six-point`; required otherwise.
   */
  categoryRatings?: Readonly<Record<string, number | null>>;
  /** How a parent's weighted mean is rounded to a level; default `half-away-from-zero`. */
  rounding?: Rounding;
  /**
   * The share of leaf items (0–1) that must have a rated result before an aggregated item, or the
   * plan, gets a rating; below it the rating is withheld (`withheld: true`, "insufficient
   * evidence"), though the mean of what was rated is kept. Default 0.5: at least half of the
   * evidence a rating stands for. This is the data-availability threshold of composite
   * indicators (COINr's `dat_thresh`, OECD/JRC Handbook §B3); 0 rates on any evidence.
   */
  minimumCoverage?: number;
}

/**
 * The scorecard of one item.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface ItemScorecard {
  /** The item id. */
  itemId: string;
  /** The item's kind, when given. */
  kind?: string;
  /** The item's heading, when given. */
  heading?: string;
  /** The rating, or `null` when the item and all its children are unrated. */
  rating: RatingLevel | null;
  /** The unrounded score: the mapped level value, or the weighted mean of the rated children. */
  mean: number | null;
  /** `result` (its own result), `children` (aggregated) or `none`. */
  source: "result" | "children" | "none";
  /** The category of the item's own result, when it has one. */
  category?: string;
  /**
   * The share of the leaf items below (the item itself for a leaf) that have a rated result: the
   * evidence behind the rating. An item rated from its own result has coverage 1.
   */
  coverage: number;
  /** The number of leaf items below (1 for a leaf). */
  leaves: number;
  /** How many of them have a rated result. */
  ratedLeaves: number;
  /** Whether a rating was withheld because `coverage` is below `minimumCoverage`. */
  withheld: boolean;
  /** A sentence explaining the rating. */
  explanation: string;
  /** The children's scorecards. */
  children: ItemScorecard[];
}
