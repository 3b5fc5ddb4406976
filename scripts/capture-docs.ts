// Regenerates the captured CLI output and the SVG images that the guides show, so that what the
// docs show is what the CLI prints (test/docs/captured.test.ts fails when they drift).
// Run: npx tsx scripts/capture-docs.ts
import { readFileSync, writeFileSync } from "node:fs";
import type { CliContext } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";

export const CAPTURE_AS_OF = "2026-11-28";

export async function capture(args: string[]): Promise<string> {
  let out = "";
  const ctx: CliContext = {
    stdout: (t) => {
      out += t;
    },
    stderr: () => {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    noColor: true,
    today: CAPTURE_AS_OF,
  };
  const code = await main(args, ctx);
  if (code !== 0) throw new Error(`cast-plan ${args.join(" ")} exited ${code}`);
  return out;
}

/** The blocks of docs/guides/cli.md between <!-- capture: args --> and <!-- /capture -->. */
export async function renderCaptures(text: string): Promise<string> {
  const pattern = /<!-- capture: (.+?) -->\n```text\n[\s\S]*?```\n<!-- \/capture -->/g;
  let result = text;
  for (const match of text.matchAll(pattern)) {
    const args = (match[1] ?? "").split(" ");
    const output = await capture(args);
    result = result.replace(
      match[0],
      `<!-- capture: ${match[1]} -->\n\`\`\`text\n${output}\`\`\`\n<!-- /capture -->`,
    );
  }
  return result;
}

if (process.argv[1]?.endsWith("capture-docs.ts")) {
  const path = "docs/guides/cli.md";
  writeFileSync(path, await renderCaptures(readFileSync(path, "utf8")));
  writeFileSync(
    "docs/media/science-literacy.svg",
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
  writeFileSync(
    "docs/media/cast-calendar.svg",
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
  console.log("updated docs/guides/cli.md and docs/media/*.svg");
}
