// A bad argument is reported under the name of the public function the caller called, even when
// that function delegates to another public function (issue 13: "assessIndicator: asOf …" from
// buildProgressReport).
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import * as lib from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";

const document = parsePlanDocument(castPlanDocument);
const skeleton = lib.generatePlanSkeleton(document, "outline");
// A JavaScript caller (or a cast) can still pass the string "2025": it must fail clearly.
const bad = "2025" as never;
const indicator = document.indicators[0] as lib.Indicator;

const calls: [string, () => unknown][] = [
  ["buildProgressReport", () => lib.buildProgressReport(document, { asOf: bad })],
  ["rollUpProgress", () => lib.rollUpProgress(document, { asOf: bad })],
  [
    "finalizeRollUp",
    () => lib.finalizeRollUp(document, lib.createRollUpState(document, []), { asOf: bad }),
  ],
  ["assessIndicator", () => lib.assessIndicator(indicator, document.observations, { asOf: bad })],
  ["toDayRange", () => lib.toDayRange(bad)],
  ["findPhasesAt", () => lib.findPhasesAt(skeleton, bad)],
  ["computeElapsedShare", () => lib.computeElapsedShare({ start: 2018, end: 2020 }, bad)],
];

describe("errors name the function the caller called", () => {
  it.each(calls)("%s", (name, call) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(lib.CastPlanError);
    expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
    expect((error as Error).message).toContain('"2025"');
  });

  it("keeps the code, the issues and the original error as cause", () => {
    let error: lib.CastPlanError | undefined;
    try {
      lib.buildProgressReport(document, { asOf: bad });
    } catch (e) {
      error = e as lib.CastPlanError;
    }
    expect(error?.code).toBe("INVALID_ARGUMENT");
    expect(error?.issues.map((i) => i.path)).toEqual([["asOf"]]);
    // The delegate that threw first: the roll-up, which the report runs before its lines.
    expect(String((error?.cause as Error | undefined)?.message)).toMatch(/^rollUpProgress: /);
  });
});
