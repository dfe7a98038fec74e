// The Kahoot import spreadsheet (.xlsx), laid out like Kahoot's quiz template: a header area, the
// column headings in row 8 (B to H), one question per row from row 9 with its number in column A.
// A question with a Kahoot form (QuizItem.kahoot) is asked in those words; one Kahoot still cannot
// take is left out and named in the warnings.

import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Quiz, QuizItem } from './types.ts';

import { KAHOOT_LIMITS } from '../content/kahoot-limits.ts';

export { KAHOOT_LIMITS };
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
export const KAHOOT_HEADER_ROW = 8;
export const KAHOOT_HEADINGS = [
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
] as const;

// See qti.ts: local fields, so the zip's DOS times are the same in every time zone.
const ZIP_TIME = new Date(2000, 0, 1, 0, 0, 0);
// Characters a cell cannot hold (XML 1.0) and line breaks, which Kahoot shows as nothing.
const CONTROL = /[\u0000-\u001F\u007F\uFFFE\uFFFF]+/g;

/** Text for a Kahoot cell: one line, control characters as spaces, runs of spaces collapsed. */
export function kahootText(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

const length = (text: string) => [...text].length;

/** Longer questions, "choose all" questions and their one-answer Kahoot forms get more time. */
function timeLimit(question: QuizItem, text: string): (typeof KAHOOT_TIME_LIMITS)[number] {
  return question.type === 'multiple' || question.difficulty === 'hard' || length(text) > 80 ? 30 : 20;
}

function problemsOf(question: QuizItem, text: string, answers: string[]): string[] {
  const problems: string[] = [];
  if (length(text) > KAHOOT_LIMITS.question)
    problems.push(`the question has ${length(text)} characters (Kahoot allows ${KAHOOT_LIMITS.question})`);
  if (answers.length > KAHOOT_LIMITS.answers)
    problems.push(`it has ${answers.length} answers (Kahoot allows ${KAHOOT_LIMITS.answers})`);
  answers.forEach((answer, index) => {
    if (length(answer) > KAHOOT_LIMITS.answer)
      problems.push(`answer ${index + 1} has ${length(answer)} characters (Kahoot allows ${KAHOOT_LIMITS.answer})`);
  });
  if (!question.options.some((option) => option.correct)) problems.push('no answer is marked correct');
  return problems;
}

/** The spreadsheet's bytes and a warning for each question left out or changed in meaning. */
export async function renderKahoot(quiz: Quiz): Promise<{ bytes: Uint8Array; warnings: string[] }> {
  const date = new Date(`${quiz.dataAsOf}T00:00:00Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'workshop-kit-287g';
  workbook.lastModifiedBy = 'workshop-kit-287g';
  workbook.created = date;
  workbook.modified = date;
  const sheet = workbook.addWorksheet('Kahoot');
  sheet.columns = [
    { width: 5 },
    { width: 60 },
    ...Array.from({ length: 4 }, () => ({ width: 30 })),
    { width: 14 },
    { width: 14 },
  ];
  sheet.getCell('B2').value = kahootText(quiz.title);
  sheet.getCell('B2').font = { bold: true, size: 14 };
  sheet.getCell('B3').value = kahootText(
    `${quiz.region.name} | ICE data ${quiz.dataAsOf} | version ${quiz.version}, ${quiz.form} | seed ${quiz.seed}`,
  );
  sheet.getCell('B4').value = kahootText(
    'In Kahoot: Create > Import spreadsheet. Questions up to 120 characters, answers up to 75, 2 to 4 answers.',
  );
  const header = sheet.getRow(KAHOOT_HEADER_ROW);
  KAHOOT_HEADINGS.forEach((heading, index) => {
    header.getCell(index + 2).value = heading;
    header.getCell(index + 2).font = { bold: true };
  });

  const warnings: string[] = [];
  let number = 0;
  for (const asked of quiz.questions) {
    const question = asked.kahoot ? { ...asked, text: asked.kahoot.text, options: asked.kahoot.options } : asked;
    const text = kahootText(question.text);
    const answers = question.options.map((option) => kahootText(option.text));
    const problems = problemsOf(question, text, answers);
    if (problems.length > 0) {
      warnings.push(`${question.id}: left out of the Kahoot file because ${problems.join('; ')}.`);
      continue;
    }
    const correct = question.options.flatMap((option, index) => (option.correct ? [index + 1] : []));
    if (correct.length > 1) {
      warnings.push(
        `${question.id}: Kahoot marks answers ${correct.join(', ')} correct; ` +
          'in a classic quiz one of them earns the points, unless you set the question to multi-select in Kahoot.',
      );
    }
    number++;
    const row = sheet.getRow(KAHOOT_HEADER_ROW + number);
    row.getCell(1).value = number;
    row.getCell(2).value = text;
    answers.forEach((answer, index) => {
      row.getCell(3 + index).value = answer;
    });
    row.getCell(7).value = timeLimit(question, text);
    row.getCell(8).value = correct.length === 1 ? correct[0]! : correct.join(',');
  }

  // exceljs stamps each zip entry with the current time; repack with a fixed one. Its zip is stored, not
  // deflated: only the repacked one is compressed, so the parts are not deflated twice and inflated once between.
  const written = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(written))) entries[name] = [data, { mtime: ZIP_TIME }];
  return { bytes: zipSync(entries, { level: 6 }), warnings };
}
