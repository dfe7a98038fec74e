// The deck for one language as a format-free plan: which slides, in which order, with which text, tables, charts and
// notes. The Slidev deck (slides.ts) and the slide PDF (slides-pdf.ts) both render this plan, so they show the same
// slides. Text is raw here: each renderer escapes it for its own format. Pure: no disk, no clock.

import { citeSources } from '../content/cite.ts';
import { pickDeckQuiz } from '../content/deck-quiz.ts';
import {
  parseMarkup,
  renderMarkup,
  splitAtSlots,
  splitLines,
  trimMarkup,
  withoutSources,
  type MarkupNode,
} from '../content/markup.ts';
import { phrase, type AgencyRow, type ContentSlide, type Phrase, type WorkshopContent } from '../content/view.ts';
import { agendaClock } from '../content/agenda.ts';
import { answerHint } from '../content/answer-hint.ts';
import { ANSWER_SENTENCE_MAX, type AnswerFacts } from '../content/answer-facts.ts';
import type { Model } from '../data/types.ts';
import type { IconName } from '../design/icons.ts';
import { slideIcon } from './slide-icons.ts';

export interface DeckPlanOptions {
  map: boolean; // whether the region has a map to show
  quizPerModule: number; // how many questions of each module the in-deck quiz shows
}

/** A model as a colour badge: the renderer takes its colour from generator/design/palette.ts by `model`. */
export interface ModelBadge {
  model: Model;
  label: string; // the model's name in the deck's language, with "(pending)" for a pending agreement
  pending: boolean;
}

/** Bars for counts: each bar is a model's (coloured as the model) or null; every bar's length is value / max. */
export interface Chart {
  rows: { label: string; value: number; display: string; model: Model | null }[];
  max: number; // the scale's end: the largest value of the chart (the same rule for every chart of the deck)
  caption: string;
}

/** One region answer as a big card: the question, the answer in a word or number, the models, the full sentence. */
export interface AnswerCard {
  question: string;
  headline: string; // "Yes", "No", "Pending", "3", "2 / 254"
  verdict: AnswerFacts['verdict'] | 'none'; // none: a count of zero (shown like a no)
  models: ModelBadge[];
  detail: string; // the view's sentence for the answer, or past CARD_DETAIL_MAX "N agencies (named in the table)"
  full: string | null; // the view's sentence when detail is the short form (the slide's notes carry it), else null
  icon: IconName;
}

/** A row of an agency table: the models as badges. */
export interface AgencyTableRow {
  name: string;
  where: string;
  models: ModelBadge[];
  signed: string;
}

/** What a `<!-- slot: name -->` of the curriculum shows on one slide. */
export type SlotView =
  | { kind: 'charts'; charts: Chart[] }
  // question left out for a plain item; big: the answer in large type (the hotline, the one number to find)
  | { kind: 'answers'; items: { question?: string; answer: string; big?: boolean }[] }
  | { kind: 'cards'; cards: AnswerCard[] }
  | { kind: 'table'; headers: string[]; rows: AgencyTableRow[]; caption: string | null }
  | { kind: 'map'; caption: string }
  | { kind: 'sources'; items: WorkshopContent['sources'] }
  | { kind: 'none' };

/** Curriculum Markdown as parsed (source markers and placeholders still in), or a slot's content. */
export type SlidePart = { kind: 'prose'; nodes: MarkupNode[] } | { kind: 'slot'; view: SlotView };

export type PlannedSlide =
  | {
      // No warning here: the room sees the region and who presents; the list's age is in the notes and the
      // trainer's checklist.
      kind: 'title';
      title: string;
      region: string;
      lines: string[];
      notice: string;
      notes: string[];
    }
  | { kind: 'agenda'; heading: string; headers: string[]; rows: string[][]; notes: string[] }
  // A module's divider: "Module 3", its title and minutes.
  | { kind: 'section'; label: string; number: number; title: string; minutes: string; notes: string[] }
  | {
      kind: 'module';
      parts: SlidePart[];
      continued: string | null; // the mark for the heading of a continuation slide
      fallback: string | null;
      icon: IconName | null; // the rights and response slides' pictogram
      notes: string[];
    }
  | {
      kind: 'quiz';
      number: string;
      question: string;
      hint: string;
      options: string[];
      answerLabel: string;
      answer: string;
      whyLabel: string;
      explanation: string;
      notes: string[];
    };

export { DECK_QUIZ_PER_MODULE } from '../content/deck-quiz.ts';
// Agency tables: how many one-line rows fit under a slide's heading at the deck's type size, what each further line
// of a row adds (its text line without the row's padding and rule), and the characters of a line in the agency and
// county columns (a longer name wraps).
const TABLE_ROWS_PER_SLIDE = 10;
const FURTHER_LINE = 0.7;
const NAME_CHARS_PER_LINE = 28;
const WHERE_CHARS_PER_LINE = 17;
const SOURCES_PER_SLIDE = 6;

/**
 * The height of an agency row on a slide, in one-line rows: its longest wrapped cell (a model badge is a line), each
 * line past the first adding FURTHER_LINE.
 */
export function estimateRowLines(row: AgencyTableRow): number {
  const lines = Math.max(
    1,
    Math.ceil(row.name.length / NAME_CHARS_PER_LINE),
    Math.ceil(row.where.length / WHERE_CHARS_PER_LINE),
    row.models.length,
  );
  return 1 + FURTHER_LINE * (lines - 1);
}

/**
 * Splits rows over as few slides as hold them (each at most `linesPerSlide` lines by `linesOf`), in order, with the
 * rows spread evenly: slides differ by at most one row (9 rows on two slides are 5 and 4, never 8 and 1). A row taller
 * than a slide gets a slide of its own. No rows: one empty slide.
 */
export function paginateRows<Row>(
  rows: readonly Row[],
  linesOf: (row: Row) => number,
  linesPerSlide = TABLE_ROWS_PER_SLIDE,
): Row[][] {
  if (rows.length === 0) return [[]];
  const total = rows.reduce((sum, row) => sum + linesOf(row), 0);
  for (let count = Math.max(1, Math.ceil(total / linesPerSlide)); count < rows.length; count++) {
    const pages = splitEvenly(rows, count);
    if (pages.every((page) => page.reduce((sum, row) => sum + linesOf(row), 0) <= linesPerSlide)) return pages;
  }
  return rows.map((row) => [row]);
}

/** `rows` in `count` runs whose lengths differ by at most one, the longer runs first. */
function splitEvenly<Row>(rows: readonly Row[], count: number): Row[][] {
  const size = Math.floor(rows.length / count);
  const longer = rows.length % count;
  const pages: Row[][] = [];
  let start = 0;
  for (let index = 0; index < count; index++) {
    const end = start + size + (index < longer ? 1 : 0);
    pages.push(rows.slice(start, end));
    start = end;
  }
  return pages;
}

/** Agencies as table rows: name, county (or statewide), models as badges (pending ones marked), signing dates. */
export function agencyRows(content: WorkshopContent, rows: readonly AgencyRow[]): AgencyTableRow[] {
  const ui = (key: string) => content.ui[key] ?? key;
  return rows.map((row) => {
    const signed = row.agreements.map((agreement) => agreement.signed ?? ui('unknown'));
    return {
      name: row.name,
      where: row.where ?? ui('unknown'),
      models: [
        ...row.agreements.map((agreement) => ({ model: agreement.model, label: agreement.modelName, pending: false })),
        ...row.pending.map((pending) => ({
          model: pending.model,
          label: `${pending.modelName} (${ui('pending')})`,
          pending: true,
        })),
      ],
      signed: signed.length ? [...new Set(signed)].join(', ') : ui('pending'),
    };
  });
}

// The longest answer sentence a card shows (in about eight lines of its column): content/answer-facts.ts.
const CARD_DETAIL_MAX = ANSWER_SENTENCE_MAX;

/**
 * A region answer's card: the answer in a word or number over the view's `sentence` (or, past CARD_DETAIL_MAX
 * characters, the number of agencies it names, the sentence moving to the notes), the models as badges.
 */
export function answerCard(content: WorkshopContent, facts: AnswerFacts, sentence: string): AnswerCard {
  const ui = (key: string) => content.ui[key] ?? key;
  const headline = {
    yes: ui('cardYes'),
    no: ui('cardNo'),
    pending: ui('pending'),
    count:
      facts.count === 0 ? ui('cardNo') : facts.total === null ? String(facts.count) : `${facts.count} / ${facts.total}`,
  }[facts.verdict];
  // The card says "Yes" in large type: its sentence need not say it again ("Yes. The Tarrant County Sheriff's…").
  const said = new RegExp(`^${headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[.,:]\\s+`, 'u');
  sentence = sentence.replace(said, '');
  sentence = sentence.charAt(0).toLocaleUpperCase(content.language.code) + sentence.slice(1);
  return {
    question: ui(facts.question),
    headline,
    verdict: facts.verdict === 'count' && facts.count === 0 ? 'none' : facts.verdict,
    models: facts.models.map((model) => ({
      model,
      label: content.ui[`model${model}`] ?? model,
      pending: facts.verdict === 'pending',
    })),
    detail:
      sentence.length <= CARD_DETAIL_MAX
        ? sentence
        : phrase(
            content.ui,
            { key: 'agenciesInTable', vars: { count: String(facts.agencies.length) } },
            (text) => text,
          ),
    full: sentence.length <= CARD_DETAIL_MAX ? null : sentence,
    icon: ANSWER_ICONS[facts.question] ?? 'info',
  };
}

// The pictogram of each region answer's card.
const ANSWER_ICONS: Record<string, IconName> = {
  agencyQuestion: 'police',
  sheriffAgreement: 'police',
  cityPolice: 'place',
  jailReach: 'jail',
  fieldReach: 'street',
  severalAgreements: 'agreements',
};

/**
 * Speaker notes as plain paragraphs, one per non-empty line of `notes`: each run of source markers as " [3, 8]" (the
 * deck's source numbers), placeholders filled with the data as written.
 */
export function noteParagraphs(content: WorkshopContent, notes: readonly MarkupNode[]): string[] {
  const cite = citeSources((id) => content.sourceNumbers[id]);
  return splitLines(notes)
    .map(trimMarkup)
    .filter((line) => line.length > 0)
    .map((line) => renderMarkup(line, content.placeholders, { escape: (value) => value, sources: cite }));
}

// The region answers about what agreements reach, shown on a slide of their own.
const REACH_QUESTIONS = new Set(['jailReach', 'fieldReach']);

export function buildDeckPlan(content: WorkshopContent, options: DeckPlanOptions): PlannedSlide[] {
  const ui = (key: string) => content.ui[key] ?? key;
  const say = (value: Phrase) => phrase(content.ui, value, (text) => text);
  const notesOf = (text: string) => noteParagraphs(content, parseMarkup(text));
  type AnswerItem = { question?: string; answer: string; big?: boolean };
  const answers = (...items: AnswerItem[]): SlotView => ({
    kind: 'answers',
    items,
  });
  const table = (rows: AgencyTableRow[], caption: string | null): SlotView => ({
    kind: 'table',
    headers: [ui('agency'), ui('county'), ui('models'), ui('signed')],
    rows,
    caption,
  });

  /** A slot's content, one entry per slide it spans. */
  const slotPages = (name: string): SlotView[] => {
    switch (name) {
      case 'national-counts': {
        const state = content.national.state;
        const bars = (rows: { model: Model; name: string; count: number; agreements: string }[]) =>
          rows.map((row) => ({ label: row.name, value: row.count, display: row.agreements, model: row.model }));
        const max = (rows: { count: number }[]) => Math.max(1, ...rows.map((row) => row.count));
        const charts: Chart[] = [
          {
            rows: bars(content.national.rows),
            max: max(content.national.rows),
            caption:
              `${ui('total')}: ${content.national.total.agreements} ${ui('agreements').toLowerCase()}, ` +
              `${content.national.total.agencies} ${ui('agencies').toLowerCase()}, ` +
              `${content.national.total.states} ${ui('states').toLowerCase()}`,
          },
        ];
        if (state)
          charts.push({
            rows: bars(state.rows),
            max: max(state.rows),
            caption: `${state.name}: ${state.total} ${ui('agreements').toLowerCase()}`,
          });
        return [{ kind: 'charts', charts }];
      }
      case 'national-growth':
        return [content.national.growth ? answers({ answer: say(content.national.growth) }) : { kind: 'none' }];
      case 'region-answer': {
        // Two slides of cards: who has agreements here, then what they reach (jail, street). The pending answer has
        // a slide of its own (region-pending).
        const card = (facts: AnswerFacts): AnswerCard => {
          const answer = content.region.answers.find((item) => item.question === facts.question);
          return answerCard(content, facts, answer ? say(answer.answer) : '');
        };
        const reach = content.region.facts.filter((facts) => REACH_QUESTIONS.has(facts.question));
        const who = content.region.facts.filter((facts) => !REACH_QUESTIONS.has(facts.question));
        const cards = (items: AnswerFacts[]): SlotView => ({ kind: 'cards', cards: items.map(card) });
        return [cards(who), ...(reach.length ? [cards(reach)] : [])];
      }
      case 'region-agencies': {
        const rows = agencyRows(content, content.region.agencies);
        if (rows.length === 0) return [answers({ answer: ui('noAgreements') })];
        const pages = paginateRows(rows, estimateRowLines);
        return pages.map((page, index) =>
          table(
            page,
            [pages.length > 1 ? `${index + 1} / ${pages.length}` : null, content.region.modelReach]
              .filter(Boolean)
              .join(' · '),
          ),
        );
      }
      case 'region-map':
        return [
          options.map
            ? { kind: 'map', caption: content.region.map.map(say).join(' ') }
            : answers({ answer: content.region.map.map(say).join(' ') }),
        ];
      case 'region-pending': {
        const rows = agencyRows(content, content.region.pending);
        return rows.length
          ? paginateRows(rows, estimateRowLines).map((page) => table(page, null))
          : [answers({ answer: ui('answerPendingNo') })];
      }
      case 'region-changes':
        // Without a list to compare with the slide goes (the trainer's checklist says how to choose one).
        return [content.region.changes ? answers({ answer: say(content.region.changes) }) : { kind: 'none' }];
      case 'contacts':
        return [
          content.contacts.length
            ? answers(
                // The hotline's number alone in large type, its name under it; the other contacts as lines.
                ...content.contacts.flatMap((contact): AnswerItem[] =>
                  contact.label === 'hotline' && contact.phone
                    ? [
                        { question: ui(contact.label), answer: contact.phone, big: true },
                        ...(contact.name ? [{ answer: contact.name }] : []),
                      ]
                    : [
                        {
                          question: ui(contact.label),
                          answer: [contact.name, contact.phone, contact.website].filter(Boolean).join(' · '),
                        },
                      ],
                ),
              )
            : { kind: 'none' }, // no contacts, no slide: the trainer's checklist names the missing ones
        ];
      case 'sources': {
        const pages: SlotView[] = [];
        for (let start = 0; start < content.sources.length; start += SOURCES_PER_SLIDE)
          pages.push({ kind: 'sources', items: content.sources.slice(start, start + SOURCES_PER_SLIDE) });
        return pages.length ? pages : [{ kind: 'none' }];
      }
      default: // 'quiz' (its questions follow as slides of their own) and names the kit does not know
        return [{ kind: 'none' }];
    }
  };

  const asOf = say({ key: 'asOf', vars: { date: content.stamp.asOf } });
  const slides: PlannedSlide[] = [
    {
      kind: 'title',
      title: ui('workshopTitle'),
      region: content.frame.regionName,
      lines: frameLines(content),
      notice: `${asOf}. ${ui('notLegalAdvice')}`,
      notes: notesOf(
        [
          asOf,
          say({ key: 'dataSource', vars: { file: content.stamp.source } }),
          content.stamp.stale ? say(content.stamp.stale) : '',
          content.language.reviewed || content.language.code === 'en' ? '' : ui('unreviewedTranslation'),
          ui('notLegalAdvice'),
        ].join('\n'),
      ),
    },
    {
      kind: 'agenda',
      heading: ui('agenda'),
      headers: [
        ui(agendaClock(content.frame.start) === 'time' ? 'agendaTime' : 'agendaElapsed'),
        ui('module'),
        ui('minutes'),
      ],
      rows: content.agenda.map((item) => [
        item.start ? `${item.start}–${item.end}` : '',
        `${item.number ? `${item.number}. ` : ''}${item.title}`,
        String(item.minutes),
      ]),
      notes: notesOf(say({ key: 'durationMinutes', vars: { minutes: String(content.frame.length) } })),
    },
  ];
  for (const module of content.modules) {
    slides.push({
      kind: 'section',
      label: say({ key: 'moduleNumber', vars: { number: String(module.number) } }),
      number: module.number,
      title: module.title,
      minutes: `${module.minutes} ${ui('minutesShort')}`,
      notes: module.objectives.length
        ? [`${ui('objectives')}:`, ...module.markup.objectives.flatMap((nodes) => noteParagraphs(content, nodes))]
        : [],
    });
    for (const slide of module.slides) {
      slides.push(...moduleSlides(slide, module.key, module.fallback || slide.fallback));
      if (slide.slots.includes('quiz')) slides.push(...quizSlides(content, options.quizPerModule));
    }
  }
  return slides;

  function moduleSlides(slide: ContentSlide, moduleKey: string, fallback: boolean): PlannedSlide[] {
    const pieces = splitAtSlots(slide.markup.body);
    const pagesBySlot = new Map(
      pieces.flatMap((piece) => (piece.kind === 'slot' ? [[piece.name, slotPages(piece.name)] as const] : [])),
    );
    const pageCount = Math.max(1, ...[...pagesBySlot.values()].map((pages) => pages.length));
    // The quiz slot shows nothing itself, but its questions follow as slides of their own.
    if (!pagesBySlot.has('quiz') && isTitleOnly(pieces, pagesBySlot)) return [];
    return Array.from({ length: pageCount }, (_, page): PlannedSlide => ({
      kind: 'module',
      parts: pieces.map((piece): SlidePart =>
        piece.kind === 'prose' ? piece : { kind: 'slot', view: pagesBySlot.get(piece.name)![page] ?? { kind: 'none' } },
      ),
      continued: page > 0 ? ui('continued') : null,
      fallback: fallback ? ui('fallbackNotice') : null,
      icon: slideIcon(moduleKey, slide.key),
      notes: [
        ...(page === 0
          ? [...noteParagraphs(content, slide.markup.notes), ...pieces.flatMap((piece) => slotNotes(piece))]
          : [ui('continued')]),
        ...[...pagesBySlot.values()].flatMap((pages) => cardNotes(pages[page])),
      ],
    }));
  }

  /** The whole answers the cards of `view` shortened, for the presenter to read out. */
  function cardNotes(view: SlotView | undefined): string[] {
    if (view?.kind !== 'cards') return [];
    return view.cards.flatMap((card) => (card.full ? [`${card.question} ${card.full}`] : []));
  }

  /** What a slot tells the presenter alone, in the slide's notes: the agencies to check by hand. */
  function slotNotes(piece: ReturnType<typeof splitAtSlots>[number]): string[] {
    if (piece.kind !== 'slot') return [];
    if (piece.name === 'region-agencies' && content.region.unplaced) return [say(content.region.unplaced)];
    return [];
  }
}

/**
 * Whether a curriculum slide would show nothing but its title: it has slots, each with nothing to show (no earlier
 * list to compare with, no local contacts), and no text but headings. Such a slide is left out of the deck.
 */
function isTitleOnly(pieces: ReturnType<typeof splitAtSlots>, pagesBySlot: ReadonlyMap<string, SlotView[]>): boolean {
  if (pagesBySlot.size === 0) return false;
  if ([...pagesBySlot.values()].some((pages) => pages.some((view) => view.kind !== 'none'))) return false;
  return pieces.every(
    (piece) =>
      piece.kind === 'slot' ||
      splitLines(piece.nodes)
        .map(trimMarkup)
        .every((line) => line.length === 0 || (line[0]?.kind === 'text' && /^#{1,6}\s/.test(line[0].text))),
  );
}

/** Who presents, when and where: the title slide's lines under the region's name. */
export function frameLines(content: WorkshopContent): string[] {
  return [
    content.frame.org
      ? phrase(content.ui, { key: 'presentedBy', vars: { org: content.frame.org } }, (text) => text)
      : null,
    content.frame.presenter,
    [content.frame.date, content.frame.start].filter(Boolean).join(' · ') || null,
    content.frame.place,
  ].filter((line): line is string => Boolean(line));
}

/** The in-deck quiz: the first `perModule` questions of every module, with the answer spelled out ("A. ..."). */
export function quizSlides(content: WorkshopContent, perModule: number): PlannedSlide[] {
  const ui = (key: string) => content.ui[key] ?? key;
  const questions = pickDeckQuiz(content.modules, perModule);
  return questions.map((question, index) => {
    const answer =
      typeof question.answer === 'boolean'
        ? ui(question.answer ? 'trueLabel' : 'falseLabel')
        : question.answer
            .map((option) => `${String.fromCharCode(64 + option)}. ${question.options[option - 1]}`)
            .join('; ');
    return {
      kind: 'quiz',
      number: `${ui('question')} ${index + 1} / ${questions.length}`,
      question: question.question,
      hint: answerHint(question.question, question.type, content.ui),
      options:
        question.type === 'truefalse' ? [ui('trueLabel'), ui('falseLabel')] : question.options.map(withoutSources),
      answerLabel: ui('answer'),
      answer,
      whyLabel: ui('explanation'),
      explanation: withoutSources(question.explanation),
      notes: noteParagraphs(
        content,
        parseMarkup(`${ui('answer')}: ${answer}\n${ui('explanation')}: ${question.explanation}`),
      ),
    };
  });
}
