// The report people read first (`npm start`): the CAST document as bundled, checked line by line
// for the defects a first reader met (issue 13, point 4). Expected texts come from the data
// (src/data/observations.ts) and hand arithmetic, not from the renderer's output.
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import { buildProgressReport, renderProgressReportText } from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";

const document = parsePlanDocument(castPlanDocument);
const text = renderProgressReportText(buildProgressReport(document, { asOf: "2026-12-01" }));
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

  it("says how many children of a roll-up row have no data", () => {
    // (3) Development goals: First By 2020 has data; Second By 2035 and Third by 2050 have none.
    expect(text).toMatch(
      / 66% {2}\(3\) Development goals {2}\(coverage 33%; 2 of 3 without data, not shown\)/,
    );
  });
});
