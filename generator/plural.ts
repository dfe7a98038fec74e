// English counts with their noun in the right number, for terminal messages and reports ("1 agreement", "2 agencies").

/**
 * `count` (written as digits, no separators) followed by `singular` when it is exactly one, else by `plural`
 * (default: `singular` + "s"), e.g. formatCountNoun(1, 'agency', 'agencies') → "1 agency".
 */
export function formatCountNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
