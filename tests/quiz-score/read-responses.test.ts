import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKit, tempDir } from '../helpers.ts';
import { readResponses } from '../../generator/quiz/score/read-responses.ts';
import { fixture, postQuiz, preQuiz } from './quiz.ts';

const byRow = (set: ReturnType<typeof readResponses>, row: number) =>
  set.participants.find((participant) => participant.row === row);

describe('readResponses on a Google Forms export', () => {
  const set = readResponses(fixture('google-pre.csv'), 'google-pre.csv', preQuiz());

  it('reads the BOM and CRLF file as Google Forms with every question matched by its text', () => {
    expect(set.tool).toBe('google');
    expect(set.questionIds).toEqual(['door-1', 'silence-2', 'limits-3', 'card-4', 'warrant-5']);
    expect(set.problems).toEqual([]);
  });

  it('keeps the last submission by time of each email, whatever the row order', () => {
    expect(set.participants.map((participant) => participant.row)).toEqual([3, 4, 5, 6]);
    // Ana sent rows 2 and 5 (email in other case); Dana sent row 6 at 12:05 PM and row 7 at 11:30 AM.
    expect(set.duplicates).toEqual([
      { row: 2, keptRow: 5 },
      { row: 7, keptRow: 6 },
    ]);
  });

  it('reads multiple-select answers given as letters of the shown order or as texts holding commas', () => {
    expect(byRow(set, 3)!.answers['limits-3']).toEqual(['b', 'c']); // "A, C": the first and third options shown
    expect(byRow(set, 4)!.answers['limits-3']).toEqual(['b', 'c']); // two texts, one with a comma of its own
    expect(byRow(set, 5)!.answers['limits-3']).toEqual(['a', 'b', 'c']);
    expect(byRow(set, 3)!.answers['door-1']).toEqual(['b']);
  });

  it('counts a blank answer as unanswered, not as unreadable', () => {
    expect(byRow(set, 4)!.answers['card-4']).toBeUndefined();
    expect(byRow(set, 4)!.unreadable).toEqual([]);
  });

  it('keeps no email, name or time unless asked', () => {
    const text = JSON.stringify(set);
    for (const secret of ['example.org', 'ana', '10:15']) expect(text.toLowerCase()).not.toContain(secret);
    const named = readResponses(fixture('google-pre.csv'), 'google-pre.csv', preQuiz(), { includeNames: true });
    expect(named.names).toBe(true);
    expect(named.participants.map((participant) => participant.email)).toEqual([
      'ben@example.org',
      'cruz@example.org',
      'Ana@Example.org',
      'dana@example.org',
    ]);
  });
});

describe('readResponses on a Microsoft Forms export', () => {
  const read = (includeNames = false) =>
    readResponses(fixture('microsoft-post.csv'), 'microsoft-post.csv', postQuiz(), {
      includeNames,
      wordings: [preQuiz()],
    });

  it('matches the reworded questions and ignores the Points and Feedback columns without a problem', () => {
    const set = read();
    expect(set.tool).toBe('microsoft');
    expect(set.form).toBe('post');
    expect(set.questionIds).toHaveLength(5);
    expect(set.problems).toEqual([]);
  });

  it('splits answers at ";" but not at the semicolon inside an option, and reads Verdadero and Falso', () => {
    const set = read();
    expect(byRow(set, 2)!.answers).toEqual({
      'door-1': ['b'],
      'silence-2': ['a'],
      'limits-3': ['b', 'c'],
      'card-4': ['a'],
      'warrant-5': ['b'],
    });
    expect(byRow(set, 3)).toBeUndefined(); // Ben's first submission
  });

  it('drops the earlier submission of the same email but keeps every anonymous one', () => {
    const set = read();
    expect(set.participants.map((participant) => participant.row)).toEqual([2, 4, 5, 6]);
    expect(set.duplicates).toEqual([{ row: 3, keptRow: 6 }]);
  });

  it('gives names and emails only with includeNames, and none for anonymous rows', () => {
    expect(JSON.stringify(read())).not.toMatch(/Ana Soto|Ben Ortiz|example\.org/);
    expect(read(true).participants.map((participant) => [participant.name ?? null, participant.email ?? null])).toEqual(
      [
        ['Ana Soto', 'ana@example.org'],
        [null, null],
        [null, null],
        ['Ben Ortiz', 'ben@example.org'],
      ],
    );
  });

  it('falls back on the pre wording when a post file was exported from the pre form', () => {
    const set = readResponses(fixture('google-pre.csv'), 'google-pre.csv', postQuiz(), { wordings: [preQuiz()] });
    expect(set.questionIds).toHaveLength(5);
    expect(set.problems).toEqual([]);
  });
});

describe('readResponses on a messy file', () => {
  const set = readResponses(fixture('messy.csv'), 'messy.csv', preQuiz());

  it('reports every column and answer it cannot match, with row and column, and drops none silently', () => {
    expect(set.problems.map(({ file, row, column, value }) => ({ file, row, column, value }))).toEqual([
      { file: 'messy.csv', row: 1, column: 'Favorite color', value: 'Favorite color' },
      {
        file: 'messy.csv',
        row: 1,
        column: undefined,
        value: 'An ICE administrative warrant (form I-205) lets officers enter your home.',
      },
      { file: 'messy.csv', row: 2, column: '[silence-2] You have the right to stay silent', value: 'Maybe' },
      {
        file: 'messy.csv',
        row: 2,
        column: 'Which of these can 287(g) officers do? Select all that apply. (required)',
        value: 'A, C, Z',
      },
      { file: 'messy.csv', row: 2, column: 'card-4', value: "=cmd|' /C calc'!A0" },
      { file: 'messy.csv', row: 5, column: undefined, value: 'surplus' },
    ]);
    expect(set.problems[1]!.message).toContain('warrant-5');
    expect(set.problems[3]!.message).toContain('"Z"');
    expect(set.problems[3]!.message).not.toContain('"A"');
  });

  it('matches a header with curly quotes and a trailing *, an [id] header, an id header and a "(required)" one', () => {
    expect(set.questionIds).toEqual(['door-1', 'silence-2', 'limits-3', 'card-4']);
  });

  it('reads a cell with a line break, curly quotes, odd case and spacing, and lettered answers', () => {
    expect(set.participants.map((participant) => participant.row)).toEqual([2, 3, 5]);
    expect(byRow(set, 2)!.answers['door-1']).toEqual(['c']); // "it’s" for "it's"
    expect(byRow(set, 3)!.answers).toEqual({ 'door-1': ['b'], 'silence-2': ['a'], 'limits-3': ['a'], 'card-4': ['a'] });
    expect(byRow(set, 5)!.answers).toEqual({ 'door-1': ['a'] });
    expect(byRow(set, 2)!.unreadable).toEqual(['silence-2', 'limits-3', 'card-4']);
  });

  it('reads a semicolon-delimited CSV as Excel saves it in many locales', () => {
    const text =
      'Timestamp;Email Address;You have the right to remain silent.\r\n' +
      '28/11/2026 10:00:00;x@example.org;Verdadero\r\n' +
      '28/11/2026 09:00:00;x@example.org;Falso\r\n';
    const semi = readResponses(text, 'excel.csv', preQuiz());
    expect(semi.participants).toEqual([
      expect.objectContaining({ row: 2, answers: { 'silence-2': ['a'] }, unreadable: [] }),
    ]);
    expect(semi.duplicates).toEqual([{ row: 3, keptRow: 2 }]);
  });

  it('reports an empty file instead of failing', () => {
    expect(readResponses('\uFEFF\r\n', 'empty.csv', preQuiz()).problems).toEqual([
      expect.objectContaining({ file: 'empty.csv' }),
    ]);
  });
});

describe('a column that matches no quiz question', () => {
  // The trainer fixed "doesn't" to "does not" in the form and added a question of their own.
  const text =
    'Timestamp,Do you have to open the door if an officer knocks and does not show a ' +
    'warrant signed by a judge?,Your zip code,You have the right to remain silent.\r\n' +
    '2026/11/28 10:00:00,"Yes, always",76102,True\r\n';

  it('is listed with the closest quiz question still without a column, and how to match it', () => {
    const set = readResponses(text, 'edited.csv', preQuiz());
    const problem = set.problems.find((candidate) => candidate.column?.startsWith('Do you have'))!;
    expect(problem.message).toContain(
      'the closest quiz question is door-1 "Do you have to open the door ' +
        'if an officer knocks and doesn\'t show a warrant signed by a judge?"',
    );
    expect(problem.message).toMatch(/\(9\d% alike\)/);
    expect(problem.message).toContain('add [door-1] to the end of its header');
    // door-1 already has its closest column, so the zip code column is offered one of the questions still unmatched.
    const zip = set.problems.find((candidate) => candidate.column === 'Your zip code')!;
    expect(zip.message).not.toContain('silence-2');
    expect(zip.message).toMatch(/closest quiz question is (door-1|limits-3|card-4|warrant-5) /);
  });

  it('is matched once the header carries the id the message names', () => {
    const fixed = text.replace('by a judge?,', 'by a judge? [door-1],');
    const set = readResponses(fixed, 'edited.csv', preQuiz());
    expect(set.questionIds).toEqual(['door-1', 'silence-2']);
    expect(set.participants[0]!.answers['door-1']).toEqual(['a']);
  });

  it('is shown to the trainer by kit quiz score', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'quiz-en.json'), JSON.stringify(preQuiz()));
    writeFileSync(path.join(dir, 'edited.csv'), text);
    const result = await runKit(['quiz', 'score', 'edited.csv', '--quiz', 'quiz-en.json', '--out', 'report'], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'edited.csv:1:Do you have to open the door if an officer knocks and does ' +
        'not show a warrant signed by a judge? this column matches no question',
    );
    expect(result.stderr).toContain('the closest quiz question is door-1');
    expect(readFileSync(path.join(dir, 'report', 'score-report-quiz-en.md'), 'utf8')).toContain(
      'the closest quiz question is door-1',
    );
  });
});
