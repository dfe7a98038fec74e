// Scores the read responses against the quiz: how many got each question right, which questions to teach
// again, how participants' totals spread, and with a post form, how each question moved.

import type { Problem } from '../../errors.ts';
import type { Quiz, QuizItem } from '../types.ts';
import { isRight } from './match-answer.ts';
import { matchPeople } from './match-people.ts';
import type { FormSummary, PersonScore, QuestionResult, QuestionScore, ResponseSet, ScoreReport } from './types.ts';

export interface ScoreOptions {
  postQuiz?: Quiz; // the post form's quiz; its right options score the post answers (default: the pre quiz's, by id)
  mostMissed?: number; // how many questions to list to teach again (default 3)
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const percentOf = (part: number, whole: number): number | null => (whole > 0 ? oneDecimal((100 * part) / whole) : null);

function questionResult(id: string, question: QuizItem, set: ResponseSet): QuestionResult {
  let answered = 0,
    correct = 0,
    unreadable = 0;
  for (const participant of set.participants) {
    const chosen = participant.answers[id];
    if (chosen) {
      answered++;
      if (isRight(question, chosen)) correct++;
    } else if (participant.unreadable.includes(id)) unreadable++;
  }
  const asked = set.questionIds.includes(id) ? set.participants.length : 0;
  return {
    answered,
    correct,
    unanswered: asked - answered - unreadable,
    unreadable,
    percent: percentOf(correct, answered),
  };
}

/** Right answers per participant, over the questions the file had a column for. */
function totals(quiz: Quiz, set: ResponseSet): number[] {
  const questions = quiz.questions.filter((question) => set.questionIds.includes(question.id));
  return set.participants.map(
    (participant) => questions.filter((question) => isRight(question, participant.answers[question.id])).length,
  );
}

function formSummary(quiz: Quiz, set: ResponseSet): FormSummary {
  const scores = totals(quiz, set);
  const questions = quiz.questions.filter((question) => set.questionIds.includes(question.id)).length;
  const mean = scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : 0;
  return {
    file: set.file,
    participants: scores.length,
    questions,
    meanCorrect: oneDecimal(mean),
    meanPercent: scores.length && questions ? oneDecimal((100 * mean) / questions) : null,
    maxScore: quiz.questions.length,
    // The score axis runs to what the quiz can give, not to the best score seen nor to the columns the file had.
    distribution: Array.from({ length: quiz.questions.length + 1 }, (_, correct) => ({
      correct,
      participants: scores.filter((score) => score === correct).length,
    })),
  };
}

function people(quiz: Quiz, set: ResponseSet, form: 'pre' | 'post'): PersonScore[] {
  const scores = totals(quiz, set);
  const questions = quiz.questions.filter((question) => set.questionIds.includes(question.id)).length;
  return set.participants.map((participant, index) => ({
    form,
    row: participant.row,
    name: participant.name ?? null,
    email: participant.email ?? null,
    correct: scores[index]!,
    questions,
  }));
}

/**
 * The report of `responses` (read against `quiz`), and with `post` (read against the post form), the change per
 * question, matched by question id. Percents are of the participants who answered, to one decimal.
 */
export function scoreQuiz(
  quiz: Quiz,
  responses: ResponseSet,
  post?: ResponseSet,
  options: ScoreOptions = {},
): ScoreReport {
  // The post quiz asks the same questions in other words; its options keep their ids, so either quiz can score it.
  const postQuiz: Quiz = {
    ...quiz,
    questions: quiz.questions.map(
      (question) => options.postQuiz?.questions.find((item) => item.id === question.id) ?? question,
    ),
  };
  const problems: Problem[] = [...responses.problems, ...(post?.problems ?? [])];
  if (post) {
    for (const id of post.questionIds.filter(
      (candidate) => !quiz.questions.some((question) => question.id === candidate),
    )) {
      problems.push({
        file: post.file,
        value: id,
        message: `question ${id} of the post form is not in the pre quiz; it is not compared`,
      });
    }
  }

  const questions: QuestionScore[] = quiz.questions.map((question, index) => {
    const pre = questionResult(question.id, question, responses);
    const after = post ? questionResult(question.id, postQuiz.questions[index]!, post) : null;
    return {
      number: index + 1,
      id: question.id,
      text: question.text,
      type: question.type,
      correctAnswers: question.options.filter((option) => option.correct).map((option) => option.text),
      explanation: question.explanation,
      pre,
      post: after,
      change: after && after.percent !== null && pre.percent !== null ? oneDecimal(after.percent - pre.percent) : null,
    };
  });

  // What still needs teaching is what the latest form shows; ties keep quiz order.
  const latest = (score: QuestionScore) => (post ? score.post! : score.pre).percent;
  const mostMissed = questions
    .filter((score) => latest(score) !== null && latest(score)! < 100)
    .sort((a, b) => latest(a)! - latest(b)! || a.number - b.number)
    .slice(0, Math.max(0, options.mostMissed ?? 3));

  const named = responses.names || Boolean(post?.names);
  return {
    title: quiz.title,
    region: quiz.region.name,
    dataAsOf: quiz.dataAsOf,
    language: quiz.language,
    questions,
    mostMissed,
    mostMissedForm: post ? 'post' : 'pre',
    pre: formSummary(quiz, responses),
    post: post ? formSummary(postQuiz, post) : null,
    people: named ? [...people(quiz, responses, 'pre'), ...(post ? people(postQuiz, post, 'post') : [])] : null,
    paired: post ? matchPeople(quiz, postQuiz, responses, post) : null,
    duplicates: [
      ...responses.duplicates.map((duplicate) => ({ file: responses.file, ...duplicate })),
      ...(post?.duplicates ?? []).map((duplicate) => ({ file: post!.file, ...duplicate })),
    ],
    problems,
  };
}
