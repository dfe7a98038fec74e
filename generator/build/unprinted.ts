// Build warnings for text that a PDF printed with U+FFFD marks because no font of the kit has some of its characters
// (an emoji, a rare script): each names the text as written, the field it came from and the output.

import type { ResolvedWorkshopConfig } from '../config/types.ts';
import { codePointLabel } from '../pdf/font-plan.ts';
import { cleanText } from '../pdf/text.ts';
import type { UnprintedText } from '../pdf/types.ts';
import type { RegionSummary } from './summary.ts';

/** A piece of text from the data or the config, with the words that name where it came from. */
export interface SourceField { field: string; text: string }

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
    ...summary.agencies.map((agency) => ({ field: `agency name (LAW ENFORCEMENT AGENCY, ICE's ${agency.state} list)`, text: agency.name })),
  ];
  return fields.filter((entry) => entry.text.trim() !== '');
}

const SNIPPET = 80; // characters of a long line shown around the first unprinted character

function snippetOf(line: UnprintedText): string {
  if (line.text.length <= SNIPPET) return line.text;
  const at = Math.max(0, line.text.indexOf(line.characters[0]!) - SNIPPET / 2);
  return `${at > 0 ? '…' : ''}${line.text.slice(at, at + SNIPPET)}…`;
}

const listCharacters = (characters: readonly string[]) => characters.map((char) => `"${char}" (${codePointLabel(char)})`).join(', ');

/**
 * One warning per source field (or, for text from the curriculum, per line) and output whose characters no font has.
 * `outputs` are the rendered files with their `unprinted` lines; `sources` from listSourceFields.
 */
export function describeUnprinted(outputs: readonly { path: string; unprinted?: UnprintedText[] }[], sources: readonly SourceField[]): string[] {
  const warnings: string[] = [];
  for (const output of outputs) {
    const said = new Set<string>();
    for (const line of output.unprinted ?? []) {
      const source = sources.find((entry) => {
        const text = cleanText(entry.text);
        return line.characters.some((char) => text.includes(char)) && line.text.includes(text);
      });
      const what = source ? `${source.field}: "${source.text}"` : `text: "${snippetOf(line)}"`;
      if (said.has(what)) continue;
      said.add(what);
      const characters = source ? line.characters.filter((char) => cleanText(source.text).includes(char)) : line.characters;
      warnings.push(`${output.path}: ${what} has ${listCharacters(characters)}, which no font of the kit has; printed as a replacement mark (�) there; the Slidev deck shows it as written.`);
    }
  }
  return warnings;
}
