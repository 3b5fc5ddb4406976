// The CLI, driven through main() with a recorded context (no process spawn), plus one run of the
// built bin. Expected values are checked by hand against the CAST data (cast-data.md).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { closestOption, editDistance, usageLine } from "../../src/cli/args.js";
import { COMMANDS } from "../../src/cli/commands.js";
import type { CliContext } from "../../src/cli/io.js";
import { ProgressReportSchema, progressReportJsonSchema } from "../../src/schemas/index.js";
import { validDocument } from "../fixtures/document.js";
import { run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "cast-plan-cli-"));
const ESC = "\u001b[";

describe("cast-plan CLI: help, version, usage errors", () => {
  it("prints help with every command, and exits 2 without a command", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    for (const name of ["report", "schedule", "evaluate", "plans", "validate", "diff", "export"])
      expect(help.out).toContain(`  ${name}`);
    expect((await run([])).code).toBe(2);
  });

  it.each(["report", "schedule", "evaluate", "plans", "validate", "diff", "export"])(
    "%s --help",
    async (name) => {
      const r = await run([name, "--help"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: cast-plan ${name}`);
    },
  );

  it("prints the package version", async () => {
    const { version } = JSON.parse(
      await import("node:fs").then((fs) => fs.readFileSync("package.json", "utf8")),
    );
    expect((await run(["--version"])).out).toBe(`${version}\n`);
  });

  it("exits 2 on an unknown command, an unknown option, a bad format or a bad date", async () => {
    expect((await run(["frobnicate"])).code).toBe(2);
    expect((await run(["report", "--bogus"])).code).toBe(2);
    expect((await run(["report", "--format", "pdf"])).code).toBe(2);
    const date = await run(["report", "--as-of", "2023-02-29"]);
    expect(date.code).toBe(2);
    expect(date.err).toContain("--as-of");
  });

  it("exits 3 when a file cannot be read", async () => {
    expect((await run(["validate", join(dir, "missing.json")])).code).toBe(3);
  });
});

describe("cast-plan report on the bundled CAST data", () => {
  it("text: the science-literacy 2020 target is achieved on time (10.56% in 2020 > 10%)", async () => {
    const r = await run(["report", "--as-of", "2026-11-28"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("progress as of 2026-11-28");
    expect(r.out).toMatch(
      /2020 \(CAST outline, first step\): more than 10%\n\s+█+\s+100%\s+achieved on time/,
    );
    expect(r.out).not.toContain(ESC);
  });

  it("colour only on a TTY and never with NO_COLOR", async () => {
    expect((await run(["report", "--as-of", "2026-11-28"], { stdoutIsTTY: true })).out).toContain(
      ESC,
    );
    expect(
      (await run(["report", "--as-of", "2026-11-28"], { stdoutIsTTY: true, noColor: true })).out,
    ).not.toContain(ESC);
  });

  it("json: validates against the documented schema (zod and the shipped JSON Schema)", async () => {
    const r = await run(["report", "--as-of", "2026-11-28", "--format", "json"]);
    const json = JSON.parse(r.out);
    expect(ProgressReportSchema.safeParse(json).success).toBe(true);
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(progressReportJsonSchema());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const literacy = json.indicators.find((i: { id: string }) => i.id === "ind.science-literacy");
    // Latest value 15.37 in 2024 (14th survey), baseline 6.2 in 2015.
    expect(literacy.latest).toEqual({
      period: "2024",
      year: 2024,
      value: 15.37,
      status: "final",
      imputed: null,
    });
    expect(literacy.baseline).toEqual({
      period: "2015",
      year: 2015,
      value: 6.2,
      source: "indicator",
      status: "final",
      imputed: null,
    });
    // 2035 "exceed 20%": distance share (15.37 − 6.2) / (20 − 6.2) = 9.17 / 13.8 = 0.664493.
    const t2035 = literacy.targets.find(
      (t: { id: string }) => t.id === "ind.science-literacy.t2035-outline",
    );
    expect(t2035.distanceShare.raw).toBeCloseTo(9.17 / 13.8, 6);
    expect(t2035.status).toBe("active");
  });

  it("markdown has a table per indicator", async () => {
    const r = await run(["report", "--as-of", "2026-11-28", "--format", "markdown"]);
    expect(r.out).toContain("| target | set by | progress | status | outlook |");
  });

  it("svg: one indicator's trajectory", async () => {
    const r = await run([
      "report",
      "--as-of",
      "2026-11-28",
      "--format",
      "svg",
      "--indicator",
      "ind.science-literacy",
    ]);
    expect(r.out.startsWith("<svg")).toBe(true);
    expect(r.out).toContain("2035: 25");
    expect(r.out).toContain("2035: &gt; 20");
  });

  it("--observations replaces the bundled observations (CSV), checked against the document", async () => {
    const csv = join(dir, "obs.csv");
    writeFileSync(
      csv,
      "indicatorId,period,value,status\nind.science-literacy,2015,6.2,final\nind.science-literacy,2021,11.5,final\n",
    );
    const r = await run([
      "report",
      "--as-of",
      "2022-01-01",
      "--format",
      "json",
      "--observations",
      csv,
      "--indicator",
      "ind.science-literacy",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).indicators[0].latest).toEqual({
      period: "2021",
      year: 2021,
      value: 11.5,
      status: "final",
      imputed: null,
    });
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "indicatorId,period,value,status\nind.nope,2021,1,final\n");
    const b = await run(["report", "--observations", bad]);
    expect(b.code).toBe(1);
    expect(b.err).toContain("$.observations[0].indicatorId");
  });
});

describe("cast-plan validate, export, schedule, evaluate", () => {
  it("validate: exit 0 on a valid document, 1 with every problem and its path on an invalid one", async () => {
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify(validDocument()));
    expect((await run(["validate", good])).code).toBe(0);
    const broken = JSON.parse(JSON.stringify(validDocument()));
    broken.plans[0].issued = "2023-02-29";
    broken.indicators[0].measures = ["nope"];
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify(broken));
    const r = await run(["validate", bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("$.plans[0].issued: not a real calendar day");
    expect(r.err).toContain("$.indicators[0].measures[0]: no item has id 'nope'");
    const notJson = join(dir, "not.json");
    writeFileSync(notJson, "{");
    expect((await run(["validate", notJson])).code).toBe(1);
  });

  it("export: the data and each JSON Schema", async () => {
    const data = JSON.parse((await run(["export"])).out);
    expect(data.plans.map((p: { id: string }) => p.id)).toEqual(["outline", "ap2018"]);
    for (const what of ["plan-schema", "observations-schema", "report-schema"]) {
      expect(JSON.parse((await run(["export", "--what", what])).out).$schema).toBe(
        "https://json-schema.org/draft/2020-12/schema",
      );
    }
  });

  it("schedule: text, mermaid, ical and svg", async () => {
    const outline = ["schedule", "--plan-id", "outline"];
    const text = await run([...outline, "--as-of", "2026-11-28"]);
    expect(text.out).toContain("15th FYP phase (2026-2030)");
    expect(
      (await run([...outline, "--format", "mermaid"])).out.trimStart().startsWith("gantt"),
    ).toBe(true);
    expect((await run([...outline, "--format", "ical"])).out).toContain("BEGIN:VCALENDAR");
    expect((await run([...outline, "--format", "svg"])).out.startsWith("<svg")).toBe(true);
  });

  it("evaluate: the action plan's final evaluation rates the literacy target achieved on time", async () => {
    const r = await run([
      "evaluate",
      "--plan-id",
      "ap2018",
      "--as-of",
      "2021-03-31",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("achieved-on-time");
  });
});

describe("the built bin", () => {
  it("runs with node, prints the version and exits 0", () => {
    const { version } = JSON.parse(
      execFileSync("node", [
        "-e",
        "process.stdout.write(require('fs').readFileSync('package.json','utf8'))",
      ]).toString(),
    );
    expect(execFileSync("node", ["dist/cli.js", "--version"]).toString()).toBe(`${version}\n`);
  });

  it("shows a progress bar while reading a large file on a terminal only", () => {
    // Not a TTY here: no progress output on stderr, whatever the size.
    const big = join(dir, "big.csv");
    const rows = ["indicatorId,period,value,status"];
    for (let i = 0; i < 200_000; i++)
      rows.push(`ind.science-literacy,${1000 + (i % 9000)},1.5,final`);
    writeFileSync(big, rows.join("\n"));
    const r = spawnSync("node", ["dist/cli.js", "validate", big], { encoding: "utf8" });
    expect(r.stderr).not.toContain("reading");
    // Periods repeat every 9,000 rows: 191,000 duplicates are refused, the first 100 printed.
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("… and 190900 more problems");
    expect(r.stderr.split("\n").filter((l) => l.includes("(duplicate-observation)"))).toHaveLength(
      100,
    );
  });
});

describe("readText progress bar", () => {
  it("draws a bar on stderr for a file over 4 MiB when stderr is a terminal, and none otherwise", async () => {
    const { readText } = await import("../../src/cli/io.js");
    const file = join(dir, "five-mib.txt");
    writeFileSync(file, "x".repeat(5 * 1024 * 1024));
    let err = "";
    const ctx: CliContext = {
      stdout: () => {},
      stderr: (t) => {
        err += t;
      },
      stdoutIsTTY: false,
      stderrIsTTY: true,
      noColor: true,
      today: "2026-11-28",
    };
    expect((await readText(file, ctx)).length).toBe(5 * 1024 * 1024);
    expect(err).toContain("reading");
    expect(err).toContain("100%");
    err = "";
    await readText(file, { ...ctx, stderrIsTTY: false });
    expect(err).toBe("");
  });
});

describe("report periods", () => {
  it("shows a dated observation's period as written, not as a decimal year", async () => {
    // The mobile museum count of 657 is dated 2023-09 in the data (CCTV, 2023-09-12); the engine
    // places it at decimal year 2022.75 (the end of 2022 is 2022), which must not be shown.
    const r = await run([
      "report",
      "--as-of",
      "2026-11-28",
      "--format",
      "json",
      "--indicator",
      "ind.mobile-science-museums",
    ]);
    const latest = JSON.parse(r.out).indicators[0].latest;
    expect(latest.period).toBe("2023-09");
    expect(latest.year).toBeCloseTo(2022 + 273 / 365, 9);
    expect(
      (await run(["report", "--as-of", "2026-11-28", "--indicator", "ind.mobile-science-museums"]))
        .out,
    ).toContain(`latest 657 (${latest.period})`); // a count: no decimals
  });
});

describe("usage lines come from the option tables", () => {
  it.each(Object.keys(COMMANDS))(
    "%s: every option of its table is in its usage line and help",
    async (name) => {
      const command = COMMANDS[name];
      if (!command) throw new Error(name);
      const help = (await run([name, "--help"])).out;
      const usage = help.split("\n").find((line) => line.startsWith("Usage: "));
      expect(usage).toBe(`Usage: cast-plan ${usageLine(command)}`);
      for (const option of Object.keys(command.options)) {
        expect(usage).toMatch(new RegExp(`\\[--${option}[ \\]]`));
        expect(help).toMatch(new RegExp(`\\n  --${option}[ <]`));
      }
      // A usage error prints the same hint to the help.
      expect((await run([name, "--no-such-option"])).err).toContain(
        `Run 'cast-plan ${name} --help'`,
      );
    },
  );

  it("spells out the usage lines that used to miss options", () => {
    expect(usageLine(COMMANDS.evaluate as never)).toBe(
      "evaluate [--plan <file>] [--plan-id <id>] [--observations <file>] [--as-of <date>] [--checkpoint annual|mid-term|final] [--scale 4|6] [--minimum-coverage <share>] [--format text|markdown|json] [--locale en|zh-CN] [--output <file>]",
    );
    expect(usageLine(COMMANDS.report as never)).toBe(
      "report [--plan <file>] [--observations <file>] [--as-of <date>] [--format text|markdown|json|svg] [--indicator <id>] [--projection cagr|linear|weighted-linear|logit|average-annual-change] [--completeness refuse|carry-forward|interpolate] [--max-carry-years <n>] [--ascii] [--locale en|zh-CN] [--output <file>]",
    );
    expect(usageLine(COMMANDS.validate as never)).toBe(
      "validate <file> [--kind plan|observations] [--plan <file>]",
    );
    expect(usageLine(COMMANDS.plans as never)).toBe(
      "plans [--plan <file>] [--format text|json] [--output <file>]",
    );
  });

  it("shows a required option plainly and an optional one in brackets", () => {
    expect(
      usageLine({
        name: "demo",
        options: {
          id: { type: "string", valueName: "id", description: "x", required: true },
          fast: { type: "boolean", description: "y" },
        },
        positionals: [{ name: "file", description: "z" }],
      }),
    ).toBe("demo <file> --id <id> [--fast]");
  });
});

describe("usage errors in our own words (exit 2)", () => {
  const hint = (name: string) => `\nRun 'cast-plan ${name} --help' for usage.\n`;

  it("an unknown option lists the command's options and suggests the closest one", async () => {
    const foo = await run(["report", "--foo"]);
    expect(foo.code).toBe(2);
    expect(foo.err).toBe(
      `cast-plan report: unknown option '--foo'. Options of 'report': --as-of, --ascii, --completeness, --format, --help, --indicator, --locale, --max-carry-years, --observations, --output, --plan, --projection.${hint("report")}`,
    );
    const typo = await run(["report", "--asof", "2024"]);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("unknown option '--asof' (did you mean --as-of?)");
    expect((await run(["plans", "--fromat", "json"])).err).toContain(
      "unknown option '--fromat' (did you mean --format?)",
    );
    expect((await run(["export", "-x"])).err).toContain(
      "unknown option '-x'. Options of 'export': --help, --output, --what.",
    );
  });

  it("edit distance counts a swap of neighbours as one; suggestions stop at 2", () => {
    expect(editDistance("asof", "as-of")).toBe(1);
    expect(editDistance("fromat", "format")).toBe(1);
    expect(editDistance("indicatr", "indicator")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(closestOption(COMMANDS.report as never, "projektion")).toBe("--projection");
    expect(closestOption(COMMANDS.report as never, "plna")).toBe("--plan");
    // "outpt" is 1 from --output; "foo" is more than 2 from every option.
    expect(closestOption(COMMANDS.report as never, "outpt")).toBe("--output");
    expect(closestOption(COMMANDS.report as never, "foo")).toBeUndefined();
  });

  it("a missing value, a value after a flag, a repeated option, an unexpected argument", async () => {
    const missing = await run(["report", "--as-of"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(
      `cast-plan report: --as-of needs a value (--as-of <date>).${hint("report")}`,
    );
    const swallowed = await run(["report", "--as-of", "--format", "json"]);
    expect(swallowed.code).toBe(2);
    expect(swallowed.err).toContain(
      "--as-of needs a value (--as-of <date>) but is followed by '--format'",
    );
    const twice = await run(["report", "--format", "json", "--format", "svg"]);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain("--format is given twice");
    const flag = await run(["report", "--ascii=yes"]);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("--ascii takes no value (got 'yes')");
    const extra = await run(["report", "2024"]);
    expect(extra.code).toBe(2);
    expect(extra.err).toBe(
      `cast-plan report: unexpected argument '2024': 'report' takes options only.${hint("report")}`,
    );
    const two = await run(["validate", "a.json", "b.json"]);
    expect(two.code).toBe(2);
    expect(two.err).toContain("unexpected argument 'b.json': 'validate' takes <file> and options");
    const none = await run(["validate"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("missing <file>");
    const choice = await run(["evaluate", "--scale", "5"]);
    expect(choice.code).toBe(2);
    expect(choice.err).toContain("--scale must be one of 4, 6; got '5'");
  });

  it("--format svg needs --indicator, and says how to list the ids", async () => {
    const r = await run(["report", "--as-of", "2026-11-28", "--format", "svg"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      `cast-plan report: --format svg draws one indicator's trajectory: say which with --indicator <id> (list them with 'cast-plan plans').${hint("report")}`,
    );
    const unknown = await run(["report", "--indicator", "ind.nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      "--indicator: no indicator has id 'ind.nope' (list them with 'cast-plan plans')",
    );
  });

  it("a document with several plans needs --plan-id for schedule and evaluate; one plan does not", async () => {
    for (const name of ["schedule", "evaluate"]) {
      const r = await run([name, "--as-of", "2026-11-28"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        `cast-plan ${name}: the document has 2 plans (outline, ap2018): say which with --plan-id <id> (list them with 'cast-plan plans').`,
      );
    }
    const wrong = await run(["evaluate", "--plan-id", "ap2019"]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(
      "--plan-id: no plan has id 'ap2019'; the document's plans are outline, ap2018",
    );
    const doc = validDocument();
    const single = join(dir, "single-plan.json");
    writeFileSync(single, JSON.stringify({ ...doc, plans: [doc.plans[0]], alignments: [] }));
    const r = await run(["evaluate", "--plan", single, "--as-of", "2021-03-31"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    // The fixture's only plan is 'nat'; without a short title its id heads the scorecard.
    expect(r.out.split("\n")[0]).toMatch(/: final evaluation$/);
  });
});

describe("cast-plan plans", () => {
  it("text: the plan ids, their item trees and the indicators of the bundled document", async () => {
    const r = await run(["plans"]);
    expect(r.code).toBe(0);
    // Read by hand from src/data/outline.ts, actionPlan.ts and indicators.ts.
    expect(r.out).toContain("\n  outline  CAST Outline\n    outline.part.1  I ");
    // Task 6 sits in part III, area (2): three levels below the plan.
    expect(r.out).toContain(
      "\n    outline.part.3  III Major tasks\n      outline.area.1  (1) Enhance the ability of political guidance and incorporation\n",
    );
    expect(r.out).toContain(
      "\n  ap2018  Three-Year Action Plan\n    ap2018.part.1  I Development background and trend\n",
    );
    expect(r.out).toContain(
      "\n    ap2018.part.2  II Guiding principles and development goals\n      ap2018.principles  (1) Guiding principles\n      ap2018.goals  (2) Development goals\n        ap2018.goal.1  Significantly increase the ability of political guidance and absorption\n",
    );
    expect(r.out).toContain(
      "\n      ap2018.action.1  1 Promote the “Smart Party Building” action\n",
    );
    expect(r.out).toContain(
      "\n        outline.task.6  6 Improve the science literacy of the whole Chinese people\n",
    );
    expect(r.out).toContain(
      "\nIndicators (--indicator)\n  ind.science-literacy  Share of citizens with science literacy [%]\n",
    );
    expect(r.out).toContain("\n  ind.mobile-science-museums  Mobile science museums [sets]\n");
  });

  it("json: every plan and indicator id, each accepted by the other commands", async () => {
    const r = await run(["plans", "--format", "json"]);
    expect(r.code).toBe(0);
    const listing = JSON.parse(r.out);
    expect(listing.plans.map((p: { id: string }) => p.id)).toEqual(["outline", "ap2018"]);
    // The action plan's nine top-level items: parts I and II, projects III–VIII, part IX.
    expect(listing.plans[1].items.map((i: { id: string }) => i.id)).toEqual([
      "ap2018.part.1",
      "ap2018.part.2",
      "ap2018.project.1",
      "ap2018.project.2",
      "ap2018.project.3",
      "ap2018.project.4",
      "ap2018.project.5",
      "ap2018.project.6",
      "ap2018.part.9",
    ]);
    expect(listing.plans[1].items[1].children[1]).toMatchObject({
      id: "ap2018.goals",
      kind: expect.any(String),
      number: "(2)",
      heading: "Development goals",
    });
    expect(listing.indicators).toHaveLength(12);
    expect(listing.indicators[0]).toEqual({
      id: "ind.science-literacy",
      name: "Share of citizens with science literacy",
      unit: "%",
    });
    for (const { id } of listing.indicators)
      expect(
        (await run(["report", "--as-of", "2026-11-28", "--indicator", id, "--format", "json"]))
          .code,
      ).toBe(0);
    for (const { id } of listing.plans)
      expect(
        (await run(["evaluate", "--plan-id", id, "--as-of", "2026-11-28", "--format", "json"]))
          .code,
      ).toBe(0);
  });

  it("--plan: the ids of the given document", async () => {
    const file = join(dir, "ids.json");
    writeFileSync(file, JSON.stringify(validDocument()));
    const listing = JSON.parse((await run(["plans", "--plan", file, "--format", "json"])).out);
    expect(listing.plans.map((p: { id: string }) => p.id)).toEqual(["nat", "loc"]);
    expect(listing.indicators).toEqual([{ id: "ind.share", name: "Share", unit: "%" }]);
    const text = (await run(["plans", "--plan", file])).out;
    expect(text.startsWith(`Ids in ${file}\n`)).toBe(true);
    expect(text).toContain("\n  loc  Local plan\n    loc.task.1  Local task\n");
    expect((await run(["report", "--plan", file, "--format", "svg"])).err).toContain(
      `(list them with 'cast-plan plans --plan ${file}')`,
    );
  });
});

describe("evaluate explains each rating in plain words", () => {
  it("the action plan's final evaluation withholds ratings the evidence does not support", async () => {
    const r = await run(["evaluate", "--plan-id", "ap2018", "--as-of", "2021-03-31"]);
    expect(r.code).toBe(0);
    // Rated items (read from src/data): the 7 goals (goal.3 and goal.5 through their indicator),
    // projects I–VI with their 27 actions (action.6: 2 indicators, action.16: 5, action.18: 2,
    // action.15: 1) and the 4 supporting measures: 7 + 5 + 6 + 4 + 10 + 4 + 4 + 4 = 44 leaf items;
    // part I (background) and the principles are context, not rated. With evidence by 2021-03-31:
    // literacy under goal 5 and under action 15, mobile museums and caravans under action 16 =
    // 4 of 44 (9%), below the default 50%: no overall rating, only the mean of what was rated.
    expect(r.out).toContain(
      "Overall: insufficient evidence (coverage 9%: 4 of 44 items with evidence). the plan: insufficient evidence, 4 of 44 items rated (9%), below the 50% a rating needs; the rated ones give a weighted mean of 4.0 from 2 of 8 children (6 not rated)\n",
    );
    // Project VI: 3 of its 10 leaf items (30%).
    expect(r.out).toContain(
      "  insufficient evidence — VI Implement the science popularization brand project: 'ap2018.project.4': insufficient evidence, 3 of 10 items rated (30%)",
    );
    // A target past its deadline without an observation (rural museums, 2020) counts against
    // coverage; goal 5 is fully covered by its one indicator and is rated.
    expect(r.out).toContain(
      "      H High — Further form a great popular science pattern featuring social participation and joint cooperation: 'ap2018.goal.5': weighted mean 4.0 from its only child → rated 4, High (halves rounded away from zero; 1 of 1 item rated)",
    );
    expect(r.out).toContain("6 of 8 top-level items have no indicator or rated child");
    // With a lower threshold the plan is rated on what there is, and says on how much.
    const any = await run([
      "evaluate",
      "--plan-id",
      "ap2018",
      "--as-of",
      "2021-03-31",
      "--minimum-coverage",
      "0",
    ]);
    expect(any.out).toContain("Overall: H High (coverage 9%: 4 of 44 items with evidence).");
    const bad = await run(["evaluate", "--plan-id", "ap2018", "--minimum-coverage", "2"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      "--minimum-coverage must be a share from 0 to 1, such as 0.5; got '2'",
    );
    expect(r.out).not.toMatch(/ of \d+ of /);
  });
});

describe("cast-plan report --completeness (issue 15, point 1)", () => {
  const plan = join(dir, "provincial.json");
  writeFileSync(
    plan,
    JSON.stringify({
      schemaVersion: 1,
      plans: [
        {
          id: "prov",
          kind: "local-plan",
          title: "Provincial plan",
          issuer: "Province",
          period: { start: 2021, end: 2025 },
          items: [{ id: "t1", kind: "task", heading: "Build venues" }],
        },
      ],
      units: ["a", "b"].map((id) => ({ id, name: id, kind: "local-association" })),
      indicators: [
        {
          id: "venues",
          name: "Venues",
          measure: "count",
          unit: "venues",
          direction: "increase",
          aggregation: "sum",
          baselines: [{ period: 2020, value: 10 }],
          targets: [{ id: "t", deadline: 2025, comparator: ">=", value: 30 }],
          measures: ["t1"],
        },
      ],
      observations: [
        { indicatorId: "venues", unitId: "a", period: 2021, value: 6, status: "final" },
        { indicatorId: "venues", unitId: "b", period: 2021, value: 6, status: "final" },
        { indicatorId: "venues", unitId: "a", period: 2022, value: 8, status: "final" },
      ],
    }),
  );

  it("refuses the incomplete period by default and carries forward when asked", async () => {
    const refuse = await run(["report", "--plan", plan, "--as-of", "2023", "--format", "json"]);
    expect(refuse.code).toBe(0);
    // 2022 (b missing) left out: latest 12 (2021).
    expect(JSON.parse(refuse.out).indicators[0].latest.value).toBe(12);
    const carry = await run([
      "report",
      "--plan",
      plan,
      "--as-of",
      "2023",
      "--completeness",
      "carry-forward",
      "--max-carry-years",
      "1",
    ]);
    // 2022: 8 + b's 2021 report 6 = 14.
    expect(carry.out).toContain("latest 14 (2022, carried forward)");
    expect(carry.out).toContain("b's 2021 report stands in");
  });

  it("rejects a bad policy or a limit without carry-forward (exit 2)", async () => {
    const bad = await run(["report", "--plan", plan, "--completeness", "guess"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      "--completeness must be one of refuse, carry-forward, interpolate; got 'guess'",
    );
    const alone = await run(["report", "--plan", plan, "--max-carry-years", "2"]);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain("--max-carry-years goes with --completeness carry-forward");
    const negative = await run([
      "report",
      "--plan",
      plan,
      "--completeness",
      "carry-forward",
      "--max-carry-years=-1",
    ]);
    expect(negative.err).toContain("--max-carry-years must be a number of years ≥ 0; got '-1'");
  });
});
