#!/usr/bin/env node
// The cast-plan command-line interface. This is the one place in src/ that reads the clock, the
// environment and files; the library itself stays pure. Arguments are parsed with Node's own
// util.parseArgs (no dependency).
import { realpathSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pkg from "../../package.json" with { type: "json" };
import { CastPlanError } from "../errors/CastPlanError.js";
import { commandHelp, parseCommandArgs } from "./args.js";
import { COMMANDS, ExitSignal } from "./commands.js";
import { type CliContext, EXIT, formatIssueList, UsageError } from "./io.js";

const HELP = `cast-plan ${pkg.version}: monitor the CAST plan (or any plan document)

Usage: cast-plan <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.name.padEnd(10)} ${c.summary}`)
  .join("\n")}

Options:
  -h, --help       Show help (also: cast-plan <command> --help)
  -v, --version    Show the version

Exit codes: 0 success · 1 invalid input (every problem is listed with its path) · 2 usage error · 3 file error
Colour is used only on a terminal, and never when NO_COLOR is set.
`;

/** Runs the CLI with the given arguments and context; returns the exit code. */
export async function main(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    ctx.stdout(HELP);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "-v" || first === "--version") {
    ctx.stdout(`${pkg.version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[first];
  if (!command) {
    ctx.stderr(`cast-plan: unknown command '${first}'. Run 'cast-plan --help' for the list.\n`);
    return EXIT.usage;
  }
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.help) {
      ctx.stdout(commandHelp(command));
      return EXIT.ok;
    }
    const values = parsed.values;
    const output = await command.run(values, parsed.positionals, ctx);
    if (output.text !== undefined) {
      const target = values.output;
      if (typeof target === "string") writeFileSync(target, output.text);
      else ctx.stdout(output.text);
    }
    return output.exitCode;
  } catch (error) {
    if (error instanceof ExitSignal) return error.exitCode;
    if (error instanceof UsageError) {
      const sentence = /[.?!]$/.test(error.message) ? error.message : `${error.message}.`;
      ctx.stderr(
        `cast-plan ${command.name}: ${sentence}\nRun 'cast-plan ${command.name} --help' for usage.\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof CastPlanError) {
      ctx.stderr(
        `cast-plan ${command.name}: ${error.message}\n${error.issues.length > 1 ? `${formatIssueList(error.issues)}\n` : ""}`,
      );
      return error.code === "INVALID_ARGUMENT" ? EXIT.usage : EXIT.invalid;
    }
    if (error instanceof SyntaxError) {
      ctx.stderr(`cast-plan ${command.name}: the input is not valid JSON: ${error.message}\n`);
      return EXIT.invalid;
    }
    if (
      error instanceof Error &&
      "code" in error &&
      typeof error.code === "string" &&
      /^E[A-Z]+$/.test(error.code)
    ) {
      ctx.stderr(`cast-plan ${command.name}: ${error.message}\n`);
      return EXIT.io;
    }
    throw error;
  }
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The context of a real process: streams, TTY facts, NO_COLOR and today's local date. */
export function processContext(): CliContext {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    noColor: (process.env.NO_COLOR ?? "") !== "",
    today: localToday(),
  };
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * Runs the CLI as a process: the arguments after the script, the process's streams, and the exit
 * code set on `process.exitCode` (70 for an unexpected error). Called when this file is run
 * directly and by the package's bin launcher (`bin/cast-plan.js`).
 */
export function runProcess(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  return main(argv, processContext()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `cast-plan: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    },
  );
}

if (invokedDirectly()) void runProcess();
