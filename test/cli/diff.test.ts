// cast-plan diff: the bundled CAST document against a copy with one target value changed, in each
// format, with its exit codes (0 equal, 1 different or invalid, 2 usage, 3 file error).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run as runCli } from "./run.js";

// Without colour, as in a pipe.
const run = (args: string[]) => runCli(args, { noColor: true });

const dir = mkdtempSync(join(tmpdir(), "cast-plan-diff-"));
const a = join(dir, "a.json");
const b = join(dir, "b.json");
const bad = join(dir, "bad.json");

describe("cast-plan diff", async () => {
  const exported = JSON.parse((await run(["export"])).out);
  writeFileSync(a, JSON.stringify(exported));
  const museums = exported.indicators.findIndex(
    (i: { id: string }) => i.id === "ind.mobile-science-museums",
  );
  exported.indicators[museums].targets[0].value = 350;
  writeFileSync(b, JSON.stringify(exported));
  writeFileSync(bad, JSON.stringify({ schemaVersion: 1, plans: [] }));

  it("prints each change with its id and path, and exits 1 when the documents differ", async () => {
    const r = await run(["diff", a, b]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      `${a} → ${b}: 1 change: 0 added, 0 removed, 1 changed, 0 moved\n~ target ind.mobile-science-museums.t2020-ap2018 value: 300 → 350\n    $.indicators[${museums}].targets[0].value\n`,
    );
  });

  it("exits 0 when they are equal", async () => {
    const r = await run(["diff", a, a]);
    expect(r).toEqual({ code: 0, out: `${a} and ${a}: no changes\n`, err: "" });
  });

  it("markdown: a table", async () => {
    const r = await run(["diff", a, b, "--format", "markdown"]);
    expect(r.out).toContain(
      `| changed | target | \`ind.mobile-science-museums.t2020-ap2018\` | value | 300 | 350 | \`$.indicators[${museums}].targets[0].value\` |`,
    );
  });

  it("json: the diff with the file names", async () => {
    const r = await run(["diff", a, b, "--format", "json"]);
    const json = JSON.parse(r.out);
    expect(json.files).toEqual({ before: a, after: b });
    expect(json.equal).toBe(false);
    expect(json.changes).toEqual([
      {
        kind: "changed",
        locator: {
          entity: "target",
          id: "ind.mobile-science-museums.t2020-ap2018",
          field: ["value"],
        },
        path: ["indicators", museums, "targets", 0, "value"],
        before: 300,
        after: 350,
      },
    ]);
  });

  it("exits 1 with the problems on stderr for an invalid document, 2 on usage, 3 on a file error", async () => {
    const invalid = await run(["diff", a, bad]);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toBe("");
    expect(invalid.err).toContain(`${bad}: 1 problem`);
    expect((await run(["diff", a])).code).toBe(2);
    expect((await run(["diff", a, b, "--format", "svg"])).code).toBe(2);
    expect((await run(["diff", a, join(dir, "missing.json")])).code).toBe(3);
  });
});
