// A language's terminology glossary (templates/curriculum/<lang>/glossary.yaml): for each English term, the term to
// use and the words to avoid, and where in a text an avoided word occurs. Pure except loadGlossary.

import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isPair, isScalar } from 'yaml';
import { errorCode, firstLineOf, type Problem } from '../errors.ts';
import { isRecord } from '../json-value.ts';

export const GLOSSARY_FILE = 'glossary.yaml';

/** One term: what to write for `english`, and the phrases or /regexes/ never to write for it, with the reason. */
export interface GlossaryTerm {
  english: string;
  use: string;
  avoid: { text: string; pattern: RegExp }[]; // `text` as written in the glossary; `pattern` matches whole words
  allow: RegExp[]; // passages where an avoided word is quoted on purpose ("ICE calls it ...")
  why: string;
  evidence: string[]; // ES-TERMS evidence ids (E#) and FACTS.md sections (§N)
}

export interface Glossary {
  file: string;
  terms: GlossaryTerm[];
}

/** One avoided word found in a text: where (0-based offset into the text), what was written, and the term. */
export interface GlossaryHit {
  index: number;
  found: string;
  avoid: string;
  term: GlossaryTerm;
}

// Letters and digits of any script: a phrase matches only as whole words ("sala" not in "salario").
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * The pattern for a glossary entry: `/regex/` as written, else a phrase. In both, a space matches any white space
 * (so a phrase split over two lines is found); both match case-insensitively and only as whole words.
 * Throws SyntaxError for a regex JavaScript cannot read.
 */
export function compileGlossaryPattern(entry: string): RegExp {
  const regex = /^\/(.+)\/$/s.exec(entry);
  // A space in a regex, as between a phrase's words, stands for any white space (a line break in Markdown or YAML).
  const source = regex
    ? regex[1]!.replace(/ +/g, '\\s+')
    : entry
        .trim()
        .split(/\s+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+');
  return new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'giu');
}

/** Every avoided word in `text`, in order of place; a word inside an allowed passage of its term is not a hit. */
export function findGlossaryHits(text: string, glossary: Glossary): GlossaryHit[] {
  const hits: GlossaryHit[] = [];
  for (const term of glossary.terms) {
    const allowed = term.allow.flatMap((pattern) =>
      [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const),
    );
    for (const avoid of term.avoid)
      for (const match of text.matchAll(avoid.pattern)) {
        const end = match.index + match[0].length;
        if (allowed.some(([from, to]) => from <= match.index && end <= to)) continue;
        hits.push({ index: match.index, found: match[0], avoid: avoid.text, term });
      }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The glossary problem for one hit, at `file`:`row`: the word to avoid, the term to use and why. */
export function glossaryProblem(hit: GlossaryHit, file: string, row: number | undefined, where?: string): Problem {
  return {
    file,
    ...(row === undefined ? {} : { row }),
    ...(where === undefined ? {} : { column: where }),
    message:
      `writes "${hit.found}" (glossary: avoid ${hit.avoid} for "${hit.term.english}"); ` +
      `write "${hit.term.use}" instead: ${hit.term.why}`,
    value: hit.found,
  };
}

/** A YAML value as a list of texts: a list, one scalar, or nothing. */
function textsOf(value: unknown): string[] {
  const text = (item: unknown) => (typeof item === 'string' ? item : JSON.stringify(item));
  return value === undefined || value === null ? [] : Array.isArray(value) ? value.map(text) : [text(value)];
}

/** Parses a glossary's YAML text (`file` names it in problems); a bad entry is a problem and is left out. */
export function parseGlossary(text: string, file: string, problems: Problem[]): Glossary {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    problems.push({ file, message: `is not valid YAML: ${firstLineOf(document.errors[0])}` });
    return { file, terms: [] };
  }
  const raw: unknown = document.toJS();
  const list = isRecord(raw) && Array.isArray(raw.terms) ? (raw.terms as unknown[]) : null;
  if (!list) {
    problems.push({ file, message: 'must have a `terms:` list (english, use, avoid, why, evidence)' });
    return { file, terms: [] };
  }
  const terms: GlossaryTerm[] = [];
  list.forEach((entry, index) => {
    const at = (column: string, message: string, value?: string) =>
      problems.push({ file, column: `terms[${index}].${column}`, message, value });
    if (!isRecord(entry)) return at('english', 'must be a block with english, use, avoid, why and evidence');
    const english = typeof entry.english === 'string' ? entry.english : '';
    const use = typeof entry.use === 'string' ? entry.use : '';
    if (!english) at('english', 'is missing: the English term');
    if (!use) at('use', 'is missing: the term to write');
    const compile = (column: string) => (text: string, position: number) => {
      try {
        return [{ text, pattern: compileGlossaryPattern(text) }];
      } catch (error) {
        at(`${column}[${position}]`, `is not a regular expression JavaScript can read: ${firstLineOf(error)}`, text);
        return [];
      }
    };
    const avoid = textsOf(entry.avoid).flatMap(compile('avoid'));
    if (avoid.length === 0) at('avoid', 'lists nothing to avoid');
    const allow = textsOf(entry.allow)
      .flatMap(compile('allow'))
      .map((item) => item.pattern);
    const why = typeof entry.why === 'string' ? entry.why : '';
    if (!why) at('why', 'is missing: why the words to avoid mislead');
    terms.push({ english, use, avoid, allow, why, evidence: textsOf(entry.evidence) });
  });
  return { file, terms };
}

/** The glossary in `file`, or null when the language has none; an unreadable file is a problem. */
export async function loadGlossary(file: string, problems: Problem[]): Promise<Glossary | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    problems.push({ file, message: `cannot be read: ${firstLineOf(error)}` });
    return null;
  }
  return parseGlossary(text, file, problems);
}

/** The 1-based line of each key under `ui:` in a language.yaml text (where its value starts). */
export function findUiLines(text: string): Record<string, number> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const ui = document.get('ui', true);
  const lines: Record<string, number> = {};
  if (!isMap(ui)) return lines;
  for (const pair of ui.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) continue;
    const block = pair.value.type === 'BLOCK_FOLDED' || pair.value.type === 'BLOCK_LITERAL' ? 1 : 0;
    lines[String(pair.key.value)] = lineCounter.linePos(pair.value.range[0]).line + block;
  }
  return lines;
}
