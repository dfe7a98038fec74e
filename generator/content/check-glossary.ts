// The glossary check: every text of a language (module units, ui strings, source notes) against the language's
// terminology glossary, each avoided word reported at its file and line with the term to write instead.

import path from 'node:path';
import type { Problem } from '../errors.ts';
import { findGlossaryHits, glossaryProblem, type Glossary } from './glossary.ts';
import type { MarkupNode } from './markup.ts';
import type { LanguageContent } from './types.ts';

/** A text to check: its nodes (each text node with the line it starts on) and where it is (`slide:KEY notes`). */
export interface CheckedText {
  where: string;
  nodes: MarkupNode[];
}

function countNewlines(text: string, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** Reports each avoided word in the text nodes of `texts` (a module file's units) at its line in `file`. */
export function checkModuleTerms(glossary: Glossary, file: string, texts: CheckedText[], problems: Problem[]): void {
  for (const { where, nodes } of texts)
    for (const node of nodes) {
      if (node.kind !== 'text') continue;
      for (const hit of findGlossaryHits(node.text, glossary))
        problems.push(
          glossaryProblem(
            hit,
            file,
            node.line === undefined ? undefined : node.line + countNewlines(node.text, hit.index),
            where,
          ),
        );
    }
}

/** The file of a language's source notes (its sources.yaml), next to its language.yaml. */
export function sourceNotesFile(content: LanguageContent): string {
  return path.join(path.dirname(content.metaFile ?? content.meta.code), 'sources.yaml');
}

/** Reports each avoided word in a language's ui strings (at their lines in language.yaml) and source notes. */
export function checkLanguageTerms(content: LanguageContent, problems: Problem[]): void {
  const { glossary } = content;
  if (!glossary) return;
  const file = content.metaFile ?? `${content.meta.code}/language.yaml`;
  for (const [key, text] of Object.entries(content.meta.ui)) {
    const line = content.uiLines?.[key];
    for (const hit of findGlossaryHits(text, glossary))
      problems.push(
        glossaryProblem(hit, file, line === undefined ? undefined : line + countNewlines(text, hit.index), `ui:${key}`),
      );
  }
  for (const [id, note] of content.sourceNotes ?? [])
    for (const text of [note.title, note.publisher])
      for (const hit of text ? findGlossaryHits(text, glossary) : [])
        problems.push(glossaryProblem(hit, sourceNotesFile(content), undefined, id));
}
