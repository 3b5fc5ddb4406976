// A checkpoint scorecard: the Three-Year Action Plan's final evaluation (at the end of its third
// year) from the progress engine's results on the real data, on the six-point scale.
//
// Run: npm run example:scorecard
import { castPlanDocument } from "../src/data/index.js";
import {
  assessIndicator,
  type ItemScorecard,
  type PlanItem,
  type ScorecardItem,
  type ScorecardResult,
  SIX_POINT_SCALE,
  scoreCheckpoint,
} from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";

const document = parsePlanDocument(castPlanDocument);
const plan = document.plans.find((p) => p.id === "ap2018");
if (!plan) throw new Error("the action plan is missing");
const asOf = "2021-03-31"; // the final evaluation, three months after the plan's end

// Each indicator that measures an item becomes a leaf under it, rated from its result.
const tree = (item: PlanItem): ScorecardItem => ({
  id: item.id,
  heading: `${item.number ?? ""} ${item.heading.en}`.trim(),
  children: [
    ...item.children.map(tree),
    ...document.indicators
      .filter((i) => i.measures.includes(item.id))
      .map((i) => ({ id: `${item.id}#${i.id}`, heading: i.name.en })),
  ],
});

const results: ScorecardResult[] = [];
for (const indicator of document.indicators) {
  const assessment = assessIndicator(indicator, document.observations, { asOf, detail: "summary" });
  // The action plan is rated against the targets it states itself.
  const own = assessment.targets.find((t) =>
    indicator.targets.find((x) => x.id === t.targetId)?.statedIn?.startsWith("ap2018."),
  );
  if (!own) continue;
  const category =
    own.milestone.status === "measured" ? own.milestone.milestone : "insufficient-data";
  for (const itemId of indicator.measures.filter((m) => m.startsWith("ap2018."))) {
    results.push({ itemId: `${itemId}#${indicator.id}`, category });
  }
}

const card = scoreCheckpoint({ items: plan.items.map(tree) }, results, {
  checkpoint: "final",
  scale: SIX_POINT_SCALE,
});
console.log(`Three-Year Action Plan, final evaluation as of ${asOf}`);
console.log(
  `Overall: ${card.overall.rating?.label ?? "not rated"} (coverage ${Math.round(card.overall.coverage * 100)}% of top-level items)\n`,
);
const print = (items: readonly ItemScorecard[], depth: number) => {
  for (const item of items) {
    if (item.rating === null) continue;
    console.log(
      `${"  ".repeat(depth)}${item.rating.code ?? ""} ${item.rating.label.en.padEnd(24)} ${item.heading ?? item.itemId}`,
    );
    print(item.children, depth + 1);
  }
};
print(card.items, 0);
console.log(
  "\nItems without an indicator are not rated: the plan's data states targets for few actions.",
);
