// The worked comparison of docs/guides/choosing.md: the CAST science-literacy series under every
// projection (docs/media/method-comparison.svg, drawn with renderTrajectorySvg) and under every
// series method (the table between <!-- method-comparison --> and <!-- /method-comparison -->),
// computed with the library itself. test/docs/method-comparison.test.ts fails when they drift.
// Run: npx tsx scripts/method-comparison.ts
import { readFileSync, writeFileSync } from "node:fs";
import { castPlanDocument } from "../src/data/index.js";
import {
  assessIndicator,
  assessProgress,
  type Indicator,
  type Observation,
  PROGRESS_METHODS,
  type ProgressSeries,
  type ProjectionKind,
  projectSeries,
  renderTrajectorySvg,
} from "../src/index.js";

export const COMPARISON_AS_OF = "2026-11-28";
export const SVG_PATH = "docs/media/method-comparison.svg";
export const GUIDE_PATH = "docs/guides/choosing.md";
const PROJECTIONS: readonly ProjectionKind[] = [
  "linear",
  "weighted-linear",
  "cagr",
  "average-annual-change",
  "logit",
];
const TARGET = { value: 25, year: 2035 } as const;

function literacySeries(): ProgressSeries & {
  limits: { min?: number | undefined; max?: number | undefined };
} {
  const indicator = castPlanDocument.indicators?.find(
    (i) => i.id === "ind.science-literacy",
  ) as Indicator;
  const assessment = assessIndicator(
    indicator,
    (castPlanDocument.observations ?? []) as readonly Observation[],
    { asOf: COMPARISON_AS_OF, projection: "linear" },
  );
  return {
    years: assessment.series.years,
    values: assessment.series.values,
    direction: "increase",
    target: TARGET,
    limits: indicator.naturalLimits ?? {},
  };
}

/** The comparison chart: observations, the 2035 target, and each projection to 2035. */
export function renderComparisonSvg(): string {
  const s = literacySeries();
  const last = s.years.length - 1;
  const start = { year: s.years[last] ?? 0, value: s.values[last] ?? 0 };
  const projections = PROJECTIONS.map((kind) => {
    const points = [start];
    for (let y = Math.floor(start.year) + 1; y <= TARGET.year; y++) {
      const p = projectSeries(s.years, s.values, { kind, targetYear: y, limits: s.limits });
      if (p.status === "measured") points.push({ year: y, value: p.projected });
    }
    return { label: kind, points };
  });
  return renderTrajectorySvg({
    title: "Science literacy (% of adults): each projection to 2035",
    unit: "%",
    observed: s.years.map((year, i) => ({ year, value: s.values[i] ?? 0 })),
    baseline: { year: 2015, value: 6.2 },
    targets: [{ ...TARGET, label: "2035: 25" }],
    projections,
    width: 760,
    height: 420,
  });
}

function fmt(x: number | undefined, digits = 2): string {
  return x === undefined || !Number.isFinite(x) ? "–" : x.toFixed(digits);
}

/** The Markdown table: each method's category, and each projection's 2035 value. */
export function renderComparisonTable(): string {
  const s = literacySeries();
  const rows = ["| method | category | notes |", "| --- | --- | --- |"];
  for (const method of PROGRESS_METHODS) {
    const r = assessProgress(s, { method });
    if (r.status === "measured") {
      const warnings = r.warnings?.map((w) => `\`${w.code}\``).join(", ") ?? "";
      rows.push(`| \`${method}\` | \`${r.category}\` | ${warnings || "–"} |`);
    } else rows.push(`| \`${method}\` | unmeasurable | \`${r.reason}\` |`);
  }
  rows.push("", "| projection | value in 2035 | rate |", "| --- | ---: | ---: |");
  for (const kind of PROJECTIONS) {
    const p = projectSeries(s.years, s.values, {
      kind,
      targetYear: TARGET.year,
      limits: s.limits,
    });
    rows.push(
      p.status === "measured"
        ? `| \`${kind}\` | ${fmt(p.projected)} | ${fmt(p.rate, 4)} |`
        : `| \`${kind}\` | unmeasurable | \`${p.reason}\` |`,
    );
  }
  return `${rows.join("\n")}\n`;
}

/** The guide with its comparison table regenerated. */
export function renderGuide(text: string): string {
  return text.replace(
    /<!-- method-comparison -->\n[\s\S]*?<!-- \/method-comparison -->/,
    `<!-- method-comparison -->\n${renderComparisonTable()}<!-- /method-comparison -->`,
  );
}

if (process.argv[1]?.endsWith("method-comparison.ts")) {
  writeFileSync(SVG_PATH, renderComparisonSvg());
  writeFileSync(GUIDE_PATH, renderGuide(readFileSync(GUIDE_PATH, "utf8")));
  console.log(`updated ${SVG_PATH} and the table of ${GUIDE_PATH}`);
}
