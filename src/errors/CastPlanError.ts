/**
 * The stable codes a {@link CastPlanError} can carry. Consumers can `switch` on them.
 *
 * - `INVALID_INPUT`: input failed schema validation; `issues` lists every problem with its path.
 * - `INVALID_ARGUMENT`: an argument a function received is outside its documented domain.
 * - `UNKNOWN_ID`: an id does not resolve to an entity.
 * - `DUPLICATE_ID`: an id is used twice where ids must be unique.
 * - `DEPENDENCY_CYCLE`: a dependency graph has a cycle; `issues[0].message` names it.
 * - `INVALID_WEIGHTS`: weights are negative, not finite, or do not have a positive total.
 * - `INCONSISTENT_MATRIX`: a pairwise comparison matrix is not valid.
 * - `PARSE_ERROR`: a text input (JSON, CSV) could not be parsed.
 *
 * @category Errors
 * @since 0.1.0
 */
export type CastPlanErrorCode =
  | "INVALID_INPUT"
  | "INVALID_ARGUMENT"
  | "UNKNOWN_ID"
  | "DUPLICATE_ID"
  | "DEPENDENCY_CYCLE"
  | "INVALID_WEIGHTS"
  | "INCONSISTENT_MATRIX"
  | "PARSE_ERROR";

/**
 * One problem found in an input, with the path of the bad field.
 *
 * @category Errors
 * @since 0.1.0
 */
export interface ValidationIssue {
  /** The path of the bad field, as keys and array indexes from the root of the input. */
  readonly path: readonly (string | number)[];
  /** The rule that was broken, for example `unique-id`, `reference`, `too_small` or `invalid_type`. */
  readonly rule: string;
  /** A sentence for people that says what is wrong. */
  readonly message: string;
}

/**
 * The one error class cast-plan throws. Its `code` says what kind of problem it is and `issues`
 * says where; messages start with the name of the function that threw.
 *
 * @example
 * ```ts
 * import { CastPlanError } from "cast-plan";
 * const error = new CastPlanError("UNKNOWN_ID", "findItem: no item has id 'x'", [
 *   { path: ["itemId"], rule: "reference", message: "no item has id 'x'" },
 * ]);
 * error.code // => "UNKNOWN_ID"
 * error.issues.length // => 1
 * error instanceof Error // => true
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export class CastPlanError extends Error {
  /** The kind of problem. */
  readonly code: CastPlanErrorCode;
  /** Every problem found, each with its path; empty when the error has no single path. */
  readonly issues: readonly ValidationIssue[];

  /**
   * Creates an error.
   *
   * @param code - The kind of problem.
   * @param message - The message, prefixed with the name of the function that throws.
   * @param issues - The problems found, each with its path.
   * @param options - The error's `cause`, when it wraps another error.
   */
  constructor(
    code: CastPlanErrorCode,
    message: string,
    issues: readonly ValidationIssue[] = [],
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = "CastPlanError";
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Formats a path as a JSONPath-like string: `$.plans[0].items[2].id`.
 *
 * @param path - The path, as keys and array indexes.
 * @returns The path as a string starting with `$`.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { formatPath } from "cast-plan";
 * formatPath(["plans", 0, "items", 2, "id"]) // => "$.plans[0].items[2].id"
 * formatPath(["odd key"]) // => '$["odd key"]'
 * formatPath([]) // => "$"
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "$";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Formats validation issues for people: one line each, `path: message (rule)`.
 *
 * @param issues - The issues, usually from {@link CastPlanError.issues}.
 * @returns The issues as lines of text joined with newlines; empty string when there are none.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { formatIssues } from "cast-plan";
 * formatIssues([{ path: ["plans", 0, "id"], rule: "invalid_type", message: "expected string" }])
 * // => "$.plans[0].id: expected string (invalid_type)"
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message} (${i.rule})`).join("\n");
}
