// What the command line says when a word is mistyped (did you mean) or a file is missing (no such file),
// run in-process as a user would type it. Nothing may be written when a command stops for this.

import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findClosest } from '../../generator/suggest.ts';
import { copyOfShippedData, runKit, tempDir } from '../helpers.ts';
import { preQuiz, RESPONSES } from '../quiz-score/quiz.ts';

function expectUsersMistake(result: { code: number; stderr: string }, ...parts: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.match(/^kit: /gm), result.stderr).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(result.stderr).not.toMatch(/ENOENT|EISDIR|ENOTDIR|scandir/);
  for (const part of parts) expect(result.stderr).toContain(part);
}

describe('a mistyped word gets "did you mean"', () => {
  test.each([
    [['biuld'], 'unknown command "biuld". Did you mean "build"?'],
    [['regoins', 'texas'], 'unknown command "regoins". Did you mean "regions"?'],
    [['data', 'improt', 'file.xlsx'], 'unknown data command "improt". Did you mean "import"?'],
    [['data', 'stat'], 'unknown data command "stat". Did you mean "stats"?'],
    [['quiz', 'scroe', 'responses.csv'], 'unknown quiz command "scroe". Did you mean "score"?'],
    [['content', 'chek'], 'unknown content command "chek". Did you mean "check"?'],
  ])('kit %j', async (argv, message) => {
    expectUsersMistake(await runKit(argv), message);
  });

  test('a word close to nothing lists what there is instead of guessing', async () => {
    const result = await runKit(['xyzzy']);
    expectUsersMistake(result, 'unknown command "xyzzy".', 'Commands: build, regions, data');
    expect(result.stderr).not.toContain('Did you mean');
    const data = await runKit(['data', 'remove']);
    expectUsersMistake(data, 'unknown data command "remove".', 'Use import, update, list, stats or diff');
    expect(data.stderr).not.toContain('Did you mean');
  });

  test('a region id with a typo names the id it is nearest to, for --region and for kit regions', async () => {
    const out = tempDir();
    const build = await runKit(['build', '--region', 'tx/tarant-county', '--out', out, '--skip-pdf']);
    expectUsersMistake(build, 'no region matches "tx/tarant-county". Did you mean "tx/tarrant-county"?');
    expect(readdirSync(out)).toEqual([]);

    const diff = await runKit([
      'data',
      'diff',
      '2025-10-07',
      '2026-05-18',
      '--region',
      'tx/harris-conty',
      '--data-dir',
      copyOfShippedData(),
    ]);
    expectUsersMistake(diff, '--region: no region matches "tx/harris-conty". Did you mean "tx/harris-county"?');

    const search = await runKit(['regions', 'tx/tarant-county']);
    expect(search.code).toBe(2);
    expect(search.stderr).toContain('No region matches "tx/tarant-county". Did you mean "tx/tarrant-county"?');
  });

  test('findClosest takes the one nearest word within a few edits, and none when two are as near', () => {
    expect(findClosest('BIULD', ['build', 'batch'])).toBe('build');
    expect(findClosest('lst', ['list', 'stats'])).toBe('list');
    expect(findClosest('dif', ['diff', 'list'])).toBe('diff');
    expect(findClosest('bat', ['cat', 'hat'])).toBeUndefined(); // one edit from both
    expect(findClosest('zzzzz', ['build', 'batch'])).toBeUndefined();
    expect(findClosest('tx/tarrant-county-sheriffs', ['tx/tarrant-county'])).toBeUndefined(); // 9 letters longer
  });
});

describe('a missing file says "no such file: PATH" and exits 2', () => {
  test('for every command that reads a file the user names', async () => {
    const dir = tempDir();
    const quiz = path.join(dir, 'quiz-en.json');
    writeFileSync(quiz, JSON.stringify(preQuiz()));
    const responses = path.join(RESPONSES, 'google-pre.csv');
    const cases: [string[], string][] = [
      [
        ['data', 'import', 'participatingAgencies05182026am.xlsx', '--data-dir', dir],
        'no such file: participatingAgencies05182026am.xlsx',
      ],
      [
        ['data', 'diff', '2026-05-18', 'old-list.xlsx', '--data-dir', copyOfShippedData()],
        'no such file: old-list.xlsx',
      ],
      [
        ['data', 'diff', '2026-05-18', 'old-snapshot.json', '--data-dir', copyOfShippedData()],
        `no such file: ${path.join(dir, 'old-snapshot.json')}`,
      ],
      [['quiz', 'score', 'responses.csv', '--quiz', quiz], 'no such file: responses.csv'],
      [['quiz', 'score', responses, '--quiz', 'quiz-es.json'], 'no such file: quiz-es.json'],
      [
        ['quiz', 'score', responses, '--quiz', quiz, '--post-quiz', 'quiz-en-post.json'],
        'no such file: quiz-en-post.json',
      ],
      [
        ['quiz', 'score', responses, '--quiz', quiz, '--post', 'post-responses.csv', '--out', path.join(dir, 'report')],
        'no such file: post-responses.csv',
      ],
      [
        ['build', '--config', 'workshop.yaml', '--out', path.join(dir, 'out')],
        `no such file: ${path.join(dir, 'workshop.yaml')}`,
      ],
      [
        ['quiz', '--config', 'workshop.yaml', '--out', path.join(dir, 'out')],
        `no such file: ${path.join(dir, 'workshop.yaml')}`,
      ],
      [['present', '--config', 'workshop.yaml'], `no such file: ${path.join(dir, 'workshop.yaml')}`],
      [['data', 'stats', '--data-dir', 'no-data'], 'no such file: no-data'],
      [['data', 'list', '--data-dir', 'no-data'], 'no such file: no-data'],
      [['regions', 'harris', '--data-dir', 'no-data'], 'no such file: no-data'],
      [
        ['build', '--region', 'tx/tarrant-county', '--data-dir', 'no-data', '--out', path.join(dir, 'out')],
        'no such file: no-data',
      ],
      [['content', 'check', '--curriculum', 'no-curriculum'], 'no such file: no-curriculum'],
    ];
    for (const [argv, message] of cases) {
      const result = await runKit(argv, { cwd: dir });
      expect(result.stderr, argv.join(' ')).toContain(`kit: ${message}`);
      expectUsersMistake(result);
    }
    expect(readdirSync(dir)).toEqual(['quiz-en.json']); // nothing written, no data folder made
  });

  test('a folder given where a file belongs, and a file given as --data-dir, are named as such', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.txt'), 'not a folder');
    expectUsersMistake(
      await runKit(['data', 'import', '.', '--as-of', '2026-05-18', '--data-dir', path.join(dir, 'data')], {
        cwd: dir,
      }),
      'kit: . is a folder, not a file.',
    );
    expectUsersMistake(
      await runKit(['data', 'list', '--data-dir', 'notes.txt'], { cwd: dir }),
      'kit: notes.txt is a file, not a folder.',
    );
  });

  test('kit data import may still make a new --data-dir', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'pendingAgencies02272026am.csv');
    writeFileSync(
      input,
      "STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE\nARKANSAS,Franklin County Sheriff's " +
        'Office,County,Franklin County,Task Force Model\n',
    );
    const result = await runKit(['data', 'import', input, '--pending', '--data-dir', 'new-data'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'new-data', 'snapshots'))).toEqual(['pending-2026-02-27.json']);
  });
});
