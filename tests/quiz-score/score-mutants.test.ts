// Written to kill the mutants Stryker found alive in scoring (npm run mutate -- score): small response files
// read and scored, with every count, percent and message typed out.

import { describe, expect, test } from 'vitest';
import { buildOptionMatcher, isRight, readAnswer } from '../../generator/quiz/score/match-answer.ts';
import { readResponses } from '../../generator/quiz/score/read-responses.ts';
import { scoreQuiz } from '../../generator/quiz/score/score.ts';
import type { Quiz, QuizItem } from '../../generator/quiz/types.ts';

const single: QuizItem = {
  id: 'q1',
  module: 'm',
  objective: 'o',
  type: 'single',
  difficulty: 'easy',
  text: 'Who signs?',
  sources: [],
  fromData: false,
  explanation: 'E1',
  options: [
    { id: 'a', text: 'The sheriff', correct: true },
    { id: 'b', text: 'The mayor', correct: false },
    { id: 'c', text: 'Nobody, ever', correct: false },
  ],
};
const truth: QuizItem = {
  id: 'q2',
  module: 'm',
  objective: 'o',
  type: 'truefalse',
  difficulty: 'easy',
  text: 'ICE can enter?',
  sources: [],
  fromData: false,
  explanation: 'E2',
  options: [
    { id: 'a', text: 'True', correct: false },
    { id: 'b', text: 'False', correct: true },
  ],
};
const multiple: QuizItem = {
  id: 'q3',
  module: 'm',
  objective: 'o',
  type: 'multiple',
  difficulty: 'hard',
  text: 'Which models?',
  sources: [],
  fromData: false,
  explanation: 'E3',
  options: [
    { id: 'a', text: 'Jail; enforcement', correct: true },
    { id: 'b', text: 'Task force', correct: true },
    { id: 'c', text: 'Border, patrol', correct: false },
  ],
};
const quiz: Quiz = {
  format: 1,
  language: 'en',
  title: 'T',
  region: { id: 'tx', name: 'Texas' },
  dataAsOf: '2026-05-18',
  seed: 's',
  version: 'A',
  form: 'pre',
  questions: [single, truth, multiple],
};

// Matchers and response sets are made inside each test, not when the file is collected: Stryker switches a
// mutant on per test.
describe('reading one answer', () => {
  test('by text, by letter, by letter and text that agree, and true or false in either language', () => {
    const matcher = buildOptionMatcher(single, []);
    const tf = buildOptionMatcher(truth, []);
    expect(
      [
        'The Sheriff',
        ' the  mayor ',
        'B',
        'c)',
        'a.',
        'B. The mayor',
        'A) The mayor',
        'd',
        'z. The sheriff',
        'ab',
        '',
      ].map((text) => matcher.match(text)),
    ).toEqual(['a', 'b', 'b', 'c', 'a', 'b', null, null, 'a', null, null]);
    expect(['true', 'Verdadero', 'cierto', 'V', 't', 'FALSO', 'f', 'false', 'x'].map((text) => tf.match(text))).toEqual(
      ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', null],
    );
    expect(matcher.match('true')).toBeNull();
  });

  test('matches the other wording of the same question by option id only', () => {
    const post = {
      ...single,
      options: [
        { id: 'a', text: 'El sheriff', correct: true },
        { id: 'z', text: 'Otro', correct: false },
      ],
    };
    const matcher2 = buildOptionMatcher(single, [post]);
    expect([matcher2.match('el sheriff'), matcher2.match('otro'), matcher2.match('The sheriff')]).toEqual([
      'a',
      null,
      'a',
    ]);
  });

  test('cuts a multiple-select cell only where every piece is an option', () => {
    const many = buildOptionMatcher(multiple, []);
    expect(readAnswer('Jail; enforcement, Task force', true, many)).toEqual({ options: ['a', 'b'], unmatched: [] });
    expect(readAnswer('Task force;Jail; enforcement;', true, many)).toEqual({ options: ['a', 'b'], unmatched: [] });
    expect(readAnswer('Border, patrol', true, many)).toEqual({ options: ['c'], unmatched: [] });
    expect(readAnswer('Task force, Coast guard, A', true, many)).toEqual({
      options: ['a', 'b'],
      unmatched: ['Coast guard'],
    });
    expect(readAnswer('Coast, guard', true, many)).toEqual({ options: [], unmatched: ['Coast', 'guard'] });
    expect(readAnswer(' Coast guard ', false, many)).toEqual({ options: [], unmatched: ['Coast guard'] });
    expect(readAnswer('Task force, Task force', true, many)).toEqual({ options: ['b'], unmatched: [] });
    expect(readAnswer(';', true, many)).toEqual({ options: [], unmatched: [] });
  });

  test('a multiple select is right with all and only the right options', () => {
    expect(isRight(multiple, ['a', 'b'])).toBe(true);
    expect(isRight(multiple, ['a'])).toBe(false);
    expect(isRight(multiple, ['a', 'b', 'c'])).toBe(false);
    expect(isRight(multiple, ['a', 'c'])).toBe(false);
    expect(isRight(multiple, undefined)).toBe(false);
    expect(isRight(single, [])).toBe(false);
  });
});

describe('reading a response file', () => {
  test('a Google Forms export: columns by text or [id], answers to option ids, problems by row and column', () => {
    const csv = [
      'Timestamp,Email Address,Score,Who signs? *,[q2] Can ICE enter,Which models?,Notes',
      '2026/05/01 10:00:00 AM GMT-5,ana@example.org,1,The sheriff,False,"Jail; enforcement, Task force",x',
      '2026/05/01 10:05:00 AM GMT-5,anonymous,0,The governor,True,,',
      ',,,,,,',
    ].join('\n');
    const set = readResponses(csv, 'pre.csv', quiz);
    expect(set.tool).toBe('google');
    expect(set.questionIds).toEqual(['q1', 'q2', 'q3']);
    expect(set.identity).toEqual(['email']);
    expect(
      set.participants.map((p) => [p.row, p.answers, p.unreadable, p.keys.email === null, p.name, p.email]),
    ).toEqual([
      [2, { q1: ['a'], q2: ['b'], q3: ['a', 'b'] }, [], false, undefined, undefined],
      [3, { q2: ['a'] }, ['q1'], true, undefined, undefined],
    ]);
    expect(set.problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([
      [
        1,
        'Notes',
        'Notes',
        expect.stringMatching(
          /^this column matches no question of the quiz \(by \[id\] or by text\) and is not one the form tools add; its answers are not scored/,
        ),
      ],
      [3, 'Who signs? *', 'The governor', '"The governor" is not an option of question q1; this answer is not scored'],
    ]);
    expect(set.names).toBe(false);
  });

  test('a Microsoft Forms export delimited by ;, names kept when asked, missing and doubled columns reported', () => {
    const csv = [
      'ID;Start time;Completion time;Email;Name;Total points;Who signs?;Points - Who signs?;Who signs?',
      '1;5/1/26 10:00:00;5/1/26 10:02:00;ana@example.org;Ana;1;B;0;A',
      '2;5/1/26 10:00:00;5/1/26 10:03:00;anonymous;Luis;0;The sheriff;1;;extra',
    ].join('\r\n');
    const set = readResponses(`\uFEFF${csv}`, 'ms.csv', quiz, { includeNames: true });
    expect(set.tool).toBe('microsoft');
    expect(set.identity).toEqual(['email', 'name']);
    expect(set.questionIds).toEqual(['q1']);
    expect(set.participants.map((p) => [p.row, p.answers, p.name, p.email])).toEqual([
      [2, { q1: ['b'] }, 'Ana', 'ana@example.org'],
      [3, { q1: ['a'] }, 'Luis', undefined],
    ]);
    expect(set.problems.map((p) => [p.row, p.message])).toEqual([
      [1, 'a second column for question q1 (the first is "Who signs?"); this one is not scored'],
      [1, "no column for question q2; nobody's answer to it can be scored"],
      [1, "no column for question q3; nobody's answer to it can be scored"],
      [3, 'this row has 10 cells but the header has 9; the cells past the header are not read'],
    ]);
  });

  test('an empty file and a file without form-tool columns', () => {
    expect(readResponses('\uFEFF \n', 'e.csv', quiz).problems).toEqual([
      { file: 'e.csv', message: 'the file is empty; export the responses from the form tool with the header row' },
    ]);
    const set = readResponses('q1\tq2\tq3\t\nA\tTrue\tTask force\t\n', 't.tsv', quiz);
    expect([set.tool, set.questionIds, set.problems, set.participants[0]!.answers]).toEqual([
      'unknown',
      ['q1', 'q2', 'q3'],
      [],
      { q1: ['a'], q2: ['a'], q3: ['b'] },
    ]);
  });
});

describe('reading the CSV itself', () => {
  test("takes the header line's most frequent delimiter outside quotes, the comma on a tie", () => {
    const semicolons = readResponses('"Who signs?";"[q2], [q7], [q8], [q9]";x\n"The sheriff";True;y\n', 'sc.csv', quiz);
    expect(semicolons.questionIds).toEqual(['q1', 'q2']);
    expect(semicolons.participants[0]!.answers).toEqual({ q1: ['a'], q2: ['a'] });
    const tie = readResponses('[q1];[q2],[q3]\nA;True,B\n', 'tie.csv', quiz);
    expect(tie.questionIds).toEqual(['q1', 'q3']);
    const firstLine = readResponses('[q1];[q2]\nA,B,C,D;True\n', 'first.csv', quiz);
    expect(firstLine.questionIds).toEqual(['q1', 'q2']);
  });

  test('numbers rows as the spreadsheet does, blank rows included, and sorts problems by row', () => {
    const set = readResponses('\uFEFFTimestamp,[q1]\n\n,\n1,Z\n2,A\n\n\n', 'rows.csv', quiz);
    expect(set.tool).toBe('google');
    expect(set.participants.map((p) => p.row)).toEqual([4, 5]);
    expect(set.problems.map((p) => p.row)).toEqual([1, 1, 4]);
    const broken = readResponses('Timestamp,[q1],[q2],[q3]\n1,A,True,B\n2,"A', 'broken.csv', quiz);
    expect(broken.problems.map((p) => p.row)).toEqual([3]);
    expect(broken.problems[0]!.message).toMatch(/^CSV cannot be read here: /);
  });

  test('skips an empty trailing column but reports a headerless column with answers', () => {
    const trailing = readResponses('[q1],[q2],[q3],\nA,True,B,\n', 't.csv', quiz);
    expect(trailing.problems).toEqual([]);
    const headerless = readResponses('[q1],[q2],[q3],\nA,True,B,x\n', 'h.csv', quiz);
    expect(headerless.problems.map((p) => [p.row, p.column])).toEqual([[1, '']]);
    const padded = readResponses('[q1],[q2],[q3]\nA,True,B,,\n', 'p.csv', quiz);
    expect(padded.problems).toEqual([]);
  });

  test(
    'keeps names only when asked and never an anonymous one, ' +
      'knows who answered by a first-column name, and keeps the later of two submissions',
    () => {
      const named = readResponses(
        'Name,Start time,[q1],[q2],[q3]\n' +
          'Anonymous,5/1/26 10:00:00,A,True,B\nAna,5/1/26 10:00:00,B,True,B\nAna,5/1/26 11:00:00,A,True,B\n',
        'n.csv',
        quiz,
        { includeNames: true },
      );
      expect(named.identity).toEqual(['name']);
      expect(named.tool).toBe('microsoft');
      expect(named.participants.map((p) => [p.row, p.name, p.answers.q1])).toEqual([
        [2, undefined, ['a']],
        [4, 'Ana', ['a']],
      ]);
      expect(named.duplicates).toEqual([{ row: 3, keptRow: 4 }]);
      const email = readResponses('Email,[q1]\nana@example.org,A\n', 'e.csv', quiz, { includeNames: false });
      expect([email.identity, email.participants[0]!.email, email.participants[0]!.name]).toEqual([
        ['email'],
        undefined,
        undefined,
      ]);
    },
  );

  test("reads the post form's answers in the pre form's words, matched by question and option id", () => {
    const post: Quiz = {
      ...quiz,
      form: 'post',
      questions: [
        {
          ...single,
          text: 'Who puts pen to paper?',
          options: [
            { id: 'a', text: 'The county sheriff', correct: true },
            { id: 'b', text: 'The city mayor', correct: false },
            { id: 'c', text: 'No one', correct: false },
          ],
        },
      ],
    };
    const set = readResponses('Who signs?\nThe sheriff\nThe county sheriff\n', 'post.csv', post, { wordings: [quiz] });
    expect(set.questionIds).toEqual(['q1']);
    expect(set.participants.map((p) => p.answers.q1)).toEqual([['a'], ['a']]);
  });
});

describe('the edges of a response file', () => {
  test('an empty file reads as nobody, with one problem', () => {
    expect(readResponses('\uFEFF \n', 'e.csv', quiz, { includeNames: true })).toEqual({
      file: 'e.csv',
      tool: 'unknown',
      form: 'pre',
      questionIds: [],
      participants: [],
      duplicates: [],
      names: true,
      identity: [],
      problems: [
        { file: 'e.csv', message: 'the file is empty; export the responses from the form tool with the header row' },
      ],
    });
    expect(readResponses(',,\n,,\n', 'commas.csv', quiz).problems.map((p) => p.message)).toEqual([
      'the file is empty; export the responses from the form tool with the header row',
    ]);
  });

  test('suggests for an unknown column only the questions still without a column', () => {
    const set = readResponses('[q1],Who signs again,[q3]\nA,True,B\n', 'o.csv', quiz);
    const unknown = set.problems.find((p) => p.column === 'Who signs again')!;
    expect(unknown.message).not.toContain('q1');
    expect(set.problems.map((p) => p.message).filter((m) => m.startsWith('no column'))).toEqual([
      "no column for question q2; nobody's answer to it can be scored",
    ]);
  });

  test('refuses a cell past the limit, naming its row and column, and reads one at the limit', () => {
    expect(() => readResponses(`[q1],[q2]\nA,${'x'.repeat(10_001)}\n`, 'big.csv', quiz)).toThrow(
      'big.csv:2: the cell in column B holds 10,001 characters; ' +
        'the kit reads cells of up to 10,000. Nothing was scored.',
    );
    expect(readResponses(`[q1],[q2]\nA,${'x'.repeat(10_000)}\n`, 'ok.csv', quiz).participants).toHaveLength(1);
  });

  test('a cell of separators only is no answer, and a header named by its id alone is that question', () => {
    const set = readResponses(' q1 ,q3\nA,"; ,"\n', 's.csv', quiz);
    expect(set.questionIds).toEqual(['q1', 'q3']);
    expect(set.participants[0]!).toMatchObject({ answers: { q1: ['a'] }, unreadable: [] });
  });
});

describe('scoring', () => {
  const pre = () =>
    readResponses(
      [
        'Timestamp,Who signs?,ICE can enter?,Which models?',
        '1,The sheriff,False,"Jail; enforcement, Task force"',
        '2,The mayor,False,Task force',
        '3,The sheriff,True,',
        '4,,xx,',
      ].join('\n'),
      'pre.csv',
      quiz,
    );

  test('counts answered, right, unanswered and unreadable per question, with percents of those who answered', () => {
    const report = scoreQuiz(quiz, pre());
    expect(report.questions.map((q) => [q.number, q.id, q.pre, q.post, q.change, q.correctAnswers])).toEqual([
      [1, 'q1', { answered: 3, correct: 2, unanswered: 1, unreadable: 0, percent: 66.7 }, null, null, ['The sheriff']],
      [2, 'q2', { answered: 3, correct: 2, unanswered: 0, unreadable: 1, percent: 66.7 }, null, null, ['False']],
      [
        3,
        'q3',
        { answered: 2, correct: 1, unanswered: 2, unreadable: 0, percent: 50 },
        null,
        null,
        ['Jail; enforcement', 'Task force'],
      ],
    ]);
    expect(report.pre).toEqual({
      file: 'pre.csv',
      participants: 4,
      questions: 3,
      meanCorrect: 1.3,
      meanPercent: 41.7,
      maxScore: 3,
      distribution: [
        { correct: 0, participants: 1 },
        { correct: 1, participants: 2 },
        { correct: 2, participants: 0 },
        { correct: 3, participants: 1 },
      ],
    });
    expect(report.mostMissed.map((q) => q.id)).toEqual(['q3', 'q1', 'q2']);
    expect(scoreQuiz(quiz, pre(), undefined, { mostMissed: 1 }).mostMissed.map((q) => q.id)).toEqual(['q3']);
    expect(scoreQuiz(quiz, pre(), undefined, { mostMissed: -1 }).mostMissed).toEqual([]);
    expect([report.mostMissedForm, report.post, report.people, report.paired]).toEqual(['pre', null, null, null]);
  });

  test('compares with the post form question by question and lists what the post form still misses', () => {
    const post = readResponses(
      ['Timestamp,[q1],[q2],[q9]', '1,The sheriff,False,x', '2,The sheriff,True,y'].join('\n'),
      'post.csv',
      { ...quiz, form: 'post', questions: [...quiz.questions, { ...single, id: 'q9' }] },
    );
    const report = scoreQuiz(quiz, pre(), post);
    expect(report.questions.map((q) => [q.id, q.post, q.change])).toEqual([
      ['q1', { answered: 2, correct: 2, unanswered: 0, unreadable: 0, percent: 100 }, 33.3],
      ['q2', { answered: 2, correct: 1, unanswered: 0, unreadable: 0, percent: 50 }, -16.7],
      ['q3', { answered: 0, correct: 0, unanswered: 0, unreadable: 0, percent: null }, null],
    ]);
    expect(report.mostMissed.map((q) => q.id)).toEqual(['q2']);
    expect(report.mostMissedForm).toBe('post');
    expect(report.post).toMatchObject({
      participants: 2,
      questions: 2,
      meanCorrect: 1.5,
      meanPercent: 75,
      maxScore: 3,
    });
    expect(report.problems.filter((p) => p.file === 'post.csv' && p.value === 'q9').map((p) => p.message)).toEqual([
      'question q9 of the post form is not in the pre quiz; it is not compared',
    ]);
  });

  test('shows no change for a question nobody answered before', () => {
    const before = readResponses('Timestamp,[q1],[q2]\n1,A,\n', 'pre.csv', quiz);
    const after = readResponses('Timestamp,[q1],[q2]\n1,A,False\n', 'post.csv', { ...quiz, form: 'post' });
    expect(
      scoreQuiz(quiz, before, after).questions.map((q) => [q.id, q.pre.percent, q.post!.percent, q.change]),
    ).toEqual([
      ['q1', 100, 100, 0],
      ['q2', null, 100, null],
      ['q3', null, null, null],
    ]);
  });

  test('an empty response set has no means to show', () => {
    const report = scoreQuiz(quiz, readResponses('Timestamp,[q1]\n', 'none.csv', quiz));
    expect(report.pre).toMatchObject({ participants: 0, questions: 1, meanCorrect: 0, meanPercent: null });
    expect(report.questions[0]!.pre).toEqual({ answered: 0, correct: 0, unanswered: 0, unreadable: 0, percent: null });
    expect(report.mostMissed).toEqual([]);
  });
});
