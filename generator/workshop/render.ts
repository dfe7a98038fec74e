// The one place that renders each output kind (the closed list is in kinds.ts).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES_DIR } from '../paths.ts';
import { createEnvironment, trusted, type Render } from '../render/handlebars.ts';
import { escapeMarkdown, renderMarkdownAutolink } from '../render/markdown.ts';
import type { RecordedFile } from '../write.ts';
import type { WorkshopContent } from '../content/view.ts';
import type { StateMap } from '../map/model.ts';
import { renderWorkshopScript } from '../script/render.ts';
import { renderDeck } from '../deck/render.ts';
import { renderSlideNotesPdf } from '../deck/slide-notes-pdf.ts';
import { renderSlidesPdf } from '../deck/slides-pdf.ts';
import { renderPrintables } from '../handout/render.ts';
import { makeQuiz, renderQuizFiles } from '../quiz/outputs.ts';
import type { Paper } from '../config/types.ts';
import type { UnprintedText } from '../pdf/types.ts';
import type { RegionSummary } from '../regions/summary.ts';

import { deckFolder, type OutputKind } from './kinds.ts';
import { describeLanguage, recordOf, singleLanguage, type OutputRecord } from '../output-record.ts';

let summaryTemplate: Render | undefined;

function markdownEnvironment() {
  const env = createEnvironment(escapeMarkdown);
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('url', (url: unknown) => trusted(typeof url === 'string' ? renderMarkdownAutolink(url) : ''));
  return env;
}

function renderSummaryMarkdown(summary: RegionSummary): string {
  summaryTemplate ??= markdownEnvironment().compile(
    readFileSync(path.join(TEMPLATES_DIR, 'summary.md.hbs'), 'utf8'),
    'summary.md.hbs',
  );
  return summaryTemplate(summary).replace(/\n{3,}/g, '\n\n');
}

/** A rendered file: its bytes and its record (output-record.ts). */
export interface RenderedOutput extends RecordedFile {
  unprinted?: UnprintedText[]; // a PDF's text with characters no font of the kit has (printed as U+FFFD)
}

/** A file of `kind` in `languages`, listed under its own path. */
function rendered(
  kind: OutputKind,
  path: string,
  bytes: Uint8Array | string,
  about: Pick<OutputRecord, 'languages' | 'audience' | 'group' | 'purpose'> & Partial<OutputRecord>,
): RenderedOutput {
  return { ...recordOf(path, { kind, ...about }), bytes, language: singleLanguage(about.languages) };
}

/** What every output kind is rendered from. */
export interface RenderInput {
  summary: RegionSummary;
  contents: WorkshopContent[]; // one per language, in the config's order
  maps: Record<string, StateMap | null>; // the region map per language
  paper: Paper;
  quiz: { seed: string; count: number | null };
  // also draw the deck as a slide PDF with speaker notes: for a build whose Slidev deck is not exported
  slidesPdf: boolean;
}

// Which quiz is which, as index.html and the build's list say it: the deck's quiz is not the printed one.
const DECK_QUIZ_NOTE =
  ' Its quiz slides are a short review for the room (the first question of each module, answers shown), not the ' +
  'printed quiz in quiz/.';

// deckFolder lives in kinds.ts, beside the other names the batch's parent needs without loading the renderers.
export { deckFolder } from './kinds.ts';

/** Renders one output kind to files (bytes in memory, nothing on disk). */
export async function renderOutput(kind: OutputKind, input: RenderInput): Promise<RenderedOutput[]> {
  switch (kind) {
    case 'summary':
      return [
        rendered(kind, 'region-summary.md', renderSummaryMarkdown(input.summary), {
          languages: ['en'],
          audience: 'trainer',
          group: 'read',
          purpose: "The region's answers and agreements, to read before the workshop.",
        }),
        rendered(kind, 'region-summary.json', `${JSON.stringify(input.summary, null, 2)}\n`, {
          languages: [],
          audience: 'trainer',
          group: 'read',
          purpose: 'The same summary as data, for other tools.',
        }),
      ];
    case 'script':
      return input.contents.map((content) =>
        rendered(kind, `workshop-${content.language.code}.md`, renderWorkshopScript(content), {
          languages: [content.language.code],
          audience: 'trainer',
          group: 'read',
          purpose:
            `The workshop script${describeLanguage(content.language.code)}: agenda, slides, speaker notes, ` +
            `the question bank (every question, with answers; the deck's and the printed quiz are drawn from it) ` +
            `and sources, to rehearse from.`,
        }),
      );
    case 'deck': {
      const files: RenderedOutput[] = [];
      for (const content of input.contents) {
        const code = content.language.code;
        const languages = [code];
        const map = input.maps[code] ?? null;
        // The Slidev project holds the slides and their speaker notes: both audiences' text.
        const slidesMd = `${deckFolder(code)}/slides.md`;
        for (const file of await renderDeck(content, map, deckFolder(code)))
          files.push(
            file.path === slidesMd
              ? rendered(kind, file.path, file.bytes, {
                  languages,
                  audience: 'both',
                  group: 'present',
                  purpose:
                    `The slide deck${describeLanguage(code)} as a Slidev project: present it with kit present.` +
                    DECK_QUIZ_NOTE,
                })
              : rendered(kind, file.path, file.bytes, {
                  languages,
                  audience: 'both',
                  group: 'present',
                  purpose: 'Part of the Slidev project that kit present builds from.',
                  partOf: slidesMd,
                }),
          );
        if (!input.slidesPdf) continue;
        const slides = await renderSlidesPdf(content, map);
        const notes = await renderSlideNotesPdf(content, slides, input.paper);
        files.push(
          {
            ...rendered(kind, `slides-${code}.pdf`, slides.bytes, {
              languages,
              audience: 'participant',
              group: 'present',
              purpose:
                `The slides${describeLanguage(code)} as a PDF the kit drew, one slide per page: present it ` +
                `full-screen in any PDF viewer, with no network and no Slidev. Quiz answers are on the ` +
                `page after each question.${DECK_QUIZ_NOTE}`,
            }),
            unprinted: slides.unprinted,
          },
          {
            ...rendered(kind, `speaker-notes-${code}.pdf`, notes.bytes, {
              languages,
              audience: 'trainer',
              group: 'present',
              purpose:
                `The speaker notes for slides-${code}.pdf, each headed by its slide's page number: print ` +
                `one for the presenter.`,
            }),
            unprinted: notes.unprinted,
          },
        );
      }
      return files;
    }
    case 'quiz': {
      const files: RenderedOutput[] = [];
      for (const content of input.contents) {
        const quiz = makeQuiz(content, input.summary, input.quiz);
        files.push(...(await renderQuizFiles(quiz, content, input.paper, 'quiz', kind)).files);
      }
      return files;
    }
    case 'handout':
      return (
        await renderPrintables({
          contents: input.contents,
          maps: input.maps,
          paper: input.paper,
          date: input.summary.data.asOf,
        })
      ).map(({ pages: _pages, boxes: _boxes, layout: _layout, pageSize: _pageSize, ...file }) => file);
  }
}
