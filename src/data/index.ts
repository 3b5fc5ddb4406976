/**
 * The CAST outline (2018–2050) and its Three-Year Action Plan (2018–2020) as typed data: every
 * numbered item with its heading as printed, the indicators with every target the documents state
 * (and the later national targets beside them), confirmed observations with their sources, the
 * cadences, and editorial cross-references. Import from `cast-plan/data`; the same document ships
 * as JSON at `cast-plan/data/cast-plan.json`.
 *
 * @packageDocumentation
 * @module cast-plan/data
 */
import type { PlanDocumentInput } from "../schemas/document.js";
import { actionPlan } from "./actionPlan.js";
import { alignments } from "./alignments.js";
import { indicators } from "./indicators.js";
import { observations } from "./observations.js";
import { outlinePlan } from "./outline.js";
import { sources } from "./sources.js";

/**
 * The CAST plan document: the outline (plan id `outline`) and the Three-Year Action Plan (plan id
 * `ap2018`) with their indicators, targets, observations, sources and alignment links.
 *
 * @remarks
 * Ids follow `<planId>.<kind>.<number>` for items (for example `outline.task.6`,
 * `ap2018.action.16`), `ind.<slug>` for indicators, `<indicatorId>.t<year>-<document>` for targets,
 * `obs.<slug>.<period>[.<dimension>-<value>]` for observations, `al.<from>:<to>` for alignment
 * links and `src.<slug>` for sources. Released ids never change. Summaries, alignment links and
 * implied deadlines are editorial; headings, numbers, targets and quotes follow the plan text.
 * Validate or normalise it with `parsePlanDocument` from `cast-plan/schemas`. See the dataset
 * guide for the sources and the editorial choices.
 *
 * @example
 * ```ts
 * import { castPlanDocument } from "cast-plan/data";
 * castPlanDocument.schemaVersion // => 1
 * castPlanDocument.plans.map((p) => p.id) // => ["outline", "ap2018"]
 * castPlanDocument.indicators?.find((i) => i.id === "ind.science-literacy")?.targets?.map((t) => t.value) // => [10, 10, 15, 20, 25]
 * ```
 *
 * @category Data
 * @since 0.1.0
 */
export const castPlanDocument: PlanDocumentInput = {
  schemaVersion: 1,
  plans: [outlinePlan, actionPlan],
  externalPlans: [
    {
      id: "national-literacy-2021",
      title: {
        en: "Outline of the Nationwide Scientific Literacy Action Plan (2021–2035)",
        zh: "全民科学素质行动规划纲要（2021—2035年）",
      },
      source: "src.national-outline-2021",
    },
  ],
  sources,
  indicators,
  observations,
  alignments,
};
