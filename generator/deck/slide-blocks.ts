// The deck plan as typesetter blocks, one list of blocks per PDF slide: the same slides as the Slidev deck, except that
// a quiz slide becomes two (the question, then the answer: a PDF cannot reveal on click). Data is put in as written.

import { citeSources } from '../content/cite.ts';
import { renderMarkup, type MarkupNode } from '../content/markup.ts';
import type { WorkshopContent } from '../content/view.ts';
import type { StateMap } from '../map/model.ts';
import { markdownToBlocks } from '../pdf/markdown.ts';
import { PAPER_SIZES, SLIDE_LAYOUT } from '../pdf/style.ts';
import type { Block, Run } from '../pdf/types.ts';
import type { PlannedSlide, SlotView } from './plan.ts';

/** One slide of the plan as PDF slides (each starts a page), with the title its speaker notes go under. */
export interface SlideBlocks {
  title: string;
  pages: Block[][]; // one entry per PDF slide: two for a quiz question, one otherwise
}

const AGENCY_COLUMNS = [0.42, 0.18, 0.22, 0.18];
const AGENDA_COLUMNS = [0.2, 0.65, 0.15];
// Placeholder values go into the Markdown as private-use marks and are put back after parsing, so that data with
// Markdown syntax in it (an organization called "*Unidos*") prints exactly as written.
const MARK = /\uE000(\d+)\uE001/g;

const paragraph = (text: string, bold = false): Block => ({
  kind: 'paragraph',
  runs: [bold ? { text, bold } : { text }],
});

export function buildSlideBlocks(slide: PlannedSlide, content: WorkshopContent, map: StateMap | null): SlideBlocks {
  switch (slide.kind) {
    case 'title':
      // The room's first view: who, where and when on the accent panel. The list's date and the not-legal-advice line
      // are in every slide's footer; how old the list is and what to do about it are the trainer's (the notes).
      return {
        title: `${slide.title} — ${slide.region}`,
        pages: [[{ kind: 'panel', title: slide.title, subtitle: slide.region, lines: slide.lines }]],
      };
    case 'agenda':
      return {
        title: slide.heading,
        pages: [[{ kind: 'band', title: slide.heading }, table(slide.headers, AGENDA_COLUMNS, slide.rows)]],
      };
    case 'section':
      // A module's divider: its number over its title in display type, the minutes it takes, on the accent panel.
      return {
        title: `${slide.label}: ${slide.title}`,
        pages: [[{ kind: 'panel', over: slide.label, title: slide.title, lines: [slide.minutes] }]],
      };
    case 'module': {
      const blocks = slide.parts.flatMap((part) =>
        part.kind === 'prose' ? proseBlocks(part.nodes, content) : slotBlocks(part.view, map),
      );
      // The slide's title on the band; a continuation slide says so.
      const first = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
      const top = blocks[first];
      if (top?.kind === 'heading')
        blocks[first] = {
          kind: 'band',
          title: slide.continued ? `${top.text} ${slide.continued}` : top.text,
          ...(slide.icon ? { icon: slide.icon } : {}),
        };
      if (slide.fallback) blocks.unshift({ kind: 'paragraph', runs: [{ text: slide.fallback }], small: true });
      const title = blocks.find((block) => block.kind === 'band' || block.kind === 'heading');
      return {
        title: title?.kind === 'band' ? title.title : title?.kind === 'heading' ? title.text : '',
        pages: [blocks],
      };
    }
    case 'quiz': {
      // The question page, then the same page with the answer (and why) on a card under the options, the hint that
      // says how to answer left out: a PDF cannot reveal on click.
      const letter = (index: number) => String.fromCharCode(65 + index);
      const top: Block[] = [
        { kind: 'band', title: slide.number, icon: 'question' },
        { kind: 'heading', level: 2, text: slide.question },
      ];
      const options = slide.options.map((option, index): Block => ({
        kind: 'paragraph',
        runs: [{ text: `${letter(index)}. `, bold: true }, { text: option }],
      }));
      const answer: Block = {
        kind: 'cards',
        cards: [
          {
            label: slide.answerLabel,
            value: slide.answer,
            detail: `${slide.whyLabel}: ${slide.explanation}`,
            icon: 'check',
          },
        ],
      };
      return {
        title: `${slide.number}: ${slide.question}`,
        pages: [
          [...top, ...(slide.hint ? [paragraph(slide.hint)] : []), ...options],
          [...top, ...options, answer],
        ],
      };
    }
  }
}

/** Curriculum Markdown: adjacent source markers as one list of numbers ("[1, 2]"), placeholders filled as written. */
export function proseBlocks(nodes: readonly MarkupNode[], content: WorkshopContent): Block[] {
  const values: string[] = [];
  const text = renderMarkup(nodes, content.placeholders, {
    escape: (value) => `\uE000${values.push(value) - 1}\uE001`,
    sources: citeSources((id) => content.sourceNumbers[id]),
  });
  const put = (value: string) => value.replace(MARK, (_, index: string) => values[Number(index)] ?? '');
  const runs = (items: Run[]) => items.map((run) => ({ ...run, text: put(run.text) }));
  return markdownToBlocks(text).map((block): Block => {
    switch (block.kind) {
      case 'heading':
        return { ...block, text: put(block.text) };
      case 'paragraph':
      case 'notice':
        return { ...block, runs: runs(block.runs) };
      case 'bullets':
      case 'numbered':
        return { ...block, items: block.items.map(runs) };
      case 'table':
        return {
          ...block,
          columns: block.columns.map((column) => ({ ...column, header: put(column.header) })),
          rows: block.rows.map((row) => row.map(put)),
        };
      default:
        return block;
    }
  });
}

function table(headers: string[], widths: number[], rows: string[][]): Extract<Block, { kind: 'table' }> {
  return {
    kind: 'table',
    columns: headers.map((header, index) => ({ header, width: widths[index] ?? 1 / headers.length })),
    rows,
  };
}

// The region map on a slide: at most half the width, and no taller than this, so that it fits under the slide's band
// and the map's title with its legend beside it.
const MAP_HEIGHT = 290; // points
const SLIDE_COLUMN = PAPER_SIZES.slide.width - 2 * SLIDE_LAYOUT.margin;

/** The share of the slide's width the map takes: half, or less for a state taller than wide (its counties' bounds). */
function mapShare(map: StateMap): number {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const county of map.counties)
    for (const ring of county.rings)
      for (const [x, y] of ring) {
        box[0] = Math.min(box[0]!, x);
        box[1] = Math.min(box[1]!, y);
        box[2] = Math.max(box[2]!, x);
        box[3] = Math.max(box[3]!, y);
      }
  const [width, height] = [box[2]! - box[0]!, box[3]! - box[1]!];
  const aspect = width > 0 && height > 0 ? width / height : 1;
  return Math.min(0.5, (MAP_HEIGHT * aspect) / SLIDE_COLUMN);
}

function slotBlocks(view: SlotView, map: StateMap | null): Block[] {
  switch (view.kind) {
    case 'charts':
      // Each bar in its model's colour, on the chart's own scale.
      return view.charts.map((chart) => ({
        kind: 'bars',
        rows: chart.rows.map(({ model, ...row }) => (model ? { ...row, model } : row)),
        max: chart.max,
        caption: chart.caption,
      }));
    case 'answers':
      // A question in the accent color over its answer, like the deck's list of answers.
      return view.items.flatMap((item): Block[] => [
        ...(item.question ? [{ kind: 'heading' as const, level: 3 as const, text: item.question }] : []),
        item.big ? { kind: 'heading' as const, level: 1 as const, text: item.answer } : paragraph(item.answer),
      ]);
    case 'cards':
      // The region's answers: the question over the answer in a word or a number, the models as badges, the sentence.
      return [
        {
          kind: 'cards',
          cards: view.cards.map((card) => ({
            label: card.question,
            value: card.headline,
            detail: card.detail,
            badges: card.models.map((badge) => ({ text: badge.label, model: badge.model })),
            icon: card.icon,
          })),
        },
      ];
    case 'table': {
      const rows = view.rows.map((row) => [
        row.name,
        row.where,
        row.models.map((badge) => badge.label).join(', '),
        row.signed,
      ]);
      // The models on their colours, as on the map and the chart; the cell's text sizes the column.
      const badges = view.rows.map((row) => row.models.map((badge) => ({ text: badge.label, model: badge.model })));
      const blocks: Block[] = [{ ...table(view.headers, AGENCY_COLUMNS, rows), badges: { column: 2, cells: badges } }];
      if (view.caption) blocks.push({ kind: 'paragraph', runs: [{ text: view.caption }], small: true });
      return blocks;
    }
    case 'map':
      return map ? [{ kind: 'map', map, width: mapShare(map), caption: view.caption }] : [paragraph(view.caption)];
    case 'sources':
      return [
        {
          kind: 'numbered',
          start: view.items[0]?.number ?? 1,
          small: true,
          items: view.items.map((source) => [
            {
              text:
                source.title +
                (source.publisher ? `, ${source.publisher}` : '') +
                (source.url ? `. ${source.url}` : ''),
            },
          ]),
        },
      ];
    case 'none':
      return [];
  }
}
