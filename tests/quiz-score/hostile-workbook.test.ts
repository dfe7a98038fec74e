// Response workbooks built to hurt, made here with exceljs and fflate: merged cells or a sheet size that reach to
// column XFD and row 1,048,575, a zip that understates how much it unzips to, and terminal escapes in a Name cell.
// Each is refused within seconds with exit 2 and a message in the kit's own words, or scored without the escapes.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../generator/errors.ts';
import { loadResponses } from '../../generator/quiz/score/load-responses.ts';
import { runKit, tempDir } from '../helpers.ts';
import { preQuiz } from './quiz.ts';
import { understateSizes } from '../hostile-zip.ts';

const SECONDS = 20_000;
const QUESTIONS = preQuiz().questions.map((question) => question.text);

/** A Google Forms response workbook of one response, its sheet XML passed through `edit`. */
async function responseWorkbook(edit: (xml: string) => string = (xml) => xml, name = 'Ana'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form Responses 1');
  sheet.addRow(['Timestamp', 'Name', ...QUESTIONS]);
  sheet.addRow([
    '2026-11-28 10:00:00',
    name,
    'No; you can speak through the closed door',
    'True',
    'Check immigration status at the jail',
    'A know-your-rights card',
    'False',
  ]);
  const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  parts['xl/worksheets/sheet1.xml'] = strToU8(edit(strFromU8(parts['xl/worksheets/sheet1.xml']!)));
  return zipSync(parts, { level: 9 });
}

/** `xml` with `<mergeCells>` holding `refs`, placed after </sheetData> as the schema orders it. */
const withMerges =
  (...refs: string[]) =>
  (xml: string) =>
    xml.replace(
      '</sheetData>',
      `</sheetData><mergeCells count="${refs.length}">` +
        `${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`,
    );

/** `kit quiz score responses.xlsx` of `bytes` with the quiz beside it, timed. */
async function score(bytes: Uint8Array, ...args: string[]) {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'quiz-en.json'), JSON.stringify(preQuiz()));
  writeFileSync(path.join(dir, 'responses.xlsx'), bytes);
  const start = performance.now();
  const result = await runKit(
    ['quiz', 'score', 'responses.xlsx', '--quiz', 'quiz-en.json', '--out', 'report', ...args],
    { cwd: dir },
  );
  return { ...result, dir, seconds: (performance.now() - start) / 1000 };
}

describe('a response workbook whose ranges reach the end of the sheet', () => {
  it(
    'with <mergeCell ref="A3:XFD1048575"> (about 2 KB) ' +
      'is refused in seconds, naming the range, before exceljs expands it',
    async () => {
      const bytes = await responseWorkbook(withMerges('A3:XFD1048575'));
      expect(bytes.byteLength).toBeLessThan(8 * 1024);
      const result = await score(bytes);
      expect(result.seconds).toBeLessThan(10);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'kit: responses.xlsx: a sheet\'s merged cells "A3:XFD1048575" reaches column 16,384; ' +
          'the kit reads up to column 1,000. Nothing in it was read.',
      );
      expect(readdirSync(result.dir).sort()).toEqual(['quiz-en.json', 'responses.xlsx']);
    },
    SECONDS,
  );

  it(
    'with a merge inside the columns but down to row 1,048,575 is refused by the cells it merges',
    async () => {
      const result = await score(await responseWorkbook(withMerges('A3:B1048575')));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'kit: responses.xlsx: its sheets merge 2,097,146 cells; ' +
          'the kit reads workbooks with at most 10,000 merged cells.',
      );
    },
    SECONDS,
  );

  it(
    'with a merge of two cells at row 20,000 is refused by its last row, as a cell there would be',
    async () => {
      const result = await score(await responseWorkbook(withMerges('A20000:A20001')));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'kit: responses.xlsx: more than 10,000 rows of responses (row 20,001 is past the limit)',
      );
    },
    SECONDS,
  );

  it(
    'with <dimension ref="A1:XFD1048576"> is refused, naming the size',
    async () => {
      const bytes = await responseWorkbook((xml) =>
        xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
      );
      expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).toContain('<dimension ref="A1:XFD1048576"/>');
      const result = await score(bytes);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'kit: responses.xlsx: a sheet\'s size "A1:XFD1048576" reaches column 16,384; the kit reads up to column 1,000.',
      );
    },
    SECONDS,
  );

  it(
    'with merges inside the limits that cover millions of cells together is refused by the merged cells',
    async () => {
      const result = await score(await responseWorkbook(withMerges('A3:ALL5000', 'A5001:ALL10000')));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'kit: responses.xlsx: its sheets merge 9,998,000 cells; ' +
          'the kit reads workbooks with at most 10,000 merged cells.',
      );
    },
    SECONDS,
  );

  it(
    'with a small merge (a title over two columns) is scored as before',
    async () => {
      const set = await loadResponses(await responseWorkbook(withMerges('C1:D1')), 'merged.xlsx', preQuiz());
      expect(set.participants).toHaveLength(1);
    },
    SECONDS,
  );
});

describe('a response workbook whose zip understates its unzipped size', () => {
  it("is refused as soon as the real bytes pass 25 MB, in the kit's words", async () => {
    // 200 MB of "A" in the sheet, deflated to about 200 KB, each size field claiming 1,000 bytes.
    const bytes = understateSizes(
      await responseWorkbook((xml) => xml.replace('<sheetData>', `<!--${'A'.repeat(200 * 1024 * 1024)}--><sheetData>`)),
      1000,
    );
    const declared: number[] = [];
    unzipSync(bytes, { filter: (entry) => (declared.push(entry.originalSize), false) });
    expect(new Set(declared)).toEqual(new Set([1000]));
    const result = await score(bytes);
    expect(result.seconds).toBeLessThan(10);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'kit: responses.xlsx: the workbook unzips to more than 25 MB; ' +
        'the kit reads workbooks of at most 25 MB unzipped. Nothing in it was read.',
    );
    expect(result.stderr).not.toMatch(/Bug|mismatch/);
  }, 60_000);
});

describe('terminal escapes in a response cell', () => {
  it(
    'are removed when a workbook is read, with a problem naming the row and column',
    async () => {
      // XML cannot hold ESC or BEL: Excel writes them as _x001B_ and _x0007_, which exceljs reads back as the
      // characters.
      const bytes = await responseWorkbook(undefined, 'PLACEHOLDER');
      const parts = unzipSync(bytes);
      parts['xl/sharedStrings.xml'] = strToU8(
        strFromU8(parts['xl/sharedStrings.xml']!).replace(
          'PLACEHOLDER',
          '_x001B_]0;pwn_x0007__x001B_[31mRED\u202e Ana',
        ),
      );
      const set = await loadResponses(zipSync(parts), 'names.xlsx', preQuiz(), { includeNames: true });
      expect(set.participants[0]!.name).toBe('RED Ana');
      expect(set.problems.map(formatProblem)).toContain(
        'names.xlsx:2:B had 14 control characters (terminal escape codes, ' +
          'bidirectional overrides and the like) removed',
      );
    },
    SECONDS,
  );

  it(
    'in a CSV never reach the report written with --include-names, nor the terminal',
    async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'quiz-en.json'), JSON.stringify(preQuiz()));
      const header = ['Timestamp', 'Name', ...QUESTIONS].map((cell) => `"${cell}"`).join(',');
      const row =
        '2026/11/28 10:00:00 AM GMT-6,"\u001b]0;pwn\u0007\u001b[31mRED Ana",' +
        'No; you can speak through the closed door,True,' +
        'Check immigration status at the jail,A know-your-rights card,False';
      writeFileSync(path.join(dir, 'responses.csv'), `${header}\n${row}\n`);
      const result = await runKit(
        ['quiz', 'score', 'responses.csv', '--quiz', 'quiz-en.json', '--out', 'report', '--include-names'],
        { cwd: dir },
      );
      expect(result.code).toBe(0);
      const reports = readdirSync(path.join(dir, 'report')).filter(
        (file) => file.endsWith('.md') || file.endsWith('.csv'),
      );
      expect(reports.length).toBeGreaterThan(1);
      for (const text of [
        result.stdout,
        result.stderr,
        ...reports.map((report) => readFileSync(path.join(dir, 'report', report), 'utf8')),
      ]) {
        expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }
      const markdown = readFileSync(
        path.join(
          dir,
          'report',
          reports.find((file) => file.endsWith('.md'))!,
        ),
        'utf8',
      );
      expect(markdown).toContain('RED Ana');
      expect(markdown).toContain('had 13 control characters');
    },
    SECONDS,
  );
});
