// Checks the curriculum: every module complete and consistent (sources, placeholders, slots, minutes),
// and for each translation which units are missing, extra, or stale against the English text.

import path from 'node:path';
import { LENGTHS } from '../config/types.ts';
import { ICONS } from '../design/icons.ts';
import type { Problem } from '../errors.ts';
import { checkLanguageTerms, checkModuleTerms, sourceNotesFile } from './check-glossary.ts';
import { checkKahootFit, compareKahoot } from './check-kahoot.ts';
import { findUnclosedMarkers, type MarkupNode } from './markup.ts';
import { checkStateLaws } from './state-law.ts';
import { checkUiSources } from './check-ui-sources.ts';
import { PLACEHOLDERS, SLOTS, type Curriculum, type Module } from './types.ts';
import { translationUnits } from './units.ts';

export const MIN_QUESTIONS = 4;

export interface LanguageReport {
  language: string;
  name: string;
  missing: string[]; // unit keys (module/slide:key, ui:key, app:key) with no translation
  extra: string[]; // units the translation has and English does not
  stale: string[]; // translated from an older English text (or not recorded in the lock file)
  reviewed: boolean; // a fluent reviewer has checked it
  complete: boolean; // nothing missing that a workshop shows (a missing app: string shows in English in kit app)
}

export interface CurriculumReport {
  problems: Problem[]; // errors in any language: must be fixed before a build
  languages: LanguageReport[];
}

function moduleTexts(module: Module): { where: string; nodes: MarkupNode[] }[] {
  const { markup } = module;
  return [
    { where: 'title', nodes: markup.title },
    ...markup.objectives.map((nodes, index) => ({ where: `objectives[${index}]`, nodes })),
    ...module.slides.flatMap((slide) => [
      { where: `slide:${slide.key}`, nodes: slide.markup.body },
      { where: `slide:${slide.key} notes`, nodes: slide.markup.notes },
    ]),
    { where: 'handout', nodes: markup.handout },
    ...markup.quiz.flatMap((question) => question.texts.map((nodes) => ({ where: `quiz:${question.id}`, nodes }))),
  ];
}

function checkModule(module: Module, curriculum: Curriculum, problems: Problem[]): void {
  const at = (column: string, message: string, value?: string, row?: number) =>
    problems.push({ file: module.file, ...(row === undefined ? {} : { row }), column, message, value });
  for (const { where, nodes } of moduleTexts(module)) {
    for (const stray of findUnclosedMarkers(nodes))
      at(where, 'has a marker that is not closed on its line: write {{name}} or [src:ID]', stray.text, stray.line);
    for (const node of nodes) {
      if (node.kind === 'source' && !curriculum.sources.has(node.id))
        at(where, 'cites a source that is not in sources.yaml', node.id, node.line);
      else if (node.kind === 'placeholder' && !(PLACEHOLDERS as readonly string[]).includes(node.name))
        at(where, `uses an unknown placeholder; allowed: ${PLACEHOLDERS.join(', ')}`, `{{${node.name}}}`, node.line);
      else if (node.kind === 'slot' && !(SLOTS as readonly string[]).includes(node.name))
        at(where, `names an unknown slot; allowed: ${SLOTS.join(', ')}`, node.name, node.line);
    }
  }
  for (const question of module.quiz) {
    for (const id of question.sources)
      if (!curriculum.sources.has(id)) at(`quiz:${question.id}`, 'lists a source that is not in sources.yaml', id);
    if (question.sources.length === 0) at(`quiz:${question.id}`, 'needs at least one source');
  }
  checkKahootFit(module, problems);
  if (module.quiz.length < MIN_QUESTIONS)
    at('quiz', `needs at least ${MIN_QUESTIONS} questions`, String(module.quiz.length));
  if (!module.markup.handout.some((node) => node.kind === 'source')) at('handout', 'cites no source ([src:ID])');
  // The handout's <!-- icon: NAME --> markers (handout/sheet-design.ts) name icons of design/icons.ts.
  for (const match of module.handout.matchAll(/<!--\s*icon:\s*([^\s>]*)\s*-->/g))
    if (!Object.hasOwn(ICONS, match[1]!))
      at('handout', `names an icon the kit does not have; use one of: ${Object.keys(ICONS).join(', ')}`, match[1]);
}

/** The distinct source ids or placeholder names of a slide (body and notes), sorted, as one line. */
function distinct(slide: Module['slides'][number], kind: 'source' | 'placeholder'): string {
  const names = [...slide.markup.body, ...slide.markup.notes].flatMap((node) =>
    node.kind !== kind ? [] : node.kind === 'source' ? [node.id] : node.kind === 'placeholder' ? [node.name] : [],
  );
  return [...new Set(names)].sort().join(', ');
}

/** Compares a translation's structure with English: what is missing or extra, and answers that differ. */
function compare(english: Module, translated: Module, problems: Problem[], report: LanguageReport): void {
  const prefix = english.key;
  const enSlides = new Map(english.slides.map((slide) => [slide.key, slide]));
  const trSlides = new Map(translated.slides.map((slide) => [slide.key, slide]));
  for (const [key, slide] of enSlides) {
    const other = trSlides.get(key);
    if (!other) report.missing.push(`${prefix}/slide:${key}`);
    else {
      if (other.slots.join() !== slide.slots.join())
        problems.push({
          file: translated.file,
          column: `slide:${key}`,
          message: `has slots [${other.slots.join(', ')}] where English has [${slide.slots.join(', ')}]`,
        });
      for (const [what, kind] of [
        ['sources [src:ID]', 'source'],
        ['placeholders', 'placeholder'],
      ] as const) {
        const want = distinct(slide, kind);
        const have = distinct(other, kind);
        if (want !== have)
          problems.push({
            file: translated.file,
            column: `slide:${key}`,
            message: `has ${what} {${have}} where English has {${want}}`,
          });
      }
    }
  }
  for (const key of trSlides.keys()) if (!enSlides.has(key)) report.extra.push(`${prefix}/slide:${key}`);
  const shared = (slides: Module['slides'], other: Map<string, unknown>) =>
    slides
      .filter((slide) => other.has(slide.key))
      .map((slide) => slide.key)
      .join();
  if (shared(english.slides, trSlides) !== shared(translated.slides, enSlides)) {
    problems.push({ file: translated.file, message: 'its slides are not in the same order as in English' });
  }
  if (translated.objectives.length !== english.objectives.length)
    problems.push({
      file: translated.file,
      column: 'objectives',
      message: `has ${translated.objectives.length} objectives where English has ${english.objectives.length}`,
    });
  if (!translated.handout) report.missing.push(`${prefix}/handout`);
  const trQuiz = new Map(translated.quiz.map((question) => [question.id, question]));
  for (const question of english.quiz) {
    const other = trQuiz.get(question.id);
    if (!other) {
      report.missing.push(`${prefix}/quiz:${question.id}`);
      continue;
    }
    if ([...other.sources].sort().join() !== [...question.sources].sort().join()) {
      problems.push({
        file: translated.file,
        column: `quiz:${question.id}`,
        message: `lists sources [${other.sources.join(', ')}] where English lists [${question.sources.join(', ')}]`,
      });
    }
    if (
      other.type !== question.type ||
      JSON.stringify(other.answer) !== JSON.stringify(question.answer) ||
      other.options.length !== question.options.length ||
      other.objective !== question.objective
    ) {
      problems.push({
        file: translated.file,
        column: `quiz:${question.id}`,
        message: 'has a different type, answer, objective or number of options than in English',
      });
    }
    compareKahoot(question, other, translated.file, problems);
  }
  for (const id of trQuiz.keys())
    if (!english.quiz.some((question) => question.id === id)) report.extra.push(`${prefix}/quiz:${id}`);
}

export function checkCurriculum(curriculum: Curriculum): CurriculumReport {
  const problems: Problem[] = [];
  const planFile = path.join(curriculum.dir, 'modules.yaml');
  for (const length of LENGTHS) {
    const total =
      curriculum.modules.reduce((sum, module) => sum + module.minutes[length], 0) +
      curriculum.breaks.reduce((sum, pause) => sum + pause.minutes[length], 0);
    if (total !== length)
      problems.push({
        file: planFile,
        column: `minutes.${length}`,
        message: `modules and breaks add up to ${total} minutes, not ${length}`,
      });
    for (const module of curriculum.modules)
      if (module.minutes[length] < 2)
        problems.push({
          file: planFile,
          column: `${module.key}.minutes.${length}`,
          message: 'every module needs at least 2 minutes',
        });
  }
  for (const pause of curriculum.breaks)
    if (!curriculum.modules.some((module) => module.key === pause.after))
      problems.push({
        file: planFile,
        column: 'breaks',
        message: 'comes after a module that does not exist',
        value: pause.after,
      });

  problems.push(...checkStateLaws(curriculum));

  const english = curriculum.languages.get(curriculum.sourceLanguage)!;
  const reports: LanguageReport[] = [];
  for (const [code, content] of curriculum.languages) {
    const report: LanguageReport = {
      language: code,
      name: content.meta.name,
      missing: [],
      extra: [],
      stale: [],
      reviewed: content.meta.review.fluentReviewer,
      complete: false,
    };
    for (const planned of curriculum.modules) {
      const module = content.modules.get(planned.key);
      if (!module) {
        const source = english.modules.get(planned.key);
        report.missing.push(...(source ? translationUnits(source).keys() : [`${planned.key}/*`]));
        continue;
      }
      checkModule(module, curriculum, problems);
      if (content.glossary) checkModuleTerms(content.glossary, module.file, moduleTexts(module), problems);
      if (code === curriculum.sourceLanguage) continue;
      const source = english.modules.get(planned.key);
      if (!source) continue;
      compare(source, module, problems, report);
      const translated = translationUnits(module);
      for (const [unit, hash] of translationUnits(source)) {
        if (translated.has(unit) && !report.missing.includes(unit) && content.lock.get(unit) !== hash)
          report.stale.push(unit);
      }
    }
    checkLanguageTerms(content, problems);
    checkUiSources(content, english, curriculum.sources, problems);
    for (const id of content.sourceNotes?.keys() ?? [])
      if (!curriculum.sources.has(id))
        problems.push({
          file: sourceNotesFile(content),
          column: id,
          message: `is not a source in ${path.join(curriculum.dir, 'sources.yaml')}`,
        });
    if (code !== curriculum.sourceLanguage) {
      for (const key of Object.keys(english.meta.ui)) if (!(key in content.meta.ui)) report.missing.push(`ui:${key}`);
      for (const key of Object.keys(content.meta.ui)) if (!(key in english.meta.ui)) report.extra.push(`ui:${key}`);
      for (const key of Object.keys(english.meta.app))
        if (!(key in content.meta.app)) report.missing.push(`app:${key}`);
      for (const key of Object.keys(content.meta.app)) if (!(key in english.meta.app)) report.extra.push(`app:${key}`);
    }
    report.complete = report.missing.every((unit) => unit.startsWith('app:'));
    reports.push(report);
  }
  return { problems, languages: reports };
}

/** The lock file's content after a translator has brought `language` up to date with English. */
export function lockFor(curriculum: Curriculum, language: string): Record<string, string> {
  const english = curriculum.languages.get(curriculum.sourceLanguage)!;
  const content = curriculum.languages.get(language);
  const lock: Record<string, string> = {};
  for (const planned of curriculum.modules) {
    const source = english.modules.get(planned.key);
    const module = content?.modules.get(planned.key);
    if (!source || !module) continue;
    const translated = translationUnits(module);
    for (const [unit, hash] of translationUnits(source)) if (translated.has(unit)) lock[unit] = hash;
  }
  return lock;
}
