// The shapes scoring passes along: what a form tool's response file says (ResponseSet) and what the
// trainer reads afterwards (ScoreReport). Neither holds a name or an email unless the trainer asked.

import type { Problem } from '../../errors.ts';
import type { QuizQuestionType } from '../types.ts';

export type FormTool = 'google' | 'microsoft' | 'unknown';

/** One participant's submission, known only by its row. */
export interface Participant {
  row: number; // spreadsheet row number in the response file (header = 1)
  answers: Record<string, string[]>; // question id -> chosen option ids, sorted; only questions answered readably
  unreadable: string[]; // question ids whose answer matched no option (each also reported as a problem)
  name?: string; // only when read with includeNames and the file has a name
  email?: string; // only when read with includeNames and the file has an email
  // hideIdentity() of the email and name, to match pre and post; null when absent or anonymous
  keys: { email: string | null; name: string | null };
}

/** A later submission by the same person replaced this row. */
export interface DroppedDuplicate {
  row: number; // the row left out
  keptRow: number; // the row kept in its place
}

export interface ResponseSet {
  file: string;
  tool: FormTool;
  form: 'pre' | 'post'; // the form of the quiz the file was read against
  questionIds: string[]; // the quiz's questions that have a column, in quiz order
  participants: Participant[]; // in file order, duplicates removed
  duplicates: DroppedDuplicate[];
  problems: Problem[]; // every column, answer or time that could not be read
  names: boolean; // whether participants carry names and emails (includeNames)
  identity: ('email' | 'name')[]; // the columns the file has that say who answered
}

/** How one form did on one question. */
export interface QuestionResult {
  answered: number; // participants whose answer was read
  correct: number; // of those, exactly the right options
  unanswered: number; // left blank
  unreadable: number; // answers that matched no option
  percent: number | null; // correct / answered, 0..100 to one decimal; null when nobody answered
}

export interface QuestionScore {
  number: number; // 1-based position in the quiz
  id: string;
  text: string; // the question as the (pre) quiz asks it
  type: QuizQuestionType;
  correctAnswers: string[]; // texts of the right options
  explanation: string;
  pre: QuestionResult;
  post: QuestionResult | null; // with a post response file
  change: number | null; // post percent - pre percent, in percentage points, to one decimal
}

export interface FormSummary {
  file: string;
  participants: number;
  questions: number; // questions the file had a column for
  meanCorrect: number; // right answers per participant, to one decimal
  meanPercent: number | null; // meanCorrect / questions, 0..100 to one decimal
  maxScore: number; // the quiz's number of questions: the most right answers it can give
  distribution: { correct: number; participants: number }[]; // for 0..maxScore right answers
}

/** One person found in both files: right answers out of the questions both files asked. Only with includeNames. */
export interface PersonChange {
  name: string | null;
  email: string | null;
  before: number;
  after: number;
  change: number; // after - before
}

/** The pre and post forms compared person by person, when both files say who answered (email, else name). */
export interface PairedScores {
  by: 'email' | 'name';
  questions: number; // questions both files have a column for; each person's totals count only these
  matched: number; // people found in both files
  unpairedPre: number; // pre submissions with no post partner (anonymous or absent), duplicates left out
  unpairedPost: number;
  meanBefore: number; // right answers per matched person, to one decimal
  meanAfter: number;
  meanChange: number; // meanAfter - meanBefore, to one decimal
  better: number; // matched people with more right answers after
  same: number;
  worse: number;
  people: PersonChange[] | null; // in post file order; null unless the files were read with includeNames
}

/** A participant's total, present only when the response files were read with includeNames. */
export interface PersonScore {
  form: 'pre' | 'post';
  row: number;
  name: string | null;
  email: string | null;
  correct: number;
  questions: number;
}

export interface ScoreReport {
  title: string;
  region: string;
  dataAsOf: string; // ISO date of the ICE list the quiz was made from, stamped on every page of the PDF
  language: string; // the quiz's language
  questions: QuestionScore[]; // in quiz order
  mostMissed: QuestionScore[]; // lowest percent first on the latest form (post when given), below 100%
  mostMissedForm: 'pre' | 'post';
  pre: FormSummary;
  post: FormSummary | null;
  people: PersonScore[] | null; // null unless names were read
  paired: PairedScores | null; // with a post file whose and the pre file's participants can be told apart
  duplicates: { file: string; row: number; keptRow: number }[];
  problems: Problem[];
}
