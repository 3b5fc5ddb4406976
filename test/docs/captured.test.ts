// The CLI output and images shown in the guides are exactly what the CLI prints now
// (regenerate with `npx tsx scripts/capture-docs.ts`).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAPTURE_AS_OF, capture, renderCaptures } from "../../scripts/capture-docs.js";

describe("captured CLI output in the docs", () => {
  it("docs/guides/cli.md shows the current report", async () => {
    const text = readFileSync("docs/guides/cli.md", "utf8");
    expect(text).toContain("<!-- capture: report");
    expect(await renderCaptures(text)).toBe(text);
  });

  it("docs/media SVGs are the current renderings", async () => {
    expect(readFileSync("docs/media/science-literacy.svg", "utf8")).toBe(
      await capture([
        "report",
        "--as-of",
        CAPTURE_AS_OF,
        "--format",
        "svg",
        "--indicator",
        "ind.science-literacy",
      ]),
    );
    expect(readFileSync("docs/media/cast-calendar.svg", "utf8")).toBe(
      await capture([
        "schedule",
        "--plan-id",
        "outline",
        "--as-of",
        CAPTURE_AS_OF,
        "--format",
        "svg",
      ]),
    );
  });
});
