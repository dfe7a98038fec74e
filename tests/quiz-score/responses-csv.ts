// A Google Forms response CSV made from a quiz the kit wrote, for the tests that score kit quizzes end to end.

import Papa from 'papaparse';
import type { Quiz } from '../../generator/quiz/types.ts';

/** A Google Forms CSV: one row per person, answering right except for the questions listed as wrong. */
export function responsesCsv(quiz: Quiz, people: { email: string; wrong: number[] }[]): string {
  const answer = (index: number, wrong: boolean) => {
    const options = quiz.questions[index]!.options;
    return wrong
      ? options.find((option) => !option.correct)!.text
      : options
          .filter((option) => option.correct)
          .map((option) => option.text)
          .join(', ');
  };
  const header = ['Timestamp', 'Email Address', ...quiz.questions.map((question) => question.text)];
  const rows = people.map((person, row) => [
    `2026/12/05 7:0${row}:00 PM GMT-6`,
    person.email,
    ...quiz.questions.map((_, index) => answer(index, person.wrong.includes(index))),
  ]);
  return `${Papa.unparse([header, ...rows], { newline: '\r\n' })}\r\n`;
}
