// The API lock: every export of the three entry points, types included, with its kind (function,
// class, const, interface, type, and whether it is exported as a type only). Adding, removing or
// changing the kind of an export fails here until test/package/api-report.json is regenerated
// (`npx tsx scripts/api-report.ts --write`) and the diff reviewed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiReport, REPORT_PATH } from "../../scripts/api-report.js";

describe("public API report", () => {
  it("matches the committed test/package/api-report.json", () => {
    const committed = JSON.parse(readFileSync(REPORT_PATH, "utf8"));
    expect(apiReport()).toEqual(committed);
  });
});
