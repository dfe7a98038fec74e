// GIFT, for Moodle's GIFT import and the Google Forms GIFT add-on. Every text goes through escapeGift.

import type { Quiz, QuizItem } from './types.ts';

/** Text safe anywhere in GIFT: the specials ~ = # { } : and the backslash escaped, newlines as \n. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r\n?|\n/g, '\\n');
}

/** A weight in percent as Moodle writes its grade options (at most 5 decimals, no trailing zeros). */
export function formatWeight(percent: number): string {
  return String(Number(percent.toFixed(5)));
}

function answers(question: QuizItem): string[] {
  if (question.type === 'truefalse') {
    const truth = question.options.find((option) => option.correct)?.id === 'a';
    return [truth ? 'TRUE' : 'FALSE'];
  }
  if (question.type === 'single') return question.options.map((option) => `${option.correct ? '=' : '~'}${escapeGift(option.text)}`);
  // Several right answers: each right one earns its share of 100%, each wrong one takes all of it away.
  const right = question.options.filter((option) => option.correct).length;
  return question.options.map((option) => `~%${option.correct ? formatWeight(100 / right) : '-100'}%${escapeGift(option.text)}`);
}

function renderQuestion(question: QuizItem): string {
  return [
    `::${escapeGift(question.id)}:: ${escapeGift(question.text)} {`,
    ...answers(question).map((line) => `\t${line}`),
    `\t####${escapeGift(question.explanation)}`,
    '}',
  ].join('\n');
}

/** The quiz as a GIFT file: a comment naming it, then one question per block, separated by blank lines. */
export function renderGift(quiz: Quiz): string {
  const heading = `// ${escapeGift(`${quiz.title} | ${quiz.region.name} | ICE data ${quiz.dataAsOf} | version ${quiz.version}, ${quiz.form} | seed ${quiz.seed}`)}`;
  return `${[heading, ...quiz.questions.map(renderQuestion)].join('\n\n')}\n`;
}
