import { freezeDeep } from "./tables/freeze.js";

/**
 * The default mapping of progress categories onto the 4-point scale ({@link FOUR_POINT_SCALE});
 * `null` = not rated (reported and shown in the coverage, never scored as 0).
 *
 * @remarks
 * A CONVENTION of this library, not a published table. It covers the categories of the progress
 * functions: ESCAP (`maintain` 4, `accelerate` 2, `reverse` 1, `insufficient-data` and
 * `target-year-passed` not rated), milestones (`achieved-early` and `achieved-on-time` 4,
 * `achieved-late` 3, `missed` 1, `active`, `not-yet-started` and `not-started` not rated),
 * Eurostat (`significant-progress` 4, `moderate-progress` 3, `insufficient-progress` 2,
 * `moderate-movement-away`, `movement-away` and `significant-movement-away` 1) and Statistics Canada
 * (`target-achieved` and `substantial-progress` 4, `moderate-progress` 3, `limited-progress` 2,
 * `deterioration` 1). Pass your own mapping to change it.
 *
 * @example
 * ```ts
 * import { FOUR_POINT_CATEGORY_RATINGS } from "cast-plan";
 * FOUR_POINT_CATEGORY_RATINGS["accelerate"] // => 2
 * FOUR_POINT_CATEGORY_RATINGS["insufficient-data"] // => null
 * ```
 *
 * @category Evaluation
 * @since 0.1.0
 */
export const FOUR_POINT_CATEGORY_RATINGS: Readonly<Record<string, number | null>> =
  /* @__PURE__ */ freezeDeep({
    maintain: 4,
    accelerate: 2,
    reverse: 1,
    "insufficient-data": null,
    "target-year-passed": null,
    "achieved-early": 4,
    "achieved-on-time": 4,
    "achieved-late": 3,
    missed: 1,
    active: null,
    "not-yet-started": null,
    "not-started": null,
    "significant-progress": 4,
    "moderate-progress": 3,
    "insufficient-progress": 2,
    "moderate-movement-away": 1,
    "movement-away": 1,
    "significant-movement-away": 1,
    "target-achieved": 4,
    "substantial-progress": 4,
    "limited-progress": 2,
    deterioration: 1,
  });

/**
 * The default mapping of progress categories onto the 6-point scale ({@link SIX_POINT_SCALE}).
 *
 * @remarks
 * A CONVENTION: ESCAP `maintain` 5 (S), `accelerate` 3 (MU), `reverse` 1 (HU); milestones
 * `achieved-early` 6 (HS), `achieved-on-time` 5, `achieved-late` 4 (MS), `missed` 2 (U); Eurostat
 * `significant-progress` 5, `moderate-progress` 4, `insufficient-progress` 3,
 * `moderate-movement-away` 2, `movement-away` and `significant-movement-away` 1; Statistics Canada
 * `target-achieved` 6, `substantial-progress` 5, `moderate-progress` 4, `limited-progress` 3,
 * `deterioration` 1. `insufficient-data`, `target-year-passed`, `active`, `not-yet-started` and
 * `not-started` are not rated.
 *
 * @example
 * ```ts
 * import { SIX_POINT_CATEGORY_RATINGS } from "cast-plan";
 * SIX_POINT_CATEGORY_RATINGS["maintain"] // => 5
 * ```
 *
 * @category Evaluation
 * @since 0.1.0
 */
export const SIX_POINT_CATEGORY_RATINGS: Readonly<Record<string, number | null>> =
  /* @__PURE__ */ freezeDeep({
    maintain: 5,
    accelerate: 3,
    reverse: 1,
    "insufficient-data": null,
    "target-year-passed": null,
    "achieved-early": 6,
    "achieved-on-time": 5,
    "achieved-late": 4,
    missed: 2,
    active: null,
    "not-yet-started": null,
    "not-started": null,
    "significant-progress": 5,
    "moderate-progress": 4,
    "insufficient-progress": 3,
    "moderate-movement-away": 2,
    "movement-away": 1,
    "significant-movement-away": 1,
    "target-achieved": 6,
    "substantial-progress": 5,
    "limited-progress": 3,
    deterioration: 1,
  });
