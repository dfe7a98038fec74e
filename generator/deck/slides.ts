// The deck for one language as a list of Slidev slides (Markdown bodies the kit wrote, speaker notes escaped), rendered
// from the deck plan (plan.ts). Data reaches the Markdown only through escape.ts.

import { citeSources } from '../content/cite.ts';
import { renderMarkup, type MarkupNode } from '../content/markup.ts';
import type { WorkshopContent } from '../content/view.ts';
import { escapeNote, slidevText, vueValue } from './escape.ts';
import { ICONS } from '../design/icons.ts';
import { buildDeckPlan, type Chart, type PlannedSlide, type SlotView } from './plan.ts';

export interface DeckSlide {
  layout: string | null;
  body: string; // Slidev Markdown, written by the kit
  notes: string; // escaped for Slidev's notes
}

export interface DeckOptions {
  mapFile: string | null; // file name in public/ of the region map, or null when there is none
  quizPerModule: number; // how many questions of each module the in-deck quiz shows
}

// The theme's layout of each kind of slide (slides/layouts/), or null for Slidev's default.
const LAYOUTS: Record<PlannedSlide['kind'], string | null> = {
  title: 'kit-cover',
  agenda: 'default',
  section: 'kit-section',
  module: null,
  quiz: null,
};

export function buildDeckSlides(content: WorkshopContent, options: DeckOptions): DeckSlide[] {
  const plan = buildDeckPlan(content, { map: options.mapFile !== null, quizPerModule: options.quizPerModule });
  return plan.map((slide) => ({
    layout: LAYOUTS[slide.kind],
    body: slideBody(slide, content, options),
    notes: slide.notes.map(escapeNote).join('\n\n'),
  }));
}

function slideBody(slide: PlannedSlide, content: WorkshopContent, options: DeckOptions): string {
  switch (slide.kind) {
    case 'title':
      return (
        `<TitleBlock :title="${vueValue(slide.title)}" :region="${vueValue(slide.region)}" ` +
        `:lines="${vueValue(slide.lines)}" :notice="${vueValue(slide.notice)}" />`
      );
    case 'agenda':
      return (
        `# ${slide.heading}\n\n` +
        `<DataTable :headers="${vueValue(slide.headers)}" :rows="${vueValue(slide.rows)}" compact />`
      );
    case 'section':
      return (
        `<SectionDivider :label="${vueValue(slide.label)}" :number="${vueValue(slide.number)}" ` +
        `:title="${vueValue(slide.title)}" :duration="${vueValue(slide.minutes)}" />`
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
      if (slide.icon) body += `\n\n<SlideIcon :path="${vueValue(ICONS[slide.icon])}" />`;
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

/**
 * Curriculum Markdown for a slide: a run of sources as one superscript ("[3, 8]") kept on the line of the word before
 * it, placeholders as Vue text.
 */
function prose(nodes: readonly MarkupNode[], content: WorkshopContent): string {
  // The marker keeps to the word before it: a no-break space instead of the space, and no break inside (the CSS).
  return renderMarkup(nodes, content.placeholders, {
    escape: slidevText,
    sources: citeSources(
      (id) => content.sourceNumbers[id],
      (label) => `<sup class="cite">${label}</sup>`,
    ),
  }).replace(/[ \t]+<sup class="cite">/g, '&nbsp;<sup class="cite">');
}

function slotMarkdown(view: SlotView, options: DeckOptions): string {
  const chart = (value: Chart) =>
    `<BarChart :rows="${vueValue(value.rows)}" :max="${vueValue(value.max)}" :caption="${vueValue(value.caption)}" />`;
  switch (view.kind) {
    case 'charts':
      return `<div class="kit-charts">\n\n${view.charts.map(chart).join('\n\n')}\n\n</div>`;
    case 'answers':
      return `<AnswerList :items="${vueValue(view.items)}" />`;
    case 'cards': {
      // The card's full sentence, when shortened, is in the slide's notes, not on it.
      const cards = view.cards.map((card) => ({
        question: card.question,
        headline: card.headline,
        verdict: card.verdict,
        models: card.models,
        detail: card.detail,
        iconPath: ICONS[card.icon],
      }));
      return `<AnswerCards :cards="${vueValue(cards)}" />`;
    }
    case 'table':
      return (
        `<AgencyTable :headers="${vueValue(view.headers)}" :rows="${vueValue(view.rows)}" ` +
        `:caption="${vueValue(view.caption)}" />`
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
