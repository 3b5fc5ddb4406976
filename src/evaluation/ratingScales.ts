import type { RatingScale } from "../schemas/index.js";
import { freezeDeep } from "./tables/freeze.js";

/**
 * The 4-point scale High (4) / Substantial (3) / Modest (2) / Negligible (1), 4 = best.
 *
 * @remarks
 * Labels as the World Bank IEG sub-ratings are widely reported to use (the 4-point scale itself
 * is confirmed at https://ieg.worldbankgroup.org/data; the labels are unverified).
 *
 * @example
 * ```ts
 * import { FOUR_POINT_SCALE } from "cast-plan";
 * FOUR_POINT_SCALE.levels.map((level) => level.value) // => [4, 3, 2, 1]
 * ```
 *
 * @category Evaluation
 * @since 0.1.0
 */
export const FOUR_POINT_SCALE: RatingScale = /* @__PURE__ */ freezeDeep({
  id: "four-point",
  name: "4-point High–Negligible",
  levels: [
    { value: 4, label: "High", code: "H" },
    { value: 3, label: "Substantial", code: "S" },
    { value: 2, label: "Modest", code: "M" },
    { value: 1, label: "Negligible", code: "N" },
  ],
});

/**
 * The 6-point scale Highly Satisfactory (6) … Highly Unsatisfactory (1), as used by UNEP and the
 * World Bank IEG for outcome ratings.
 *
 * @remarks
 * Sources: https://web.unep.org/evaluation/learning/facts-figures and
 * https://ieg.worldbankgroup.org/data (HS, S, MS, MU, U, HU).
 *
 * @example
 * ```ts
 * import { SIX_POINT_SCALE } from "cast-plan";
 * SIX_POINT_SCALE.levels.map((level) => level.code) // => ["HS", "S", "MS", "MU", "U", "HU"]
 * ```
 *
 * @category Evaluation
 * @since 0.1.0
 */
export const SIX_POINT_SCALE: RatingScale = /* @__PURE__ */ freezeDeep({
  id: "six-point",
  name: "6-point Highly Satisfactory–Highly Unsatisfactory",
  levels: [
    { value: 6, label: "Highly Satisfactory", code: "HS" },
    { value: 5, label: "Satisfactory", code: "S" },
    { value: 4, label: "Moderately Satisfactory", code: "MS" },
    { value: 3, label: "Moderately Unsatisfactory", code: "MU" },
    { value: 2, label: "Unsatisfactory", code: "U" },
    { value: 1, label: "Highly Unsatisfactory", code: "HU" },
  ],
});

/**
 * The ADB-style 0–3 criterion scale: 3 Highly successful, 2 Successful, 1 Less than successful,
 * 0 Unsuccessful.
 *
 * @remarks
 * ADB's four overall categories are documented at
 * https://www.adb.org/site/evaluation/portfolio-performance; scoring each criterion 0–3 is
 * reported but unverified — verify against the guideline edition you follow before use.
 *
 * @example
 * ```ts
 * import { ZERO_TO_THREE_SCALE } from "cast-plan";
 * ZERO_TO_THREE_SCALE.levels.length // => 4
 * ```
 *
 * @category Evaluation
 * @since 0.1.0
 */
export const ZERO_TO_THREE_SCALE: RatingScale = /* @__PURE__ */ freezeDeep({
  id: "zero-to-three",
  name: "0–3 (ADB-style)",
  levels: [
    { value: 3, label: "Highly successful", code: "HS" },
    { value: 2, label: "Successful", code: "S" },
    { value: 1, label: "Less than successful", code: "LS" },
    { value: 0, label: "Unsuccessful", code: "US" },
  ],
});
