// Generic property tests of the root-entry compute functions (issue 8), table-driven: for each
// function, schema-valid inputs (satisfying the documented preconditions) never throw, the
// deep-frozen input is left unchanged, two calls give deep-equal results and every number in the
// result is finite. Invalid inputs throw CastPlanError where the JSDoc documents a throw; where the
// JSDoc says "@throws Never.", garbage numbers (NaN, ±Infinity) must still neither throw nor leak
// into the result.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  analyseSensitivity,
  assessDns,
  assessEscap,
  assessEurostat,
  assessMilestone,
  assessProgress,
  assessStatCan,
  assessUnsd,
  buildCompositeIndex,
  CastPlanError,
  type CastPlanErrorCode,
  checkAssignments,
  combineObservations,
  computeAhpWeights,
  computeAnnualChangeRatio,
  computeBaselineVariance,
  computeDistanceShare,
  computeEarnedValue,
  computeIatiProgress,
  computeOkrProgress,
  computePaceIndex,
  computeRemainingWork,
  computeSuccessorStart,
  computeTimeShare,
  computeUnitWorkload,
  computeWeightedMean,
  countWorkingDays,
  FOUR_POINT_CATEGORY_RATINGS,
  FOUR_POINT_SCALE,
  forecastTargetYear,
  type GanttItem,
  type Normalisation,
  normalise,
  PROJECTION_KINDS,
  type ProgressNode,
  projectSeries,
  rankTopsis,
  rankWeightedSum,
  rollUpPercentComplete,
  roundToScale,
  type ScheduleLink,
  type ScheduleTask,
  scheduleTasks,
  scoreCheckpoint,
  scoreRubric,
  subtractWorkingDays,
  toFrappeGanttTasks,
  toGanttItems,
  toGanttTaskReactTasks,
  toICalendar,
  toMermaidGantt,
  validateRubric,
} from "../../src/index.js";
import {
  IndicatorSchema,
  ObservationSchema,
  parsePlanDocument,
  type Rubric,
} from "../../src/schemas/index.js";
import {
  arbFinite,
  arbIndicator,
  arbObservations,
  arbPlanDocument,
  dayIndex,
  isoOfDayIndex,
} from "../fixtures/arbitraries.js";
import { deepFreeze } from "../fixtures/freeze.js";

const runs = { numRuns: 50 };

/** Every number anywhere in a value (Maps and Sets included). */
function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (value instanceof Map) for (const v of value.values()) numbers(v, out);
  else if (value instanceof Set) for (const v of value) numbers(v, out);
  else if (Array.isArray(value)) for (const v of value) numbers(v, out);
  else if (value !== null && typeof value === "object")
    for (const v of Object.values(value)) numbers(v, out);
  return out;
}

/**
 * Runs `run` on a deep-frozen copy of `input`: it must not throw, must leave the input unchanged
 * (JSON before/after), must give deep-equal results twice, and every number in the result must be
 * finite. Text results must not spell NaN or Infinity.
 */
function expectPure<T>(input: T, run: (input: T) => unknown): unknown {
  const frozen = deepFreeze(structuredClone(input));
  const before = JSON.stringify(frozen);
  const first = run(frozen);
  expect(JSON.stringify(frozen)).toBe(before);
  expect(run(frozen)).toEqual(first);
  expect(numbers(first).filter((n) => !Number.isFinite(n))).toEqual([]);
  if (typeof first === "string") expect(first).not.toMatch(/\bNaN\b|Infinity/);
  return first;
}

/** `run` throws a CastPlanError (with the given code, when given), nothing else. */
function expectCastPlanError(run: () => unknown, code?: CastPlanErrorCode): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CastPlanError);
  if (code !== undefined) expect((thrown as CastPlanError).code).toBe(code);
  expect((thrown as CastPlanError).issues.length).toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------------------------
// Shared arbitraries
// ---------------------------------------------------------------------------------------------

const arbValue = arbFinite(-1e6, 1e6);
const arbPositive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
const arbDirection = fc.constantFrom("increase" as const, "decrease" as const);
const arbComparator = fc.constantFrom(">", ">=", "<", "<=", "=", "band" as const);
const arbYearInt = fc.integer({ min: 1990, max: 2040 });
const arbKind = fc.constantFrom(...PROJECTION_KINDS);
/** A non-finite or otherwise garbage number. */
const arbBadNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
);
const arbBand = fc
  .tuple(arbValue, arbValue)
  .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
const arbLimits = fc.option(
  fc
    .tuple(arbFinite(-1e3, 1e3), fc.double({ min: 1, max: 1e3, noNaN: true }))
    .map(([min, span]) => ({ min, max: min + span })),
  { nil: undefined },
);

/** 1–6 strictly increasing integer years and as many values. */
const arbSeries = fc
  .uniqueArray(arbYearInt, { minLength: 1, maxLength: 6 })
  .chain((years) =>
    fc
      .array(arbValue, { minLength: years.length, maxLength: years.length })
      .map((values) => ({ years: [...years].sort((a, b) => a - b), values })),
  );

/** Replaces one number of a series with a garbage number. */
const arbBadSeries = fc
  .tuple(arbSeries, arbBadNumber, fc.nat(), fc.boolean())
  .map(([s, bad, pick, inYears]) => {
    const years = [...s.years];
    const values = [...s.values];
    if (inYears) years[pick % years.length] = bad;
    else values[pick % values.length] = bad;
    return { years, values };
  });

// ---------------------------------------------------------------------------------------------
// Progress
// ---------------------------------------------------------------------------------------------

const arbDistanceInput = fc
  .record({
    baseline: arbValue,
    current: arbValue,
    target: arbValue,
    direction: arbDirection,
    comparator: fc.option(arbComparator, { nil: undefined }),
    band: arbBand,
  })
  .map(({ band, ...r }) => (r.comparator === "band" ? { ...r, band } : r));

const arbYears3 = fc.record({
  baselineYear: arbYearInt,
  currentYear: arbYearInt,
  targetYear: arbYearInt,
});

const arbEscap = fc.record({
  series: arbSeries,
  target: arbValue,
  targetYear: arbYearInt,
  direction: arbDirection,
  comparator: fc.option(
    arbComparator.filter((c) => c !== "band"),
    { nil: undefined },
  ),
  projection: fc.option(arbKind, { nil: undefined }),
  limits: arbLimits,
  minimumObservations: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});

const arbTwoPoint = fc.record({
  startYear: arbYearInt,
  startValue: arbValue,
  endYear: arbYearInt,
  endValue: arbValue,
  direction: arbDirection,
  target: fc.option(fc.record({ value: arbValue, year: arbYearInt }), { nil: undefined }),
});

/** A two-point record as the common series input. */
function seriesOf(t: {
  startYear: number;
  startValue: number;
  endYear: number;
  endValue: number;
  direction: "increase" | "decrease";
  target: { value: number; year: number } | undefined;
}) {
  return {
    years: [t.startYear, t.endYear],
    values: [t.startValue, t.endValue],
    direction: t.direction,
    target: t.target,
  };
}

const arbMilestone = fc
  .record({
    series: arbSeries,
    comparator: arbComparator,
    target: arbValue,
    band: arbBand,
    direction: arbDirection,
    deadlineYear: arbYearInt,
    onTimeFrom: fc.option(arbYearInt, { nil: undefined }),
    asOfYear: arbYearInt,
    startYear: fc.option(arbYearInt, { nil: undefined }),
  })
  .map(({ series, band, ...r }) => ({
    ...series,
    ...r,
    ...(r.comparator === "band" ? { band } : {}),
  }));

const arbIati = fc.record({
  baseline: fc.option(arbValue, { nil: undefined }),
  periods: fc.array(fc.record({ target: arbValue, actual: arbValue }), { maxLength: 5 }),
  aggregation: fc.option(fc.constantFrom("latest" as const, "sum" as const), { nil: undefined }),
});

const arbKeyResults = fc
  .array(
    fc.record({
      start: arbValue,
      target: arbValue,
      current: arbValue,
      weight: fc.option(fc.double({ min: 0.1, max: 100, noNaN: true }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((krs) => krs.map(({ weight, ...kr }) => (weight === undefined ? kr : { ...kr, weight })));

const arbIndicatorWithObservations = arbIndicator({ id: "ind.a", maxTargets: 2 }).chain(
  (indicator) =>
    arbObservations([indicator, "other"], { unitIds: ["u1", "u2"], maxLength: 6 }).map(
      (observations) => ({
        indicator: IndicatorSchema.parse(indicator),
        observations: observations.map((o) => ObservationSchema.parse(o)),
      }),
    ),
);

describe("progress exports on valid input", () => {
  it("computeDistanceShare", () => {
    fc.assert(
      fc.property(arbDistanceInput, (input) => {
        expectPure(input, computeDistanceShare);
      }),
      runs,
    );
  });

  it("computeTimeShare", () => {
    fc.assert(
      fc.property(arbYears3, (input) => {
        expectPure(input, computeTimeShare);
      }),
      runs,
    );
  });

  it("computePaceIndex", () => {
    fc.assert(
      fc.property(arbYears3, arbFinite(-5, 5), (years, distanceShare) => {
        expectPure({ ...years, distanceShare }, computePaceIndex);
      }),
      runs,
    );
  });

  it("projectSeries", () => {
    fc.assert(
      fc.property(
        arbSeries,
        arbKind,
        arbYearInt,
        arbLimits,
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        (series, kind, targetYear, limits, window) => {
          expectPure({ ...series, options: { kind, targetYear, limits, window } }, (x) =>
            projectSeries(x.years, x.values, x.options),
          );
        },
      ),
      runs,
    );
  });

  it("forecastTargetYear", () => {
    fc.assert(
      fc.property(arbEscap, arbKind, (e, kind) => {
        const options = {
          kind,
          target: e.target,
          direction: e.direction,
          comparator: e.comparator,
          targetYear: e.targetYear,
          limits: e.limits,
        };
        expectPure({ ...e.series, options }, (x) =>
          forecastTargetYear(x.years, x.values, x.options),
        );
      }),
      runs,
    );
  });

  it("assessEscap", () => {
    fc.assert(
      fc.property(arbEscap, ({ series, target, targetYear, direction, ...options }) => {
        expectPure({ ...series, direction, target: { value: target, year: targetYear } }, (x) =>
          assessEscap(x, options),
        );
      }),
      runs,
    );
  });

  it("assessEurostat", () => {
    fc.assert(
      fc.property(
        arbTwoPoint,
        fc.option(
          fc.constantFrom("long-term", "short-term") as fc.Arbitrary<"long-term" | "short-term">,
          { nil: undefined },
        ),
        (t, window) => {
          expectPure(seriesOf(t), (x) => assessEurostat(x, { window }));
        },
      ),
      runs,
    );
  });

  it("assessStatCan", () => {
    fc.assert(
      fc.property(
        arbTwoPoint,
        fc.option(arbValue, { nil: undefined }),
        fc.option(arbPositive, { nil: undefined }),
        (t, limit, zeroReplacement) => {
          expectPure(seriesOf(t), (x) => assessStatCan(x, { limit, zeroReplacement }));
        },
      ),
      runs,
    );
  });

  it("assessUnsd", () => {
    fc.assert(
      fc.property(arbTwoPoint, (t) => {
        expectPure(seriesOf(t), (x) => assessUnsd(x));
        expectPure(seriesOf(t), (x) => computeAnnualChangeRatio(x));
      }),
      runs,
    );
  });

  it("assessDns", () => {
    fc.assert(
      fc.property(arbEscap, (e) => {
        expectPure(
          {
            ...e.series,
            direction: e.direction,
            target: { value: e.target, year: e.targetYear },
          },
          (x) => assessDns(x),
        );
      }),
      runs,
    );
  });

  it("assessMilestone", () => {
    fc.assert(
      fc.property(arbMilestone, (input) => {
        expectPure(input, assessMilestone);
      }),
      runs,
    );
  });

  it("computeIatiProgress", () => {
    fc.assert(
      fc.property(arbIati, (input) => {
        expectPure(input, computeIatiProgress);
      }),
      runs,
    );
  });

  it("computeOkrProgress", () => {
    fc.assert(
      fc.property(arbKeyResults, (input) => {
        expectPure(input, computeOkrProgress);
      }),
      runs,
    );
  });

  it("combineObservations (and independent of observation order)", () => {
    fc.assert(
      fc.property(arbIndicatorWithObservations, ({ indicator, observations }) => {
        const r = expectPure({ indicator, observations }, (x) =>
          combineObservations(x.indicator, x.observations),
        );
        expect(combineObservations(indicator, [...observations].reverse())).toEqual(r);
      }),
      runs,
    );
  });
});

describe("progress exports documented as never throwing, on non-finite numbers", () => {
  it("computeDistanceShare, computeTimeShare, computePaceIndex", () => {
    fc.assert(
      fc.property(arbDistanceInput, arbYears3, arbBadNumber, fc.nat(3), (d, y, bad, k) => {
        const key = (["baseline", "current", "target", "baseline"] as const)[k] ?? "baseline";
        expectPure({ ...d, [key]: bad }, computeDistanceShare);
        const yk = (["baselineYear", "currentYear", "targetYear", "targetYear"] as const)[k];
        expectPure({ ...y, [yk ?? "targetYear"]: bad }, computeTimeShare);
        expectPure({ ...y, distanceShare: bad }, computePaceIndex);
      }),
      runs,
    );
  });

  it("projectSeries, forecastTargetYear, assessEscap (assessDns: see found by)", () => {
    fc.assert(
      fc.property(arbBadSeries, arbKind, arbYearInt, (series, kind, targetYear) => {
        // Non-finite numbers only in the values: a non-finite YEAR is echoed back into the result
        // by projectSeries, forecastTargetYear and assessEscap (see "found by exports.properties").
        const valuesOnly = {
          years: series.years.map((y, i) => (Number.isFinite(y) ? y : 2000 + i)),
          values: series.values,
        };
        expectPure(valuesOnly, (x) => projectSeries(x.years, x.values, { kind, targetYear }));
        expectPure(valuesOnly, (x) =>
          forecastTargetYear(x.years, x.values, { kind, target: 1, direction: "increase" }),
        );
        expectPure(
          { ...valuesOnly, direction: "increase" as const, target: { value: 1, year: targetYear } },
          (x) => assessEscap(x),
        );
      }),
      runs,
    );
  });

  it("assessEurostat, assessStatCan, assessUnsd", () => {
    fc.assert(
      fc.property(arbTwoPoint, arbBadNumber, (t, bad) => {
        const series = seriesOf({ ...t, endValue: bad });
        expectPure(series, (x) => assessEurostat(x));
        expectPure(series, (x) => assessStatCan(x));
        expectPure(series, (x) => assessUnsd(x));
        expectPure(series, (x) => assessProgress(x, { method: "dns" }));
      }),
      runs,
    );
  });

  it("computeIatiProgress", () => {
    fc.assert(
      fc.property(arbIati, arbBadNumber, (input, bad) => {
        expectPure({ ...input, periods: [...input.periods, { target: 1, actual: bad }] }, (x) =>
          computeIatiProgress(x),
        );
      }),
      runs,
    );
  });
});

describe("progress exports on invalid input throw CastPlanError", () => {
  it("computeOkrProgress: negative, non-finite or all-zero weights are INVALID_WEIGHTS", () => {
    const kr = { start: 0, target: 10, current: 5 };
    for (const weight of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expectCastPlanError(() => computeOkrProgress([kr, { ...kr, weight }]), "INVALID_WEIGHTS");
    expectCastPlanError(
      () =>
        computeOkrProgress([
          { ...kr, weight: 0 },
          { ...kr, weight: 0 },
        ]),
      "INVALID_WEIGHTS",
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Scheduling
// ---------------------------------------------------------------------------------------------

const DAY_2000 = dayIndex("2000-01-01");
const DAY_2030 = dayIndex("2030-12-31");
const arbDay = fc.integer({ min: DAY_2000, max: DAY_2030 }).map(isoOfDayIndex);
/** Two days, the first not after the second, at most ~2 years apart. */
const arbDayPair = fc
  .tuple(fc.integer({ min: DAY_2000, max: DAY_2030 }), fc.integer({ min: 0, max: 800 }))
  .map(([a, d]) => [isoOfDayIndex(a), isoOfDayIndex(Math.min(DAY_2030, a + d))] as const);
/** A working calendar: up to 3 weekend days (never all 7), a few holidays and extra days. */
const arbCalendar = fc.option(
  fc.record(
    {
      weekendDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
      holidays: fc.uniqueArray(arbDay, { maxLength: 4 }),
      extraWorkingDays: fc.uniqueArray(arbDay, { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** A small random DAG of tasks `T0…Tn` (links only from a lower to a higher index). */
const arbSchedule = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.record({
      tasks: fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record(
            {
              id: fc.constant(`T${i}`),
              name: fc.constantFrom("Task", "A & <b>", "Étape; 2", "x,y"),
              duration: fc.integer({ min: 0, max: 8 }),
              calendarDays: fc.boolean(),
            },
            { requiredKeys: ["id", "duration"] },
          ),
        ),
      ),
      links:
        n < 2
          ? fc.constant([] as ScheduleLink[])
          : fc.uniqueArray(
              fc
                .record({
                  a: fc.nat(n - 2),
                  d: fc.nat(n - 2),
                  type: fc.constantFrom("FS", "SS", "FF", "SF" as const),
                  lag: fc.integer({ min: -2, max: 3 }),
                })
                .map(
                  ({ a, d, type, lag }): ScheduleLink => ({
                    predecessorId: `T${a}`,
                    successorId: `T${Math.min(n - 1, a + 1 + d)}`,
                    type,
                    lag,
                  }),
                ),
              { maxLength: 6, selector: (l) => `${l.predecessorId}>${l.successorId}` },
            ),
      start: arbDay,
    }),
  )
  .map(({ tasks, links, start }) => ({ tasks: tasks as ScheduleTask[], links, start }));

/** A small tree of progress nodes with percentages 0–100 and non-negative weights. */
const arbProgressNode: fc.Arbitrary<ProgressNode> = fc.letrec<{ node: ProgressNode }>((tie) => ({
  node: fc.record(
    {
      percentComplete: fc.double({ min: 0, max: 100, noNaN: true }),
      duration: fc.double({ min: 0, max: 100, noNaN: true }),
      work: fc.double({ min: 0, max: 100, noNaN: true }),
      remaining: fc.double({ min: 0, max: 100, noNaN: true }),
      children: fc.array(tie("node"), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
})).node;
const arbProgressTree = fc
  .array(arbProgressNode, { maxLength: 3 })
  .map((children): ProgressNode => ({ children }));

/** An amount of money in cents, 0 to 1e6 (a subnormal amount overflows CPI/EAC: see "found by"). */
const arbMoney = fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100);
const arbEarnedValue = fc
  .record({
    budgetAtCompletion: arbMoney.filter((x) => x > 0),
    plannedValue: arbMoney,
    earnedValue: arbMoney,
    percentComplete: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
    actualCost: fc.option(arbMoney, { nil: undefined }),
    which: fc.constantFrom("ev", "pct", "both"),
  })
  .map(({ which, earnedValue, percentComplete, ...r }) => ({
    ...r,
    ...(which === "pct" ? {} : { earnedValue }),
    ...(which === "ev" ? {} : { percentComplete }),
  }));

/** Gantt items made by scheduling a random DAG, with random progress and flags. */
const arbGanttItems = fc
  .tuple(arbSchedule, fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 6 }))
  .map(([s, progress]) =>
    toGanttItems(scheduleTasks(s.tasks, s.links, { start: s.start }), s.links).map(
      (item, i): GanttItem => ({
        ...item,
        ...(progress[i] === undefined ? {} : { progress: progress[i], done: progress[i] === 100 }),
        section: i % 2 === 0 ? "Phase A" : "B & <c>",
      }),
    ),
  );

describe("schedule exports on valid input", () => {
  it("countWorkingDays", () => {
    fc.assert(
      fc.property(arbDayPair, arbCalendar, ([start, finish], calendar) => {
        const n = expectPure({ start, finish, calendar }, (x) =>
          countWorkingDays(x.start, x.finish, { calendar: x.calendar }),
        );
        expect(n).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it("addWorkingDays and subtractWorkingDays", () => {
    fc.assert(
      fc.property(
        arbDay,
        fc.integer({ min: 0, max: 200 }),
        arbCalendar,
        fc.option(fc.boolean(), { nil: undefined }),
        (day, duration, calendar, workingDaysOnly) => {
          const input = { day, duration, options: { calendar, workingDaysOnly } };
          expectPure(input, (x) => addWorkingDays(x.day, x.duration, x.options));
          expectPure(input, (x) => subtractWorkingDays(x.day, x.duration, x.options));
        },
      ),
      runs,
    );
  });

  it("computeSuccessorStart", () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: -20, max: 20 }), arbCalendar, (day, lag, calendar) => {
        expectPure({ day, lag, calendar }, (x) =>
          computeSuccessorStart(x.day, x.lag, { calendar: x.calendar }),
        );
      }),
      runs,
    );
  });

  it("scheduleTasks and toGanttItems on small random DAGs", () => {
    fc.assert(
      fc.property(arbSchedule, arbCalendar, (s, calendar) => {
        const result = expectPure(s, (x) =>
          scheduleTasks(x.tasks, x.links, { start: x.start, calendar }),
        );
        expectPure({ result, links: s.links }, (x) =>
          toGanttItems(x.result as ReturnType<typeof scheduleTasks>, x.links),
        );
      }),
      runs,
    );
  });

  it("rollUpPercentComplete", () => {
    fc.assert(
      fc.property(
        arbProgressTree,
        fc.constantFrom("duration-weighted", "work-weighted", "simple-average" as const),
        fc.constantFrom("leaves", "nested" as const),
        (root, method, aggregation) => {
          expectPure({ root, options: { method, aggregation } }, (x) =>
            rollUpPercentComplete(x.root, x.options),
          );
        },
      ),
      runs,
    );
  });

  it("computeEarnedValue", () => {
    fc.assert(
      fc.property(arbEarnedValue, (input) => {
        expectPure(input, computeEarnedValue);
      }),
      runs,
    );
  });

  it("computeRemainingWork", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (work, percent) => {
          const r = expectPure({ work, percent }, (x) => computeRemainingWork(x.work, x.percent));
          expect(r).toBeGreaterThanOrEqual(0);
        },
      ),
      runs,
    );
  });

  it("toMermaidGantt, toICalendar, toFrappeGanttTasks, toGanttTaskReactTasks", () => {
    fc.assert(
      fc.property(arbGanttItems, (items) => {
        expectPure(items, (x) =>
          toMermaidGantt(x, { title: "Plan & <x>", excludes: ["weekends"] }),
        );
        expectPure(items, (x) =>
          toICalendar(x, { domain: "example.org", timestamp: "20240101T000000Z" }),
        );
        expectPure(items, toFrappeGanttTasks);
        expectPure(items, toGanttTaskReactTasks);
      }),
      runs,
    );
  });
});

describe("schedule exports on invalid input throw CastPlanError", () => {
  const bad = ["2021-02-30", "not a date", 20210101 as never, undefined as never];
  it("dates, durations, lags", () => {
    for (const day of bad) {
      expectCastPlanError(() => countWorkingDays(day, "2021-03-01"), "INVALID_ARGUMENT");
      expectCastPlanError(() => addWorkingDays(day, 1), "INVALID_ARGUMENT");
      expectCastPlanError(() => subtractWorkingDays(day, 1), "INVALID_ARGUMENT");
      expectCastPlanError(() => computeSuccessorStart(day, 0), "INVALID_ARGUMENT");
    }
    expectCastPlanError(() => countWorkingDays("2021-03-02", "2021-03-01"), "INVALID_ARGUMENT");
    for (const duration of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectCastPlanError(() => addWorkingDays("2021-03-01", duration), "INVALID_ARGUMENT");
      expectCastPlanError(() => subtractWorkingDays("2021-03-01", duration), "INVALID_ARGUMENT");
    }
    for (const lag of [0.5, Number.NaN])
      expectCastPlanError(() => computeSuccessorStart("2021-03-01", lag), "INVALID_ARGUMENT");
  });

  it("scheduleTasks: cycle, duplicate id, unknown id, bad duration, bad start", () => {
    const tasks = [
      { id: "A", duration: 1 },
      { id: "B", duration: 2 },
    ];
    const start = { start: "2021-03-01" };
    expectCastPlanError(
      () =>
        scheduleTasks(
          tasks,
          [
            { predecessorId: "A", successorId: "B" },
            { predecessorId: "B", successorId: "A" },
          ],
          start,
        ),
      "DEPENDENCY_CYCLE",
    );
    expectCastPlanError(() => scheduleTasks([...tasks, { id: "A" }], [], start), "DUPLICATE_ID");
    expectCastPlanError(
      () => scheduleTasks(tasks, [{ predecessorId: "A", successorId: "Z" }], start),
      "UNKNOWN_ID",
    );
    expectCastPlanError(
      () => scheduleTasks([{ id: "A", duration: -1 }], [], start),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(
      () => scheduleTasks(tasks, [], { start: "2021-13-01" }),
      "INVALID_ARGUMENT",
    );
  });

  it("rollUpPercentComplete, computeEarnedValue, computeRemainingWork", () => {
    expectCastPlanError(
      () => rollUpPercentComplete({ children: [{ percentComplete: 101 }] }),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(
      () => rollUpPercentComplete({ children: [{ percentComplete: 50, duration: -1 }] }),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(
      () => computeEarnedValue({ budgetAtCompletion: -1, plannedValue: 0, earnedValue: 0 }),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(
      () =>
        computeEarnedValue({ budgetAtCompletion: 10, plannedValue: Number.NaN, earnedValue: 0 }),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(
      () => computeEarnedValue({ budgetAtCompletion: 10, percentComplete: 101 }),
      "INVALID_ARGUMENT",
    );
    // Missing inputs are not an error: the figures that need them say so.
    expect(
      computeEarnedValue({ budgetAtCompletion: 10, plannedValue: 5 }).undefinedReasons.earnedValue,
    ).toBe("needs earned value (earnedValue) or percent complete with the budget at completion");
    expectCastPlanError(() => computeRemainingWork(-1, 50), "INVALID_ARGUMENT");
    expectCastPlanError(() => computeRemainingWork(10, 101), "INVALID_ARGUMENT");
    expectCastPlanError(() => computeRemainingWork(Number.NaN, 50), "INVALID_ARGUMENT");
  });

  it("toMermaidGantt and toICalendar: bad dates, tick interval, timestamp, domain", () => {
    const item = { id: "a", name: "A", start: "2021-03-01", finish: "2021-03-05" };
    const options = { domain: "example.org", timestamp: "20240101T000000Z" };
    expectCastPlanError(
      () => toMermaidGantt([{ ...item, start: "2021-02-30" }]),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(
      () => toMermaidGantt([item], { tickInterval: "often" }),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(() => toICalendar([{ ...item, finish: "x" }], options), "INVALID_ARGUMENT");
    expectCastPlanError(
      () => toICalendar([item], { ...options, timestamp: "2024-01-01" }),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(() => toICalendar([item], { ...options, domain: "" }), "INVALID_ARGUMENT");
  });
});

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

const arbRounding = fc.constantFrom("half-away-from-zero", "half-even", "floor", "ceil" as const);
const arbNormalisation: fc.Arbitrary<Normalisation> = fc.oneof(
  fc.constant({ method: "min-max" as const }),
  fc
    .constantFrom("sample", "population" as const)
    .map((sd) => ({ method: "z-score" as const, sd })),
  arbFinite(-1e3, 1e3).map((lower) => ({ method: "goalposts" as const, lower, upper: lower + 10 })),
  arbFinite(-1e3, 1e3).map((target) => ({ method: "distance-to-target" as const, target })),
  fc.constant({ method: "fraction-of-max" as const }),
  fc
    .constantFrom("rank", "borda", "percentile" as const)
    .map((variant) => ({ method: "rank" as const, variant })),
);
const arbWeights = (n: number) =>
  fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: n, maxLength: n });

/** A decision matrix of 1–4 units × 1–3 indicators with weights. */
const arbMatrix = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
  .chain(([units, indicators]) =>
    fc.record({
      matrix: fc.record({
        units: fc.constant(Array.from({ length: units }, (_, i) => `u${i}`)),
        indicators: fc.tuple(
          ...Array.from({ length: indicators }, (_, j) =>
            arbDirection.map((direction) => ({ id: `i${j}`, direction })),
          ),
        ),
        values: fc.array(
          fc.array(arbFinite(-1e3, 1e3), { minLength: indicators, maxLength: indicators }),
          { minLength: units, maxLength: units },
        ),
      }),
      weights: arbWeights(indicators),
      normalisation: arbNormalisation,
    }),
  );

const SCALE_VALUES = FOUR_POINT_SCALE.levels.map((level) => level.value);
const arbRubric = fc
  .tuple(fc.integer({ min: 1, max: 5 }), arbRounding)
  .chain(([n, rounding]) =>
    fc.record({
      rubric: fc.constant({
        id: "r",
        name: "Rubric",
        scaleId: FOUR_POINT_SCALE.id,
        rounding,
      }),
      weights: arbWeights(n),
      values: fc.array(fc.constantFrom(...SCALE_VALUES), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ rubric, weights, values }) => ({
    rubric: {
      ...rubric,
      caps: [] as Rubric["caps"],
      criteria: weights.map((weight, i) => ({ id: `c${i}`, name: `C${i}`, weight, children: [] })),
    },
    scores: values.map((value, i) => ({ criterionId: `c${i}`, value })),
  }));

describe("evaluation exports on valid input", () => {
  it("roundToScale", () => {
    fc.assert(
      fc.property(arbFinite(-10, 10), arbRounding, (value, rounding) => {
        expectPure({ value, rounding }, (x) => roundToScale(x.value, FOUR_POINT_SCALE, x.rounding));
      }),
      runs,
    );
  });

  it("normalise", () => {
    fc.assert(
      fc.property(
        fc.array(arbFinite(-1e3, 1e3), { maxLength: 6 }),
        arbNormalisation,
        (values, normalisation) => {
          expectPure({ values, normalisation }, (x) => normalise(x.values, x.normalisation));
        },
      ),
      runs,
    );
  });

  it("computeWeightedMean", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.tuple(
            fc.array(fc.double({ min: 0.01, max: 1e3, noNaN: true }), {
              minLength: n,
              maxLength: n,
            }),
            arbWeights(n),
          ),
        ),
        fc.constantFrom("arithmetic", "geometric", "harmonic" as const),
        ([values, weights], mean) => {
          expectPure({ values, weights, mean }, (x) =>
            computeWeightedMean(x.values, x.weights, x.mean),
          );
        },
      ),
      runs,
    );
  });

  it("buildCompositeIndex, rankWeightedSum, rankTopsis", () => {
    fc.assert(
      fc.property(arbMatrix, ({ matrix, weights, normalisation }) => {
        expectPure({ matrix, config: { weights, normalisation } }, (x) =>
          buildCompositeIndex(x.matrix, x.config),
        );
        expectPure({ matrix, weights }, (x) => rankWeightedSum(x.matrix, x.weights));
        expectPure({ matrix, weights }, (x) => rankTopsis(x.matrix, x.weights));
      }),
      runs,
    );
  });

  it("analyseSensitivity (few runs)", () => {
    fc.assert(
      fc.property(
        arbMatrix,
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        ({ matrix, weights, normalisation }, seed, weightJitter) => {
          expectPure(
            {
              matrix,
              config: { weights, normalisation },
              options: { seed, runs: 5, weightJitter },
            },
            (x) => analyseSensitivity(x.matrix, x.config, x.options),
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it("computeAhpWeights on consistent reciprocal matrices a_ij = w_i / w_j", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), (w) => {
        const matrix = w.map((wi) => w.map((wj) => wi / wj));
        const r = expectPure(matrix, (x) => computeAhpWeights(x)) as { weights: number[] };
        const total = w.reduce((a, b) => a + b, 0);
        // Consistent matrix: the weights are w normalised to sum 1.
        r.weights.forEach((weight, i) => {
          expect(weight).toBeCloseTo((w[i] ?? 0) / total, 6);
        });
      }),
      runs,
    );
  });

  it("validateRubric and scoreRubric", () => {
    fc.assert(
      fc.property(arbRubric, ({ rubric, scores }) => {
        expectPure(rubric, (x) => validateRubric(x, FOUR_POINT_SCALE));
        expectPure({ rubric, scores }, (x) => scoreRubric(x.rubric, FOUR_POINT_SCALE, x.scores));
      }),
      runs,
    );
  });
});

describe("evaluation exports on invalid input throw CastPlanError", () => {
  const matrix = {
    units: ["a", "b"],
    indicators: [{ id: "x", direction: "increase" as const }],
    values: [[1], [2]],
  };
  it("roundToScale, normalise, computeWeightedMean", () => {
    expectCastPlanError(
      () => roundToScale(Number.NaN, FOUR_POINT_SCALE, "floor"),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(() => roundToScale(1, FOUR_POINT_SCALE, "up" as never), "INVALID_ARGUMENT");
    expectCastPlanError(
      () => normalise([1, Number.NaN], { method: "min-max" }),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(() => normalise("1,2" as never, { method: "min-max" }), "INVALID_ARGUMENT");
    expectCastPlanError(() => computeWeightedMean([1, 2], [1, -1]), "INVALID_WEIGHTS");
    expectCastPlanError(() => computeWeightedMean([1, Number.NaN], [1, 1]), "INVALID_ARGUMENT");
  });

  it("buildCompositeIndex, rankWeightedSum, rankTopsis, analyseSensitivity", () => {
    const normalisation = { method: "min-max" as const };
    expectCastPlanError(
      () => buildCompositeIndex(matrix, { weights: [-1], normalisation }),
      "INVALID_WEIGHTS",
    );
    expectCastPlanError(
      () =>
        buildCompositeIndex(
          { ...matrix, values: [[1], [Number.NaN]] },
          { weights: [1], normalisation },
        ),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(
      () => rankWeightedSum({ ...matrix, units: ["a", "a"] }, [1]),
      "DUPLICATE_ID",
    );
    expectCastPlanError(() => rankTopsis(matrix, [Number.NaN]), "INVALID_WEIGHTS");
    expectCastPlanError(
      () =>
        analyseSensitivity(
          matrix,
          { weights: [1], normalisation },
          { seed: 1, runs: 0, weightJitter: 0.1 },
        ),
      "INVALID_ARGUMENT",
    );
    expectCastPlanError(
      () =>
        analyseSensitivity(
          matrix,
          { weights: [1], normalisation },
          { seed: 1, runs: 5, weightJitter: 1 },
        ),
      "INVALID_ARGUMENT",
    );
  });

  it("computeAhpWeights, validateRubric, scoreRubric", () => {
    expectCastPlanError(() => computeAhpWeights([]), "INVALID_ARGUMENT");
    expectCastPlanError(() => computeAhpWeights([[1, 2]]), "INVALID_ARGUMENT");
    expectCastPlanError(
      () =>
        computeAhpWeights([
          [1, -2],
          [-0.5, 1],
        ]),
      "INCONSISTENT_MATRIX",
    );
    const rubric = {
      id: "r",
      name: "R",
      scaleId: FOUR_POINT_SCALE.id,
      rounding: "floor" as const,
      criteria: [{ id: "c", name: "C", weight: 1, children: [] }],
      caps: [],
    };
    expectCastPlanError(
      () =>
        validateRubric(
          { ...rubric, criteria: [...rubric.criteria, ...rubric.criteria] },
          FOUR_POINT_SCALE,
        ),
      "DUPLICATE_ID",
    );
    expectCastPlanError(
      () => scoreRubric(rubric, FOUR_POINT_SCALE, [{ criterionId: "zz", value: 1 }]),
      "UNKNOWN_ID",
    );
    expectCastPlanError(
      () => scoreRubric(rubric, FOUR_POINT_SCALE, [{ criterionId: "c", value: 99 }]),
      "INVALID_ARGUMENT",
    );
  });
});

describe("computeBaselineVariance on valid input", () => {
  it("returns finite, deterministic variances and leaves its input alone", () => {
    fc.assert(
      fc.property(
        fc.record(
          { start: arbDay, baselineStart: arbDay, finish: arbDay, baselineFinish: arbDay },
          { requiredKeys: [] },
        ),
        arbCalendar,
        (dates, calendar) => {
          expectPure({ dates, calendar }, (x) => computeBaselineVariance(x.dates, x.calendar));
        },
      ),
      runs,
    );
  });

  it("throws CastPlanError for an invalid date", () => {
    expectCastPlanError(
      () => computeBaselineVariance({ start: "2021-02-30", baselineStart: "2021-02-01" }),
      "INVALID_ARGUMENT",
    );
  });
});

describe("plan-based exports on any valid document", () => {
  it("computeUnitWorkload and checkAssignments for every plan", () => {
    fc.assert(
      fc.property(arbPlanDocument(), (input) => {
        const document = parsePlanDocument(input);
        for (const plan of document.plans) {
          expectPure(plan, computeUnitWorkload);
          expectPure({ document, id: plan.id }, (x) => checkAssignments(x.document, x.id));
        }
      }),
      { numRuns: 30 },
    );
  });

  it("checkAssignments throws UNKNOWN_ID for an unknown plan id", () => {
    fc.assert(
      fc.property(arbPlanDocument(), (input) => {
        const document = parsePlanDocument(input);
        expectCastPlanError(() => checkAssignments(document, "no such plan \u0000"), "UNKNOWN_ID");
      }),
      { numRuns: 10 },
    );
  });
});

const CATEGORIES = Object.keys(FOUR_POINT_CATEGORY_RATINGS);
/** A two-level scorecard tree with unique ids and results for some leaves. */
const arbScorecard = fc
  .array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 })
  .chain((sizes) => {
    const leaves = sizes.flatMap((k, a) => Array.from({ length: k }, (_, t) => `a${a}.t${t}`));
    return fc.record({
      items: fc.constant(
        sizes.map((k, a) => ({
          id: `a${a}`,
          children: Array.from({ length: k }, (_, t) => ({ id: `a${a}.t${t}` })),
        })),
      ),
      results: fc
        .subarray(leaves)
        .chain((ids) =>
          fc.tuple(
            ...ids.map((itemId) =>
              fc.constantFrom(...CATEGORIES).map((category) => ({ itemId, category })),
            ),
          ),
        ),
      checkpoint: fc.constantFrom("annual", "mid-term", "final" as const),
    });
  });

describe("scoreCheckpoint", () => {
  it("on valid scorecards", () => {
    fc.assert(
      fc.property(arbScorecard, ({ items, results, checkpoint }) => {
        expectPure({ items, results, checkpoint }, (x) =>
          scoreCheckpoint({ items: x.items }, x.results, {
            checkpoint: x.checkpoint,
            scale: FOUR_POINT_SCALE,
          }),
        );
      }),
      runs,
    );
  });

  it("throws CastPlanError for unknown or duplicate ids and unknown categories", () => {
    const plan = { items: [{ id: "a", children: [{ id: "t1" }] }] };
    const options = { checkpoint: "mid-term" as const, scale: FOUR_POINT_SCALE };
    expectCastPlanError(
      () => scoreCheckpoint(plan, [{ itemId: "zz", category: "maintain" }], options),
      "UNKNOWN_ID",
    );
    expectCastPlanError(
      () => scoreCheckpoint(plan, [{ itemId: "t1", category: "no such category" }], options),
      "UNKNOWN_ID",
    );
    expectCastPlanError(
      () =>
        scoreCheckpoint(
          plan,
          [
            { itemId: "t1", category: "maintain" },
            { itemId: "t1", category: "maintain" },
          ],
          options,
        ),
      "DUPLICATE_ID",
    );
  });
});

describe("regressions found by these properties (fixed)", () => {
  // "@throws Never." plus the house rule "no result may ever contain NaN or Infinity": a
  // non-finite input must give an `unmeasurable` result (or finite numbers), not be echoed back.
  it("assessEscap with a NaN year returns no NaN (base.year / latest.year)", () => {
    const r = assessEscap({
      years: [Number.NaN],
      values: [0],
      direction: "increase",
      target: { value: 1, year: 1990 },
    });
    expect(numbers(r).filter((n) => !Number.isFinite(n))).toEqual([]);
  });

  it("assessDns with a NaN value returns no NaN (averageChange, projected)", () => {
    const r = assessDns({
      years: [1990, 1991, 1992, 1993],
      values: [Number.NaN, 0, 0, 0],
      direction: "decrease",
      target: { value: 1, year: 1990 },
    });
    expect(numbers(r).filter((n) => !Number.isFinite(n))).toEqual([]);
  });

  it("computeEarnedValue with a subnormal cost or value returns no Infinity (CPI, EAC)", () => {
    const tinyCost = computeEarnedValue({
      budgetAtCompletion: 0.001,
      plannedValue: 0,
      earnedValue: 8.881784197001252e-16,
      actualCost: 5e-324,
    });
    expect(numbers(tinyCost).filter((n) => !Number.isFinite(n))).toEqual([]);
    const tinyValue = computeEarnedValue({
      budgetAtCompletion: 0.001,
      plannedValue: 0,
      earnedValue: 5e-324,
      actualCost: 0.001,
    });
    expect(numbers(tinyValue).filter((n) => !Number.isFinite(n))).toEqual([]);
  });

  it("projectSeries with a NaN year returns no NaN (yearsUsed)", () => {
    const r = projectSeries([2008, Number.NaN, 2030, 2032], [0, 0, 0, 0], {
      kind: "average-annual-change",
      targetYear: 1990,
    });
    expect(numbers(r).filter((n) => !Number.isFinite(n))).toEqual([]);
  });

  it("forecastTargetYear with a NaN year returns no NaN (year)", () => {
    const r = forecastTargetYear([Number.NaN], [1], {
      kind: "cagr",
      target: 1,
      direction: "increase",
    });
    expect(numbers(r).filter((n) => !Number.isFinite(n))).toEqual([]);
  });

  it("computeIatiProgress with an infinite period target returns no Infinity (target)", () => {
    const r = computeIatiProgress({ periods: [{ target: Number.POSITIVE_INFINITY, actual: 1 }] });
    expect(numbers(r).filter((n) => !Number.isFinite(n))).toEqual([]);
  });
});
