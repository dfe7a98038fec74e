// Build warnings for text that a PDF printed with U+FFFD marks because no font of the kit has some of its characters
// (an emoji, a rare script): each names the text as written, the field it came from and the outputs.

import type { ResolvedWorkshopConfig } from '../config/types.ts';
import { codePointLabel } from '../pdf/font-plan.ts';
import { cleanText } from '../pdf/text.ts';
import type { UnprintedText } from '../pdf/types.ts';
import type { RegionSummary } from '../regions/summary.ts';

/** A piece of text from the data or the config, with the words that name where it came from. */
export interface SourceField {
  field: string;
  text: string;
}

/** The config's and the ICE data's text that the PDFs print: organization, presenter, place, contacts, agency names. */
export function listSourceFields(config: ResolvedWorkshopConfig, summary: RegionSummary): SourceField[] {
  const file = config.file ? ` in ${config.file}` : '';
  const fields: SourceField[] = [
    { field: `organization.name${file}`, text: config.organization.name },
    { field: `presenter${file}`, text: config.presenter ?? '' },
    { field: `workshop.place${file}`, text: config.place ?? '' },
    { field: `contacts.hotline.name${file}`, text: config.contacts.hotline?.name ?? '' },
    { field: `contacts.legal_aid.name${file}`, text: config.contacts.legalAid?.name ?? '' },
    ...(config.customRegion ? [{ field: `custom_region.name${file}`, text: config.customRegion.name }] : []),
    ...summary.agencies.map((agency) => ({
      field: `agency name (LAW ENFORCEMENT AGENCY, ICE's ${agency.state} list)`,
      text: agency.name,
    })),
  ];
  return fields.filter((entry) => entry.text.trim() !== '');
}

const SNIPPET = 80; // characters of a long line shown around the first unprinted character

function snippetOf(line: UnprintedText): string {
  if (line.text.length <= SNIPPET) return line.text;
  const at = Math.max(0, line.text.indexOf(line.characters[0]!) - SNIPPET / 2);
  return `${at > 0 ? '…' : ''}${line.text.slice(at, at + SNIPPET)}…`;
}

const listCharacters = (characters: readonly string[]) =>
  characters.map((char) => `"${char}" (${codePointLabel(char)})`).join(', ');

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The sources whose text a line holds, each with the line's missing characters in it. */
function matchSources(
  line: UnprintedText,
  sources: readonly SourceField[],
): { source: SourceField; characters: string[] }[] {
  const matches: { source: SourceField; characters: string[] }[] = [];
  for (const source of sources) {
    const text = cleanText(source.text);
    const characters = line.characters.filter((char) => text.includes(char));
    if (characters.length && line.text.includes(text)) matches.push({ source, characters });
  }
  return matches;
}

/**
 * One warning per text (a source field, or for text from the curriculum, a line) whose characters no font has,
 * naming every output that printed it with marks. A line holding several fields ("Casa 🌎 · Ana 🙂") gives a warning
 * for each field; characters outside every field are quoted with the line. `outputs` are the rendered files with
 * their `unprinted` lines, in the order to name them; `sources` from listSourceFields.
 */
export function describeUnprinted(
  outputs: readonly { path: string; kind?: string; unprinted?: UnprintedText[] }[],
  sources: readonly SourceField[],
): string[] {
  const found = new Map<string, { characters: Set<string>; paths: string[] }>();
  const note = (what: string, characters: readonly string[], path: string) => {
    const entry = found.get(what) ?? { characters: new Set<string>(), paths: [] };
    for (const char of characters) entry.characters.add(char);
    if (!entry.paths.includes(path)) entry.paths.push(path);
    found.set(what, entry);
  };
  for (const output of outputs) {
    for (const line of output.unprinted ?? []) {
      const matches = matchSources(line, sources);
      for (const { source, characters } of matches) note(`${source.field}: "${source.text}"`, characters, output.path);
      const covered = new Set(matches.flatMap((match) => match.characters));
      const rest = line.characters.filter((char) => !covered.has(char));
      if (rest.length) note(`text: "${snippetOf({ ...line, characters: rest })}"`, rest, output.path);
    }
  }
  // The kit's own drawings of the deck (the only deck files with unprinted text); the Slidev deck shows it as written.
  const deckPdfs = new Set(outputs.filter((output) => output.kind === 'deck').map((output) => output.path));
  let deckSaid = false;
  return [...found].map(([what, { characters, paths }]) => {
    const aboutDeck = !deckSaid && paths.some((path) => deckPdfs.has(path));
    deckSaid ||= aboutDeck;
    return (
      `${what} has ${listCharacters([...characters])}, which no font of the kit has; printed as a ` +
      `replacement mark (\uFFFD) ` +
      `in ${joinAnd(paths)}.${aboutDeck ? ' The Slidev deck shows it as written.' : ''}`
    );
  });
}
