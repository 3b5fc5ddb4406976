// Errors name the public function the caller called: a function that delegates to another public
// function (buildProgressReport to assessIndicator, rollUpProgress to finalizeRollUp) runs the
// delegate through `calledAs`, which renames a CastPlanError thrown under the delegate's name.
import { CastPlanError } from "./CastPlanError.js";

/**
 * Runs `body`; a {@link CastPlanError} whose message starts with another function's name is
 * thrown again under `fn`, with the same code and issues and the original as `cause`.
 */
export function calledAs<T>(fn: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CastPlanError) {
      const prefix = /^([A-Za-z][A-Za-z0-9]*): /.exec(error.message);
      if (prefix && prefix[1] !== fn)
        throw new CastPlanError(
          error.code,
          `${fn}: ${error.message.slice(prefix[0].length)}`,
          error.issues,
          { cause: error },
        );
    }
    throw error;
  }
}
