// The quiz on paper and its answer key, rendered as the kit renders them and read back: each question on one page
// with circles or squares drawn to mark, how to answer said once; the key in words, without a line of codes.

import { beforeAll, describe, expect, it } from 'vitest';
import { makeQuiz, renderPrintedQuiz } from '../../generator/quiz/outputs.ts';
import { buildAnswerKeyBlocks, buildQuizBlocks } from '../../generator/quiz/printable.ts';
import type { Quiz } from '../../generator/quiz/types.ts';
import type { Block } from '../../generator/pdf/types.ts';
import { breakProblems } from '../pdf/layout-rules.ts';
import { readPdfText } from '../pdf/text.ts';
import { buildRegionContent, type RegionContent } from './helpers.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const HINTS = {
  en: { multiple: 'Choose all that apply.', single: 'Choose one answer.', truefalse: 'True or false?' },
  es: {
    multiple: 'Marque todas las respuestas correctas.',
    single: 'Marque una respuesta.',
    truefalse: '¿Verdadero o falso?',
  },
} as const;

let region: RegionContent;
const quizOf = (language: 'en' | 'es', options: Partial<Pick<Quiz, 'form' | 'version'>> = {}) =>
  makeQuiz(region.content[language]!, region.summary, { seed: 'printable', count: null, ...options });

beforeAll(async () => {
  region = await buildRegionContent('tx/tarrant-county');
}, 120_000);

describe('the printed quiz', () => {
  it('keeps each question whole, with circles for one answer and squares where several can be marked', () => {
    const quiz = quizOf('en');
    const blocks = buildQuizBlocks(quiz, region.content.en!);
    const questions = blocks.filter((block): block is Extract<Block, { kind: 'keep' }> => block.kind === 'keep');
    expect(questions).toHaveLength(quiz.questions.length);
    questions.forEach((question, index) => {
      const choices = question.blocks.find((block) => block.kind === 'bullets');
      const type = quiz.questions[index]!.type;
      expect(choices, type).toMatchObject({ marker: type === 'multiple' ? 'square' : 'circle' });
    });
    expect(new Set(quiz.questions.map((question) => question.type))).toEqual(
      new Set(['multiple', 'single', 'truefalse']),
    );
  });

  it.each(['en', 'es'] as const)(
    'says how to answer once per question, and draws no bracket boxes (%s)',
    async (language) => {
      const quiz = quizOf(language);
      const { printed } = await renderPrintedQuiz(quiz, region.content[language]!, 'letter');
      const text = squash(await readPdfText(printed.bytes));
      for (const [type, hint] of Object.entries(HINTS[language])) {
        const asked = quiz.questions.filter((question) => question.type === type).length;
        expect(text.split(hint).length - 1, `${language} ${type}`).toBe(asked);
      }
      expect(text).not.toMatch(/\[ *\]|\( *\)/);
      for (const question of quiz.questions) expect(text).toContain(squash(question.options[0]!.text));
      expect(breakProblems(printed.layout!)).toEqual([]);
      // No question starts on one page and ends on the next: each page begins with a question's first line.
      for (const frame of printed.layout!.slice(1))
        expect(frame.first).toMatchObject({ kind: 'line', line: 0, item: 0 });
    },
  );
});

describe('the answer key', () => {
  it.each(['en', 'es'] as const)(
    'reads as number, answer in words, why and sources, with no line of codes (%s)',
    async (language) => {
      const quiz = quizOf(language, { form: 'post', version: 'B' });
      const content = region.content[language]!;
      const { key } = await renderPrintedQuiz(quiz, content, 'a4');
      const text = squash(await readPdfText(key.bytes));
      expect(text).not.toContain(quiz.seed);
      expect(text).not.toMatch(/\b[AB] · (pre|post)\b/);
      const count = quiz.questions.length;
      expect(text).toContain(
        language === 'en'
          ? `The answers to the quiz given after the workshop: version B, ${count} questions.`
          : `Las respuestas de la prueba que se hace después del taller: versión B, ${count} preguntas.`,
      );
      const why = language === 'en' ? 'Why:' : 'Por qué:';
      quiz.questions.forEach((question, index) => {
        const right = question.options
          .map((option, position) => (option.correct ? `${'ABCDEF'[position]}. ${option.text.replace(/\.$/, '')}` : ''))
          .filter(Boolean)
          .join('; ');
        expect(text, `question ${index + 1}`).toMatch(
          new RegExp(
            `${index + 1}\\. ${escape(squash(right))}\\. ${why} ${escape(squash(question.explanation))} \\[\\d`,
          ),
        );
      });
      expect(text).toContain(language === 'en' ? 'Sources 1. ' : 'Fuentes 1. ');
      expect(breakProblems(key.layout!)).toEqual([]);
    },
  );

  it('numbers each source once, in the order the key first cites it', () => {
    const quiz = quizOf('en');
    const blocks = buildAnswerKeyBlocks(quiz, region.content.en!);
    const list = blocks.at(-1)!;
    expect(list.kind).toBe('numbered');
    const cited = new Set(quiz.questions.flatMap((question) => question.sources));
    expect(list.kind === 'numbered' ? list.items.length : 0).toBe(cited.size);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
