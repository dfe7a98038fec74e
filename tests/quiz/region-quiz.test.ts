// The quiz bank and quizzes of real regions, built as `kit build` builds them: Tarrant County, Texas
// (one sheriff with a Jail Enforcement agreement, nothing pending) and Franklin County, Arkansas
// (a sheriff on ICE's pending list too), in English and Spanish.

import { assert, beforeAll, describe, expect, it } from 'vitest';
import type { RegionSummary } from '../../generator/regions/summary.ts';
import type { WorkshopContent } from '../../generator/content/view.ts';
import { MODELS } from '../../generator/data/types.ts';
import { buildQuestionBank } from '../../generator/quiz/bank.ts';
import { REGION_QUESTION_UI } from '../../generator/quiz/region-questions.ts';
import { selectQuiz, type SelectQuizOptions } from '../../generator/quiz/select.ts';
import type { BankItem, Quiz } from '../../generator/quiz/types.ts';
import { renderKahoot } from '../../generator/quiz/kahoot.ts';
import { checkCsv, checkGift, checkKahoot, checkMoodleXml, checkQti, kahootQuestion } from './checks.ts';
import { buildRegionContent, readKahoot, rightTexts, type RegionContent } from './helpers.ts';

const LANGUAGES = ['en', 'es'] as const;

// The Spanish region-question strings proposed for templates/curriculum/es/language.yaml.
const SPANISH: Record<string, string> = {
  quizSheriffModels: 'Según la lista de ICE del {{date}}, ¿qué modelos de 287(g) firmó {{agency}}?',
  quizSheriffModelsReworded: 'La lista de ICE del {{date}} muestra acuerdos de {{agency}}. ¿De qué modelos son?',
  quizSheriffModelsWhy: 'La lista de ICE del {{date}} muestra a {{agency}} con: {{models}}.',
  quizAgencyModel: 'Según ICE ({{date}}), {{agency}} firmó un acuerdo del {{model}}.',
  quizAgencyModelReworded: '{{agency}} tiene un acuerdo firmado del {{model}} (ICE, {{date}}).',
  quizAgencyModelWhy: 'La lista de ICE del {{date}} muestra estos acuerdos firmados de {{agency}}: {{models}}.',
  quizPendingStatus: 'Según ICE, ¿el acuerdo ({{model}}) de {{agency}} está firmado o pendiente?',
  quizPendingStatusReworded: '¿{{agency}} ya firmó su acuerdo ({{model}}) o sigue pendiente?',
  quizPendingStatusPending:
    'La lista de pendientes de ICE del {{pendingDate}} lo nombra, y su lista de acuerdos firmados del {{date}} no.',
  quizPendingStatusSigned:
    'La lista de pendientes de ICE del {{pendingDate}} lo nombraba, ' +
    'pero su lista más nueva, del {{date}}, lo muestra firmado.',
  quizSheriffModelsShort: '¿Qué modelos de 287(g) firmó {{agency}}?',
  quizAgencyModelShort: '{{agency}} tiene un acuerdo firmado ({{modelShort}}).',
  quizPendingStatusShort: '{{modelShort}} de {{agency}}: ¿firmado o pendiente?',
};

function options(summary: RegionSummary, language: string, extra: Partial<SelectQuizOptions> = {}): SelectQuizOptions {
  return {
    language,
    title: 'Quiz',
    region: { id: summary.region.id, name: summary.region.name },
    dataAsOf: summary.data.asOf,
    seed: 'workshop-1',
    version: 'A',
    form: 'pre',
    ...extra,
  };
}

/** A question's answers by option id, whatever the display order. */
const answersById = (quiz: Quiz) =>
  Object.fromEntries(
    quiz.questions.map((question) => [question.id, [...question.options].sort((a, b) => a.id.localeCompare(b.id))]),
  );

function itemById(bank: BankItem[], id: string): BankItem | undefined {
  return bank.find((item) => item.id === id);
}

const REGIONS = ['tx/tarrant-county', 'ar/franklin-county'];
const built: Record<string, RegionContent> = {};
beforeAll(async () => {
  // Both builds at once: most of their time is waiting on files and workers.
  const results = await Promise.all(REGIONS.map(buildRegionContent));
  REGIONS.forEach((id, index) => {
    built[id] = results[index]!;
  });
});

describe.each(REGIONS)('the quiz for %s', (regionId) => {
  let region: RegionContent;
  beforeAll(() => {
    region = built[regionId]!;
  });
  const content = (language: string): WorkshopContent => region.content[language]!;

  describe.each(LANGUAGES)('in %s', (language) => {
    let bank: BankItem[];
    beforeAll(() => {
      bank = buildQuestionBank(content(language), region.summary);
    });

    it("holds every curriculum question of every module, with options a, b, c... and the curriculum's answers", () => {
      const expected = content(language).modules.flatMap((module) =>
        module.quiz.map((question) => ({ module: module.key, question })),
      );
      const fromCurriculum = bank.filter((item) => !item.fromData);
      expect(fromCurriculum.map((item) => item.id)).toEqual(expected.map((entry) => entry.question.id));
      fromCurriculum.forEach((item, index) => {
        const { module, question } = expected[index]!;
        expect(item.module).toBe(module);
        expect(item.objective).toBe(
          content(language).modules.find((candidate) => candidate.key === module)!.objectives[question.objective - 1],
        );
        if (typeof question.answer === 'boolean') {
          expect(item.options).toEqual([
            { id: 'a', text: content(language).ui.trueLabel, correct: question.answer },
            { id: 'b', text: content(language).ui.falseLabel, correct: !question.answer },
          ]);
        } else {
          expect(item.options.map((option) => option.id)).toEqual(
            question.options.map((_, position) => String.fromCharCode(97 + position)),
          );
          expect(item.options.flatMap((option, position) => (option.correct ? [position + 1] : []))).toEqual(
            question.answer,
          );
        }
        for (const text of [
          item.question,
          item.reworded,
          item.explanation,
          ...item.options.map((option) => option.text),
        ]) {
          expect(text).not.toMatch(/\[src:/);
          expect(text.length).toBeGreaterThan(0);
        }
      });
    });

    it("asks which models the sheriff's office holds, answered from the region summary", () => {
      const holders = region.summary.answers.sheriffs.filter((sheriff) => sheriff.models.length > 0);
      expect(holders).toHaveLength(1);
      const item = itemById(bank, 'region-sheriff-models')!;
      expect(item.type).toBe('multiple');
      expect(item.question).toContain(holders[0]!.agency);
      expect(item.options.map((option) => option.text)).toEqual(
        MODELS.map((model) => content(language).ui[`model${model}`]),
      );
      expect(item.options.filter((option) => option.correct).map((option) => option.text)).toEqual(
        holders[0]!.models.map((model) => content(language).ui[`model${model}`]),
      );
    });

    it("asks true or false about Task Force agreements of agencies on ICE's list, with the list's answer", () => {
      const items = bank.filter((item) => item.id.startsWith('region-agency-model-'));
      // one true, one false
      expect(items.map((item) => item.options.find((option) => option.correct)!.id).sort()).toEqual(['a', 'b']);
      for (const item of items) {
        const agency = region.summary.agencies.find((candidate) => item.question.includes(` ${candidate.name} `))!;
        expect(agency.agreements.length).toBeGreaterThan(0);
        const holds = agency.agreements.some((agreement) => agreement.model === 'TFM');
        if (!holds) expect(agency.pending.some((pending) => pending.model === 'TFM')).toBe(false);
        expect(item.options.find((option) => option.correct)!.text).toBe(
          content(language).ui[holds ? 'trueLabel' : 'falseLabel'],
        );
        expect(item.question).toContain(content(language).ui.modelTFM);
        expect(item.question).toContain(content(language).stamp.asOf);
      }
    });

    // ICE's pending list of 2026-02-27 names Franklin County's sheriff (for WSO and TFM) and nothing in Tarrant County.
    const PENDING_AGENCIES: Record<string, string[]> = {
      'tx/tarrant-county': [],
      'ar/franklin-county': ["Franklin County Sheriff's Office"],
    };

    it("asks whether a pending agreement is signed only when ICE's pending list names one here", () => {
      const item = itemById(bank, 'region-pending-status');
      const pending = region.summary.answers.pending;
      expect(pending.map((agency) => agency.name)).toEqual(PENDING_AGENCIES[regionId]);
      if (pending.length === 0) {
        expect(item).toBeUndefined();
      } else {
        expect(item).toBeDefined();
        const agency = pending.find((candidate) => item!.question.includes(candidate.name))!;
        const entry = agency.pending.find((candidate) =>
          item!.question.includes(content(language).ui[`model${candidate.model}`]!),
        )!;
        const signed = agency.agreements.some((agreement) => agreement.model === entry.model);
        if (signed) expect(region.summary.data.asOf >= region.summary.data.pendingAsOf!).toBe(true);
        expect(rightTexts(item!)).toEqual([content(language).ui[signed ? 'signed' : 'pending']]);
      }
    });

    it("words the region questions with the language's ui strings, or the English ones it lacks", () => {
      const ui = content(language).ui;
      const sheriff = itemById(bank, 'region-sheriff-models')!;
      const template = ui.quizSheriffModels ?? REGION_QUESTION_UI.quizSheriffModels!;
      const holder = region.summary.answers.sheriffs.find((entry) => entry.models.length > 0)!;
      expect(sheriff.question).toBe(
        template.replace('{{date}}', content(language).stamp.asOf).replace('{{agency}}', holder.agency!),
      );
      const spanish = buildQuestionBank({ ...content(language), ui: { ...ui, ...SPANISH } }, region.summary);
      expect(itemById(spanish, 'region-sheriff-models')!.question).toBe(
        `Según la lista de ICE del ${content(language).stamp.asOf}, ¿qué modelos de 287(g) firmó ${holder.agency}?`,
      );
      expect(Object.keys(SPANISH).sort()).toEqual(Object.keys(REGION_QUESTION_UI).sort());
      // The Spanish wording fits Kahoot's 120 characters here too.
      for (const item of spanish.filter((candidate) => candidate.fromData)) {
        expect([...item.question].length).toBeLessThanOrEqual(120);
        expect([...item.reworded].length).toBeLessThanOrEqual(120);
      }
    });

    it('asks nothing the data cannot settle', () => {
      const base = content(language);
      const ids = (summary: RegionSummary, view: WorkshopContent = base) =>
        buildQuestionBank(view, summary)
          .filter((item) => item.fromData)
          .map((item) => item.id);
      const clone = () => structuredClone(region.summary);
      const noSheriff = clone();
      noSheriff.answers.sheriffs = noSheriff.answers.sheriffs.map((sheriff) => ({ ...sheriff, models: [] }));
      expect(ids(noSheriff)).not.toContain('region-sheriff-models');
      const twoSheriffs = clone();
      twoSheriffs.answers.sheriffs.push({
        ...twoSheriffs.answers.sheriffs[0]!,
        county: 'Other County',
        agency: 'Other County Sheriff',
      });
      expect(ids(twoSheriffs)).not.toContain('region-sheriff-models');
      const noPendingDate = clone();
      noPendingDate.data.pendingAsOf = null;
      expect(ids(noPendingDate)).not.toContain('region-pending-status');
      // A pending list newer than the signed list cannot say a signed agreement is signed.
      const newerPending = clone();
      newerPending.data.pendingAsOf = '2099-01-01';
      const onlySigned = base.region.pending.every((row) =>
        row.pending.every((entry) => row.agreements.some((agreement) => agreement.model === entry.model)),
      );
      if (onlySigned) expect(ids(newerPending)).not.toContain('region-pending-status');
      expect(
        ids(region.summary, { ...base, region: { ...base.region, agencies: [] } }).filter((id) =>
          id.startsWith('region-agency-'),
        ),
      ).toEqual([]);
    });

    it('gives the same quiz for the same seed, and another order for another seed', () => {
      const quiz = selectQuiz(bank, options(region.summary, language));
      expect(selectQuiz(bank, options(region.summary, language))).toEqual(quiz);
      const other = selectQuiz(bank, options(region.summary, language, { seed: 'workshop-2' }));
      expect(other.questions.map((question) => question.id)).not.toEqual(quiz.questions.map((question) => question.id));
      expect(new Set(other.questions.map((question) => question.id))).toEqual(
        new Set(quiz.questions.map((question) => question.id)),
      );
      expect(quiz.questions).toHaveLength(bank.length);
    });

    it('shuffles versions A and B differently over the same questions, options and answers', () => {
      for (const count of [undefined, 12]) {
        const a = selectQuiz(bank, options(region.summary, language, { count }));
        const b = selectQuiz(bank, options(region.summary, language, { count, version: 'B' }));
        expect(b.questions.map((question) => question.id)).not.toEqual(a.questions.map((question) => question.id));
        expect(answersById(b)).toEqual(answersById(a));
        const shuffled = a.questions.filter(
          (question) =>
            question.type !== 'truefalse' &&
            question.options.map((option) => option.id).join() !==
              b.questions
                .find((other) => other.id === question.id)!
                .options.map((option) => option.id)
                .join(),
        );
        expect(shuffled.length).toBeGreaterThan(0);
      }
    });

    it('asks the same questions before and after the workshop, in other words', () => {
      const pre = selectQuiz(bank, options(region.summary, language, { count: 15, version: 'B' }));
      const post = selectQuiz(bank, options(region.summary, language, { count: 15, version: 'B', form: 'post' }));
      const unworded = (quiz: Quiz) =>
        quiz.questions.map(({ text: _, kahoot, ...rest }) => ({ ...rest, kahootOptions: kahoot?.options }));
      expect(unworded(post)).toEqual(unworded(pre));
      pre.questions.forEach((question, index) => {
        const item = itemById(bank, question.id)!;
        expect(question.text).toBe(item.question);
        expect(post.questions[index]!.text).toBe(item.reworded);
        expect(post.questions[index]!.text).not.toBe(question.text);
        if (item.kahoot) {
          expect(question.kahoot!.text).toBe(item.kahoot.question);
          expect(post.questions[index]!.kahoot!.text).toBe(item.kahoot.reworded);
        }
      });
    });

    it('spreads a short quiz over the modules and difficulties, and always keeps the region questions', () => {
      const region_ = bank.filter((item) => item.fromData).map((item) => item.id);
      const quiz = selectQuiz(bank, options(region.summary, language, { count: 12 }));
      expect(quiz.questions).toHaveLength(12);
      expect(
        quiz.questions
          .filter((question) => question.fromData)
          .map((question) => question.id)
          .sort(),
      ).toEqual([...region_].sort());
      const curriculum = quiz.questions.filter((question) => !question.fromData);
      expect(new Set(curriculum.map((question) => question.module)).size).toBe(curriculum.length);
      expect(new Set(curriculum.map((question) => question.difficulty)).size).toBe(3);
      const tiny = selectQuiz(bank, options(region.summary, language, { count: 1 }));
      expect(tiny.questions.map((question) => question.id).sort()).toEqual([...region_].sort());
      expect(() => selectQuiz(bank, options(region.summary, language, { count: 0 }))).toThrow(
        /whole number of questions/,
      );
    });

    it('asks every bank question in Kahoot, every version and form, none left out, one right answer each', async () => {
      const curriculum = content(language).modules.flatMap((module) => module.quiz);
      for (const item of bank) {
        const own = curriculum.find((question) => question.id === item.id);
        // A choose-all question is asked in Kahoot as a choice between combinations, the right one once.
        if (item.type === 'multiple') expect(item.kahoot?.options?.filter((option) => option.correct)).toHaveLength(1);
        // A curriculum question's Kahoot wording is the one written in the curriculum file.
        if (own?.kahoot?.question) expect(item.kahoot!.question).toBe(own.kahoot.question);
      }
      const sheriff = itemById(bank, 'region-sheriff-models');
      if (sheriff) {
        // The right combination names exactly the sheriff's models, in the order the question lists them.
        const names = sheriff.options
          .filter((option) => option.correct)
          .map((option) => option.text)
          .join(', ');
        expect(sheriff.kahoot!.options!.filter((option) => option.correct).map((option) => option.text)).toEqual([
          names,
        ]);
      }
      for (const version of ['A', 'B'] as const) {
        for (const form of ['pre', 'post'] as const) {
          const quiz = selectQuiz(bank, options(region.summary, language, { version, form }));
          expect(quiz.questions).toHaveLength(bank.length);
          const warnings = await checkKahoot(quiz);
          expect(warnings).toEqual([]);
          const { rows } = await readKahoot((await renderKahoot(quiz)).bytes);
          expect(rows).toHaveLength(quiz.questions.length);
          // One right answer per row, whose text is the right one of the question as Kahoot asks it.
          rows.forEach((row, index) => {
            const asked = kahootQuestion(quiz.questions[index]!);
            const right = row[7];
            assert(typeof right === 'number', `row ${index + 1}: the right answer's number, got ${String(right)}`);
            expect(row[1 + right]).toBe(rightTexts(asked)[0]);
          });
        }
      }
    });

    it('asks a region question in its short Kahoot wording when a long agency name passes 120 characters', async () => {
      const base = content(language);
      // ICE's longest agency name (83 characters), made unique per row and hostile.
      const long = 'Florida Department of Highway Safety & Motor <b>Vehicles</b>, Division of Highway';
      const agencies = base.region.agencies.map((row, index) => ({ ...row, name: `${long} ${index + 1}` }));
      const longBank = buildQuestionBank({ ...base, region: { ...base.region, agencies } }, region.summary);
      const items = longBank.filter((item) => item.id.startsWith('region-agency-model-'));
      expect(items.length).toBeGreaterThan(0);
      const model = base.ui.modelTFMShort!;
      for (const item of items) {
        const agency = agencies.find((row) => item.question.includes(row.name))!.name;
        expect([...item.question].length).toBeGreaterThan(120);
        const short = (base.ui.quizAgencyModelShort ?? REGION_QUESTION_UI.quizAgencyModelShort!)
          .replace('{{agency}}', agency)
          .replace('{{modelShort}}', model);
        expect(item.kahoot).toEqual({ question: short, reworded: short, options: null });
        expect([...short].length).toBeLessThanOrEqual(120);
      }
      expect(await checkKahoot(selectQuiz(longBank, options(region.summary, language)))).toEqual([]);
    });

    it('exports to GIFT, Moodle XML, Canvas QTI, Kahoot and CSV that real parsers read back exactly', async () => {
      for (const quiz of [
        selectQuiz(bank, options(region.summary, language)),
        selectQuiz(bank, options(region.summary, language, { count: 12, version: 'B', form: 'post' })),
      ]) {
        checkGift(quiz);
        await checkMoodleXml(quiz);
        await checkQti(quiz);
        await checkKahoot(quiz);
        checkCsv(quiz);
      }
    });
  });
});
