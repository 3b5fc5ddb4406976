// The cast-plan command-line interface. This is the one place in src/ that reads the clock,
// the environment and the file system; the library itself stays pure.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatIssues } from "../errors/CastPlanError.js";
import { safeParsePlanDocument } from "../schemas/document.js";

const VERSION = "0.0.0";

const HELP = `cast-plan ${VERSION}: monitor the CAST plan (or any plan document)

Usage: cast-plan <command> [options]

Commands:
  validate <file>   Validate a plan document (JSON); exit 1 with every error and its path

Options:
  -h, --help        Show help
  -v, --version     Show the version

Exit codes: 0 success, 1 invalid input, 2 usage error.
`;

export function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } },
  });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === "validate") {
    const file = rest[0];
    if (!file) {
      process.stderr.write("cast-plan validate: missing <file>\n");
      return 2;
    }
    const result = safeParsePlanDocument(JSON.parse(readFileSync(file, "utf8")));
    if (result.success) {
      process.stdout.write(`${file}: valid\n`);
      return 0;
    }
    process.stderr.write(`${formatIssues(result.issues)}\n`);
    return 1;
  }
  process.stderr.write(`cast-plan: unknown command '${command}'\n${HELP}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
