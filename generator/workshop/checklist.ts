// The trainer's "Before the workshop" checklist, decided once per build: what the participant outputs leave out
// (the data's age, an unreviewed translation, a missing contact, agencies to check by hand, a comparison not chosen)
// and the config fields that still carry the example's placeholders. index.html and kit build's terminal report
// both render this list; manifest.json keeps it for the commands that write index.html again.

import type { ResolvedWorkshopConfig } from '../config/types.ts';
import { findPlaceholderFields } from '../config/placeholders.ts';
import type { PlaceholderField } from '../config/placeholders.ts';
import type { RegionSummary } from '../regions/summary.ts';
import { isRecord } from '../json-value.ts';

export const TRAINER_NOTE_IDS = [
  'placeholder',
  'stale-data',
  'unreviewed-translation',
  'missing-contact',
  'unplaced-agencies',
  'no-comparison',
] as const;
export type TrainerNoteId = (typeof TRAINER_NOTE_IDS)[number];

/** One item of the checklist: what it is about, the config field it names (if any), and the sentence to show. */
export interface TrainerNote {
  id: TrainerNoteId;
  field: string | null; // a config field (contacts.hotline.phone), or null
  text: string; // English, plain text: each renderer escapes it
  loud: boolean; // shown as a warning, not a reminder: the outputs would mislead participants as they are
}

const PLACEHOLDER_WHY = {
  'example-name': "the example config's made-up name",
  'fictional-phone': 'a made-up 555 number',
  'example-address': 'an example.org/.com address that leads nowhere',
} as const;

/** The checklist's sentence for a field that still carries a placeholder: the field, its value, why, what to do. */
export function describePlaceholder(found: PlaceholderField): string {
  return (
    `Placeholder in the config: ${found.field} is "${found.value}", ${PLACEHOLDER_WHY[found.why]}, and ` +
    `participants would read it. Put in your own and build again.`
  );
}

/** What `listTrainerNotes` reads: the config, the region's summary, and the languages with their review state. */
export interface ChecklistInput {
  config: ResolvedWorkshopConfig;
  summary: Pick<RegionSummary, 'data' | 'unplaced' | 'changes'>;
  languages: { code: string; reviewed: boolean }[];
}

/** The checklist in the order a trainer works through it: placeholders first, then the data, then the rest. */
export function listTrainerNotes({ config, summary, languages }: ChecklistInput): TrainerNote[] {
  const notes: TrainerNote[] = findPlaceholderFields(config).map((found) => ({
    id: 'placeholder',
    field: found.field,
    text: describePlaceholder(found),
    loud: true,
  }));
  const freshness = summary.data.freshness;
  if (freshness.message) notes.push({ id: 'stale-data', field: null, text: freshness.message, loud: true });
  for (const language of languages)
    if (language.code !== 'en' && !language.reviewed)
      notes.push({
        id: 'unreviewed-translation',
        field: null,
        text:
          `The ${language.code} translation has not yet been checked by a fluent reviewer: ask a fluent ` +
          `speaker to read the ${language.code} handout, cards, quiz and slides before you print them.`,
        loud: false,
      });
  const contacts: [string, string, boolean][] = [
    ['contacts.hotline', 'no rapid-response hotline', Boolean(config.contacts.hotline?.phone)],
    [
      'contacts.legal_aid',
      'no legal aid contact',
      Boolean(config.contacts.legalAid?.phone || config.contacts.legalAid?.website),
    ],
    // The handout's QR code falls back to contacts.website (handout.ts): either gives participants a website.
    [
      'organization.website',
      'no website for your organization',
      Boolean(config.organization.website || config.contacts.website),
    ],
  ];
  for (const [field, what, given] of contacts)
    if (!given)
      notes.push({
        id: 'missing-contact',
        field,
        text: `The config gives ${what} (${field}): the handout, cards and slides leave it out. Add one if you can.`,
        loud: false,
      });
  if (summary.unplaced.length > 0)
    notes.push({
      id: 'unplaced-agencies',
      field: null,
      text:
        `Check by hand whether these agencies of the state work here: ICE's list gives no county for ` +
        `${summary.unplaced.map((agency) => agency.name).join('; ')} (also in region-summary.md; ` +
        `place them with data/places.csv).`,
      loud: false,
    });
  if (!summary.changes)
    notes.push({
      id: 'no-comparison',
      field: 'data.compare_to',
      text:
        'No earlier ICE list was chosen to compare with, so the deck has no "What changed" slide. To show ' +
        'one, set data: compare_to in the config to the date of an earlier list (kit data list).',
      loud: false,
    });
  return notes;
}

/** The checklist as lines for a terminal: a heading, then one "- " line per note, loud ones marked WARNING. */
export function formatChecklist(notes: readonly TrainerNote[]): string[] {
  if (notes.length === 0) return [];
  return ['Before the workshop:', ...notes.map((note) => `  - ${note.loud ? 'WARNING: ' : ''}${note.text}`)];
}

/** The checklist a manifest.json kept, or null when it has none or it is not one (an older kit's manifest). */
export function readChecklist(value: unknown): TrainerNote[] | null {
  if (!Array.isArray(value)) return null;
  const notes: TrainerNote[] = [];
  for (const item of value) {
    if (!isRecord(item)) return null;
    const { id, field, text, loud } = item;
    const knownId = TRAINER_NOTE_IDS.find((candidate) => candidate === id);
    if (!knownId || (field !== null && typeof field !== 'string') || typeof text !== 'string') return null;
    if (typeof loud !== 'boolean') return null;
    notes.push({ id: knownId, field, text, loud });
  }
  return notes;
}
