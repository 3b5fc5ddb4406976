// Fidelity: every numbered heading of both documents, extracted from the seed text with regexes
// (test/data/seed.ts, independently of the dataset), is in the dataset with the same number,
// heading and place in the tree; and the counts per level, computed from the seed, match both the
// dataset and the numbers the issue states.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";
import { extractHeadings, type SeedHeading, seedPath, splitSeed } from "./seed.js";
import { flatItems } from "./walk.js";

const ROMAN: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
};
const STEP_YEAR: Record<string, number> = { First: 2020, Second: 2035, Third: 2050 };

/** The dataset id the id scheme gives a seed heading (k counts bullets within their list). */
function expectedId(h: SeedHeading, k: number): string {
  const n = h.number.replace(/[()]/g, "");
  if (h.doc === "outline") {
    switch (h.level) {
      case "part":
        return `outline.part.${ROMAN[h.number]}`;
      case "section":
        return (
          ["outline.principles", "outline.basic-principles", "outline.goals"][Number(n) - 1] ?? "?"
        );
      case "principle":
        return `outline.principle.${k}`;
      case "step":
        return `outline.step.${STEP_YEAR[h.number]}`;
      case "step-goal":
        return `outline.step.2035.goal.${k}`;
      case "area":
        return `outline.area.${n}`;
      case "task":
        return `outline.task.${n}`;
      case "measure":
        return `outline.measure.${n}`;
    }
  } else {
    const roman = ROMAN[h.number] ?? 0;
    switch (h.level) {
      case "part":
        return roman >= 3 && roman <= 8 ? `ap2018.project.${roman - 2}` : `ap2018.part.${roman}`;
      case "section":
        return ["ap2018.principles", "ap2018.goals"][Number(n) - 1] ?? "?";
      case "goal":
        return `ap2018.goal.${k}`;
      case "action":
        return `ap2018.action.${n}`;
      case "measure":
        return `ap2018.measure.${n}`;
    }
  }
  return `unmapped:${h.doc}.${h.level}`;
}

describe.runIf(seedPath !== undefined)("fidelity to the seed text", () => {
  const text = readFileSync(seedPath ?? "", "utf8");
  const headings = extractHeadings(text);
  const doc = parsePlanDocument(castPlanDocument);
  const flat = flatItems(doc);
  const byId = new Map(flat.map((f) => [f.item.id, f]));
  const count = (doc_: string, level: string) =>
    headings.filter((h) => h.doc === doc_ && h.level === level).length;

  // Give bullets their ordinal within their list.
  const withIds = headings.map((h, i) => {
    const k = headings
      .slice(0, i + 1)
      .filter((x) => x.doc === h.doc && x.level === h.level && x.section === h.section).length;
    return { h, id: expectedId(h, k) };
  });

  it("finds no unclassified bullet in the seed", () => {
    expect(headings.filter((h) => h.level === "bullet?")).toEqual([]);
  });

  it.each(withIds.map(({ h, id }) => [id, h] as const))(
    "%s has the seed's number and heading",
    (id, h) => {
      const found = byId.get(id);
      expect(found, `missing ${id}`).toBeDefined();
      expect(found?.item.number ?? "").toBe(h.number);
      expect(found?.item.heading.en).toBe(h.heading);
      expect(found?.planId).toBe(h.doc);
    },
  );

  it("holds no numbered or bulleted item the seed does not have", () => {
    const fromSeed = withIds.map((x) => x.id).sort();
    expect(flat.map((f) => f.item.id).sort()).toEqual(fromSeed);
  });

  it("places tasks under their area and actions under their project, as in the seed", () => {
    for (const { h, id } of withIds) {
      const parent = byId.get(id)?.parentId;
      if (h.doc === "outline" && h.level === "task")
        expect(parent).toBe(`outline.area.${h.section.replace(/[()]/g, "")}`);
      if (h.doc === "ap2018" && h.level === "action")
        expect(parent).toBe(`ap2018.project.${(ROMAN[h.part] ?? 0) - 2}`);
      if (h.doc === "outline" && h.level === "measure") expect(parent).toBe("outline.part.4");
      if (h.doc === "ap2018" && h.level === "measure") expect(parent).toBe("ap2018.part.9");
      if (h.level === "step-goal") expect(parent).toBe("outline.step.2035");
      if (h.doc === "ap2018" && h.level === "goal") expect(parent).toBe("ap2018.goals");
    }
  });

  it("counts per level: seed = issue's numbers = dataset", () => {
    const kinds = (planId: string, kind: string) =>
      flat.filter((f) => f.planId === planId && f.item.kind === kind).length;
    // [document, seed level, number stated in the issue, dataset kind]
    const rows: [string, string, number, string][] = [
      ["outline", "step", 3, "step"],
      ["outline", "area", 5, "area"],
      ["outline", "task", 24, "task"],
      ["outline", "measure", 7, "measure"],
      ["outline", "principle", 5, "principle"],
      ["ap2018", "goal", 7, "goal"],
      ["ap2018", "action", 27, "action"],
      ["ap2018", "measure", 4, "measure"],
    ];
    for (const [d, level, stated, kind] of rows) {
      expect(count(d, level), `${d} ${level} in the seed`).toBe(stated);
      // Principles: the five basic principles plus the guiding principles (1 item).
      expect(kinds(d, kind) - (kind === "principle" ? 1 : 0), `${d} ${kind} in the data`).toBe(
        stated,
      );
    }
    expect(count("outline", "part")).toBe(4);
    expect(count("ap2018", "part")).toBe(9);
    expect(kinds("ap2018", "project")).toBe(6); // parts III–VIII
    expect(count("outline", "step-goal")).toBe(5);
  });

  it("tasks per area and actions per project match the seed", () => {
    const perArea = [1, 2, 3, 4, 5].map(
      (a) => headings.filter((h) => h.level === "task" && h.section === `(${a})`).length,
    );
    expect(perArea).toEqual([5, 7, 3, 5, 4]);
    const perProject = ["III", "IV", "V", "VI", "VII", "VIII"].map(
      (p) => headings.filter((h) => h.level === "action" && h.part === p).length,
    );
    expect(perProject).toEqual([5, 5, 4, 5, 4, 4]);
    for (const [i, n] of perArea.entries())
      expect(byId.get(`outline.area.${i + 1}`)?.item.children.length).toBe(n);
    for (const [i, n] of perProject.entries())
      expect(byId.get(`ap2018.project.${i + 1}`)?.item.children.length).toBe(n);
  });

  it("tasks and actions are numbered 1..n without gaps, in source order", () => {
    const tasks = headings.filter((h) => h.level === "task").map((h) => Number(h.number));
    const actions = headings.filter((h) => h.level === "action").map((h) => Number(h.number));
    expect(tasks).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(actions).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
  });

  it("the table of contents lists the same outline headings as the body", () => {
    // Contents lines end with dot leaders and page numbers; apostrophes are typeset differently.
    const norm = (s: string) => s.replace(/’/g, "'");
    const contents = splitSeed(text)
      .contents.split("\n")
      .map((l) => /^(\(\d\)|\d{1,2}\.|[IVX]+\.) (.+?)[\s.]*\d*$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${(m[1] ?? "").replace(/\.$/, "")} ${norm(m[2] ?? "")}`);
    const body = headings
      .filter((h) => h.doc === "outline" && h.number !== "" && h.level !== "step")
      .map((h) => `${h.number} ${norm(h.heading)}`);
    expect(contents).toEqual(body);
  });

  it("the plan titles are the seed's", () => {
    const lines = text.split("\n").map((l) => l.trim());
    expect(lines).toContain(doc.plans[0]?.title.en);
    expect(lines).toContain(doc.plans[1]?.title.en);
  });
});
