// The deck for one language as a list of Slidev slides (Markdown bodies the kit wrote, speaker notes escaped), rendered
// from the deck plan (plan.ts). Data reaches the Markdown only through escape.ts.

import { citeSources } from '../content/cite.ts';
import { renderMarkup, type MarkupNode } from '../content/markup.ts';
import type { WorkshopContent } from '../content/view.ts';
import { escapeNote, slidevText, vueValue } from './escape.ts';
import { buildDeckPlan, type Chart, type PlannedSlide, type SlotView } from './plan.ts';

export { paginateRows } from './plan.ts';

export interface DeckSlide {
  layout: string | null;
  body: string; // Slidev Markdown, written by the kit
  notes: string; // escaped for Slidev's notes
}

export interface DeckOptions {
  mapFile: string | null; // file name in public/ of the region map, or null when there is none
  quizPerModule: number; // how many questions of each module the in-deck quiz shows
}

export function buildDeckSlides(content: WorkshopContent, options: DeckOptions): DeckSlide[] {
  const plan = buildDeckPlan(content, { map: options.mapFile !== null, quizPerModule: options.quizPerModule });
  return plan.map((slide) => ({
    layout: slide.kind === 'title' || slide.kind === 'agenda' ? 'default' : null,
    body: slideBody(slide, content, options),
    notes: slide.notes.map(escapeNote).join('\n\n'),
  }));
}

function slideBody(slide: PlannedSlide, content: WorkshopContent, options: DeckOptions): string {
  switch (slide.kind) {
    case 'title':
      return (
        `<TitleBlock :title="${vueValue(slide.title)}" :region="${vueValue(slide.region)}" ` +
        `:lines="${vueValue(slide.lines)}" :warning="${vueValue(slide.warning)}" :notice="${vueValue(slide.notice)}" />`
      );
    case 'agenda':
      return (
        `# ${slide.heading}\n\n` +
        `<DataTable :headers="${vueValue(slide.headers)}" :rows="${vueValue(slide.rows)}" compact />`
      );
    case 'module': {
      let body = slide.parts
        .map((part) => (part.kind === 'prose' ? prose(part.nodes, content) : slotMarkdown(part.view, options)))
        .join('\n\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
      if (slide.continued) body = body.replace(/^(# .*)$/m, `$1 ${slide.continued}`);
      if (slide.fallback)
        body = `<p><span class="kit-fallback" v-text="${vueValue(slide.fallback)}"></span></p>\n\n${body}`;
      return body;
    }
    case 'quiz':
      return [
        `<QuizCard :number="${vueValue(slide.number)}" :question="${vueValue(slide.question)}" ` +
          `:hint="${vueValue(slide.hint)}" :options="${vueValue(slide.options)}" />`,
        '',
        '<v-click>',
        '',
        `<QuizReveal :answer-label="${vueValue(slide.answerLabel)}" :answer="${vueValue(slide.answer)}" ` +
          `:why-label="${vueValue(slide.whyLabel)}" :explanation="${vueValue(slide.explanation)}" />`,
        '',
        '</v-click>',
      ].join('\n');
  }
}

/** Curriculum Markdown for a slide: a run of sources as one superscript ("[3, 8]"), placeholders as Vue text. */
function prose(nodes: readonly MarkupNode[], content: WorkshopContent): string {
  return renderMarkup(nodes, content.placeholders, {
    escape: slidevText,
    sources: citeSources(
      (id) => content.sourceNumbers[id],
      (label) => `<sup class="cite">${label}</sup>`,
    ),
  });
}

function slotMarkdown(view: SlotView, options: DeckOptions): string {
  const chart = (value: Chart) => `<BarChart :rows="${vueValue(value.rows)}" :caption="${vueValue(value.caption)}" />`;
  switch (view.kind) {
    case 'charts':
      return view.charts.map(chart).join('\n\n');
    case 'answers':
      return `<AnswerList :items="${vueValue(view.items)}" />`;
    case 'table':
      return (
        `<DataTable :headers="${vueValue(view.headers)}" :rows="${vueValue(view.rows)}" ` +
        `:caption="${vueValue(view.caption)}" compact />`
      );
    case 'map':
      return (
        `<MapFigure src="${options.mapFile}" :alt="${vueValue(view.caption)}" ` +
        `:caption="${vueValue(view.caption)}" />`
      );
    case 'sources':
      return `<SourceList :items="${vueValue(view.items)}" />`;
    case 'none':
      return '';
  }
}
