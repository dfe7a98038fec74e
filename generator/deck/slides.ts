// The deck for one language as a list of slides (Markdown bodies the kit wrote, speaker notes escaped),
// built from the workshop content. Data reaches the Markdown only through escape.ts.

import { phrase, placeholderValue as lookup, type AgencyRow, type ContentSlide, type Phrase, type WorkshopContent } from '../content/view.ts';
import { escapeNote, slidevText, vueValue } from './escape.ts';

export interface DeckSlide {
  layout: string | null;
  body: string; // Slidev Markdown, written by the kit
  notes: string; // escaped for Slidev's notes
}

export interface DeckOptions {
  mapFile: string | null; // file name in public/ of the region map, or null when there is none
  quizPerModule: number; // how many questions of each module the in-deck quiz shows
}

const SOURCE_TAG = /\s*\[src:([^\]]+)\]/g;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
const SLOT = /<!--\s*slot:\s*([a-z0-9-]+)\s*-->/;
const TABLE_LINES_PER_SLIDE = 9;
const SOURCES_PER_SLIDE = 7;

/** Splits table rows over slides by their estimated height (long agency names wrap). */
export function paginateRows(rows: string[][], linesPerSlide = TABLE_LINES_PER_SLIDE): string[][][] {
  const pages: string[][][] = [];
  let page: string[][] = [];
  let used = 0;
  for (const row of rows) {
    const lines = Math.max(1, Math.ceil((row[0]?.length ?? 0) / 34), Math.ceil((row[2]?.length ?? 0) / 26));
    if (page.length > 0 && used + lines > linesPerSlide) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(row);
    used += lines;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

export function buildDeckSlides(content: WorkshopContent, options: DeckOptions): DeckSlide[] {
  const ui = (key: string) => content.ui[key] ?? key;
  const say = (value: Phrase) => phrase(content.ui, value, (text) => text);
  const noteText = (text: string) => escapeNote(text.replace(SOURCE_TAG, (_, id: string) => (content.sourceNumbers[id.trim()] ? ` [${content.sourceNumbers[id.trim()]}]` : '')).replace(PLACEHOLDER, (_, path: string) => lookup(content.placeholders, path)));
  const notesOf = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean).map(noteText).join('\n\n');

  /** Curriculum Markdown for a slide: sources as superscripts, placeholders as escaped Vue text. */
  const prose = (text: string) => text
    .replace(SOURCE_TAG, (_, id: string) => {
      const numberOf = content.sourceNumbers[id.trim()];
      return numberOf ? `<sup class="cite">${numberOf}</sup>` : '';
    })
    .replace(PLACEHOLDER, (_, path: string) => slidevText(lookup(content.placeholders, path)));

  const agencyRows = (rows: AgencyRow[]): string[][] => rows.flatMap((row) => {
    const where = row.statewide ? ui('statewide') : row.where ?? ui('unknown');
    const signed = row.agreements.map((agreement) => agreement.signed ?? ui('unknown'));
    const models = [...row.agreements.map((agreement) => agreement.modelName), ...row.pending.map((pending) => `${pending.modelName} (${ui('pending')})`)];
    return [[row.name, where, models.join(', '), signed.length ? [...new Set(signed)].join(', ') : ui('pending')]];
  });
  const table = (rows: string[][], caption: string | null) =>
    `<DataTable :headers="${vueValue([ui('agency'), ui('county'), ui('models'), ui('signed')])}" :rows="${vueValue(rows)}" :caption="${vueValue(caption)}" compact />`;

  /** A slot's content; a list when it spans several slides. */
  const slotPages = (name: string): string[] => {
    switch (name) {
      case 'national-counts': {
        const state = content.national.state;
        const stateChart = state ? `\n\n<BarChart :rows="${vueValue(state.rows.map((row) => ({ label: row.name, value: row.count, display: row.agreements })))}" :caption="${vueValue(`${state.name}: ${state.total} ${ui('agreements').toLowerCase()}`)}" />` : '';
        return [`<BarChart :rows="${vueValue(content.national.rows.map((row) => ({ label: row.name, value: row.count, display: row.agreements })))}" :caption="${vueValue(`${ui('total')}: ${content.national.total.agreements} ${ui('agreements').toLowerCase()}, ${content.national.total.agencies} ${ui('agencies').toLowerCase()}, ${content.national.total.states} ${ui('states').toLowerCase()}`)}" />${stateChart}`];
      }
      case 'national-growth':
        return [content.national.growth ? `<AnswerList :items="${vueValue([{ answer: say(content.national.growth) }])}" />` : ''];
      case 'region-answer':
        return [`<AnswerList :items="${vueValue(content.region.answers.map((answer) => ({ question: ui(answer.question), answer: say(answer.answer) })))}" />`];
      case 'region-agencies': {
        const rows = agencyRows(content.region.agencies);
        if (rows.length === 0) return [`<AnswerList :items="${vueValue([{ answer: ui('noAgreements') }])}" />`];
        const pages = paginateRows(rows);
        return pages.map((page, index) => table(page, pages.length > 1 ? `${index + 1} / ${pages.length}` : content.region.unplaced ? say(content.region.unplaced) : null));
      }
      case 'region-map':
        return [options.mapFile ? `<MapFigure src="${options.mapFile}" :alt="${vueValue(say(content.region.map))}" :caption="${vueValue(say(content.region.map))}" />` : `<AnswerList :items="${vueValue([{ answer: say(content.region.map) }])}" />`];
      case 'region-pending': {
        const rows = agencyRows(content.region.pending);
        return rows.length ? paginateRows(rows).map((page) => table(page, null)) : [`<AnswerList :items="${vueValue([{ answer: ui('answerPendingNo') }])}" />`];
      }
      case 'region-changes':
        return [`<AnswerList :items="${vueValue([{ answer: content.region.changes ? say(content.region.changes) : ui('noEarlierList') }])}" />`];
      case 'contacts':
        return [`<AnswerList :items="${vueValue(content.contacts.length ? content.contacts.map((contact) => ({ question: ui(contact.label), answer: [contact.name, contact.phone, contact.website].filter(Boolean).join(' · ') })) : [{ answer: ui('notGiven') }])}" />`];
      case 'quiz':
        return [''];
      case 'sources': {
        const pages: string[] = [];
        for (let start = 0; start < content.sources.length; start += SOURCES_PER_SLIDE) {
          pages.push(`<SourceList :items="${vueValue(content.sources.slice(start, start + SOURCES_PER_SLIDE))}" />`);
        }
        return pages.length ? pages : [''];
      }
      default:
        return [''];
    }
  };

  const slides: DeckSlide[] = [];
  const fallbackBadge = `<p><span class="kit-fallback" v-text="${vueValue(ui('fallbackNotice'))}"></span></p>`;

  // Title and agenda.
  const frameLines = [
    content.frame.org ? say({ key: 'presentedBy', vars: { org: content.frame.org } }) : null,
    content.frame.presenter,
    [content.frame.date, content.frame.start].filter(Boolean).join(' · ') || null,
    content.frame.place,
  ].filter((line): line is string => Boolean(line));
  slides.push({
    layout: 'default',
    body: `<TitleBlock :title="${vueValue(ui('workshopTitle'))}" :region="${vueValue(content.frame.regionName)}" :lines="${vueValue(frameLines)}" :warning="${vueValue(content.stamp.stale ? say(content.stamp.stale) : null)}" :notice="${vueValue(`${say({ key: 'asOf', vars: { date: content.stamp.asOf } })}. ${ui('notLegalAdvice')}${content.language.reviewed || content.language.code === 'en' ? '' : ` ${ui('unreviewedTranslation')}`}`)}" />`,
    notes: notesOf([say({ key: 'asOf', vars: { date: content.stamp.asOf } }), say({ key: 'dataSource', vars: { file: content.stamp.source } }), content.stamp.stale ? say(content.stamp.stale) : '', ui('notLegalAdvice')].join('\n')),
  });
  slides.push({
    layout: 'default',
    body: `# ${ui('agenda')}\n\n<DataTable :headers="${vueValue(['', ui('module'), ui('minutes')])}" :rows="${vueValue(content.agenda.map((item) => [item.start ? `${item.start}–${item.end}` : '', `${item.number ? `${item.number}. ` : ''}${item.title}`, String(item.minutes)]))}" compact />`,
    notes: notesOf(say({ key: 'durationMinutes', vars: { minutes: String(content.frame.length) } })),
  });

  for (const module of content.modules) {
    for (const slide of module.slides) {
      slides.push(...moduleSlide(slide, module.fallback || slide.fallback));
      if (slide.slots.includes('quiz')) slides.push(...quizSlides());
    }
  }
  return slides;

  function moduleSlide(slide: ContentSlide, fallback: boolean): DeckSlide[] {
    const parts = slide.body.split(/(<!--\s*slot:\s*[a-z0-9-]+\s*-->)/);
    const slotNames = parts.map((part) => SLOT.exec(part)?.[1]).filter((name): name is string => Boolean(name));
    const pagesBySlot = new Map(slotNames.map((name) => [name, slotPages(name)]));
    const pageCount = Math.max(1, ...[...pagesBySlot.values()].map((pages) => pages.length));
    const result: DeckSlide[] = [];
    for (let page = 0; page < pageCount; page++) {
      let body = parts.map((part) => {
        const name = SLOT.exec(part)?.[1];
        if (!name) return prose(part);
        const pages = pagesBySlot.get(name)!;
        return page < pages.length ? pages[page]! : '';
      }).join('\n\n').replace(/\n{3,}/g, '\n\n').trim();
      if (page > 0) body = body.replace(/^(# .*)$/m, `$1 ${ui('continued')}`);
      if (fallback) body = `${fallbackBadge}\n\n${body}`;
      result.push({ layout: null, body, notes: page === 0 ? notesOf(slide.notes) : escapeNote(ui('continued')) });
    }
    return result;
  }

  function quizSlides(): DeckSlide[] {
    const questions = content.modules.flatMap((module) => module.quiz.slice(0, options.quizPerModule));
    return questions.map((question, index) => {
      const options_ = question.type === 'truefalse' ? [ui('trueLabel'), ui('falseLabel')] : question.options.map((option) => option.replace(SOURCE_TAG, ''));
      const answer = typeof question.answer === 'boolean' ? ui(question.answer ? 'trueLabel' : 'falseLabel')
        : question.answer.map((option) => `${String.fromCharCode(64 + option)}. ${question.options[option - 1]}`).join('; ');
      const hint = question.type === 'truefalse' ? ui('trueOrFalse') : question.type === 'multiple' ? ui('chooseAll') : ui('chooseOne');
      const explanation = question.explanation.replace(SOURCE_TAG, '');
      return {
        layout: null,
        body: [
          `<QuizCard :number="${vueValue(`${ui('question')} ${index + 1} / ${questions.length}`)}" :question="${vueValue(question.question)}" :hint="${vueValue(hint)}" :options="${vueValue(options_)}" />`,
          '',
          '<v-click>',
          '',
          `<QuizReveal :answer-label="${vueValue(ui('answer'))}" :answer="${vueValue(answer)}" :why-label="${vueValue(ui('explanation'))}" :explanation="${vueValue(explanation)}" />`,
          '',
          '</v-click>',
        ].join('\n'),
        notes: notesOf(`${ui('answer')}: ${answer}\n${ui('explanation')}: ${question.explanation}`),
      };
    });
  }
}
