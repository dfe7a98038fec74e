// The id a question carries in an LMS (GIFT ::title::, Moodle XML idnumber, QTI item ident and title).

import type { Quiz, QuizItem } from './types.ts';

/**
 * The curriculum id with the quiz's language, version and form, e.g. "limits-3-es-B-post", so that the
 * en and es quizzes, versions A and B, or the pre and post forms imported into one Moodle category or
 * Canvas bank stay separate questions instead of colliding.
 */
export function lmsQuestionId(
  quiz: Pick<Quiz, 'language' | 'version' | 'form'>,
  question: Pick<QuizItem, 'id'>,
): string {
  return `${question.id}-${quiz.language}-${quiz.version}-${quiz.form}`;
}
