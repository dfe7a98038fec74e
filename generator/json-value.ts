// Type guards for values parsed from JSON (manifests, quiz files, caches), so that a file read from disk is
// checked before the kit relies on its shape instead of being cast to it.

/** True for a JSON object: not null, not an array. Its fields are still unknown and checked one by one. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
