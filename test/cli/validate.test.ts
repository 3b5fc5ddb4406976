// Issue 15, points 5 and 6 through `cast-plan validate`: cycles and huge weights exit 1, every
// problem in one run, observations files recognised by content, unreadable files in one line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validDocument } from "../fixtures/document.js";
import { run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "cast-plan-validate-"));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}
function doc(edit: (d: any) => void): unknown {
  const d = JSON.parse(JSON.stringify(validDocument()));
  edit(d);
  return d;
}

describe("cast-plan validate: schema rules", () => {
  it("a parent-plan cycle exits 1 and names the cycle", async () => {
    const path = file(
      "cycle.json",
      doc((d) => (d.plans[0].parentPlanId = "loc")),
    );
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${path}: 1 problem\n$.plans[0].parentPlanId: plan parents form a cycle: plan 'nat' → 'loc' → 'nat' (cycle)\n`,
    );
  });

  it("weights of 1e308 exit 1", async () => {
    const path = file(
      "weights.json",
      doc((d) => {
        d.plans[0].items[1].children[0].weight = 1e308;
        d.plans[0].items[1].children[1].weight = 1e308;
      }),
    );
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "$.plans[0].items[1].children[1].weight: a weight is at most 1e9 (weights are relative; scale them down) (too_big)",
    );
  });
});

describe("cast-plan validate: one run", () => {
  it("three independent errors in three entities are all listed", async () => {
    const path = file(
      "three.json",
      doc((d) => {
        d.indicators[0].targets[1].comparator = "=>";
        d.plans[0].assignments[0].unitId = "u.nope";
        d.alignments[0].to = "nat.task.9";
      }),
    );
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split("\n");
    expect(lines[0]).toBe(`${path}: 3 problems`);
    expect(lines.slice(1).map((l) => l.slice(0, l.indexOf(":")))).toEqual([
      "$.indicators[0].targets[1].comparator",
      "$.plans[0].assignments[0].unitId",
      "$.alignments[0].to",
    ]);
  });

  it("more than 100 problems: 100 printed, then a count of the rest", async () => {
    const path = file(
      "many.json",
      doc((d) => {
        d.indicators[0].measures = Array.from({ length: 130 }, (_, i) => `nope.${i}`);
      }),
    );
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split("\n");
    expect(lines).toHaveLength(102);
    expect(lines[0]).toBe(`${path}: 130 problems`);
    expect(lines[101]).toBe("… and 30 more problems (fix these first, then run again)");
  });
});

describe("cast-plan validate: observations files", () => {
  it("a JSON observations file is recognised by its content; every problem listed with $. paths", async () => {
    const path = file("obs.json", {
      schemaVersion: 1,
      observations: [
        { indicatorId: "ind.share", period: 2023, value: 14, status: "finale" },
        { indicatorId: "ind.none", period: 2023, value: 1, status: "final" },
      ],
    });
    const plan = file("plan.json", validDocument());
    const r = await run(["validate", path, "--plan", plan]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${path}: 2 problems\n$.observations[0].status: Invalid option: expected one of "final"|"provisional"|"estimated" (invalid_value)\n$.observations[1].indicatorId: no indicator has id 'ind.none' (reference)\n`,
    );
  });

  it("a valid JSON observations file passes without --kind", async () => {
    const path = file("obs-ok.json", {
      schemaVersion: 1,
      observations: [{ indicatorId: "ind.share", period: 2023, value: 14, status: "final" }],
    });
    const plan = file("plan2.json", validDocument());
    const r = await run(["validate", path, "--plan", plan]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${path}: valid (1 observations)\n`);
  });

  it("a JSON file that is neither says how to pass --kind", async () => {
    const path = file("neither.json", { schemaVersion: 1 });
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "(a plan document has 'plans', an observations file has 'observations'; say which with --kind plan|observations)",
    );
  });

  it("CSV: the separator hint, through the same formatter", async () => {
    const path = file("semi.csv", "indicatorId;period;value;status\nind.share;2020;1,5;final\n");
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${path}: 1 problem\n$.header: one column 'indicatorId;period;value;status': the separator looks like ';'; use commas (and decimal points: 1.5) (csv-header)\n`,
    );
  });

  it("CSV: cell problems and document problems in one run", async () => {
    const path = file(
      "mixed.csv",
      'indicatorId,period,value,status\nind.share,2020,"1,5",final\nind.none,2021,3,final\n',
    );
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("$.rows[0].value: '1,5' has a decimal comma");
    expect(r.err).toContain("$.rows[1].indicatorId: no indicator has id 'ind.none' (reference)");
  });
});

describe("unreadable files: one clear line", () => {
  it("validate, report --plan, report --observations", async () => {
    const missing = join(dir, "x.json");
    for (const args of [
      ["validate", missing],
      ["report", "--plan", missing],
      ["report", "--observations", missing],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(3);
      expect(r.err).toBe(`cast-plan ${args[0]}: cannot read '${missing}': no such file\n`);
    }
  });

  it("a directory", async () => {
    const r = await run(["validate", dir]);
    expect(r.code).toBe(3);
    expect(r.err).toBe(`cast-plan validate: cannot read '${dir}': it is a directory\n`);
  });
});
