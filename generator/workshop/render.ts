// The one place that renders each output kind (the closed list is in kinds.ts).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES_DIR } from '../paths.ts';
import { createEnvironment, trusted, type Render } from '../render/handlebars.ts';
import { escapeMarkdown, renderMarkdownAutolink } from '../render/markdown.ts';
import type { OutputFile } from '../write.ts';
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

import type { OutputKind } from './kinds.ts';

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

export interface RenderedOutput extends OutputFile {
  kind: OutputKind | 'manifest';
  language: string | null;
  unprinted?: UnprintedText[]; // a PDF's text with characters no font of the kit has (printed as U+FFFD)
}

/** What every output kind is rendered from. */
export interface RenderInput {
  summary: RegionSummary;
  contents: WorkshopContent[]; // one per language, in the config's order
  maps: Record<string, StateMap | null>; // the region map per language
  paper: Paper;
  quiz: { seed: string; count: number | null };
  slidesPdf: boolean; // also draw the deck as a slide PDF with speaker notes: for a build whose Slidev deck is not exported
}

/** The folder of a language's deck inside the build output. */
export function deckFolder(language: string): string {
  return `deck-${language}`;
}

/** Renders one output kind to files (bytes in memory, nothing on disk). */
export async function renderOutput(kind: OutputKind, input: RenderInput): Promise<RenderedOutput[]> {
  switch (kind) {
    case 'summary':
      return [
        { kind, language: 'en', path: 'region-summary.md', bytes: renderSummaryMarkdown(input.summary) },
        { kind, language: null, path: 'region-summary.json', bytes: `${JSON.stringify(input.summary, null, 2)}\n` },
      ];
    case 'script':
      return input.contents.map((content) => ({
        kind,
        language: content.language.code,
        path: `workshop-${content.language.code}.md`,
        bytes: renderWorkshopScript(content),
      }));
    case 'deck': {
      const files: RenderedOutput[] = [];
      for (const content of input.contents) {
        const code = content.language.code;
        const map = input.maps[code] ?? null;
        files.push(
          ...(await renderDeck(content, map, deckFolder(code))).map((file) => ({ ...file, kind, language: code })),
        );
        if (!input.slidesPdf) continue;
        const slides = await renderSlidesPdf(content, map);
        const notes = await renderSlideNotesPdf(content, slides, input.paper);
        files.push(
          { kind, language: code, path: `slides-${code}.pdf`, bytes: slides.bytes, unprinted: slides.unprinted },
          { kind, language: code, path: `speaker-notes-${code}.pdf`, bytes: notes.bytes, unprinted: notes.unprinted },
        );
      }
      return files;
    }
    case 'quiz': {
      const files: RenderedOutput[] = [];
      for (const content of input.contents) {
        const quiz = makeQuiz(content, input.summary, input.quiz);
        const rendered = await renderQuizFiles(quiz, content, input.paper, 'quiz');
        files.push(...rendered.files.map((file) => ({ ...file, kind, language: content.language.code })));
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
      ).map((file) => ({
        path: file.path,
        bytes: file.bytes,
        language: file.language,
        kind,
        unprinted: file.unprinted,
      }));
  }
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
