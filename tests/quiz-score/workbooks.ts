// Response workbooks written with exceljs the way the form tools write them: Microsoft Forms' "Open in Excel"
// download (ID, Start time, Completion time, Email, Name, Total points, Quiz feedback, then per question the
// question, "Points - " and "Feedback - ") and Google Sheets' .xlsx download of a Google Form's responses.

import ExcelJS from 'exceljs';
import type { Quiz } from '../../generator/quiz/types.ts';

// Excel keeps no time zone; exceljs writes a Date's UTC fields as the cell's date and time.
const at = (text: string) => new Date(`${text}Z`);

/** Hostile and CJK names that must come through as the text they are. */
export const NAMES = {
  formula: '=HYPERLINK("http://evil.example","click")',
  markup: '<script>alert(1)</script> | **bold**',
  chinese: '王秀英',
  korean: '김민준',
};

/** A Microsoft Forms quiz download for `quiz` (the post wording): five people, one of them twice. */
export async function writeMicrosoftWorkbook(quiz: Quiz): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  const texts = quiz.questions.map((question) => question.text);
  sheet.addRow([
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    'Total points',
    'Quiz feedback',
    ...texts.flatMap((text) => [text, `Points - ${text}`, `Feedback - ${text}`]),
  ]);
  const answers = (cells: unknown[]) => cells.flatMap((cell, index) => [cell, index % 2, null]);
  const rows: unknown[][] = [
    [
      1,
      at('2026-11-28T13:00:02'),
      at('2026-11-28T13:04:10'),
      'wang@example.org',
      NAMES.chinese,
      5,
      null,
      ...answers([
        'No; you can speak through the closed door',
        'True',
        'Check immigration status at the jail;Issue detainers, at the request of ICE;',
        'A know-your-rights card',
        'False',
      ]),
    ],
    // A rich-text answer and an email written as a mailto hyperlink.
    [
      2,
      at('2026-11-28T13:00:05'),
      at('2026-11-28T13:05:00'),
      { text: 'kim@example.org', hyperlink: 'mailto:kim@example.org' },
      NAMES.korean,
      3,
      null,
      ...answers([
        { richText: [{ text: 'Yes, ', font: { bold: true } }, { text: 'always' }] },
        'Verdadero',
        'Issue detainers, at the request of ICE;',
        'Your passport',
        'Falso',
      ]),
    ],
    [
      3,
      at('2026-11-28T13:00:09'),
      at('2026-11-28T13:06:30'),
      'anonymous',
      null,
      4,
      null,
      ...answers([
        'No; you can speak through the closed door',
        'True',
        'Issue detainers, at the request of ICE;Check immigration status at the jail;',
        'A know-your-rights card',
        'True',
      ]),
    ],
    [
      4,
      at('2026-11-28T13:01:00'),
      at('2026-11-28T13:07:45'),
      'x@example.org',
      NAMES.formula,
      1,
      null,
      ...answers(['Yes, always', 'False', 'Enter a home without a warrant;', 'Nothing at all', 'False']),
    ],
    // Kim again, later: this row counts and row 3 is the duplicate.
    [
      5,
      at('2026-11-28T13:09:00'),
      at('2026-11-28T13:12:01'),
      'KIM@example.org',
      NAMES.korean,
      5,
      null,
      ...answers([
        'No; you can speak through the closed door',
        'True',
        'Check immigration status at the jail;Issue detainers, at the request of ICE;',
        'A know-your-rights card',
        'False',
      ]),
    ],
    [
      6,
      at('2026-11-28T13:10:00'),
      at('2026-11-28T13:13:00'),
      'y@example.org',
      NAMES.markup,
      4,
      null,
      ...answers([
        'No; you can speak through the closed door',
        'True',
        'Check immigration status at the jail;Issue detainers, at the request of ICE;',
        { formula: 'A1&""', result: 'A know-your-rights card' },
        'True',
      ]),
    ],
  ];
  for (const row of rows) sheet.addRow(row);
  for (const column of [2, 3]) sheet.getColumn(column).numFmt = 'm/d/yy h:mm:ss';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A Google Sheets download of a Google Form's responses for `quiz`, on the "Form Responses 1" sheet after an empty one.
 */
export async function writeGoogleWorkbook(quiz: Quiz): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes');
  const sheet = workbook.addWorksheet('Form Responses 1');
  sheet.addRow(['Timestamp', 'Email Address', 'Score', ...quiz.questions.map((question) => question.text)]);
  // Sheets stores a True/False answer as a boolean and the time as a date serial in a date format.
  sheet.addRow([
    46354.42,
    'ana@example.org',
    '4 / 5',
    'No; you can speak through the closed door',
    true,
    'A, C',
    'A know-your-rights card',
    true,
  ]);
  sheet.addRow([
    46354.43,
    'ben@example.org',
    '2 / 5',
    'Yes, always',
    false,
    'Check immigration status at the jail, Issue detainers, at the request of ICE',
    null,
    false,
  ]);
  sheet.addRow([]);
  sheet.addRow([46354.41, 'ana@example.org', '1 / 5', 'Yes, always', false, 'C', 'Your passport', true]);
  sheet.getColumn(1).numFmt = 'm/d/yyyy h:mm:ss';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
