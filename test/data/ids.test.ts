// Id stability: released ids never change. The full sorted id list is checked in
// (test/data/ids.snapshot.json); removing or renaming an id fails here, and an addition fails
// until it is added to the list on purpose. The id scheme itself is checked rule by rule.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";
import { allIds } from "./ids.js";
import { flatItems } from "./walk.js";

const doc = parsePlanDocument(castPlanDocument);
const released = JSON.parse(
  readFileSync(new URL("./ids.snapshot.json", import.meta.url), "utf8"),
) as string[];

describe("id stability", () => {
  it("no released id is removed or renamed", () => {
    const now = new Set(allIds(doc));
    expect(released.filter((id) => !now.has(id))).toEqual([]);
  });

  it("no id is added without updating ids.snapshot.json", () => {
    const before = new Set(released);
    expect(allIds(doc).filter((id) => !before.has(id))).toEqual([]);
  });

  it("the checked-in list is sorted and has no duplicates", () => {
    expect([...released].sort()).toEqual(released);
    expect(new Set(released).size).toBe(released.length);
  });
});

describe("id scheme", () => {
  it("items are <planId>.<kind>.<number>, or a named grouping of their plan", () => {
    const scheme =
      /^(outline|ap2018)\.(part\.\d+|principles|basic-principles|goals|principle\.\d+|step\.(2020|2035|2050)|step\.2035\.goal\.\d+|area\.\d+|task\.\d+|measure\.\d+|goal\.\d+|project\.\d+|action\.\d+)$/;
    for (const { item, planId } of flatItems(doc)) {
      expect(item.id).toMatch(scheme);
      expect(item.id.startsWith(`${planId}.`)).toBe(true);
      const m = /\.(task|action|area|measure|principle|goal|project|part)\.(\d+)$/.exec(item.id);
      if (m && item.number && /^\(?\d+\)?$/.test(item.number))
        expect(item.number.replace(/[()]/g, "")).toBe(m[2]);
    }
  });

  it("indicators, targets, observations, sources and alignments follow their patterns", () => {
    for (const ind of doc.indicators) {
      expect(ind.id).toMatch(/^ind\.[a-z0-9-]+$/);
      for (const t of ind.targets)
        expect(t.id).toMatch(new RegExp(`^${ind.id.replace(".", "\\.")}\\.t\\d{4}-[a-z0-9]+$`));
    }
    for (const o of doc.observations)
      expect(o.id).toMatch(/^obs\.[a-z0-9-]+\.\d{4}(-\d{2})?(\.[a-z]+-[A-Za-z0-9-]+)?$/);
    for (const s of doc.sources) expect(s.id).toMatch(/^src\.[a-z0-9-]+$/);
    for (const a of doc.alignments) expect(a.id).toBe(`al.${a.from}:${a.to}`);
  });
});
