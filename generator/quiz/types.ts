// The canonical quiz (quiz.json): every export (GIFT, Moodle XML, QTI, Kahoot, CSV), the printed quiz,
// the in-deck quiz and scoring read this shape; and the bank entry (both wordings) a quiz is selected from.

export type QuizQuestionType = 'single' | 'truefalse' | 'multiple';

export interface QuizOption {
  id: string; // "a", "b", ... stable within the question, after shuffling
  text: string;
  correct: boolean;
}

export interface QuizItem {
  id: string; // curriculum question id ("limits-3") or a region question id ("region-sheriff-models")
  module: string; // module key, or "your-region" for questions made from the data
  objective: string; // the objective it tests, as text
  type: QuizQuestionType;
  difficulty: 'easy' | 'medium' | 'hard';
  text: string; // the question as asked in this form (pre: question, post: reworded)
  options: QuizOption[]; // for truefalse: two options, True and False in the language
  explanation: string; // one line, why the answer is right
  sources: string[]; // source ids
  fromData: boolean; // generated from ICE's data
  kahoot?: KahootForm; // only where Kahoot asks it in other words (see KahootForm)
}

/**
 * How Kahoot asks a question whose quiz wording it cannot take: a shorter text and/or other options,
 * at most 4, each within Kahoot's limits, exactly one of them right (a choose-all question becomes a
 * choice between combinations, so Kahoot scores it all-or-nothing as the other formats do).
 */
export interface KahootForm {
  text: string;
  options: QuizOption[];
}

export interface Quiz {
  format: 1;
  language: string;
  title: string;
  region: { id: string; name: string };
  dataAsOf: string; // ISO date of the ICE list the region questions come from
  seed: string;
  version: 'A' | 'B'; // B shuffles questions and options differently from A
  form: 'pre' | 'post'; // pre asks the curriculum's wording, post its rewording (same objectives)
  questions: QuizItem[];
}

/** A bank entry: a QuizItem with both wordings instead of the one a form asks. */
export interface BankItem extends Omit<QuizItem, 'text' | 'kahoot'> {
  question: string; // the curriculum's wording, asked in the pre form
  reworded: string; // the same question in other words, asked in the post form
  kahoot?: BankKahoot; // only where Kahoot asks it in other words
}

/** A question's Kahoot wording in both forms; options null where Kahoot shows the question's own. */
export interface BankKahoot {
  question: string;
  reworded: string;
  options: QuizOption[] | null; // ids as the question's own for a single question; one right for a choose-all one
}
