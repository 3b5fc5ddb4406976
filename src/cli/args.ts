// Argument parsing of the CLI: the usage line and help generated from each command's option table
// (so they cannot drift from what is accepted), and util.parseArgs's tokens checked here so that
// every mistake is told in our own words (unknown option with a suggestion, missing value,
// repeated option, unexpected argument, value not among the choices).
import { parseArgs } from "node:util";
import { UsageError } from "./io.js";

/** An option of a command, as util.parseArgs takes it plus help text. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly description: string;
  /** The placeholder of the value in help and usage (`<file>`); ignored when `choices` is set. */
  readonly valueName?: string;
  /** The accepted values; the usage line shows them as `a|b|c` and other values are refused. */
  readonly choices?: readonly string[];
  /** Shown plainly (not in `[...]`) in the usage line. */
  readonly required?: boolean;
}

/** A positional argument of a command. */
export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
}

/** What the parser needs to know of a command. */
export interface CommandSyntax {
  readonly name: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The positional arguments, each required; none when absent. */
  readonly positionals?: readonly PositionalSpec[];
}

/** The parsed arguments. */
export interface ParsedArgs {
  readonly help: boolean;
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

function valuePart(spec: OptionSpec): string {
  if (spec.type === "boolean") return "";
  return spec.choices ? ` ${spec.choices.join("|")}` : ` <${spec.valueName ?? "value"}>`;
}

/**
 * The usage line after `cast-plan `: the command, its positionals, then every option of its table,
 * required ones plainly and optional ones in `[...]`.
 */
export function usageLine(command: CommandSyntax): string {
  const parts = [command.name, ...(command.positionals ?? []).map((p) => `<${p.name}>`)];
  for (const [name, spec] of Object.entries(command.options)) {
    const text = `--${name}${valuePart(spec)}`;
    parts.push(spec.required ? text : `[${text}]`);
  }
  return parts.join(" ");
}

/** The option names of a command as typed, sorted, with --help. */
export function optionNames(command: CommandSyntax): string[] {
  return [...Object.keys(command.options), "help"].sort().map((name) => `--${name}`);
}

/**
 * The edit distance between two strings: insertions, deletions, substitutions and transpositions
 * of neighbours each cost 1 (optimal string alignment).
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1);
      best = Math.min(best, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The closest option name within edit distance 2 (the first in table order on a tie), if any. */
export function closestOption(command: CommandSyntax, typed: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of [...Object.keys(command.options), "help"]) {
    const distance = editDistance(typed, name);
    if (distance <= 2 && (best === undefined || distance < best.distance))
      best = { name, distance };
  }
  return best ? `--${best.name}` : undefined;
}

/** Parses a command's arguments; throws a UsageError whose message names the problem. */
export function parseCommandArgs(command: CommandSyntax, args: readonly string[]): ParsedArgs {
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: {
      help: { type: "boolean", short: "h" },
      ...Object.fromEntries(
        Object.entries(command.options).map(([name, o]) => [name, { type: o.type }]),
      ),
    },
  });
  if (values.help === true) return { help: true, values: {}, positionals: [] };
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (token.name === "help") continue;
    const spec = command.options[token.name];
    if (!spec) {
      const typed = token.rawName.replace(/^-+/, "");
      const suggestion = closestOption(command, typed);
      throw new UsageError(
        `unknown option '${token.rawName}'${suggestion ? ` (did you mean ${suggestion}?)` : ""}. Options of '${command.name}': ${optionNames(command).join(", ")}`,
      );
    }
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice; give it once`);
    seen.add(token.name);
    if (spec.type === "boolean") {
      if (token.value !== undefined)
        throw new UsageError(`--${token.name} takes no value (got '${token.value}')`);
      continue;
    }
    const wanted = spec.choices
      ? `one of ${spec.choices.join(", ")}`
      : `--${token.name} <${spec.valueName ?? "value"}>`;
    if (token.value === undefined)
      throw new UsageError(`--${token.name} needs a value (${wanted})`);
    if (!token.inlineValue && token.value.startsWith("-"))
      throw new UsageError(
        `--${token.name} needs a value (${wanted}) but is followed by '${token.value}'; write --${token.name}=${token.value} if that is the value`,
      );
    if (spec.choices && !spec.choices.includes(token.value))
      throw new UsageError(`--${token.name} must be ${wanted}; got '${token.value}'`);
  }
  const allowed = command.positionals ?? [];
  if (positionals.length > allowed.length) {
    const extra = positionals.slice(allowed.length);
    throw new UsageError(
      `unexpected argument${extra.length === 1 ? "" : "s"} ${extra.map((p) => `'${p}'`).join(" ")}: '${command.name}' takes ${
        allowed.length === 0
          ? "options only"
          : `${allowed.map((p) => `<${p.name}>`).join(" ")} and options`
      }`,
    );
  }
  const missing = allowed[positionals.length];
  if (missing)
    throw new UsageError(
      `missing <${missing.name}> (${missing.description.charAt(0).toLowerCase()}${missing.description.slice(1)})`,
    );
  return {
    help: false,
    values: values as Record<string, string | boolean | undefined>,
    positionals,
  };
}

/** The help of a command: summary, usage line, description, arguments and options. */
export function commandHelp(
  command: CommandSyntax & { readonly summary: string; readonly description: string },
): string {
  const row = (left: string, right: string) => `  ${left.padEnd(28)}${right}`;
  const args = (command.positionals ?? []).map((p) => row(`<${p.name}>`, p.description));
  const options = Object.entries(command.options).map(([name, o]) =>
    row(
      `--${name}${o.type === "string" ? ` <${o.valueName ?? "value"}>` : ""}`,
      `${o.required ? "Required. " : ""}${o.description}`,
    ),
  );
  return `cast-plan ${command.name}: ${command.summary}\n\nUsage: cast-plan ${usageLine(command)}\n\n${command.description}\n${args.length > 0 ? `\nArguments:\n${args.join("\n")}\n` : ""}\nOptions:\n${options.join("\n")}\n${row("-h, --help", "Show this help")}\n`;
}
