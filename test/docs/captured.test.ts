// The CLI output and images shown in the guides are exactly what the CLI prints now
// (regenerate with `npx tsx scripts/capture-docs.ts`).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAPTURE_AS_OF, capture, renderCaptures } from "../../scripts/capture-docs.js";
import { usageLine } from "../../src/cli/args.js";
import { COMMANDS } from "../../src/cli/commands.js";
import { main } from "../../src/cli/main.js";

describe("captured CLI output in the docs", () => {
  it("docs/guides/cli.md shows the current report", async () => {
    const text = readFileSync("docs/guides/cli.md", "utf8");
    expect(text).toContain("<!-- capture: report");
    expect(await renderCaptures(text)).toBe(text);
  });

  it("docs/media SVGs are the current renderings", async () => {
    expect(readFileSync("docs/media/science-literacy.svg", "utf8")).toBe(
      await capture([
        "report",
        "--as-of",
        CAPTURE_AS_OF,
        "--format",
        "svg",
        "--indicator",
        "ind.science-literacy",
      ]),
    );
    expect(readFileSync("docs/media/cast-calendar.svg", "utf8")).toBe(
      await capture([
        "schedule",
        "--plan-id",
        "outline",
        "--as-of",
        CAPTURE_AS_OF,
        "--format",
        "svg",
      ]),
    );
  });
});

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    noColor: true,
    today: CAPTURE_AS_OF,
  });
  return { code, out, err };
}

describe("the CLI guide's hand-written examples are what the CLI prints", () => {
  const guide = readFileSync("docs/guides/cli.md", "utf8");

  it("the usage lines are the generated ones, one per command", () => {
    const block = /<!-- usage -->\n```text\n([\s\S]*?)```\n<!-- \/usage -->/.exec(guide)?.[1];
    expect(block).toBe(
      `${Object.values(COMMANDS)
        .map((c) => `cast-plan ${usageLine(c)}`)
        .join("\n")}\n`,
    );
  });

  it("each usage error shown is the CLI's message, exit code 2", async () => {
    const examples = [...guide.matchAll(/^\$ cast-plan (.+)\n((?:(?!\$ |```).+\n)+)/gm)];
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const [, args, shown] of examples) {
      const r = await runCli((args ?? "").split(" "));
      expect(r.code).toBe(2);
      expect(r.err).toBe(shown);
    }
  });

  it("the lines of the plans excerpt appear in order in 'cast-plan plans'", async () => {
    const excerpt = /`cast-plan plans` \(or[\s\S]*?```text\n([\s\S]*?)```/.exec(guide)?.[1] ?? "";
    const out = (await runCli(["plans"])).out;
    let from = 0;
    for (const line of excerpt.split("\n").filter((l) => l !== "…")) {
      const at = out.indexOf(`${line}\n`, from);
      expect(at, line).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
  });
});
