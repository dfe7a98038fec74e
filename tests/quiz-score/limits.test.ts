// Hostile and oversized response files, made here in a temporary folder: each is refused within seconds with a
// message naming the file, the row or column and the limit (exit 2), or scored with a report that says what it cut.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { assert, describe, expect, it } from 'vitest';
import { KitError } from '../../generator/errors.ts';
import { cutText } from '../../generator/quiz/score/limits.ts';
import { loadResponses } from '../../generator/quiz/score/load-responses.ts';
import { readResponses } from '../../generator/quiz/score/read-responses.ts';
import { renderScoreMarkdown } from '../../generator/quiz/score/report.ts';
import { scoreQuiz } from '../../generator/quiz/score/score.ts';
import { runKit, tempDir } from '../helpers.ts';
import { preQuiz } from './quiz.ts';
import { readPdfText } from '../pdf/text.ts';

const SECONDS = 15_000; // each case must end well within this, on a busy two-core machine
const QUESTIONS = preQuiz().questions.map((question) => question.text);
const HEADER = ['Timestamp', 'Email Address', ...QUESTIONS].map((cell) => `"${cell}"`).join(',');
const RIGHT =
  'No; you can speak through the closed door,True,Check immigration status at the jail,A know-your-rights card,False';

/** A CSV of the pre quiz's Google Forms export: the header and `rows` (each the cells after the time and email). */
const csvOf = (rows: string[]) =>
  `${HEADER}\n${rows.map((row) => `2026/11/28 10:00:00 AM GMT-6,,${row}`).join('\n')}\n`;

/** `kit quiz score` of `name` holding `content`, in a fresh folder with the quiz beside it. */
async function score(name: string, content: string | Uint8Array, ...args: string[]) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'quiz-en.json'), JSON.stringify(preQuiz()));
  writeFileSync(path.join(dir, name), content);
  const result = await runKit(['quiz', 'score', name, '--quiz', 'quiz-en.json', '--out', 'report', ...args], {
    cwd: dir,
  });
  return { ...result, dir };
}

async function refusal(promise: Promise<unknown>): Promise<KitError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  assert.instanceOf(error, KitError);
  expect(error.code).toBe('bad-input');
  return error;
}

/** A small real workbook written by exceljs, with its first sheet's XML replaced by `sheetXml(original)`. */
async function workbookWithSheet(sheetXml: (original: string) => string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Form Responses 1').addRow(['Timestamp', QUESTIONS[0]]);
  const files = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  files['xl/worksheets/sheet1.xml'] = strToU8(sheetXml(strFromU8(files['xl/worksheets/sheet1.xml']!)));
  return zipSync(files);
}

describe('a response file past the limits', () => {
  it(
    'over 10 MB is refused by its size before it is read, with exit 2',
    async () => {
      const row = `${'x'.repeat(900)},True,,,`;
      const big = csvOf(Array.from({ length: 11_800 }, () => row));
      expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
      const result = await score('big.csv', big);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('kit: big.csv: the file is 10.');
      expect(result.stderr).toContain('the kit reads response files up to 10.0 MB. Nothing in it was read.');
      expect(result.stdout).toBe('');
    },
    SECONDS,
  );

  it(
    'with a million rows (in 8 MB) stops at row 10,002, the first past 10,000 responses',
    async () => {
      const million = `${HEADER}\n${'1,,,,,,\n'.repeat(1_000_000)}`;
      expect(million.length).toBeLessThan(10 * 1024 * 1024);
      const result = await score('million.csv', million);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'kit: million.csv: more than 10,000 rows of responses (row 10,002 is past the limit); ' +
          'the kit reads up to 10,000 per file. Nothing was scored.',
      );
    },
    SECONDS,
  );

  it(
    'of exactly 10,000 responses, blank lines after them, is scored; one more row is refused',
    () => {
      const rows = Array.from({ length: 10_000 }, () => RIGHT);
      const set = readResponses(`${csvOf(rows)}\n\n\n`, 'full.csv', preQuiz());
      expect(set.participants).toHaveLength(10_000);
      expect(set.participants[9_999]!.row).toBe(10_001);
      expect(() => readResponses(csvOf([...rows, RIGHT]), 'over.csv', preQuiz())).toThrow(
        'over.csv: more than 10,000 rows of responses (row 10,002 is past the limit)',
      );
      // Blank rows between responses count: they are rows of the spreadsheet.
      expect(() => readResponses(`${HEADER}\n${'\n'.repeat(10_000)}${RIGHT}\n`, 'gaps.csv', preQuiz())).toThrow(
        'row 10,002 is past the limit',
      );
    },
    SECONDS,
  );

  it(
    'with a 1 MB answer is refused, naming its row, column and length, with the start of the cell',
    async () => {
      const result = await score('long.csv', csvOf([RIGHT, `"${'Yes '.repeat(250_000)}",True,,,`]));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'kit: long.csv:3: the cell in column C holds 1,000,000 characters; ' +
          'the kit reads cells of up to 10,000. Nothing was scored.',
      );
      expect(result.stderr).toContain(
        'It begins "Yes Yes Yes Yes Yes Yes Yes Yes Yes Yes …". An answer is one of the quiz\'s options',
      );
    },
    SECONDS,
  );

  it(
    'with more than 1,000 columns is refused, naming the row',
    async () => {
      const error = await refusal(loadResponses(strToU8(`${HEADER}${',x'.repeat(1_000)}\n`), 'wide.csv', preQuiz()));
      expect(error.message).toBe(
        'wide.csv:1: this row has 1,007 columns; the kit reads up to 1,000. Nothing was scored.',
      );
    },
    SECONDS,
  );

  it(
    'as a workbook that unzips past 25 MB is refused from its zip directory, before it is unzipped',
    async () => {
      const bomb = await workbookWithSheet((xml) =>
        xml.replace('<sheetData>', `<!--${' '.repeat(30 * 1024 * 1024)}--><sheetData>`),
      );
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const result = await score('bomb.xlsx', bomb);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^kit: bomb\.xlsx: the workbook unzips to 30\.\d MB; the kit reads workbooks of at most 25 MB unzipped\. Nothing in it was read\./,
      );
    },
    SECONDS,
  );

  it(
    'as a workbook of 200,000 rows is refused by counting the rows in its sheet, before exceljs loads it',
    async () => {
      const rows = Array.from(
        { length: 200_000 },
        (_, index) => `<row r="${index + 2}"><c r="A${index + 2}"><v>1</v></c></row>`,
      ).join('');
      const workbook = await workbookWithSheet((xml) => xml.replace('</sheetData>', `${rows}</sheetData>`));
      const started = Date.now();
      const error = await refusal(loadResponses(workbook, 'tall.xlsx', preQuiz()));
      expect(error.message).toBe(
        'tall.xlsx: more than 10,000 rows of responses (row 200,001 is past the limit); ' +
          'the kit reads up to 10,000 per file. Nothing was scored.',
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    },
    SECONDS,
  );

  it(
    'as a workbook with one cell far down (row 500,000) is refused by its last row',
    async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['Timestamp', QUESTIONS[0]]);
      sheet.getCell('A500000').value = 'x';
      const error = await refusal(
        loadResponses(new Uint8Array(await workbook.xlsx.writeBuffer()), 'far.xlsx', preQuiz()),
      );
      expect(error.message).toContain('far.xlsx: more than 10,000 rows of responses (row 500,000 is past the limit)');
    },
    SECONDS,
  );

  it(
    'as a workbook with a cell of 20,000 characters is refused, naming its row and column',
    async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['Timestamp', QUESTIONS[0]]);
      sheet.addRow([46354.42, 'a'.repeat(20_000)]);
      const error = await refusal(
        loadResponses(new Uint8Array(await workbook.xlsx.writeBuffer()), 'cell.xlsx', preQuiz()),
      );
      expect(error.message).toBe(
        'cell.xlsx:2: the cell in column B holds 20,000 characters; ' +
          'the kit reads cells of up to 10,000. Nothing was scored.',
      );
    },
    SECONDS,
  );
});

describe('the limits', () => {
  it('are stated in kit quiz score --help', async () => {
    const help = (await runKit(['quiz', 'score', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(
      'a response file of up to 10.0 MB (an .xlsx up to 25.0 MB unpacked), ' +
        '10,000 rows of responses, 1,000 columns and 10,000 characters in a cell',
    );
    expect(help).toContain('list the first 50 problems and count the rest, and quote at most 160 characters of a cell');
  });
});

describe('a response file with many problems', () => {
  const unmatched = (count: number) =>
    csvOf(
      Array.from(
        { length: count },
        (_, index) => `Maybe ${index + 1},True,Check immigration status at the jail,A know-your-rights card,False`,
      ),
    );

  it(
    'lists the first 50 on the terminal, in the Markdown and in the PDF, and counts the rest',
    async () => {
      const result = await score('many.csv', unmatched(5_000));
      expect(result.code, result.stderr).toBe(0);
      const listed = result.stderr.split('\n').filter((line) => line.startsWith('  many.csv:'));
      expect(listed).toHaveLength(50);
      expect(listed[49]).toContain('"Maybe 50" is not an option of question door-1');
      expect(result.stderr).toContain('\n  ... and 4,950 more (the report counts them too)\n');

      const markdown = readFileSync(path.join(result.dir, 'report', 'score-report-quiz-en.md'), 'utf8');
      expect(markdown.match(/^\| many\.csv:/gm)).toHaveLength(50);
      expect(markdown).toContain('… and 4,950 more problems, not listed: the report lists the first 50.');

      const pdf = path.join(result.dir, 'report', 'score-report-quiz-en.pdf');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      expect(pages).toBeLessThanOrEqual(8);
      expect((await readPdfText(pdf)).replace(/\s+/g, ' ')).toContain(
        '… and 4,950 more problems, not listed: the report lists the first 50.',
      );
    },
    SECONDS,
  );

  it('counts the rest in Spanish as Spanish writes numbers', () => {
    const report = scoreQuiz(preQuiz(), readResponses(unmatched(51), 'uno.csv', preQuiz()));
    expect(renderScoreMarkdown(report, { language: 'es' })).toContain(
      '… y 1 problema más, que no se lista: el informe muestra los 50 primeros.',
    );
    const many = (count: number) => ({
      ...report,
      problems: Array.from({ length: count }, (_, index) => ({ file: 'x.csv', row: index + 2, message: 'no se lee' })),
    });
    expect(renderScoreMarkdown(many(10_000), { language: 'es' })).toContain(
      '… y 9950 problemas más, que no se listan: el informe muestra los 50 primeros.',
    );
    expect(renderScoreMarkdown(many(20_000), { language: 'es' })).toContain('… y 19.950 problemas más');
    expect(renderScoreMarkdown(many(20_000), { language: 'en' })).toContain('… and 19,950 more problems');
  });
});

describe('text quoted from a response file', () => {
  it(
    'is cut to 160 characters with an ellipsis before layout, in the terminal and the report',
    async () => {
      const answer = `Maybe ${'so '.repeat(3_000)}`.trim();
      const header = `${'Long header '.repeat(500)}`.trim();
      const result = await score('quoted.csv', `${HEADER},"${header}"\n2026/11/28,,"${answer}",True,,,,x\n`);
      expect(result.code, result.stderr).toBe(0);
      const cut = cutText(answer);
      expect(cut).toHaveLength(161);
      expect(cut.endsWith('so s…')).toBe(true);
      for (const text of [
        result.stderr,
        readFileSync(path.join(result.dir, 'report', 'score-report-quiz-en.md'), 'utf8'),
      ]) {
        expect(text).toContain(cut);
        expect(text).toContain(`${'Long header '.repeat(13)}Long…`);
        expect(text).not.toContain('so '.repeat(60));
        expect(text).not.toContain('Long header '.repeat(14));
      }
    },
    SECONDS,
  );

  it('is never cut inside a character written with two UTF-16 units', () => {
    expect(cutText(`${'a'.repeat(159)}😀😀`)).toBe(`${'a'.repeat(159)}…`);
    expect(cutText('a'.repeat(160))).toBe('a'.repeat(160));
  });
});
