// "Did you mean": the known word nearest to a mistyped one, for command names, subcommands and region ids.

import { distance } from 'fastest-levenshtein';

/**
 * The entry of `known` fewest edits (Levenshtein) from `word`, ignoring case, when it is close enough to be
 * a typo: at most 1 edit for words under 4 letters, 2 under 9, 3 beyond. Undefined when nothing is that close
 * or two entries are equally close.
 */
export function findClosest(word: string, known: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const limit = typed.length < 4 ? 1 : typed.length < 9 ? 2 : 3;
  let best: string | undefined;
  let bestCost = Infinity;
  let tied = false;
  for (const candidate of known) {
    if (Math.abs(candidate.length - typed.length) > limit) continue;
    const cost = distance(typed, candidate.toLowerCase());
    if (cost < bestCost) [best, bestCost, tied] = [candidate, cost, false];
    else if (cost === bestCost && candidate !== best) tied = true;
  }
  return best !== undefined && bestCost <= limit && !tied ? best : undefined;
}

/** ` Did you mean "X"?` for a near entry of `known`, else ''; to append to a message. */
export function didYouMean(word: string, known: readonly string[]): string {
  const closest = findClosest(word, known);
  return closest === undefined ? '' : ` Did you mean "${closest}"?`;
}
