// Curriculum text as printable blocks: placeholders filled with the data as written (PDF text needs no
// escaping, only glyphs, which the embedded fonts cover), and [src:ID] tags as numbers into the
// document's own list of sources ("[3, 8]", content/cite.ts).

import { citeSources } from '../content/cite.ts';
import { fillTemplate, renderMarkup, type MarkupNode } from '../content/markup.ts';
import type { WorkshopContent } from '../content/view.ts';
import { markdownToBlocks } from './markdown.ts';
import type { Block, Run } from './types.ts';

/** Numbers the sources a printed document cites, in the order it first cites them. */
export class SourceNumbers {
  private readonly numbers = new Map<string, number>();

  constructor(private readonly content: WorkshopContent) {}

  cite(id: string): number | null {
    if (!this.content.sources.some((source) => source.id === id)) return null;
    if (!this.numbers.has(id)) this.numbers.set(id, this.numbers.size + 1);
    return this.numbers.get(id)!;
  }

  /** The cited sources in one compact paragraph, titles only: "[1] 8 U.S.C. § 1357(g); [2] ...". */
  compact(label: string): Run[] {
    const titles = [...this.numbers.entries()].map(
      ([id, number]) =>
        `[${number}] ${shortTitle(this.content.sources.find((candidate) => candidate.id === id)!.title)}`,
    );
    return [{ text: `${label}: `, bold: true }, { text: titles.join('; ') }];
  }

  /** The cited sources as numbered list items. */
  items(): Run[][] {
    return [...this.numbers.entries()].map(([id]) => {
      const source = this.content.sources.find((candidate) => candidate.id === id)!;
      return [{ text: [source.title, source.publisher, source.url].filter(Boolean).join(', ') }];
    });
  }
}

/**
 * A source's title without its subtitle: up to the first semicolon or the first parenthesis that opens one, if that
 * leaves enough; a law's or a case's title (with "§" or " v. ") up to its first comma. A parenthesis after a comma is
 * part of a list of subsections ("§§ 1229a(a)(1), (a)(3)"), not a subtitle, and no comma before one cuts. "Memorandum
 * of Agreement" reads "MOA", the name the handout gives the agreements.
 */
function shortTitle(title: string): string {
  const cut = title.split(/(?<!,)\s+\(|\s*;\s*/)[0]!.trim();
  // ICE's agreements are "MOA" on the handout itself ("a written agreement, called an MOA").
  const short = (cut.length >= 12 ? cut : title).replace(/\bMemorandum of Agreement\b/, 'MOA');
  // A law or a case is known by its citation: "8 C.F.R. § 287.7, Detainer provisions" is "8 C.F.R. § 287.7".
  if (!/§| v\. /.test(short)) return short;
  const citation = short.split(/,\s+(?!\()/)[0]!;
  return citation.length >= 12 ? citation : short;
}

/** Curriculum text as printed without its sources (a title, an objective): placeholders filled as written. */
export function curriculumText(nodes: readonly MarkupNode[], content: WorkshopContent): string {
  return renderMarkup(nodes, content.placeholders, { escape: (value) => value, sources: () => '' });
}

/** Curriculum Markdown (a handout part, notes) as blocks with this document's source numbers. */
export function curriculumBlocks(
  nodes: readonly MarkupNode[],
  content: WorkshopContent,
  sources: SourceNumbers,
): Block[] {
  const text = renderMarkup(nodes, content.placeholders, {
    escape: (value) => value,
    sources: citeSources((id) => sources.cite(id)),
  });
  return markdownToBlocks(text);
}

/** A UI string with values put in (as written). */
export function uiText(content: WorkshopContent, key: string, vars: Record<string, string> = {}): string {
  return fillTemplate(content.ui[key] ?? key, vars);
}
