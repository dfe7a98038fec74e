// Issue 16, "Two audiences": real builds (a county kit in en and es from the example config, and a kit with no
// local contacts and an agency ICE gives no county for); the text of every participant output, picked by its
// record's audience, carries none of the trainer-only strings in either language, and the trainer's report
// (index.html's checklist, kit build's terminal output, the guide, the speaker notes) carries every one of them.

import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { OutputRecord } from '../../generator/output-record.ts';
import { KIT_ROOT } from '../../generator/paths.ts';
import { readChecklist, type TrainerNote } from '../../generator/workshop/checklist.ts';
import { readRecord } from '../../generator/workshop/legacy-record.ts';
import { readManifestJson } from './manifest-json.ts';
import { readPdfText } from '../pdf/text.ts';
import { runKit, tempDir, type KitRun } from '../helpers.ts';

const LANGUAGES = ['en', 'es'] as const;
const HEADER = 'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA,ADDENDUM,MOA_URL,ADDENDUM_URL';

/** The ui strings of a language as the kit ships them. */
function uiStrings(language: string): Record<string, string> {
  const file = path.join(KIT_ROOT, 'templates', 'curriculum', language, 'language.yaml');
  const parsed = parseYaml(readFileSync(file, 'utf8'));
  expect(parsed.ui).toBeTypeOf('object');
  return parsed.ui;
}

// The ui strings that are the trainer's alone: the data's age and what to do about it, the unreviewed translation,
// a missing contact, the agencies to check by hand, and the config field to set for a comparison.
const TRAINER_KEYS = ['staleData', 'unreviewedTranslation', 'notGiven', 'unplacedNote', 'noEarlierList'];

/**
 * The pieces of a ui string that hold no value: each sentence between its {{placeholders}}, of 8 characters or more
 * (shorter ones, such as "hace ", could be any text's).
 */
function fixedPieces(template: string): string[] {
  return template
    .split(/\{\{[^}]*\}\}/)
    .flatMap((part) => part.split(/(?<=[.:])\s+/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 8);
}

const TRAINER_PIECES = LANGUAGES.flatMap((language) => {
  const ui = uiStrings(language);
  return TRAINER_KEYS.map((key) => ({ language, key, pieces: fixedPieces(ui[key]!) }));
});

/** Runs of white space as one space: a PDF breaks lines where a sentence wraps. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** slides.md as the room sees it: without its speaker notes (HTML comments), entities and Markdown escapes read. */
function projectedSlides(markdown: string): string {
  const entities: Record<string, string> = {
    quot: '"',
    amp: '&',
    lt: '<',
    gt: '>',
    '#39': "'",
    '#123': '{',
    '#125': '}',
  };
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/&(quot|amp|lt|gt|#39|#123|#125);/g, (_, name: string) => entities[name]!)
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/**
 * The text a participant reads in `record`: a PDF's text, or a Slidev deck's slides without their notes. A
 * participant output of another type fails the test until it gets a reader here.
 */
async function participantText(dir: string, record: OutputRecord): Promise<string> {
  const file = path.join(dir, record.path);
  if (record.path.endsWith('.pdf')) return readPdfText(file);
  if (record.path.endsWith('/slides.md')) return projectedSlides(readFileSync(file, 'utf8'));
  throw new Error(`No reader for the participant output ${record.path}: add one to this test.`);
}

interface Kit {
  dir: string;
  run: KitRun;
  records: OutputRecord[];
  checklist: TrainerNote[];
  index: string;
  participant: Map<string, string>; // path -> the text a participant reads
  trainer: { guide: string; notes: string }; // the Spanish facilitator guide's and speaker notes' text
}

async function buildKit(args: string[], dir: string): Promise<Kit> {
  const run = await runKit(['build', ...args, '--out', dir, '--fast']);
  expect(run.code, run.stderr).toBe(0);
  const records = readManifestJson(dir).outputs.map(readRecord);
  const checklist = readChecklist(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).checklist);
  expect(checklist).not.toBeNull();
  const participant = new Map<string, string>();
  for (const record of records)
    if (record.audience !== 'trainer' && record.partOf === null && record.listAs !== null)
      participant.set(record.path, flat(await participantText(dir, record)));
  return {
    dir,
    run,
    records,
    checklist: checklist!,
    index: readFileSync(path.join(dir, 'index.html'), 'utf8'),
    participant,
    // Read now: the folder is removed after the first test.
    trainer: {
      guide: flat(await readPdfText(path.join(dir, 'facilitator-guide-es.pdf'))),
      notes: flat(await readPdfText(path.join(dir, 'speaker-notes-es.pdf'))),
    },
  };
}

/** The page's text as a browser shows it (tags out, entities read). */
const pageText = (html: string) =>
  flat(
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
      ),
  );

let county: Kit;
let bare: Kit;

beforeAll(async () => {
  // The county kit: the example config as shipped, placeholders and all, on the kit's own ICE list.
  const countyDir = tempDir();
  const config = path.join(countyDir, 'workshop.yaml');
  copyFileSync(path.join(KIT_ROOT, 'data', 'workshops', 'example.yaml'), config);
  county = await buildKit(['--config', config], path.join(countyDir, 'kit'));

  // No local contacts, and an agency of the state that ICE's list gives no county for.
  const bareDir = tempDir();
  const list = path.join(bareDir, 'participatingAgencies05182026am.csv');
  writeFileSync(
    list,
    [
      HEADER,
      "FLORIDA,Lee County Sheriff's Office,County,Lee County,Jail Enforcement Model,2025-02-20,link,,,",
      'FLORIDA,Zzyzx Springs Police Department,Municipal,#N/A,Task Force Model,2025-09-22,link,,,',
    ].join('\n'),
  );
  const data = path.join(bareDir, 'data');
  const imported = await runKit(['data', 'import', list, '--data-dir', data]);
  expect(imported.code, imported.stderr).toBe(0);
  const bareConfig = path.join(bareDir, 'workshop.yaml');
  writeFileSync(bareConfig, 'region: fl/lee-county\nlanguages: [en, es]\n');
  bare = await buildKit(['--config', bareConfig, '--data-dir', data], path.join(bareDir, 'kit'));
}, 240_000);

describe('participant outputs carry no trainer-only text', () => {
  it('checks every participant output the records name: handouts, cards, quiz, slides PDF and the deck', () => {
    for (const kit of [county, bare]) {
      const checked = [...kit.participant.keys()].sort();
      expect(checked).toEqual(
        expect.arrayContaining([
          'cards-en-es.pdf',
          'deck-en/slides.md',
          'deck-es/slides.md',
          'handout-bilingual-en-es.pdf',
          'handout-en.pdf',
          'handout-es.pdf',
          'quiz/quiz-en.pdf',
          'quiz/quiz-es.pdf',
          'slides-en.pdf',
          'slides-es.pdf',
        ]),
      );
      for (const trainerOnly of ['facilitator-guide-en.pdf', 'speaker-notes-es.pdf', 'quiz/answer-key-en.pdf'])
        expect(checked).not.toContain(trainerOnly);
    }
  });

  it.each(TRAINER_PIECES)('no participant output holds the $language "$key" text', ({ pieces }) => {
    for (const kit of [county, bare])
      for (const [file, text] of kit.participant)
        for (const piece of pieces) expect(text, `${file} holds "${piece}"`).not.toContain(piece);
  });

  it("no participant output holds a checklist note, a hand-check agency's name or the data's age", () => {
    for (const kit of [county, bare])
      for (const [file, text] of kit.participant) {
        for (const note of kit.checklist) expect(text, file).not.toContain(note.text);
        expect(text, file).not.toContain('Zzyzx');
        expect(text, file).not.toMatch(/\b194 (days|días)\b|hace 194/);
        expect(text, file).not.toContain('compare_to');
      }
  });

  it("participants read the list's date and that it changes often, in their language", () => {
    for (const kit of [county, bare]) {
      expect(kit.participant.get('handout-en.pdf')).toContain(
        "This list is from May 18, 2026. ICE's list changes often.",
      );
      expect(kit.participant.get('handout-es.pdf')).toContain(
        'Esta lista es del 18 de mayo de 2026. La lista de ICE cambia seguido.',
      );
    }
  });

  it('leaves out a slide with nothing under its title: no comparison chosen, no local contacts', () => {
    const deck = (kit: Kit, language: string) => kit.participant.get(`deck-${language}/slides.md`)!;
    // The example config has contacts but no earlier list to compare with.
    expect(deck(county, 'en')).toContain('# Local help');
    expect(deck(county, 'en')).not.toContain('# What changed');
    expect(deck(county, 'es')).toContain('# Ayuda local');
    expect(deck(bare, 'en')).not.toContain('# Local help');
    expect(deck(bare, 'es')).not.toContain('# Ayuda local');
    // The handout without contacts has no contacts heading either.
    expect(bare.participant.get('handout-en.pdf')).not.toContain('Local contacts');
    expect(county.participant.get('handout-en.pdf')).toContain('Local contacts');
  });
});

describe("the trainer's report carries every trainer-only note", () => {
  const ids = (kit: Kit) => kit.checklist.map((note) => note.id);

  it('lists the data age, the unreviewed translation and the comparison not chosen, for both kits', () => {
    for (const kit of [county, bare]) {
      expect(ids(kit)).toEqual(expect.arrayContaining(['stale-data', 'unreviewed-translation', 'no-comparison']));
      expect(kit.checklist.find((note) => note.id === 'stale-data')!.text).toMatch(/194 days ago/);
      expect(kit.checklist.find((note) => note.id === 'unreviewed-translation')!.text).toMatch(/The es translation/);
      expect(kit.checklist.find((note) => note.id === 'no-comparison')!.text).toContain('data: compare_to');
    }
  });

  it('lists the missing contacts and the agencies to check by hand for the kit without contacts', () => {
    expect(bare.checklist.filter((note) => note.id === 'missing-contact').map((note) => note.field)).toEqual([
      'contacts.hotline',
      'contacts.legal_aid',
      'organization.website',
    ]);
    expect(bare.checklist.find((note) => note.id === 'unplaced-agencies')!.text).toContain(
      'Zzyzx Springs Police Department',
    );
    expect(ids(county)).not.toContain('missing-contact');
  });

  it('names each placeholder field of the example config, loudly', () => {
    const placeholders = county.checklist.filter((note) => note.id === 'placeholder');
    expect(placeholders.map((note) => note.field)).toEqual([
      'organization.name',
      'organization.website',
      'presenter',
      'workshop.place',
      'contacts.hotline.name',
      'contacts.hotline.phone',
      'contacts.legal_aid.name',
      'contacts.legal_aid.phone',
      'contacts.legal_aid.website',
      'contacts.website',
    ]);
    expect(placeholders.every((note) => note.loud)).toBe(true);
    expect(county.run.stderr).toMatch(
      /WARNING: Placeholder in the config: contacts\.hotline\.phone is "\(555\) 010-0100"/,
    );
    expect(ids(bare)).not.toContain('placeholder');
  });

  it('shows every note in index.html under "Before the workshop" and in the terminal report', () => {
    for (const kit of [county, bare]) {
      expect(kit.checklist.length).toBeGreaterThan(3);
      const page = pageText(kit.index);
      const checklist = page.slice(page.indexOf('Before the workshop'), page.indexOf('Not legal advice'));
      expect(page.indexOf('Before the workshop')).toBeGreaterThan(-1);
      const terminal = flat(kit.run.stderr.slice(kit.run.stderr.indexOf('Before the workshop:')));
      for (const note of kit.checklist) {
        expect(checklist).toContain(note.text);
        expect(terminal).toContain(note.text);
      }
    }
  });

  it("puts the language's own trainer notes in the facilitator guide and the speaker notes", () => {
    const es = uiStrings('es');
    const { guide, notes } = bare.trainer;
    for (const key of ['staleData', 'unplacedNote', 'noEarlierList', 'unreviewedTranslation'])
      for (const piece of fixedPieces(es[key]!)) expect(guide, key).toContain(piece);
    for (const key of ['staleData', 'unplacedNote', 'unreviewedTranslation'])
      for (const piece of fixedPieces(es[key]!)) expect(notes, key).toContain(piece);
    expect(guide).toContain(es.notGiven);
    expect(notes).toContain('Zzyzx Springs Police Department');
  });
});
