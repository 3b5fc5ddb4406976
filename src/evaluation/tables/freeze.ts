// Private helper of the evaluation area: deep-freezes the exported constant tables.

/** Freezes a value and, recursively, its objects and arrays; returns it. */
export function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
