// The one-sheet handout for one language, as ILRC's know-your-rights flyers are built: the front says what 287(g)
// means here (the header band, the region's answers beside the map, the three models by colour, the agreements);
// the back what to do (the limits, the rights as boxes to say and do, the response steps, the contacts box with a
// QR code, short sources). The short texts are the curriculum's <!-- handout --> parts (sheet-design.ts).

import { firstParagraph } from '../content/markup.ts';
import { ANSWER_SENTENCE_MAX } from '../content/answer-facts.ts';
import { phrase, type WorkshopContent } from '../content/view.ts';
import { ICE_287G_PAGE } from '../data/freshness.ts';
import { MODELS } from '../data/types.ts';
import { MODEL_COLORS } from '../design/palette.ts';
import type { StateMap } from '../map/model.ts';
import type { Block, Run } from '../pdf/types.ts';
import { curriculumBlocks, SourceNumbers, uiText } from '../pdf/curriculum.ts';
import { agreementTable } from './agreements.ts';
import { designBlocks, type SheetWidth } from './sheet-design.ts';

export interface HandoutInput {
  content: WorkshopContent;
  map: StateMap | null; // the region's state map
}

/** A piece of the sheet: the bilingual handout sets the two languages' pieces of one key side by side. */
export interface HandoutPart {
  key: string;
  blocks: Block[];
  shared?: boolean; // printed once across both columns of the bilingual handout (the band, the page break)
}

const plain = (value: string): Block => ({ kind: 'paragraph', runs: [{ text: value }] });

/**
 * The data's date, source and the not-legal-advice notice, at the end of a printed document. Only the trainer's
 * copy (`audience: 'trainer'`, the guide) says that the translation has not been reviewed: a participant's does not.
 */
export function stampBlock(content: WorkshopContent, audience: 'participant' | 'trainer' = 'participant'): Block {
  const lines = [
    `${uiText(content, 'asOf', { date: content.stamp.asOf })}. ` +
      `${uiText(content, 'dataSource', { file: content.stamp.source })}.`,
    content.ui.notLegalAdvice ?? '',
  ];
  if (audience === 'trainer' && !content.language.reviewed && content.language.code !== 'en')
    lines.push(content.ui.unreviewedTranslation ?? '');
  return { kind: 'notice', runs: lines.map((text, index) => ({ text: index ? ` ${text}` : text, bold: index === 1 })) };
}

/** The models as chips in their colours, from module 2's list (its items in the order JEM, WSO, TFM). */
function modelChips(blocks: readonly Block[]): Block[] {
  return blocks.map((block) =>
    block.kind === 'bullets' && block.items.length === MODELS.length
      ? {
          kind: 'chips',
          items: block.items.map((runs, index) => ({
            label: MODELS[index]!,
            color: MODEL_COLORS[MODELS[index]!],
            runs,
          })),
        }
      : block,
  );
}

/** The not-legal-advice notice after its first sentence, which the footer prints (content/stamp.ts). */
function restOfNotice(notice: string): string {
  const rest = notice
    .split(/(?<=\.)\s/)
    .slice(1)
    .join(' ');
  return rest || notice;
}

// Characters of answers that still run beside the map in about its height (a county's run to about 1,100).
const LONG_ANSWERS = 1600;

/** Characters in the region's answers as printed. */
function answerLength(content: WorkshopContent): number {
  return content.region.answers.reduce(
    (sum, answer) =>
      sum +
      (content.ui[answer.question] ?? answer.question).length +
      glanceAnswer(
        content,
        answer.question,
        phrase(content.ui, answer.answer, (text) => text),
      ).length,
    0,
  );
}

// The longest answer sentence the front prints whole: twice a deck card's, since the sheet keeps a county's
// nuance ("only inside the agency's own jails…"); a state's answers, which run to thousands, give way to a count.
const FRONT_ANSWER_MAX = 2 * ANSWER_SENTENCE_MAX;

/**
 * An answer as the front of the sheet prints it: the sentence, or past FRONT_ANSWER_MAX characters (a state's
 * dozens of sheriffs) how many agencies it names, as the deck's cards say it; the table names them all.
 */
function glanceAnswer(content: WorkshopContent, question: string, sentence: string): string {
  const facts = content.region.facts.find((candidate) => candidate.question === question);
  if (sentence.length <= FRONT_ANSWER_MAX || !facts) return sentence;
  const count = phrase(
    content.ui,
    { key: 'agenciesInTable', vars: { count: String(facts.agencies.length) } },
    (t) => t,
  );
  return `${count}.`;
}

// A table of more rows than this does not fit the front with the answers and the map: it follows the sheet (the
// issue's "about 15 rows"), so that both sides keep what a participant needs, and the table runs on under its header.
const FRONT_TABLE_ROWS = 15;

/** The contacts box: the hotline in big type, the other contacts, and the QR code to the organization's website. */
function contactsBox(content: WorkshopContent, width: SheetWidth): Block | null {
  const label = (key: string) => content.ui[key] ?? key;
  const hotline = content.contacts.find((contact) => contact.label === 'hotline' && contact.phone);
  // The organization's own website (else the config's general website): never a contact's link, such as legal
  // aid's, which is not the organization on the web. A contact that is only that website is the QR code's.
  const website = content.frame.orgWebsite ?? content.contacts.find((contact) => contact.label === 'website')?.website;
  const others = content.contacts.filter(
    (contact) =>
      contact !== hotline &&
      !(contact.label === 'website' && !contact.name && !contact.phone && contact.website === website),
  );
  if (!hotline && others.length === 0 && !website) return null;
  // The number first and largest: the one thing to find on the sheet in a hurry.
  const text: Block[] = hotline
    ? [
        { kind: 'heading', level: 1, text: hotline.phone! },
        { kind: 'paragraph', runs: [{ text: `${label('hotline')}: `, bold: true }, { text: hotline.name ?? '' }] },
      ]
    : [];
  if (others.length)
    text.push({
      kind: 'bullets',
      items: others.map((contact): Run[] => [
        { text: `${label(contact.label)}: `, bold: true },
        { text: [contact.name, contact.phone, contact.website].filter(Boolean).join(', ') },
      ]),
    });
  const heading: Block = { kind: 'heading', level: 2, text: label('contacts') };
  if (!website) return { kind: 'box', icon: 'phone', tint: 'accent', blocks: [heading, ...text] };
  const code: Block = {
    kind: 'qr',
    url: website,
    caption: content.frame.org ? uiText(content, 'orgWebsite', { org: content.frame.org }) : website,
  };
  if (width === 'half') return { kind: 'box', icon: 'phone', tint: 'accent', blocks: [heading, ...text, code] };
  return {
    kind: 'box',
    icon: 'phone',
    tint: 'accent',
    blocks: [
      heading,
      {
        kind: 'columns',
        columns: [
          { width: 0.52, blocks: text },
          { width: 0.48, blocks: [code] },
        ],
      },
    ],
  };
}

/**
 * The handout's parts for one language, in reading order; `width` is the flow's: the whole page, or half of it in
 * the bilingual handout (boxes one to a row, the map under the answers).
 */
export function buildHandoutParts({ content, map }: HandoutInput, width: SheetWidth): HandoutPart[] {
  const sources = new SourceNumbers(content);
  const module = (key: string) => content.modules.find((candidate) => candidate.key === key)!;
  const handout = (key: string, tint: 'say' | 'accent' = 'say') =>
    designBlocks(curriculumBlocks(module(key).markup.handout, content, sources), width, tint);
  const say = (value: Parameters<typeof phrase>[1]) => phrase(content.ui, value, (text) => text);
  const region = content.frame.regionName;
  const parts: HandoutPart[] = [];
  // Participants read the list's date and that it changes often; how old it is and what to do is the trainer's.
  if (content.stamp.stale)
    parts.push({
      key: 'stale',
      blocks: [
        {
          kind: 'paragraph',
          runs: [{ text: uiText(content, 'staleDataPrint', { date: content.stamp.asOf }), bold: true }],
        },
      ],
    });
  const answers: Block[] = [
    { kind: 'heading', level: 2, text: uiText(content, 'handoutAnswers', { region }) },
    {
      kind: 'bullets',
      items: content.region.answers.map((answer) => [
        { text: `${content.ui[answer.question] ?? answer.question} `, bold: true },
        { text: glanceAnswer(content, answer.question, say(answer.answer)) },
      ]),
    },
  ];
  // Half a page is too narrow for the whole map: drawn smaller, with its legend under it.
  const mapBlock: Block[] = map ? [{ kind: 'map', map, width: width === 'full' ? 1 : 0.75 }] : [];
  // The front has room for the first paragraph of module 1; the guide and the deck carry the rest.
  const what = curriculumBlocks(firstParagraph(module('what-is-287g').markup.handout), content, sources);
  // The models' list as chips; the deck and the guide carry the paragraph after it. The chips say where each model
  // works, so the sheet leaves out the table's key (content.region.modelReach) that the guide prints.
  const models = handout('three-models');
  const chips = modelChips(models.slice(0, models.findIndex((block) => block.kind === 'bullets') + 1));
  if (width === 'full' && map) {
    // On a whole page the answers, what 287(g) is and the models run down beside the map; a state's answers, which
    // name many agencies, go across the page above them.
    const long = answerLength(content) > LONG_ANSWERS;
    const beside = long ? [...what, ...chips] : [...answers, ...what, ...chips];
    parts.push({
      key: 'answers',
      blocks: [
        ...(long ? answers : []),
        {
          kind: 'columns',
          columns: [
            { width: 0.62, blocks: beside },
            { width: 0.38, blocks: mapBlock },
          ],
        },
      ],
    });
  } else
    parts.push(
      { key: 'answers', blocks: answers },
      { key: 'what', blocks: what },
      { key: 'models', blocks: chips },
      { key: 'map', blocks: mapBlock },
    );
  const agreements: HandoutPart = {
    key: 'agreements',
    blocks: [
      { kind: 'heading', level: 2, text: uiText(content, 'handoutAgreements', { region }) },
      content.region.agencies.length ? agreementTable(content) : plain(content.ui.noAgreements ?? ''),
    ],
  };
  const after = content.region.agencies.length > FRONT_TABLE_ROWS;
  parts.push(
    after
      ? { key: 'agreements-after', blocks: [plain(uiText(content, 'handoutAgreementsAfter', { region }))] }
      : agreements,
  );
  parts.push({ key: 'back', shared: true, blocks: [{ kind: 'page-break' }] });
  parts.push({ key: 'limits', blocks: handout('limits', 'accent') });
  parts.push({ key: 'rights', blocks: handout('know-your-rights') });
  parts.push({ key: 'steps', blocks: handout('response-steps') });
  // No contacts, no box: the trainer's checklist says what is missing (workshop/checklist.ts).
  const contacts = contactsBox(content, width);
  if (contacts) parts.push({ key: 'contacts', blocks: [contacts] });
  const references: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        ...sources.compact(content.ui.sources ?? 'Sources'),
        { text: `. ${uiText(content, 'handoutFullSources')}`, bold: true },
      ],
    },
    // The footer carries the date and the notice's first sentence; here the list's source, ICE's list as a short
    // link (the sheet keeps its one QR code for the organization) and the rest of the notice.
    {
      kind: 'paragraph',
      runs: [
        {
          text:
            `${uiText(content, 'dataSource', { file: content.stamp.source })}. ` +
            `${uiText(content, 'handoutFullList')}: ${ICE_287G_PAGE} · `,
        },
        { text: restOfNotice(content.ui.notLegalAdvice ?? ''), bold: true },
      ],
    },
  ];
  parts.push({ key: 'sources', blocks: references });
  if (after) parts.push({ key: 'table', shared: true, blocks: [{ kind: 'page-break' }] }, agreements);
  return parts;
}

/** The header band of a handout: the title with the region, and the organization under it. */
export function handoutBand(content: WorkshopContent, title: string): Block {
  return {
    kind: 'band',
    title: `${title} — ${content.frame.regionName}`,
    ...(content.frame.org ? { subtitle: content.frame.org } : {}),
  };
}

/** The handout's blocks for one language: the band, then its parts in one flow. */
export function buildHandoutBlocks(input: HandoutInput): Block[] {
  return [
    handoutBand(input.content, input.content.ui.workshopTitle ?? '287(g)'),
    ...buildHandoutParts(input, 'full').flatMap((part) => part.blocks),
  ];
}
