import { describe, expect, it } from 'vitest';
import { readResponses } from '../../generator/quiz/score/read-responses.ts';
import { renderScoreMarkdown, renderScorePdf } from '../../generator/quiz/score/report.ts';
import { scoreQuiz } from '../../generator/quiz/score/score.ts';
import { squash, writeTemp } from '../pdf/tools.ts';
import { fixture, postQuiz, preQuiz } from './quiz.ts';
import { readPdfText } from '../pdf/text.ts';

const pre = (includeNames = false) =>
  readResponses(fixture('google-pre.csv'), 'google-pre.csv', preQuiz(), { includeNames });
const post = (includeNames = false) =>
  readResponses(fixture('microsoft-post.csv'), 'microsoft-post.csv', postQuiz(), {
    includeNames,
    wordings: [preQuiz()],
  });
const SECRETS = /Ana Soto|Ben Ortiz|example\.org/;

describe('pre and post matched person by person', () => {
  // Ana: 4 right before (row 5, her later submission), 5 after; Ben: 4 and 4. Cruz and Dana took only the pre form,
  // and two anonymous people only the post form.
  it('pairs by email, whatever its case, and counts the change per person', () => {
    const paired = scoreQuiz(preQuiz(), pre(), post(), { postQuiz: postQuiz() }).paired;
    expect(paired).toEqual({
      by: 'email',
      questions: 5,
      matched: 2,
      unpairedPre: 2,
      unpairedPost: 2,
      meanBefore: 4,
      meanAfter: 4.5,
      meanChange: 0.5,
      better: 1,
      same: 1,
      worse: 0,
      people: null,
    });
  });

  it('says it in aggregate only, and names people only with includeNames', () => {
    const markdown = renderScoreMarkdown(scoreQuiz(preQuiz(), pre(), post(), { postQuiz: postQuiz() }), {
      language: 'en',
    });
    expect(markdown).toContain('## Before and after, person by person');
    expect(markdown).toContain(
      '- 2 people took both forms (matched by email): on average 4 of 5 right before, 4.5 after (+0.5).',
    );
    expect(markdown).toContain('- Did better: 1. The same: 1. Did worse: 0.');
    expect(markdown).toContain('- 4 submissions could not be paired (anonymous, or in one form only).');
    expect(markdown).not.toMatch(SECRETS);
    const named = renderScoreMarkdown(scoreQuiz(preQuiz(), pre(true), post(true), { postQuiz: postQuiz() }), {
      language: 'en',
    });
    expect(named).toContain('| Ana Soto | ana\\@example\\.org | 4 | 5 | +1 |');
    expect(named).toContain('| Ben Ortiz | ben\\@example\\.org | 4 | 4 | 0 |');
  });

  it('pairs by name when only names are in both files, counting only the questions both asked', () => {
    const before = readResponses(
      'Timestamp,Name,You have the right to remain silent.,What should you carry to show officers?\r\n' +
        '2026/11/28 10:00:00,Lý Thị Hoa,False,Your passport\r\n' +
        '2026/11/28 10:01:00,Someone Else,True,Your passport\r\n',
      'names-pre.csv',
      preQuiz(),
    );
    const after = readResponses(
      `ID,Start time,Completion time,Email,Name,"You may choose not to answer an officer's questions."\r\n` +
        '1,11/28/26 13:00:02,11/28/26 13:04:10,anonymous,lý thị hoa,True\r\n',
      'names-post.csv',
      postQuiz(),
      { wordings: [preQuiz()] },
    );
    const report = scoreQuiz(preQuiz(), before, after, { postQuiz: postQuiz() });
    expect(report.paired).toMatchObject({
      by: 'name',
      questions: 1,
      matched: 1,
      unpairedPre: 1,
      unpairedPost: 0,
      meanBefore: 0,
      meanAfter: 1,
      better: 1,
    });
    const markdown = renderScoreMarkdown(report, { language: 'en' });
    expect(markdown).toContain('- 1 person took both forms (matched by name): 0 of 1 right before, 1 after (+1).');
    expect(markdown).toContain('- 1 submission could not be paired (anonymous, or in one form only).');
    expect(renderScoreMarkdown(report, { language: 'es' })).toContain(
      '- 1 persona respondió los dos formularios (por nombre): 0 de 1 correctas antes, 1 después (+1).',
    );
  });

  it('leaves the comparison out when one file does not say who answered', () => {
    const anonymous = readResponses(
      'Timestamp,You have the right to remain silent.\r\n2026/11/28 10:00:00,True\r\n',
      'anonymous.csv',
      preQuiz(),
    );
    const report = scoreQuiz(preQuiz(), anonymous, post(), { postQuiz: postQuiz() });
    expect(report.paired).toBeNull();
    expect(renderScoreMarkdown(report, { language: 'en' })).not.toContain('person by person');
  });

  it("prints the comparison and each named person's change in the PDF", async () => {
    const file = writeTemp(
      await renderScorePdf(scoreQuiz(preQuiz(), pre(true), post(true), { postQuiz: postQuiz() }), {
        language: 'en',
        date: '2026-11-28',
      }),
      'paired',
    );
    const text = squash(await readPdfText(file));
    expect(text).toContain(
      '2 people took both forms (matched by email): on average 4 of 5 right before, 4.5 after (+0.5).',
    );
    expect(text).toContain('Ana Soto ana@example.org 4 5 +1');
  });
});

describe("the report's wording for one and for many", () => {
  const one = () =>
    readResponses(
      'Timestamp,Email Address,You have the right to remain silent.\r\n' +
        '2026/11/28 10:00:00,a@example.org,True\r\n2026/11/28 09:00:00,a@example.org,False\r\n',
      'one.csv',
      preQuiz(),
    );

  it('says "1 participant" and "1 duplicate submission (row 3)" in English and Spanish', () => {
    const report = scoreQuiz(preQuiz(), one());
    const english = renderScoreMarkdown(report, { language: 'en' });
    expect(english).toContain('- 1 participant: on average 1 of 1 right (100%).'); // one form: no Before
    expect(english).toContain('1 duplicate submission left out (row 3); the last submission of each person counts.');
    const spanish = renderScoreMarkdown(report, { language: 'es' });
    expect(spanish).toContain('- 1 participante: en promedio 1 de 1 correctas (100\u00A0%).');
    expect(spanish).toContain('1 envío repetido no se cuenta (fila 3)');
  });

  it('says "participants" and "duplicate submissions (rows …)" for more than one', () => {
    const spanish = renderScoreMarkdown(scoreQuiz(preQuiz(), pre()), { language: 'es' });
    expect(spanish).toContain('- 4 participantes: en promedio');
    expect(spanish).not.toMatch(/Antes|Después/);
    expect(spanish).toContain('2 envíos repetidos no se cuentan (filas 2, 7)');
  });
});
