// How a run of adjacent source markers reads in every output (deck, slide PDF, notes, printed documents, script):
// one bracketed list of source numbers, "[3, 8]", so that two sources never run together into what reads as one
// number ("38" for 3 and 8). Decided here once; each format only wraps the label (the deck in a <sup>).

/**
 * The label of a run of cited sources: their numbers (1-based, as in the output's own list of sources) in ascending
 * order without repeats, comma-separated in brackets, three or more consecutive numbers as a range: `[3, 8]`,
 * `[13–16, 19]`; '' when `numbers` is empty.
 */
export function formatCitation(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (sorted[end + 1] === sorted[end]! + 1) end++;
    if (end - start >= 2) parts.push(`${sorted[start]}–${sorted[end]}`);
    else for (let index = start; index <= end; index++) parts.push(String(sorted[index]));
    start = end + 1;
  }
  return parts.length ? `[${parts.join(', ')}]` : '';
}

/**
 * A `MarkupFormat.sources` for an output: each run of source ids becomes `wrap(label)` of its numbers, as
 * `numberOf` gives them (null or undefined for a source the output does not list, which is left out); a run with no
 * listed source becomes ''. `wrap` defaults to a space before the label (" [3, 8]"), as prose reads it.
 */
export function citeSources(
  numberOf: (id: string) => number | null | undefined,
  wrap: (label: string) => string = (label) => ` ${label}`,
): (ids: string[]) => string {
  return (ids) => {
    const label = formatCitation(ids.map(numberOf).filter((number): number is number => typeof number === 'number'));
    return label ? wrap(label) : '';
  };
}
