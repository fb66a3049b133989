/**
 * Checks `value` against a closed list of ids. Throws a `RangeError` that names
 * every valid id, so a host developer sees at once what was expected.
 */
export function assertId<T extends string>(
  kind: string,
  valid: readonly T[],
  value: unknown,
): T {
  if (typeof value === 'string' && (valid as readonly string[]).includes(value)) {
    return value as T;
  }
  throw new RangeError(
    `Unknown ${kind} ${JSON.stringify(value)}. Valid ${kind} ids: ${valid.join(', ')}.`,
  );
}

export function isId<T extends string>(valid: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (valid as readonly string[]).includes(value);
}
