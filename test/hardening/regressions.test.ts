// Regression tests for the bugs the property tests in this folder found (all fixed), each as the
// smallest case that showed it, asserting the correct behaviour. Bug 2 was a hang, so its cases
// run in a child process with a timeout.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  CastPlanError,
  isCalendarPoint,
  renderGanttSvg,
  renderProgressBar,
  renderTrajectorySvg,
} from "../../src/index.js";
import {
  parseObservationsFile,
  parsePlanDocument,
  safeParsePlanDocument,
} from "../../src/schemas/index.js";

/** A one-plan document around `plan` fields. */
function doc(plan: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    plans: [
      {
        id: "p",
        kind: "other",
        title: { en: "Plan" },
        issuer: "X",
        period: { start: 2028, end: "2028-09-30" },
        items: [{ id: "i", kind: "task", heading: "Task" }],
        ...plan,
      },
    ],
    ...extra,
  };
}

describe("bug 1: the end of a month is compared as day 31 (src/schemas/primitives.ts lastDayKey)", () => {
  // lastDayKey("2028-09") returns "2028-09-31", a day that does not exist; string comparison with
  // a real day then puts the month's end after 2028-09-30, which is the same day.

  it("a phase ending with month 2028-09 lies inside a plan ending on day 2028-09-30", () => {
    // September has 30 days, so "2028-09" ends on 2028-09-30: inside the plan period.
    const r = safeParsePlanDocument(
      doc({
        phases: [
          { id: "ph", name: "Q3", kind: "other", period: { start: "2028-07", end: "2028-09" } },
        ],
      }),
    );
    expect(r.success ? [] : r.issues).toEqual([]);
  });

  it("an item deadline 2023-02 lies inside a plan ending on 2023-02-28", () => {
    // February 2023 has 28 days, so the month ends on the plan's last day.
    const r = safeParsePlanDocument(
      doc({
        period: { start: 2023, end: "2023-02-28" },
        items: [{ id: "i", kind: "goal", heading: "Goal", deadline: "2023-02" }],
      }),
    );
    expect(r.success ? [] : r.issues).toEqual([]);
  });

  it("targets with deadlines 2030-04 then 2030-04-30 are in order (both end on 2030-04-30)", () => {
    const r = safeParsePlanDocument(
      doc(
        {},
        {
          indicators: [
            {
              id: "ind",
              name: "Indicator",
              measure: "count",
              unit: "events",
              direction: "increase",
              aggregation: "sum",
              targets: [
                { id: "t1", deadline: "2030-04", comparator: ">=", value: 1 },
                { id: "t2", deadline: "2030-04-30", comparator: ">=", value: 2 },
              ],
            },
          ],
        },
      ),
    );
    expect(r.success ? [] : r.issues).toEqual([]);
  });
});

/**
 * Runs `renderTrajectorySvg(input)` in a child process (a hang cannot be interrupted in-process)
 * and returns whether it finished within `ms` and what it printed.
 */
function renderTrajectoryInChild(
  input: unknown,
  ms: number,
): { finished: boolean; output: string } {
  const url = pathToFileURL(resolve("src/index.ts")).href;
  const code = `const { renderTrajectorySvg } = await import(${JSON.stringify(url)}); process.stdout.write(renderTrajectorySvg(${JSON.stringify(input)}).slice(0, 4));`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    timeout: ms,
    encoding: "utf8",
  });
  return { finished: r.status === 0 && r.signal === null, output: r.stdout };
}

const base = { title: "t", unit: "u", targets: [] };

describe("bug 2: renderTrajectorySvg never returns for a range narrow next to its magnitude (src/report/svg.ts niceTicks)", () => {
  // niceTicks(1e17, 1e17 + 16): step = 5, but 1e17 + 5 rounds back to 1e17 (doubles there are 16
  // apart), so `v += step` never moves and the loop runs forever. The value axis hangs for such a
  // valueRange; the year axis hangs for two years one ulp apart (2020 and 2020 + 2^-42).
  it.each([
    [
      "valueRange 1e17 .. 1e17 + 16",
      { observed: [{ year: 2020, value: 1e17 }], valueRange: { min: 1e17, max: 1e17 + 16 } },
    ],
    [
      "valueRange 1e6 .. 1e6 + 1e-10",
      { observed: [{ year: 2020, value: 1e6 }], valueRange: { min: 1e6, max: 1e6 + 1e-10 } },
    ],
    [
      "years 2020 and 2020 + 2^-42",
      {
        observed: [
          { year: 2020, value: 1 },
          { year: 2020 + 2 ** -42, value: 2 },
        ],
      },
    ],
  ])("%s: returns an SVG within 8 s", (_name, extra) => {
    const result = renderTrajectoryInChild({ ...base, ...extra }, 8_000);
    expect(result).toEqual({ finished: true, output: "<svg" });
  });
});

/** Renders, and returns the output or the CastPlanError thrown; any other throw fails the test. */
function renderOrRefuse(input: Parameters<typeof renderTrajectorySvg>[0]): string | CastPlanError {
  try {
    return renderTrajectorySvg(input);
  } catch (error) {
    if (error instanceof CastPlanError) return error;
    throw error;
  }
}

describe("bug 3: renderTrajectorySvg writes NaN into the SVG for finite-but-extreme input and a non-finite valueRange (src/report/renderTrajectorySvg.ts)", () => {
  // Expected: either an SVG without NaN/Infinity, or a CastPlanError INVALID_ARGUMENT ("non-finite
  // values are refused rather than drawn"). Actual: "NaN" in coordinates.
  it.each([
    // y1 = y0 + 1 === y0 at this magnitude, so (y1 - y0) = 0 and sy() divides by zero.
    ["valueRange min = max = 1e17", { valueRange: { min: 1e17, max: 1e17 } }],
    // valueRange is never checked for finiteness.
    ["valueRange min NaN", { valueRange: { min: Number.NaN, max: 1 } }],
    // y1 - y0 = 1e308 - (-1e308) overflows to Infinity.
    [
      "values ±1e308",
      {
        observed: [
          { year: 2020, value: -1e308 },
          { year: 2021, value: 1e308 },
        ],
      },
    ],
    // x1 - x0 overflows in the same way.
    [
      "years ±1e308",
      {
        observed: [
          { year: -1e308, value: 1 },
          { year: 1e308, value: 2 },
        ],
      },
    ],
  ])("%s", (_name, extra) => {
    const result = renderOrRefuse({
      ...base,
      observed: [
        { year: 2020, value: 1 },
        { year: 2021, value: 2 },
      ],
      ...extra,
    });
    if (result instanceof CastPlanError) expect(result.code).toBe("INVALID_ARGUMENT");
    else expect(result).not.toMatch(/NaN|Infinity/);
  });
});

describe("bug 4: control characters in labels make the SVG ill-formed XML (src/report/svg.ts xml)", () => {
  // XML 1.0 allows no U+0000-U+0008, U+000B, U+000C, U+000E-U+001F (nor lone surrogates, U+FFFE,
  // U+FFFF); xml() escapes & < > " ' only, so a title "a\u0001b" is copied into the SVG and an
  // XML parser (a browser opening the .svg file) refuses the whole image.
  // Every character XML 1.0 allows: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF.
  const xmlChars = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

  it("renderTrajectorySvg with title 'a\\u0001b' and label 'x\\u000Bz' gives XML characters only", () => {
    const svg = renderTrajectorySvg({
      ...base,
      title: "a\u0001b",
      observed: [{ year: 2020, value: 1 }],
      targets: [{ year: 2021, value: 2, label: "x\u000Bz" }],
    });
    expect(svg).toMatch(xmlChars);
  });

  it("renderGanttSvg with a row label holding a lone surrogate gives XML characters only", () => {
    const svg = renderGanttSvg({
      title: "t\u001F",
      rows: [{ label: "half \uD800 pair", start: "2020-01-01", end: "2020-12-31" }],
    });
    expect(svg).toMatch(xmlChars);
  });
});

describe("bug 5: renderProgressBar with a non-finite width (src/report/renderProgressBar.ts)", () => {
  // Documented "@throws Never." and "exactly width characters"; width Infinity throws a RangeError
  // from String.repeat, and width NaN returns "" (Math.max(1, NaN) is NaN).
  it("width Infinity does not throw a RangeError", () => {
    let thrown: unknown;
    try {
      renderProgressBar(0.5, { width: Number.POSITIVE_INFINITY });
    } catch (error) {
      thrown = error;
    }
    expect(thrown === undefined || thrown instanceof CastPlanError).toBe(true);
  });

  it("width NaN, 0 or 2.5 is refused with a typed error naming the option (not silently replaced)", () => {
    for (const width of [Number.NaN, 0, 2.5, 1001]) {
      expect(() => renderProgressBar(0.5, { width })).toThrow(CastPlanError);
    }
  });
});

describe("bug 6: distinct dimension sets collide in the duplicate-observation key (src/schemas/rules.ts dimensionKey)", () => {
  // dimensionKey joins `name=value` pairs with '&' without escaping, so the value "x&region=y" of
  // one dimension gives the same key as two dimensions area=x and region=y. Dimension values may
  // hold any text, so these are two different observations and both must be accepted.
  it("{ area: 'x&region=y' } and { area: 'x', region: 'y' } are not duplicates", () => {
    const observations = [
      {
        indicatorId: "i",
        period: 2020,
        value: 1,
        status: "final",
        dimensions: { area: "x&region=y" },
      },
      {
        indicatorId: "i",
        period: 2020,
        value: 2,
        status: "final",
        dimensions: { area: "x", region: "y" },
      },
    ];
    expect(() => parseObservationsFile({ schemaVersion: 1, observations })).not.toThrow();
  });
});

describe("bug 7: parseObservationsFile with a document refuses links to the document's sources (src/schemas/document.ts)", () => {
  // With a document, the code merges `document.sources` with the file's sources, so observations
  // are meant to link to either. But the file is first parsed on its own, where a link to a
  // document source is a dangling "reference"; and repeating the source in the file makes the
  // merged list hold it twice ("unique-id" at sources[n].id). Either way the file is refused.
  const document = {
    schemaVersion: 1,
    sources: [{ id: "src.doc", title: "Survey" }],
    plans: [
      {
        id: "p",
        kind: "other",
        title: { en: "Plan" },
        issuer: "X",
        period: { start: 2020, end: 2025 },
        items: [],
      },
    ],
    indicators: [
      {
        id: "ind",
        name: "I",
        measure: "count",
        unit: "events",
        direction: "increase",
        aggregation: "sum",
      },
    ],
  };
  const observations = [
    { indicatorId: "ind", period: 2024, value: 1, status: "final", source: "src.doc" },
  ];

  it("an observation linking to a source of the document is accepted", () => {
    expect(() =>
      parseObservationsFile({ schemaVersion: 1, observations }, parsePlanDocument(document)),
    ).not.toThrow();
  });

  it("a file repeating the document's source is accepted", () => {
    const sources = [{ id: "src.doc", title: "Survey" }];
    expect(() =>
      parseObservationsFile(
        { schemaVersion: 1, sources, observations },
        parsePlanDocument(document),
      ),
    ).not.toThrow();
  });
});

describe("bug 8: addCalendarDays returns malformed dates past year 9999 or before year 0 (src/period/calendar.ts)", () => {
  // Documented to return "the new date, YYYY-MM-DD" or throw INVALID_ARGUMENT. formatIsoDate pads
  // the year to 4 digits, so year 10000 gives "10000-01-01" and year -1 gives "00-1-12-31".
  it.each([
    ["9999-12-31", 1],
    ["0000-01-01", -1],
  ] as const)(
    "addCalendarDays(%s, %i) is a valid YYYY-MM-DD day or a CastPlanError",
    (date, days) => {
      let result: unknown;
      try {
        result = addCalendarDays(date, days);
      } catch (error) {
        expect(error).toBeInstanceOf(CastPlanError);
        return;
      }
      expect(isCalendarPoint(result)).toBe(true);
      expect(result).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );
});
