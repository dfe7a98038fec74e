// Guards for what a parser (YAML, JSON) or a failed read hands back: unknown until checked, so that no cast claims a
// shape nothing checked.

/** True for a mapping (YAML `key: value` lines, a JSON object), false for a list, a scalar or null. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first line of a thrown value's message (YAML errors add a picture of the line below it). */
export function firstLineOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** The code of a failed file operation (`ENOENT` when the file is missing), or undefined for any other error. */
export function errorCodeOf(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}
