// The real curriculum in templates/curriculum: complete in every language, timed, sourced, and free of typed counts.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkCurriculum } from '../../generator/content/check.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import { PLACEHOLDERS, type Module } from '../../generator/content/types.ts';
import { LENGTHS } from '../../generator/config/types.ts';
import { computeStats } from '../../generator/data/stats.ts';
import { listSnapshots, readSnapshot } from '../../generator/data/store.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';
import { SHIPPED_DATA } from '../helpers.ts';

const curriculum = await loadCurriculum(CURRICULUM_DIR);
const LANGUAGES = ['en', 'es'];
const MODULE_KEYS = [
  'what-is-287g',
  'three-models',
  'national-picture',
  'your-region',
  'what-changes',
  'limits',
  'sanctuary-vs-287g',
  'know-your-rights',
  'response-steps',
  'wrap-up',
];

function modulesOf(language: string): Module[] {
  return [...curriculum.languages.get(language)!.modules.values()];
}
const allModules = LANGUAGES.flatMap(modulesOf);

/** Every text of a module that reaches a reader or a trainer, labelled by where it is. */
function textsOf(module: Module): { where: string; text: string }[] {
  const at = (where: string) => `${module.language}/${module.file.split(path.sep).at(-1)} ${where}`;
  return [
    { where: at('title'), text: module.title },
    ...module.objectives.map((text, index) => ({ where: at(`objectives[${index}]`), text })),
    ...module.slides.flatMap((slide) => [
      { where: at(`slide:${slide.key}`), text: slide.body },
      { where: at(`slide:${slide.key} notes`), text: slide.notes },
    ]),
    { where: at('handout'), text: module.handout },
    ...module.quiz.flatMap((question) =>
      [question.question, question.reworded, question.explanation, ...question.options].map((text) => ({
        where: at(`quiz:${question.id}`),
        text,
      })),
    ),
  ];
}
const allTexts = allModules.flatMap(textsOf);

describe('the shipped curriculum', () => {
  it('loads without problems and has the ten modules of the README in order, in English and Spanish', () => {
    expect(curriculum.modules.map((module) => module.key)).toEqual(MODULE_KEYS);
    expect([...curriculum.languages.keys()].sort()).toEqual(LANGUAGES);
    for (const language of LANGUAGES) {
      expect([...curriculum.languages.get(language)!.modules.keys()], language).toEqual(MODULE_KEYS);
      for (const module of modulesOf(language)) expect(module.language).toBe(language);
    }
  });

  it('gives every module at least one objective and every slide non-empty speaker notes', () => {
    for (const module of allModules) {
      expect(module.objectives.length, `${module.language}/${module.key}`).toBeGreaterThanOrEqual(1);
      expect(module.slides.length, `${module.language}/${module.key}`).toBeGreaterThanOrEqual(1);
      for (const slide of module.slides)
        expect(slide.notes.trim(), `${module.language}/${module.key} slide:${slide.key}`).not.toBe('');
    }
  });

  it('adds module and break minutes up to exactly 60, 90 and 120, with a break only in the 120-minute workshop', () => {
    for (const length of LENGTHS) {
      const modules = curriculum.modules.reduce((sum, module) => sum + module.minutes[length], 0);
      const breaks = curriculum.breaks.reduce((sum, pause) => sum + pause.minutes[length], 0);
      expect(modules + breaks, `${length}-minute workshop`).toBe(length);
      for (const module of curriculum.modules)
        expect(module.minutes[length], `${module.key} at ${length}`).toBeGreaterThanOrEqual(2);
    }
    expect(curriculum.breaks.map((pause) => [pause.after, pause.minutes])).toEqual([
      ['know-your-rights', { 60: 0, 90: 0, 120: 10 }],
    ]);
  });

  it('gives each module four or more quiz questions, each with an answer, a short explanation and a source', () => {
    for (const module of allModules) {
      const where = `${module.language}/${module.key}`;
      expect(module.quiz.length, where).toBeGreaterThanOrEqual(4);
      for (const question of module.quiz) {
        const label = `${where} quiz:${question.id}`;
        if (question.type === 'truefalse') expect(typeof question.answer, label).toBe('boolean');
        else {
          expect(Array.isArray(question.answer) && question.answer.length > 0, label).toBe(true);
          for (const option of Array.isArray(question.answer) ? question.answer : [])
            expect(option, label).toBeLessThanOrEqual(question.options.length);
          if (question.type === 'single') expect(question.answer, label).toHaveLength(1);
        }
        expect(question.explanation.trim(), label).not.toBe('');
        expect(question.explanation, label).not.toMatch(/[\r\n]/);
        expect(question.sources.length, label).toBeGreaterThanOrEqual(1);
        for (const id of question.sources) expect(curriculum.sources.has(id), `${label} cites ${id}`).toBe(true);
      }
    }
  });

  it('names only sources from sources.yaml in every [src:ID] tag of every module file', () => {
    let tags = 0;
    for (const language of LANGUAGES) {
      for (const planned of curriculum.modules) {
        const text = readFileSync(path.join(CURRICULUM_DIR, language, planned.file), 'utf8');
        for (const [, id] of text.matchAll(/\[src:([^\]]*)\]/g)) {
          tags++;
          expect(curriculum.sources.has(id!), `${language}/${planned.file} cites [src:${id}]`).toBe(true);
        }
      }
    }
    expect(tags).toBeGreaterThan(100);
  });

  it("lists the statute, the detainer rule, ICE's 287(g) page and the three 2025 agreement templates", () => {
    const sources = [...curriculum.sources.values()];
    const find = (test: (source: (typeof sources)[number]) => boolean) =>
      sources.filter(test).map((source) => source.id);
    expect(find((source) => /8 U\.S\.C\. § 1357\(g\)/.test(source.title))).toEqual(['ina-287g']);
    expect(find((source) => /8 C\.F\.R\. § 287\.7\b/.test(source.title))).toEqual(['cfr-287-7']);
    expect(find((source) => source.url === 'https://ice.gov/287g')).toEqual(['ice-287g-page']);
    expect(find((source) => /Memorandum of Agreement, Jail Enforcement Model/.test(source.title))).toEqual([
      'moa-jem-2025',
    ]);
    expect(find((source) => /Memorandum of Agreement, Warrant Service Officer/.test(source.title))).toEqual([
      'moa-wso-2025',
    ]);
    expect(find((source) => /Memorandum of Agreement, Task Force Model/.test(source.title))).toEqual(['moa-tfm-2025']);
    for (const id of ['moa-jem-2025', 'moa-wso-2025', 'moa-tfm-2025']) {
      expect(curriculum.sources.get(id)!.url).toMatch(/^https:\/\/ice\.gov\/doclib\/287gMOA\/.+\.pdf$/);
    }
    for (const source of sources) {
      expect(source.title, source.id).not.toBe('');
      expect(source.facts, source.id).toMatch(/^S\d+$/);
      if (source.url !== null) expect(source.url, source.id).toMatch(/^https:\/\//);
    }
  });

  it('passes checkCurriculum with no problems; English and Spanish are complete with nothing stale or extra', () => {
    const report = checkCurriculum(curriculum);
    expect(report.problems).toEqual([]);
    expect(
      report.languages.map(({ language, complete, missing, stale, extra }) => ({
        language,
        complete,
        missing,
        stale,
        extra,
      })),
    ).toEqual(LANGUAGES.map((language) => ({ language, complete: true, missing: [], stale: [], extra: [] })));
  });

  it('records in each language.yaml whether a fluent reviewer checked it, with a name and date when one has', () => {
    const report = checkCurriculum(curriculum);
    for (const language of LANGUAGES) {
      const raw = parseYaml(readFileSync(path.join(CURRICULUM_DIR, language, 'language.yaml'), 'utf8'));
      expect(typeof raw.review?.fluentReviewer, language).toBe('boolean');
      if (raw.review!.fluentReviewer === true) {
        expect(raw.review!.reviewedBy, language).toEqual(expect.stringMatching(/\S/));
        expect(String(raw.review!.date), language).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(report.languages.find((entry) => entry.language === language)!.reviewed, language).toBe(
        raw.review!.fluentReviewer,
      );
    }
  });

  it('uses only the placeholders the kit fills in', () => {
    let count = 0;
    for (const { where, text } of allTexts) {
      for (const [whole, name] of text.matchAll(/\{\{([^}]*)\}\}/g)) {
        count++;
        expect(PLACEHOLDERS as readonly string[], `${where} uses ${whole}`).toContain(name);
      }
      expect(text.replace(/\{\{[^}]*\}\}/g, ''), `${where} has a stray brace`).not.toMatch(/\{\{|\}\}/);
    }
    expect(count).toBeGreaterThan(20);
  });
});

describe('numbers in the module texts', () => {
  /** Numbers that are names, not counts: the law's sections, forms, orders, bills, the complaint line. */
  const NAMED_NUMBERS = [
    /\{\{[^}]*\}\}/g, // placeholders, filled in from data
    /\[src:[^\]]*\]/g, // source ids such as ilrc-1373-faq
    /\b287\(g\)/g, // the program's name
    /\b\d+ U\.S\.C\. \d+[a-z]?/g, // U.S. Code cites: 8 U.S.C. 1357(g), 8 U.S.C. 1324c(a)
    // section 1373, la ley federal 1373, Section 504 (Rehabilitation Act)
    /\b(?:section|sección|ley federal) \d+[a-z]?/giu,
    /\b(?:EO|Executive Order|Orden Ejecutiva) \d+/g, // EO 14159
    /\bSB \d+/g, // state bills: Florida SB 168
    /\bI-\d+[A-Z]?\b/g, // DHS forms: I-200, I-205, I-213, I-247A
    /\b1-833-4ICE-OPR\b/g, // ICE's Office of Professional Responsibility line
  ];
  const YEARS = { from: 1996, to: 2026 }; // from the 1996 law that added 287(g) to this year's news
  const NUMBER = /\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+/g;
  const stripNamed = (text: string) => NAMED_NUMBERS.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
  const isYear = (digits: string) =>
    /^\d{4}$/.test(digits) && Number(digits) >= YEARS.from && Number(digits) <= YEARS.to;

  /** Typed numbers of 3+ digits in a text, other than named ones and years. */
  const typedNumbers = (text: string) =>
    [...stripNamed(text).matchAll(NUMBER)]
      .map((match) => match[0])
      .filter((number) => number.replace(/\D/g, '').length >= 3 && !isYear(number));
  /** A numeral (not a year) directly before "agreements", "agencies", "states" or their Spanish words. */
  const COUNTED =
    /(\d[\d,.]*)\s+(?:[\p{L}()0-9-]+\s+)?(?:agreements?|agenc(?:y|ies)|states|acuerdos?|agencias?|estados)\b/giu;
  const countedNumerals = (text: string) =>
    [...stripNamed(text).matchAll(COUNTED)].filter((match) => !isYear(match[1]!)).map((match) => match[0]);

  it('catches typed counts such as 1,843 or 1843 agreements, 1.843 acuerdos and 40 states', () => {
    expect(typedNumbers('ICE lists 1,843 agreements, up from 151.')).toEqual(['1,843', '151']);
    expect(typedNumbers('ICE lists 1843 agreements in {{national.total.states}} states.')).toEqual(['1843']);
    expect(typedNumbers('ICE registra 1.843 acuerdos.')).toEqual(['1.843']);
    expect(countedNumerals('They cover 40 states and 1551 agencies.')).toEqual(['40 states', '1551 agencies']);
    expect(countedNumerals('Hay 1.843 acuerdos 287(g).')).toEqual(['1.843 acuerdos']);
    expect(
      typedNumbers('Section 504, 8 U.S.C. 1357(g), EO 14159, SB 168, Form I-247A, 1-833-4ICE-OPR, in 1996 and 2026.'),
    ).toEqual([]);
    expect(countedNumerals('Under the 2025 agreements, {{national.total.agreements}} agreements.')).toEqual([]);
  });

  it('never types a number of three or more digits but a named law, form, order, bill, phone line or year', () => {
    expect(allTexts.flatMap(({ where, text }) => typedNumbers(text).map((number) => `${where}: ${number}`))).toEqual(
      [],
    );
  });

  it('never puts a numeral right before the words agreements, agencies or states, in English or Spanish', () => {
    expect(allTexts.flatMap(({ where, text }) => countedNumerals(text).map((phrase) => `${where}: ${phrase}`))).toEqual(
      [],
    );
  });

  it('contains none of the national counts of the ICE lists the kit ships, in any spelling', async () => {
    const counts = new Set<number>();
    for (const stored of (await listSnapshots(SHIPPED_DATA)).filter((entry) => entry.kind === 'participating')) {
      const stats = computeStats(await readSnapshot(stored.file));
      for (const count of [stats.total, ...Object.values(stats.models)])
        counts.add(count.agreements).add(count.agencies);
    }
    const large = [...counts].filter((count) => count >= 100);
    expect(large.length).toBeGreaterThanOrEqual(3);
    const found: string[] = [];
    for (const count of large) {
      const digits = String(count);
      const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000');
      const spellings = new Set([
        digits,
        ...[',', '.', ' ', '\u00a0'].map((separator) => grouped.replaceAll('\u0000', separator)),
      ]);
      for (const spelling of spellings) {
        const pattern = new RegExp(`(?<![\\d.,])${spelling.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`);
        for (const { where, text } of allTexts) if (pattern.test(stripNamed(text))) found.push(`${where}: ${spelling}`);
      }
    }
    expect(found).toEqual([]);
  });
});
