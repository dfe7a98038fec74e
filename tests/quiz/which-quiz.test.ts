// Which quiz is which, in a built kit: the printed quiz and every quiz file are one quiz (quiz-LANG.json); the
// deck's quiz slides are a shorter review; the workshop script lists the whole question bank both are drawn from;
// index.html says so beside each file.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuizJson } from '../../generator/quiz/quiz-json.ts';
import { buildTestKit } from '../helpers.ts';
import { readPdfText } from '../pdf/text.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

let out: string;
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
const readQuiz = (file: string) => parseQuizJson(read(file), file);

beforeAll(async () => {
  // One build for every test here (tempDir() is emptied after each test).
  out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kit-which-quiz-')), 'out');
  await buildTestKit({ region: 'tx/tarrant-county', languages: ['en', 'es'] }, out);
}, 120_000);

afterAll(() => rmSync(path.dirname(out), { recursive: true, force: true }));

/** The questions of the deck's quiz slides, as the room reads them. */
function deckQuestions(language: string): string[] {
  return [...read(`deck-${language}/slides.md`).matchAll(/<QuizCard [^>]*:question="&quot;(.*?)&quot;"/g)].map(
    (match) => decode(match[1]!),
  );
}

describe('the printed quiz and the quiz files', () => {
  it.each(['en', 'es'])(
    'ask the questions of quiz-%s.json, in its order, on paper and in the CSV',
    async (language) => {
      const quiz = readQuiz(`quiz/quiz-${language}.json`);
      expect(quiz.questions.length).toBeGreaterThan(5);
      const printed = squash(await readPdfText(path.join(out, 'quiz', `quiz-${language}.pdf`)));
      const at = quiz.questions.map((question) => printed.indexOf(squash(question.text)));
      expect(at.every((index) => index >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      const csv = read(`quiz/quiz-${language}.csv`);
      for (const question of quiz.questions) expect(csv).toContain(question.text.replace(/"/g, '""'));
    },
  );

  it('are said in index.html to be the same quiz, with their number of questions', () => {
    const quiz = readQuiz('quiz/quiz-en.json');
    const index = decode(read('index.html'));
    expect(index).toContain(
      `The quiz on paper (en): ${quiz.questions.length} questions, the same ones in the same order as ` +
        'quiz-en.json and every quiz file beside it',
    );
    expect(index).toContain('The answer key to quiz-en.pdf and its exports (en)');
  });
});

describe('the facilitator guide', () => {
  it('tells the trainer which quiz is which, in English and Spanish', async () => {
    const english = squash(await readPdfText(path.join(out, 'facilitator-guide-en.pdf')));
    expect(english).toContain('are one quiz, with the same questions in the same order; the deck asks fewer.');
    expect(english).not.toContain('The quiz on paper (one per person) or in the deck');
    const spanish = squash(await readPdfText(path.join(out, 'facilitator-guide-es.pdf')));
    expect(spanish).toContain('son la misma prueba, con las mismas preguntas en el mismo orden');
  });
});

describe("the deck's quiz", () => {
  it('is a shorter review drawn from the question bank that the workshop script lists', () => {
    for (const language of ['en', 'es']) {
      const deck = deckQuestions(language);
      const script = read(`workshop-${language}.md`);
      expect(deck.length).toBeGreaterThan(0);
      for (const question of deck) expect(script, question).toContain(question);
      // The printed quiz's curriculum questions come from the same bank.
      const quiz = readQuiz(`quiz/quiz-${language}.json`);
      for (const question of quiz.questions.filter((each) => !each.fromData))
        expect(script, question.id).toContain(question.text);
      expect(deck.length).toBeLessThan(quiz.questions.length + 1);
    }
  });

  it('is named a review, not the printed quiz, in index.html beside the deck and the slide PDF', () => {
    const index = decode(read('index.html'));
    const items = index
      .split('<li>')
      .filter((item) => /^<a class="file" href="(deck-en\/slides\.md|slides-en\.pdf)"/.test(item));
    expect(items).toHaveLength(2);
    for (const item of items)
      expect(item).toContain(
        'Its quiz slides are a short review for the room (the first question of each module, answers shown), ' +
          'not the printed quiz in quiz/.',
      );
  });
});

describe('the workshop script', () => {
  it('says that its long list is the question bank, with how many questions the slides ask of it', () => {
    const english = read('workshop-en.md');
    const bank = (english.match(/^\d+\. /gm) ?? []).length; // numbered lines: the bank's questions (and the agenda)
    expect(english).toContain(`The slides ask ${deckQuestions('en').length} questions, the first of each module.`);
    expect(english).toMatch(/All \d+ questions of the workshop make up the question bank/);
    expect(english.match(/^\*\*Question bank\*\*$/gm)?.length).toBeGreaterThan(5);
    expect(bank).toBeGreaterThan(deckQuestions('en').length);
    const spanish = read('workshop-es.md');
    expect(spanish).toContain(`Las diapositivas hacen ${deckQuestions('es').length} preguntas`);
    expect(spanish.match(/^\*\*Banco de preguntas\*\*$/gm)?.length).toBeGreaterThan(5);
    expect(read('index.html')).toContain('the question bank (every question, with answers;');
  });
});

describe('how to answer, said once', () => {
  it('prints "Choose all that apply." once for a question whose text already says it', async () => {
    for (const [language, hint] of [
      ['en', 'Choose all that apply.'],
      ['es', 'Marque todas las respuestas correctas.'],
    ] as const) {
      const printed = squash(await readPdfText(path.join(out, 'quiz', `quiz-${language}.pdf`)));
      expect(printed).toContain(hint);
      expect(printed).not.toContain(`${hint} (${hint})`);
      // The hint comes right before the choices (drawn as squares to mark: tests/quiz/printable.test.ts).
      expect(printed).toMatch(new RegExp(`${hint.replace('.', '\\.')} A\\. `));
    }
  });
});
