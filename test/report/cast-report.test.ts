// The report people read first (`npm start`): the CAST document as bundled, checked line by line
// for the defects a first reader met (issue 13, point 4). Expected texts come from the data
// (src/data/observations.ts) and hand arithmetic, not from the renderer's output.
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import { buildProgressReport, renderProgressReportText } from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";

const document = parsePlanDocument(castPlanDocument);
const json = buildProgressReport(document, { asOf: "2026-12-01" });
const text = renderProgressReportText(json);
const early = renderProgressReportText(buildProgressReport(document, { asOf: "2019-06-30" }));
/** The block of one indicator: from its name line to the next blank line. */
function block(report: string, name: string): string {
  const start = report.indexOf(`\n${name} [`);
  expect(start).toBeGreaterThan(0);
  return report.slice(start + 1, report.indexOf("\n\n", start + 1));
}

describe("the CAST progress report as people read it", () => {
  it("shows periods as written, never decimal years", () => {
    expect(text).not.toMatch(/\d{4}\.\d/);
    // Mobile museums: first observation 2019-05 (420 sets); caravans: 2020-07 (1,639 vehicles).
    expect(block(text, "Mobile science museums")).toContain(
      "! no baseline declared; the first observation (2019-05) is used",
    );
    expect(block(text, "Popular science caravans")).toContain(
      "! no baseline declared; the first observation (2020-07) is used",
    );
  });

  it("gives gaps in months where they are not whole years", () => {
    // 2019-05 → 2021-11 → 2021-12 → 2023-04 → 2023-09: 30, 1, 16 and 5 months.
    expect(block(text, "Mobile science museums")).toContain(
      "! gaps of 30, 1, 16, 5 months between observations",
    );
    // 2020-07 → 2023-09: 38 months (the 2021-12 figure carries a dimension and is not used).
    expect(block(text, "Popular science caravans")).toContain("! gaps of 38 months");
    // Literacy surveys 2015, 2018, 2020, 2022, 2023, 2024: whole years.
    expect(block(text, "Share of citizens with science literacy")).toContain(
      "! gaps of 3, 2, 2, 1, 1 years between observations",
    );
  });

  it("writes each target's year once", () => {
    const literacy = block(text, "Share of citizens with science literacy");
    expect(literacy).toContain("  2020 (CAST outline, first step): more than 10%\n");
    expect(literacy).toContain("  2035 (national outline 2021–2035): reach 25%\n");
    expect(text).not.toMatch(/(\d{4})[^\n]*\(\1 \(/);
  });

  it("shows a warning once per indicator", () => {
    for (const report of [text, early])
      for (const indicatorBlock of report.split("\n\n")) {
        const warnings = indicatorBlock.split("\n").filter((l) => l.trimStart().startsWith("! "));
        expect(new Set(warnings).size).toBe(warnings.length);
      }
    expect(block(text, "International conference brands formed")).toContain(
      "! no observation by 2026-12-01",
    );
    expect(text).not.toContain("by the assessment date");
  });

  it("shows counts without decimals and percentages with the data's two", () => {
    expect(block(text, "Mobile science museums")).toContain(
      "latest 657 (2023-09) · baseline 420 (2019-05, estimated) · 5 observations",
    );
    expect(block(text, "Popular science caravans")).toContain("latest 1764 (2023-09)");
    expect(block(text, "Share of citizens with science literacy")).toContain(
      "latest 15.37 (2024) · baseline 6.20 (2015)",
    );
    expect(text).not.toMatch(/\d\.00 (sets|vehicles|museums)/);
  });

  it("renders every figure that cannot be measured the same way", () => {
    // As of 2019-06-30 the rural middle-school museums have one observation (700, 2018-12), which
    // is also the baseline: no progress can be measured, and it must not read as 0%.
    const rural = block(early, "Science and technology museums at rural middle schools");
    expect(rural).toContain(
      `    ${"?".repeat(20)}   n/a  in progress — one observation only, and it is the baseline`,
    );
    for (const report of [text, early]) {
      expect(report).not.toMatch(/ {20} +0%/); // an empty bar reading 0%
      for (const line of report.split("\n").filter((l) => / n\/a /.test(l)))
        expect(line).toMatch(/\?{12,20} +n\/a /);
    }
  });

  it("says how many leaf items of a roll-up row have evidence, and how many children no data", () => {
    // (3) Development goals: its leaf items are the 7 action-plan goals aligned to step 2020, the
    // 5 goals of step 2035, and step 2050 (nothing below it): 13. Only goal 5 has data (science
    // literacy): 1 of 13 = 8%. Of its 3 children, steps 2035 and 2050 have no data.
    // Step 2020 shows 100% in its own row (the 2020 target) but counts 66% here, where the 2035
    // target is stated too: the row says so.
    expect(text).toContain(
      ' 66%  (3) Development goals  (coverage 8%: 1 of 13 items with evidence; 2 of 3 contributors without data, not shown; First By 2020 counts 66% here, judged against the target "2035 (CAST outline, second step): more than 20%")',
    );
    expect(text).toMatch(/ 100% {2}First By 2020 {2}\(coverage 14%: 1 of 7 items with evidence;/);
  });

  it("gives the same facts in the JSON rows (format @3)", () => {
    expect(json.format).toBe("cast-plan/progress-report@3");
    const row = (id: string) => json.items.find((r) => r.id === id);
    expect(row("outline.goals")?.leaves).toEqual({ total: 13, withEvidence: 1 });
    expect(
      row("outline.goals")?.judgedHere.map((j) => [j.id, j.targets.map((t) => t.targetId)]),
    ).toEqual([["outline.step.2020", ["ind.science-literacy.t2035-outline"]]]);
    expect(row("outline.task.6")?.duplicates).toEqual([
      {
        indicatorId: "ind.science-literacy",
        indicator: { en: "Share of citizens with science literacy", zh: "具备科学素质的比例" },
        through: [
          {
            id: "ap2018.action.15",
            heading: { en: "15 Further promote the national science literacy action" },
          },
        ],
      },
    ]);
    expect(row("outline.task.6")?.flags).toEqual(["estimated"]);
  });

  it("counts science literacy once in task 6, and marks estimated figures", () => {
    // Science literacy measures task 6 directly and through action 15 aligned to it: counted once.
    // Task 6 = (0.664493 (action 15) + 1 (action 16)) / 2 = 0.832 → 83%; action 16's museums
    // rest on an estimated baseline (420, 2019-05), so the figure is marked (e).
    expect(text).toContain(
      " 83% (e)  6 Improve the science literacy of the whole Chinese people  (coverage 33%: 2 of 6 items with evidence; 4 of 6 contributors without data, not shown; Share of citizens with science literacy counted once, through 15 Further promote the national science literacy action)",
    );
    expect(text).toContain("  Marks: (e) some figure is estimated\n");
  });
});
