// The CAST dataset: it parses with the zod schema and validates against the JSON Schema (Ajv, draft
// 2020-12) as written, as parsed and as shipped JSON; every target and observation equals the value
// written here by hand from the plan text (seed) and the reference notes (cast-data.md); cadences,
// alignments, titles and summaries follow the documented rules.
import { existsSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import {
  type PlanDocument,
  parsePlanDocument,
  planDocumentJsonSchema,
} from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { castDataPath, seedPath } from "./seed.js";
import { flatItems } from "./walk.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function validator(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const doc: PlanDocument = parsePlanDocument(castPlanDocument);

describe("validation", () => {
  const validate = validator(planDocumentJsonSchema());

  it("parses with parsePlanDocument, also when deep-frozen, without changing the input", () => {
    const before = JSON.stringify(castPlanDocument);
    const frozen = deepFreeze(structuredClone(castPlanDocument));
    expect(parsePlanDocument(frozen)).toEqual(doc);
    expect(JSON.stringify(castPlanDocument)).toBe(before);
  });

  it("validates against the JSON Schema as written, as parsed and as JSON text", () => {
    expect(validate(castPlanDocument), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const json = JSON.parse(JSON.stringify(doc)) as unknown;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(parsePlanDocument(json)).toEqual(doc);
  });

  it("the JSON Schema rejects the dataset with a broken field (the check is real)", () => {
    const broken = structuredClone(doc) as unknown as { indicators: { unit: unknown }[] };
    (broken.indicators[0] as { unit: unknown }).unit = 5;
    expect(validate(broken)).toBe(false);
  });
});

// The files the build writes (scripts/emit-json.ts); present after `npm run build`.
describe.runIf(
  existsSync("data/cast-plan.json") && existsSync("json-schema/plan-document.schema.json"),
)("shipped files", () => {
  it("data/cast-plan.json is the parsed document and passes zod and the shipped JSON Schema", () => {
    const json = JSON.parse(readFileSync("data/cast-plan.json", "utf8")) as unknown;
    const schema = JSON.parse(
      readFileSync("json-schema/plan-document.schema.json", "utf8"),
    ) as Record<string, unknown>;
    const validate = validator(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(parsePlanDocument(json)).toEqual(doc);
    expect(json).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe("plans", () => {
  it("has the outline and the action plan with their official titles and periods", () => {
    const [outline, ap] = doc.plans;
    expect(outline).toMatchObject({
      id: "outline",
      kind: "outline",
      issued: "2018-12-29",
      period: { start: 2018, end: 2050 },
      issuer: "China Association for Science and Technology",
    });
    expect(ap).toMatchObject({
      id: "ap2018",
      kind: "action-plan",
      parentPlanId: "outline",
      issued: "2018-12-29",
      period: { start: 2018, end: 2020 },
    });
    // cast-data.md §0, without the book-title marks 《》.
    expect(outline?.title.zh).toBe("面向建设世界科技强国的中国科协规划纲要");
    expect(ap?.title.zh).toBe("中国科协事业发展三年行动计划（2018-2020年）");
  });

  it("has the three steps and the action plan as phases, and steps point to them", () => {
    const phases = doc.plans[0]?.phases ?? [];
    expect(phases.map((p) => [p.id, p.kind, p.period.start, p.period.end, p.planId])).toEqual([
      ["outline.phase.step-1", "step", 2018, 2020, undefined],
      ["outline.phase.step-2", "step", 2021, 2035, undefined],
      ["outline.phase.step-3", "step", 2036, 2050, undefined],
      ["outline.phase.ap2018", "action-plan", 2018, 2020, "ap2018"],
    ]);
    const items = new Map(flatItems(doc).map((f) => [f.item.id, f.item]));
    expect(items.get("outline.step.2020")).toMatchObject({
      deadline: 2020,
      phaseId: "outline.phase.step-1",
    });
    expect(items.get("outline.step.2035")).toMatchObject({
      deadline: 2035,
      phaseId: "outline.phase.step-2",
    });
    expect(items.get("outline.step.2050")).toMatchObject({
      deadline: 2050,
      phaseId: "outline.phase.step-3",
    });
  });

  it("every item has a locator and a summary of one to three sentences that is not its heading", () => {
    for (const { item, planId } of flatItems(doc)) {
      expect(item.locator, item.id).toMatch(planId === "outline" ? /^Outline §/ : /^Action plan §/);
      expect(item.summary, item.id).toBeDefined();
      const sentences = (item.summary ?? "").split(/(?<=[.!?])\s+(?=[A-Z“"])/).length;
      expect(sentences, item.id).toBeGreaterThanOrEqual(1);
      expect(sentences, item.id).toBeLessThanOrEqual(3);
      expect(item.summary, item.id).not.toBe(item.heading.en);
    }
  });
});

describe("cadences", () => {
  it.runIf(seedPath !== undefined)("every cadence quote is verbatim in the seed", () => {
    const seed = readFileSync(seedPath ?? "", "utf8").replace(/\s+/g, " ");
    for (const c of doc.plans.flatMap((p) => p.cadences)) expect(seed, c.id).toContain(c.quote);
  });

  it("outline: a phased plan once and an evaluation twice every five years, aligned with the national plans", () => {
    expect(
      doc.plans[0]?.cadences.map((c) => [
        c.activity,
        c.kind,
        c.cycleYears,
        c.occurrences,
        c.alignedWith,
        c.statedIn,
      ]),
    ).toEqual([
      ["planning", "periodic", 5, 1, "national-five-year-plan", "outline.measure.7"],
      ["evaluation", "periodic", 5, 2, "national-five-year-plan", "outline.measure.7"],
    ]);
  });

  it("action plan: annual plans, annual evaluation and a final evaluation", () => {
    expect(doc.plans[1]?.cadences.map((c) => [c.activity, c.kind, c.statedIn])).toEqual([
      ["planning", "annual", "ap2018.measure.1"],
      ["evaluation", "annual", "ap2018.measure.4"],
      ["evaluation", "final", "ap2018.measure.4"],
    ]);
  });
});

// Every target, written by hand from the seed (plan text) and cast-data.md §0:
// [indicator, target id suffix, deadline, comparator, value or [low, high], statedIn]
const TARGETS: [string, string, number, string, number | [number, number], string | undefined][] = [
  ["ind.science-literacy", "t2020-outline", 2020, ">", 10, "outline.step.2020"],
  ["ind.science-literacy", "t2020-ap2018", 2020, ">", 10, "ap2018.goal.5"],
  ["ind.science-literacy", "t2025-national", 2025, ">", 15, undefined],
  ["ind.science-literacy", "t2035-outline", 2035, ">", 20, "outline.step.2035.goal.2"],
  ["ind.science-literacy", "t2035-national", 2035, "=", 25, undefined],
  ["ind.international-conference-brands", "t2020-ap2018", 2020, "band", [5, 10], "ap2018.goal.3"],
  ["ind.demonstration-academic-conferences", "t2020-ap2018", 2020, "=", 100, "ap2018.action.6"],
  ["ind.mobile-science-museums", "t2020-ap2018", 2020, "=", 300, "ap2018.action.16"],
  ["ind.popular-science-caravans", "t2020-ap2018", 2020, "=", 1500, "ap2018.action.16"],
  ["ind.rural-middle-school-museums", "t2020-ap2018", 2020, "=", 1000, "ap2018.action.16"],
  ["ind.societies-with-expert-teams", "t2020-ap2018", 2020, ">", 80, "ap2018.action.18"],
  ["ind.science-communication-experts", "t2020-ap2018", 2020, ">", 10000, "ap2018.action.18"],
  ["ind.young-scientists-age-limit", "t2020-ap2018", 2020, "<", 32, "ap2018.action.3"],
  ["ind.top-disruptive-innovations", "t2020-ap2018", 2020, "=", 100, "ap2018.action.10"],
];

describe("targets", () => {
  const all = doc.indicators.flatMap((i) => i.targets.map((t) => ({ ...t, indicatorId: i.id })));

  it("holds exactly the targets of the table, in this order", () => {
    expect(all.map((t) => t.id)).toEqual(TARGETS.map(([ind, suffix]) => `${ind}.${suffix}`));
  });

  it.each(TARGETS)("%s %s", (ind, suffix, deadline, comparator, value, statedIn) => {
    const t = all.find((x) => x.id === `${ind}.${suffix}`);
    expect(t).toMatchObject({ indicatorId: ind, deadline, comparator });
    expect(t?.statedIn).toBe(statedIn);
    if (Array.isArray(value)) expect(t?.band).toEqual({ low: value[0], high: value[1] });
    else expect(t?.value).toBe(value);
    // A target from another document names its source; one stated in the plans names the item.
    expect(t?.statedIn !== undefined || t?.source !== undefined).toBe(true);
    expect(t?.quote).toBeDefined();
  });

  it.runIf(seedPath !== undefined)(
    "every quote of a plan-text target is verbatim in the seed",
    () => {
      const seed = readFileSync(seedPath ?? "", "utf8").replace(/\s+/g, " ");
      for (const t of all.filter((x) => x.statedIn !== undefined))
        expect(seed, t.id).toContain(t.quote);
    },
  );

  it.runIf(castDataPath !== undefined)(
    "the national targets' wording is the one cast-data.md records",
    () => {
      const ref = readFileSync(castDataPath ?? "", "utf8");
      for (const t of all.filter((x) => x.statedIn === undefined))
        expect(ref, t.id).toContain(t.quote);
    },
  );
});

// Every observation, written by hand from cast-data.md (confirmed figures only):
// [indicator suffix, period, dimensions "name=value" or "", value, status]
const OBS: [string, number | string, string, number, string][] = [
  // §1 national series
  ["science-literacy", 2003, "", 1.98, "final"],
  ["science-literacy", 2005, "", 1.6, "final"],
  ["science-literacy", 2007, "", 2.25, "final"],
  ["science-literacy", 2010, "", 3.27, "final"],
  ["science-literacy", 2015, "", 6.2, "final"],
  ["science-literacy", 2018, "", 8.47, "final"],
  ["science-literacy", 2020, "", 10.56, "final"],
  ["science-literacy", 2022, "", 12.93, "final"],
  ["science-literacy", 2023, "", 14.14, "final"],
  ["science-literacy", 2024, "", 15.37, "final"],
  // §1b urban / rural (2010 as restated in 2015)
  ["science-literacy", 2010, "area=urban", 4.86, "final"],
  ["science-literacy", 2010, "area=rural", 1.83, "final"],
  ["science-literacy", 2015, "area=urban", 9.72, "final"],
  ["science-literacy", 2015, "area=rural", 2.43, "final"],
  ["science-literacy", 2018, "area=urban", 11.55, "final"],
  ["science-literacy", 2018, "area=rural", 4.93, "final"],
  ["science-literacy", 2022, "area=urban", 15.94, "final"],
  ["science-literacy", 2022, "area=rural", 7.96, "final"],
  ["science-literacy", 2023, "area=urban", 17.25, "final"],
  ["science-literacy", 2023, "area=rural", 9.16, "final"],
  // §1c East / Central / West, 2023 only (2020 and 2022 are derived)
  ["science-literacy", 2023, "region=east", 16.39, "final"],
  ["science-literacy", 2023, "region=central", 13.12, "final"],
  ["science-literacy", 2023, "region=west", 11.51, "final"],
  // §1d sex, age, education
  ["science-literacy", 2015, "sex=male", 9.04, "final"],
  ["science-literacy", 2015, "sex=female", 3.38, "final"],
  ["science-literacy", 2022, "sex=male", 14.77, "final"],
  ["science-literacy", 2022, "sex=female", 10.98, "final"],
  ["science-literacy", 2023, "sex=male", 15.66, "final"],
  ["science-literacy", 2023, "sex=female", 12.53, "final"],
  ["science-literacy", 2015, "age=18-29", 11.59, "final"],
  ["science-literacy", 2015, "age=30-39", 7.16, "final"],
  ["science-literacy", 2022, "age=18-29", 24.26, "final"],
  ["science-literacy", 2022, "age=30-39", 16.77, "final"],
  ["science-literacy", 2023, "age=18-29", 25.72, "final"],
  ["science-literacy", 2023, "age=30-39", 19, "final"],
  ["science-literacy", 2023, "age=40-49", 13.23, "final"],
  ["science-literacy", 2023, "age=50-59", 8.52, "final"],
  ["science-literacy", 2023, "age=60-69", 4.45, "final"],
  ["science-literacy", 2023, "education=bachelor-or-above", 43.99, "final"],
  ["science-literacy", 2023, "education=junior-college", 25.17, "final"],
  ["science-literacy", 2023, "education=senior-high", 17.68, "final"],
  ["science-literacy", 2023, "education=junior-high", 7.8, "final"],
  ["science-literacy", 2023, "education=primary-or-less", 2.91, "final"],
  // §1e provinces (Beijing 2020 ">24" has no exact value)
  ["science-literacy", 2010, "province=Shanghai", 13.74, "final"],
  ["science-literacy", 2015, "province=Shanghai", 18.71, "final"],
  ["science-literacy", 2015, "province=Beijing", 17.56, "final"],
  ["science-literacy", 2015, "province=Tianjin", 12, "final"],
  ["science-literacy", 2018, "province=Shanghai", 21.88, "final"],
  ["science-literacy", 2020, "province=Shanghai", 24.3, "final"],
  ["science-literacy", 2020, "province=Tianjin", 16.58, "final"],
  ["science-literacy", 2020, "province=Jiangsu", 13.84, "final"],
  ["science-literacy", 2020, "province=Zhejiang", 13.53, "final"],
  ["science-literacy", 2020, "province=Guangdong", 12.79, "final"],
  ["science-literacy", 2020, "province=Fujian", 11.51, "final"],
  ["science-literacy", 2020, "province=Shandong", 11.47, "final"],
  ["science-literacy", 2020, "province=Hubei", 10.95, "final"],
  ["science-literacy", 2020, "province=Anhui", 10.8, "final"],
  // §4 mobile science museums, cumulative sets (the undated "c. 2022" 658 is left out)
  ["mobile-science-museums", "2019-05", "", 420, "estimated"],
  ["mobile-science-museums", "2021-11", "", 566, "final"],
  ["mobile-science-museums", "2021-12", "", 612, "final"],
  ["mobile-science-museums", "2023-04", "", 658, "final"],
  ["mobile-science-museums", "2023-09", "", 657, "final"],
  // §5 caravans (1,251 flagged as a different basis)
  ["popular-science-caravans", "2020-07", "", 1639, "final"],
  ["popular-science-caravans", "2021-12", "basis=unstated", 1251, "final"],
  ["popular-science-caravans", "2023-09", "", 1764, "final"],
  // §6 rural middle-school museums
  ["rural-middle-school-museums", "2018-12", "", 700, "final"],
  ["rural-middle-school-museums", "2021-12", "", 1112, "final"],
  ["rural-middle-school-museums", "2023-09", "", 1124, "final"],
  // §7a CAST standards-compliant museums
  ["standard-science-museums", 2012, "", 118, "final"],
  ["standard-science-museums", "2021-12", "", 408, "final"],
  ["standard-science-museums", "2023-09", "", 446, "final"],
  ["standard-science-museums", "2024-12", "", 548, "final"],
  // §7b MOST statistics (2016 is derived)
  ["most-science-museums", 2017, "", 1439, "final"],
  ["most-science-museums", 2017, "type=science-centre", 488, "final"],
  ["most-science-museums", 2017, "type=science-museum", 951, "final"],
  ["most-science-museums", 2018, "", 1461, "final"],
  ["most-science-museums", 2019, "", 1477, "final"],
  ["most-science-museums", 2020, "", 1525, "final"],
  ["most-science-museums", 2021, "", 1677, "final"],
  ["most-science-museums", 2021, "type=science-centre", 661, "final"],
  ["most-science-museums", 2021, "type=science-museum", 1016, "final"],
  ["most-science-museums", 2022, "", 1683, "final"],
  ["most-science-museums", 2022, "type=science-centre", 694, "final"],
  ["most-science-museums", 2022, "type=science-museum", 989, "final"],
  ["most-science-museums", 2023, "", 1779, "final"],
  ["most-science-museums", 2023, "type=science-centre", 703, "final"],
  ["most-science-museums", 2023, "type=science-museum", 1076, "final"],
  ["most-science-museums", 2024, "", 1890, "final"],
];

describe("observations", () => {
  const key = (ind: string, period: unknown, dims: Record<string, string> | undefined) =>
    `${ind}|${JSON.stringify(period)}|${Object.entries(dims ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join("&")}`;
  const data = new Map(
    doc.observations.map((o) => [key(o.indicatorId, o.period, o.dimensions), o]),
  );

  it("holds exactly the confirmed figures of the table", () => {
    expect([...data.keys()].sort()).toEqual(
      OBS.map(([ind, period, dims]) =>
        key(`ind.${ind}`, period, dims === "" ? undefined : Object.fromEntries([dims.split("=")])),
      ).sort(),
    );
  });

  it.each(OBS)("%s %s %s = %d (%s)", (ind, period, dims, value, status) => {
    const o = data.get(
      key(`ind.${ind}`, period, dims === "" ? undefined : Object.fromEntries([dims.split("=")])),
    );
    expect(o?.value).toBe(value);
    expect(o?.status).toBe(status);
    expect(typeof o?.source).toBe("string");
  });

  it("the two museum series are separate indicators", () => {
    const standard = doc.observations.filter(
      (o) => o.indicatorId === "ind.standard-science-museums",
    );
    const most = doc.observations.filter((o) => o.indicatorId === "ind.most-science-museums");
    expect(standard.map((o) => o.value)).toEqual([118, 408, 446, 548]);
    expect(most.filter((o) => o.dimensions === undefined).map((o) => o.value)).toEqual([
      1439, 1461, 1477, 1525, 1677, 1683, 1779, 1890,
    ]);
  });

  it("every observation and target source is a sources entry with a URL", () => {
    const sources = new Map(doc.sources.map((s) => [s.id, s]));
    for (const o of doc.observations) {
      expect(typeof o.source).toBe("string");
      expect(sources.get(o.source as string)?.url, String(o.source)).toMatch(/^https?:\/\//);
    }
  });

  it.runIf(castDataPath !== undefined)("every source URL is one cast-data.md records", () => {
    const ref = readFileSync(castDataPath ?? "", "utf8");
    for (const s of doc.sources) expect(ref, s.id).toContain(s.url);
  });
});

describe("alignments", () => {
  it("every action implements at least one outline task, and every link is editorial", () => {
    for (let n = 1; n <= 27; n++) {
      const links = doc.alignments.filter((a) => a.from === `ap2018.action.${n}`);
      expect(links.length, `action ${n}`).toBeGreaterThan(0);
      for (const a of links) {
        expect(a.relation).toBe("implements");
        expect(a.to).toMatch(/^outline\.task\.([1-9]|1\d|2[0-4])$/);
      }
    }
    expect(doc.alignments.every((a) => a.editorial)).toBe(true);
  });

  it("every action-plan goal serves the outline's first step", () => {
    const goals = doc.alignments.filter((a) => a.relation === "serves");
    expect(goals.map((a) => [a.from, a.to])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((g) => [`ap2018.goal.${g}`, "outline.step.2020"]),
    );
  });
});
