// Runs the CLI in-process with a captured context (no TTY, no colour, a fixed "today").
import type { CliContext } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

/** The exit code and what the CLI wrote. */
export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(args: string[], tty: Partial<CliContext> = {}): Promise<Run> {
  let out = "";
  let err = "";
  const ctx: CliContext = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    noColor: false,
    today: "2026-11-28",
    ...tty,
  };
  const code = await main(args, ctx);
  return { code, out, err };
}
