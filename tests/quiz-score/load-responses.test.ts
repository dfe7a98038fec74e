import { strToU8, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { KitError } from '../../generator/errors.ts';
import { loadResponses } from '../../generator/quiz/score/load-responses.ts';
import { readCellText } from '../../generator/quiz/score/read-xlsx.ts';
import { renderScoreMarkdown } from '../../generator/quiz/score/report.ts';
import { scoreQuiz } from '../../generator/quiz/score/score.ts';
import { runKit, tempDir } from '../helpers.ts';
import { postQuiz, preQuiz } from './quiz.ts';
import { NAMES, writeGoogleWorkbook, writeMicrosoftWorkbook } from './workbooks.ts';

const byRow = (set: Awaited<ReturnType<typeof loadResponses>>, row: number) =>
  set.participants.find((participant) => participant.row === row);

describe('loadResponses on a Microsoft Forms "Open in Excel" workbook', () => {
  const load = async (includeNames = false) =>
    loadResponses(await writeMicrosoftWorkbook(postQuiz()), 'Form1.xlsx', postQuiz(), {
      includeNames,
      wordings: [preQuiz()],
    });

  it('matches every question and leaves the Points and Feedback columns without a problem', async () => {
    const set = await load();
    expect(set.tool).toBe('microsoft');
    expect(set.questionIds).toEqual(['door-1', 'silence-2', 'limits-3', 'card-4', 'warrant-5']);
    expect(set.problems).toEqual([]);
    expect(set.identity).toEqual(['email', 'name']);
  });

  it("reads rich text, a formula's saved result and Verdadero/Falso as answers", async () => {
    const set = await load();
    expect(byRow(set, 2)!.answers).toEqual({
      'door-1': ['b'],
      'silence-2': ['a'],
      'limits-3': ['b', 'c'],
      'card-4': ['a'],
      'warrant-5': ['b'],
    });
    expect(byRow(set, 5)!.answers['door-1']).toEqual(['a']); // "Yes, always" in two runs of rich text
    expect(byRow(set, 7)!.answers['card-4']).toEqual(['a']); // a formula cell: its result, not "A1&"""
  });

  it('keeps the later submission of an email by the date cells, whatever its case or hyperlink', async () => {
    const set = await load();
    expect(set.duplicates).toEqual([{ row: 3, keptRow: 6 }]);
    expect(set.participants.map((participant) => participant.row)).toEqual([2, 4, 5, 6, 7]);
  });

  it('keeps hostile and CJK names as the text they are, and only with includeNames', async () => {
    expect(JSON.stringify(await load())).not.toMatch(/王秀英|김민준|HYPERLINK|script|example\.org/);
    const set = await load(true);
    expect(set.participants.map((participant) => participant.name ?? null)).toEqual([
      NAMES.chinese,
      null,
      NAMES.formula,
      NAMES.korean,
      NAMES.markup,
    ]);
    expect(byRow(set, 6)!.email).toBe('KIM@example.org');
    const markdown = renderScoreMarkdown(scoreQuiz(postQuiz(), set), { language: 'en' });
    expect(markdown).toContain('| 王秀英 | wang\\@example\\.org | 5 of 5 |');
    expect(markdown).toContain('| 김민준 | KIM\\@example\\.org | 5 of 5 |');
    expect(markdown).toContain('| =HYPERLINK("http\\://evil\\.example","click") | x\\@example\\.org | 1 of 5 |');
    expect(markdown).toContain(
      '| &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*bold\\*\\* | y\\@example\\.org | 4 of 5 |',
    );
    expect(markdown).not.toContain('| Form |'); // one form: no Form column
  });
});

describe('loadResponses on a Google Sheets .xlsx download', () => {
  const load = async () => loadResponses(await writeGoogleWorkbook(preQuiz()), 'responses.xlsx', preQuiz());

  it('reads the first sheet with anything in it, times as date serials and True/False stored as booleans', async () => {
    const set = await load();
    expect(set.tool).toBe('google');
    expect(set.problems).toEqual([]);
    expect(byRow(set, 2)!.answers).toEqual({
      'door-1': ['b'],
      'silence-2': ['a'],
      'limits-3': ['b', 'c'],
      'card-4': ['a'],
      'warrant-5': ['a'],
    });
    expect(byRow(set, 3)!.answers).toEqual({
      'door-1': ['a'],
      'silence-2': ['b'],
      'limits-3': ['b', 'c'],
      'warrant-5': ['b'],
    });
  });

  it('skips the blank row and drops the earlier submission by time, though it comes later in the sheet', async () => {
    const set = await load();
    expect(set.participants.map((participant) => participant.row)).toEqual([2, 3]);
    expect(set.duplicates).toEqual([{ row: 5, keptRow: 2 }]);
  });
});

describe('loadResponses on CSV text in the encodings Excel saves', () => {
  const rows =
    'Timestamp\tEmail Address\tYou have the right to remain silent.\r\n' +
    '2026/11/28 10:00:00\tjosé@example.org\tVerdadero\r\n';

  it('reads "Unicode Text" (UTF-16 with a byte order mark, tab-separated) as text, not as binary', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(rows, 'utf16le')]);
    const set = await loadResponses(bytes, 'unicode.txt', preQuiz(), { includeNames: true });
    expect(set.participants.map((participant) => [participant.email, participant.answers])).toEqual([
      ['josé@example.org', { 'silence-2': ['a'] }],
    ]);
  });

  it('reads a Windows-1252 CSV with its accents', async () => {
    const bytes = new Uint8Array(Buffer.from(rows.replaceAll('\t', ',').replace('é', '\u00e9'), 'latin1'));
    const set = await loadResponses(bytes, 'ansi.csv', preQuiz(), { includeNames: true });
    expect(set.participants[0]!.email).toBe('josé@example.org');
  });
});

describe('readCellText', () => {
  it('writes each kind of cell value as text', () => {
    expect(readCellText(new Date('2026-11-28T13:04:10Z'))).toBe('2026-11-28 13:04:10');
    expect(readCellText(new Date('2026-11-28T00:00:00Z'))).toBe('2026-11-28');
    expect(readCellText(46354.5, 'm/d/yyyy h:mm')).toBe('2026-11-28 12:00:00');
    expect(readCellText(46354.5, '0.0')).toBe('46354.5');
    expect(readCellText(287, '"Day" 0')).toBe('287'); // a d inside quotes is not a date format
    expect(readCellText({ richText: [{ text: 'No; ' }, { text: 'you can' }] })).toBe('No; you can');
    expect(readCellText({ text: { richText: [{ text: 'a@b.org' }] }, hyperlink: 'mailto:a@b.org' })).toBe('a@b.org');
    expect(readCellText({ formula: 'NOW()', result: new Date('2026-01-02T03:04:05Z') })).toBe('2026-01-02 03:04:05');
    expect(readCellText({ sharedFormula: 'B2', result: undefined })).toBe('');
    expect(readCellText({ error: '#N/A' })).toBe('#N/A');
    expect(readCellText(true)).toBe('TRUE');
    expect(readCellText(null)).toBe('');
  });
});

// Made here byte by byte: what a trainer may pick by mistake in place of the responses.
const BINARIES: [string, string, Uint8Array][] = [
  [
    'responses.csv',
    'a PDF document',
    strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  ],
  [
    'responses.xlsx',
    'a Word document (.docx)',
    zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }),
  ],
  [
    'responses.csv',
    'an OpenDocument spreadsheet (.ods)',
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    }),
  ],
  [
    'responses.csv',
    'a PNG image',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  ],
  ['responses.xlsx', 'a zip archive', zipSync({ 'Timestamp,Email.csv': strToU8('Timestamp,Email Address\n') })],
  [
    'responses.xls',
    'an old-style Office file',
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  ],
  ['responses.csv', 'binary data', new Uint8Array([0x54, 0x69, 0x6d, 0x65, 0x00, 0x01, 0x02, 0x03, 0x2c, 0x41])],
];

describe('loadResponses on a file that is not a response table', () => {
  for (const [name, what, bytes] of BINARIES) {
    it(`refuses ${what} named ${name}, saying what it is and what to export instead`, async () => {
      const error = await loadResponses(bytes, name, preQuiz()).then(
        () => null,
        (caught: unknown) => caught,
      );
      assert.instanceOf(error, KitError);
      expect(error.exitCode).toBe(2);
      expect(error.message).toContain(`${name}: this is ${what}`);
      expect(error.hint).toMatch(/\.xlsx|CSV/);
    });
  }

  it('tells a damaged workbook apart and refuses it', async () => {
    const bytes = zipSync({ 'xl/workbook.xml': strToU8('not xml at all <') });
    const error = await loadResponses(bytes, 'broken.xlsx', preQuiz()).then(
      () => null,
      (caught: unknown) => caught,
    );
    assert.instanceOf(error, KitError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('broken.xlsx: this .xlsx workbook cannot be opened');
  });

  it('makes kit quiz score exit 2 with the message and writes no report', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'quiz-en.json'), JSON.stringify(preQuiz()));
    writeFileSync(path.join(dir, 'responses.csv'), BINARIES[0]![2]);
    const result = await runKit(['quiz', 'score', 'responses.csv', '--quiz', 'quiz-en.json', '--out', 'report'], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('responses.csv: this is a PDF document, not a table of form responses');
    expect(result.stderr).toContain('Open in Excel (.xlsx)');
    expect(result.stdout).toBe('');
  });

  it('lets kit quiz score read a Microsoft Forms workbook end to end', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'quiz-en.json'), JSON.stringify(preQuiz()));
    writeFileSync(path.join(dir, 'quiz-en-post.json'), JSON.stringify(postQuiz()));
    writeFileSync(path.join(dir, 'before.xlsx'), await writeGoogleWorkbook(preQuiz()));
    writeFileSync(path.join(dir, 'after.xlsx'), await writeMicrosoftWorkbook(postQuiz()));
    const result = await runKit(
      [
        'quiz',
        'score',
        'before.xlsx',
        '--quiz',
        'quiz-en.json',
        '--post',
        'after.xlsx',
        '--post-quiz',
        'quiz-en-post.json',
        '--out',
        'report',
      ],
      { cwd: dir },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
  });
});
