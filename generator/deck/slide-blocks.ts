// The deck plan as typesetter blocks, one list of blocks per PDF slide: the same slides as the Slidev deck, except that
// a quiz slide becomes two (the question, then the answer: a PDF cannot reveal on click). Data is put in as written.

import { citeSources } from '../content/cite.ts';
import { renderMarkup, type MarkupNode } from '../content/markup.ts';
import type { WorkshopContent } from '../content/view.ts';
import type { StateMap } from '../map/model.ts';
import { markdownToBlocks } from '../pdf/markdown.ts';
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
const labelled = (label: string, text: string): Run[] => [{ text: `${label}: `, bold: true }, { text }];

export function buildSlideBlocks(slide: PlannedSlide, content: WorkshopContent, map: StateMap | null): SlideBlocks {
  switch (slide.kind) {
    case 'title': {
      const blocks: Block[] = [
        { kind: 'heading', level: 1, text: slide.title },
        { kind: 'heading', level: 2, text: slide.region },
        ...slide.lines.map((line) => paragraph(line)),
      ];
      blocks.push({ kind: 'paragraph', runs: [{ text: slide.notice }], small: true });
      return { title: `${slide.title} — ${slide.region}`, pages: [blocks] };
    }
    case 'agenda':
      return {
        title: slide.heading,
        pages: [[{ kind: 'heading', level: 1, text: slide.heading }, table(slide.headers, AGENDA_COLUMNS, slide.rows)]],
      };
    case 'section':
      return {
        title: `${slide.label}: ${slide.title}`,
        pages: [[paragraph(slide.label), { kind: 'heading', level: 1, text: slide.title }, paragraph(slide.minutes)]],
      };
    case 'module': {
      const blocks = slide.parts.flatMap((part) =>
        part.kind === 'prose' ? proseBlocks(part.nodes, content) : slotBlocks(part.view, map),
      );
      const first = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
      const top = blocks[first];
      if (slide.continued && top?.kind === 'heading')
        blocks[first] = { ...top, text: `${top.text} ${slide.continued}` };
      if (slide.fallback) blocks.unshift({ kind: 'paragraph', runs: [{ text: slide.fallback }], small: true });
      const heading = blocks.find((block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading');
      return { title: heading?.text ?? '', pages: [blocks] };
    }
    case 'quiz': {
      const top: Block[] = [paragraph(slide.number), { kind: 'heading', level: 2, text: slide.question }];
      const letter = (index: number) => String.fromCharCode(65 + index);
      return {
        title: `${slide.number}: ${slide.question}`,
        pages: [
          [
            ...top,
            ...(slide.hint ? [paragraph(slide.hint)] : []),
            ...slide.options.map((option, index): Block => ({
              kind: 'paragraph',
              runs: [{ text: `${letter(index)}. `, bold: true }, { text: option }],
            })),
          ],
          [
            ...top,
            { kind: 'notice', runs: labelled(slide.answerLabel, slide.answer) },
            { kind: 'paragraph', runs: labelled(slide.whyLabel, slide.explanation) },
          ],
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

function table(headers: string[], widths: number[], rows: string[][]): Block {
  return {
    kind: 'table',
    columns: headers.map((header, index) => ({ header, width: widths[index] ?? 1 / headers.length })),
    rows,
  };
}

function slotBlocks(view: SlotView, map: StateMap | null): Block[] {
  switch (view.kind) {
    case 'charts':
      return view.charts.map((chart) => ({ kind: 'bars', rows: chart.rows, caption: chart.caption }));
    case 'answers':
      // A question in the accent color over its answer, like the deck's list of answers.
      return view.items.flatMap((item): Block[] => [
        ...(item.question ? [{ kind: 'heading' as const, level: 3 as const, text: item.question }] : []),
        paragraph(item.answer),
      ]);
    case 'cards':
      return view.cards.flatMap((card): Block[] => [
        { kind: 'heading', level: 3, text: card.question },
        paragraph(card.headline, true),
        paragraph(card.detail),
      ]);
    case 'table': {
      const rows = view.rows.map((row) => [
        row.name,
        row.where,
        row.models.map((badge) => badge.label).join(', '),
        row.signed,
      ]);
      const blocks: Block[] = [table(view.headers, AGENCY_COLUMNS, rows)];
      if (view.caption) blocks.push({ kind: 'paragraph', runs: [{ text: view.caption }], small: true });
      return blocks;
    }
    case 'map':
      return map ? [{ kind: 'map', map, width: 0.5, caption: view.caption }] : [paragraph(view.caption)];
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
