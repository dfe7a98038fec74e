// Reads the response file Google Forms or Microsoft Forms exports (CSV) against the quiz that was asked:
// each column is matched to a question, each answer to option ids. Whatever cannot be matched becomes a
// problem with its row and column; names and emails are left behind unless the trainer asks for them.

import Papa from 'papaparse';
import type { Problem } from '../../errors.ts';
import type { Quiz, QuizItem } from '../types.ts';
import { dropDuplicates, type Submission } from './dedupe.ts';
import { buildOptionMatcher, readAnswer, type OptionMatcher } from './match-answer.ts';
import { describeClosest, findClosestQuestion } from './closest-question.ts';
import { describeStripped, stripControls } from '../../input-text.ts';
import { checkCellLength, checkColumnCount, checkRowCount, cutText } from './limits.ts';
import { columnLetters } from '../../xlsx-limits.ts';
import {
  bracketedIds,
  headerRole,
  hideIdentity,
  isAnonymous,
  normalizeText,
  withoutBrackets,
  type HeaderRole,
} from './normalize.ts';
import type { FormTool, Participant, ResponseSet } from './types.ts';

export interface ReadResponsesOptions {
  // keep each participant's name and email (default false: they are read only to find duplicates)
  includeNames?: boolean;
  // other forms of the same questions (the pre quiz when reading post answers): their texts match too, by question
  // and option id
  wordings?: readonly Quiz[];
}

interface QuestionColumn {
  index: number;
  header: string;
  question: QuizItem;
  matcher: OptionMatcher;
}

/**
 * The delimiter of the header line: the most frequent of , ; and tab outside quotes
 * (Excel in many locales saves with ;).
 */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

function detectTool(roles: (HeaderRole | null)[], headers: string[]): FormTool {
  const keys = headers.map(normalizeText);
  if (roles.includes('start') || keys.includes('completion time') || keys.includes('hora de finalización'))
    return 'microsoft';
  if (keys.includes('timestamp') || keys.includes('marca temporal') || keys.includes('marca de tiempo'))
    return 'google';
  return 'unknown';
}

/** The question a header names: by an id in brackets or as the whole header, else by its text in any wording. */
function questionOfHeader(header: string, byId: Map<string, QuizItem>, byText: Map<string, QuizItem>): QuizItem | null {
  for (const id of bracketedIds(header)) if (byId.has(id)) return byId.get(id)!;
  const exact = byId.get(header.trim());
  if (exact) return exact;
  return byText.get(normalizeText(withoutBrackets(header))) ?? null;
}

/**
 * The participants' answers in a response CSV (`text`, as read from `file`, which is used only in problems), matched to
 * `quiz`; see readResponseRows.
 */
export function readResponses(text: string, file: string, quiz: Quiz, options: ReadResponsesOptions = {}): ResponseSet {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return readResponseRows([], file, quiz, options);
  const rows: string[][] = [];
  const problems: Problem[] = [];
  let refused: unknown = null;
  let blanks = 0; // blank rows not yet kept: trailing ones are never kept, nor counted against the limit
  // Row by row, so that a file past the limits stops at the first row over them.
  Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body),
    skipEmptyLines: false,
    step: (results, parser) => {
      const row = rows.length + blanks + 1;
      for (const error of results.errors)
        problems.push({ file, row, message: `CSV cannot be read here: ${error.message}` });
      if (results.data.every((value) => value.trim() === '')) {
        blanks++;
        return;
      }
      try {
        checkRowCount(row, file);
        checkColumnCount(results.data.length, row, file);
        results.data.forEach((value, index) => checkCellLength(value, row, index + 1, file));
      } catch (error) {
        refused = error;
        parser.abort();
        return;
      }
      for (; blanks > 0; blanks--) rows.push([]);
      rows.push(results.data);
    },
  });
  // Rethrows, unchanged, what a row check threw inside Papa Parse's step callback (a KitError).
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (refused) throw refused;
  return readResponseRows(rows, file, quiz, options, problems);
}

/**
 * The participants' answers in the rows of a response file (CSV or .xlsx; rows[0] is the header, spreadsheet row 1),
 * matched to `quiz`: Google Forms (Timestamp, Email Address, Score, questions) or Microsoft Forms (ID, Start time,
 * Completion time, Email, Name, Total points, Quiz feedback, questions, Points - / Feedback - columns). Duplicate
 * submissions (same email, else same name) keep the last by time. `readProblems` are the reader's own, kept first.
 * Terminal escapes, control and bidirectional override characters are removed from every cell first, each cell
 * that had any noted as a problem, so that no report or terminal shows them.
 */
export function readResponseRows(
  rawRows: readonly string[][],
  file: string,
  quiz: Quiz,
  options: ReadResponsesOptions = {},
  readProblems: readonly Problem[] = [],
): ResponseSet {
  const wordings = options.wordings ?? [];
  const problems: Problem[] = [...readProblems];
  const rows = stripControlCells(rawRows, file, problems);
  if (rows.every((record) => record.every((value) => value.trim() === ''))) {
    const message = 'the file is empty; export the responses from the form tool with the header row';
    return {
      file,
      tool: 'unknown',
      form: quiz.form,
      questionIds: [],
      participants: [],
      duplicates: [],
      problems: [...problems, { file, message }],
      names: Boolean(options.includeNames),
      identity: [],
    };
  }
  const [headers = [], ...records] = rows;

  const byId = new Map(quiz.questions.map((question) => [question.id, question]));
  const byText = new Map<string, QuizItem>();
  for (const form of [quiz, ...wordings]) {
    for (const question of form.questions) {
      const own = byId.get(question.id);
      const key = normalizeText(question.text);
      if (own && key && !byText.has(key)) byText.set(key, own);
    }
  }

  const roles = headers.map(headerRole);
  const columns: QuestionColumn[] = [];
  const columnOf = (role: HeaderRole) => roles.indexOf(role);
  const unmatched: string[] = [];
  headers.forEach((header, index) => {
    if (roles[index] !== null) return;
    const question = questionOfHeader(header, byId, byText);
    if (!question) {
      // A column with neither a header nor any value is a trailing delimiter, not data.
      if (header.trim() === '' && records.every((record) => (record[index] ?? '').trim() === '')) return;
      unmatched.push(header);
      return;
    }
    const earlier = columns.find((column) => column.question.id === question.id);
    if (earlier) {
      problems.push({
        file,
        row: 1,
        column: cutText(header),
        value: cutText(header),
        message:
          `a second column for question ${question.id} (the first is "${cutText(earlier.header)}"); ` +
          'this one is not scored',
      });
      return;
    }
    const wording = wordings.flatMap((form) => form.questions.filter((item) => item.id === question.id));
    columns.push({ index, header, question, matcher: buildOptionMatcher(question, wording) });
  });
  // The closest question is looked for among those still without a column: those are the ones going unscored.
  const orphans = quiz.questions
    .filter((question) => !columns.some((column) => column.question.id === question.id))
    .map((question) => question.id);
  for (const header of unmatched) {
    const closest = findClosestQuestion(header, quiz, wordings, orphans);
    problems.push({
      file,
      row: 1,
      column: cutText(header),
      value: cutText(header),
      message:
        'this column matches no question of the quiz (by [id] or by text) ' +
        `and is not one the form tools add; its answers are not scored${describeClosest(closest)}`,
    });
  }
  for (const question of quiz.questions) {
    if (!columns.some((column) => column.question.id === question.id)) {
      problems.push({
        file,
        row: 1,
        value: question.text,
        message: `no column for question ${question.id}; nobody's answer to it can be scored`,
      });
    }
  }

  const timeIndex = columnOf('time') >= 0 ? columnOf('time') : columnOf('start');
  const [emailIndex, nameIndex] = [columnOf('email'), columnOf('name')];
  const cell = (record: string[], index: number) => (index >= 0 ? (record[index] ?? '').trim() : '');
  const participants: Participant[] = [];
  const submissions: Submission[] = [];
  records.forEach((record, position) => {
    const row = position + 2;
    if (record.every((value) => value.trim() === '')) return;
    const extra = record.slice(headers.length).filter((value) => value.trim() !== '');
    if (extra.length)
      problems.push({
        file,
        row,
        value: cutText(extra.join(' | ')),
        message:
          `this row has ${record.length} cells but the header has ${headers.length}; ` +
          'the cells past the header are not read',
      });

    const participant: Participant = { row, answers: {}, unreadable: [], keys: { email: null, name: null } };
    for (const column of columns) {
      const value = record[column.index] ?? '';
      if (value.trim() === '') continue;
      const answer = readAnswer(value, column.question.type === 'multiple', column.matcher);
      if (answer.unmatched.length === 0 && answer.options.length === 0) continue; // only separators: blank
      if (answer.unmatched.length === 0) {
        participant.answers[column.question.id] = answer.options;
      } else {
        participant.unreadable.push(column.question.id);
        const parts = cutText(answer.unmatched.map((part) => JSON.stringify(part)).join(', '));
        problems.push({
          file,
          row,
          column: cutText(column.header),
          value: cutText(value),
          message: `${parts} is not an option of question ${column.question.id}; this answer is not scored`,
        });
      }
    }
    const email = cell(record, emailIndex);
    const name = cell(record, nameIndex);
    const identity = !isAnonymous(email)
      ? `email:${normalizeText(email)}`
      : !isAnonymous(name)
        ? `name:${normalizeText(name)}`
        : null;
    participant.keys = {
      email: isAnonymous(email) ? null : hideIdentity('email', email),
      name: isAnonymous(name) ? null : hideIdentity('name', name),
    };
    if (options.includeNames) {
      if (!isAnonymous(name)) participant.name = name;
      if (!isAnonymous(email)) participant.email = email;
    }
    participants.push(participant);
    submissions.push({ row, identity, time: cell(record, timeIndex) });
  });

  const {
    keep,
    dropped,
    problems: timeProblems,
  } = dropDuplicates(submissions, file, timeIndex >= 0 ? headers[timeIndex]! : null);
  for (const problem of timeProblems) problems.push(problem);
  const questionIds = quiz.questions
    .filter((question) => columns.some((column) => column.question.id === question.id))
    .map((question) => question.id);
  return {
    file,
    tool: detectTool(roles, headers),
    form: quiz.form,
    questionIds,
    participants: participants.filter((participant) => keep.has(participant.row)),
    duplicates: dropped,
    problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    names: Boolean(options.includeNames),
    identity: [...(emailIndex >= 0 ? ['email' as const] : []), ...(nameIndex >= 0 ? ['name' as const] : [])],
  };
}

/** `rows` with control characters removed from every cell (see input-text.ts), one problem per cell that had any. */
function stripControlCells(rows: readonly string[][], file: string, problems: Problem[]): string[][] {
  return rows.map((record, index) =>
    record.map((value, column) => {
      const stripped = stripControls(value);
      if (stripped.removed > 0)
        problems.push({
          file,
          row: index + 1,
          column: columnLetters(column + 1),
          message: describeStripped(stripped.removed),
        });
      return stripped.text;
    }),
  );
}
