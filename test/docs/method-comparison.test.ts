// The worked comparison in docs/guides/choosing.md (the chart in docs/media and the table) is what
// the library computes now (regenerate with `npx tsx scripts/method-comparison.ts`).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  GUIDE_PATH,
  renderComparisonSvg,
  renderGuide,
  SVG_PATH,
} from "../../scripts/method-comparison.js";

describe("the method comparison in the Choosing a method guide", () => {
  it("docs/media/method-comparison.svg is the current rendering", () => {
    expect(readFileSync(SVG_PATH, "utf8")).toBe(renderComparisonSvg());
  });

  it("the guide's table is the current comparison, one row per method and projection", () => {
    const text = readFileSync(GUIDE_PATH, "utf8");
    expect(text).toContain("<!-- method-comparison -->");
    expect(renderGuide(text)).toBe(text);
    expect(text).toMatch(/\| `escap` \| `\w/);
    expect(text).toMatch(/\| `logit` \| \d/);
  });
});
