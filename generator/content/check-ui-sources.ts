// The content check of the sources cited in ui strings (the wallet cards' lines, which carry [src:ID] markers like
// the modules): each names a source of sources.yaml, no marker is left unclosed, and a translation cites what English
// cites.

import type { Problem } from '../errors.ts';
import { findUnclosedMarkers, parseMarkup } from './markup.ts';
import type { LanguageContent } from './types.ts';

/** The sorted, distinct source ids that `text` cites. */
function citedIds(text: string): string[] {
  const ids = parseMarkup(text).flatMap((node) => (node.kind === 'source' ? [node.id] : []));
  return [...new Set(ids)].sort();
}

/**
 * Adds to `problems` each [src:ID] in `content`'s ui strings that is not in `sources` and each unclosed marker, at its
 * line of language.yaml, and each ui string whose sources differ from `english`'s for the same key.
 */
export function checkUiSources(
  content: LanguageContent,
  english: LanguageContent,
  sources: ReadonlyMap<string, unknown>,
  problems: Problem[],
): void {
  const file = content.metaFile ?? `${content.meta.code}/language.yaml`;
  for (const [key, text] of Object.entries(content.meta.ui)) {
    const nodes = parseMarkup(text, content.uiLines?.[key] ?? 1);
    const at = (message: string, value: string, line: number) =>
      problems.push({ file, ...(content.uiLines?.[key] ? { row: line } : {}), column: `ui:${key}`, message, value });
    for (const stray of findUnclosedMarkers(nodes))
      at('has a marker that is not closed on its line: write {{name}} or [src:ID]', stray.text, stray.line);
    for (const node of nodes)
      if (node.kind === 'source' && !sources.has(node.id))
        at('cites a source that is not in sources.yaml', node.id, node.line);
    const source = english.meta.ui[key];
    if (content === english || source === undefined) continue;
    const cited = citedIds(text).join(', ');
    const expected = citedIds(source).join(', ');
    if (cited !== expected)
      at(`cites other sources than English (${expected || 'none'})`, cited || 'none', content.uiLines?.[key] ?? 1);
  }
}
