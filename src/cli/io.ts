// File and terminal helpers of the CLI: reading inputs (with a progress bar for large files on a
// TTY), colour rules (only on a TTY, never with NO_COLOR), and the exit codes.
import { createReadStream, statSync } from "node:fs";
import { formatIssues, type ValidationIssue } from "../errors/CastPlanError.js";
import { renderProgressBar } from "../report/renderProgressBar.js";

/** Exit codes, as documented in `cast-plan --help` and docs/guides/cli.md. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, io: 3 } as const;

/** What a command may touch: streams, environment facts and the clock (injected for tests). */
export interface CliContext {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (progress bars go there). */
  readonly stderrIsTTY: boolean;
  /** Whether NO_COLOR is set to a non-empty value (https://no-color.org). */
  readonly noColor: boolean;
  /** Today's date in the user's zone, `YYYY-MM-DD`: the default for --as-of. */
  readonly today: string;
}

/** A usage error: the message is printed with a hint to --help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Colour helpers that do nothing unless colour is allowed. */
export function colours(ctx: CliContext): {
  bold: (s: string) => string;
  dim: (s: string) => string;
  green: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
} {
  const on = ctx.stdoutIsTTY && !ctx.noColor;
  const wrap = (code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return {
    bold: wrap("1"),
    dim: wrap("2"),
    green: wrap("32"),
    red: wrap("31"),
    yellow: wrap("33"),
  };
}

const LARGE = 4 * 1024 * 1024;

/** What a file error's code means, for people. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
};

/**
 * A file error as one line: `cannot read 'x.json': no such file`. It keeps the system error's
 * `code`, so the CLI still exits with the file-error code.
 */
function cannotRead(path: string, error: unknown): Error {
  const code =
    error instanceof Error && "code" in error && typeof error.code === "string"
      ? error.code
      : undefined;
  const reason =
    (code && FILE_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error));
  return Object.assign(new Error(`cannot read '${path}': ${reason}`, { cause: error }), {
    code: code ?? "EIO",
  });
}

/**
 * Reads a UTF-8 file; shows a progress bar on stderr (TTY only) for files over 4 MiB. A file that
 * cannot be read gives one line (`cannot read 'x.json': no such file`), not a system error.
 */
export async function readText(path: string, ctx: CliContext): Promise<string> {
  try {
    return await readWithProgress(path, ctx);
  } catch (error) {
    throw cannotRead(path, error);
  }
}

async function readWithProgress(path: string, ctx: CliContext): Promise<string> {
  const stats = statSync(path);
  if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  const size = stats.size;
  const showProgress = ctx.stderrIsTTY && size > LARGE;
  const chunks: Buffer[] = [];
  let read = 0;
  let lastDrawn = -1;
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(path);
    stream.on("data", (chunk) => {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(buffer);
      read += buffer.length;
      const percent = Math.floor((read / size) * 100);
      if (showProgress && percent !== lastDrawn) {
        lastDrawn = percent;
        ctx.stderr(
          `\rreading ${path} ${renderProgressBar(read / size, { width: 30 })} ${percent}%`,
        );
      }
    });
    stream.on("end", () => resolve());
    stream.on("error", reject);
  });
  if (showProgress) ctx.stderr("\n");
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
}

/** The most problems printed at once; the rest are counted. */
export const MAX_PRINTED_ISSUES = 100;

/** Formats problems for the terminal, at most MAX_PRINTED_ISSUES of them, then a count of the rest. */
export function formatIssueList(issues: readonly ValidationIssue[]): string {
  const shown = formatIssues(issues.slice(0, MAX_PRINTED_ISSUES));
  const rest = issues.length - MAX_PRINTED_ISSUES;
  return rest > 0
    ? `${shown}\n… and ${rest} more problem${rest === 1 ? "" : "s"} (fix these first, then run again)`
    : shown;
}
