// GIFT, for Moodle's GIFT import and the Google Forms GIFT add-on. Moodle reads a GIFT question's
// text, answers and feedback as HTML, so every such text goes through escapeGiftHtml; the title and
// the heading comment, which are not HTML, through escapeGift.

import { lmsQuestionId } from './lms-id.ts';
import type { Quiz, QuizItem } from './types.ts';

/** Text safe anywhere in GIFT: the specials ~ = # { } : and the backslash escaped, newlines as \n. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r\n?|\n/g, '\\n');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text that Moodle shows exactly as written: & < > as HTML entities (so "<b>", "&amp;" or "<br/>" in a
 * name is not markup), then GIFT's own escapes. The entities hold no GIFT special (no "#").
 */
export function escapeGiftHtml(text: string): string {
  return escapeGift(text.replace(/[&<>]/g, (char) => HTML_ENTITIES[char]!));
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
  if (question.type === 'single')
    return question.options.map((option) => `${option.correct ? '=' : '~'}${escapeGiftHtml(option.text)}`);
  // Several right answers: each right one earns its share of 100%, each wrong one takes all of it away.
  const right = question.options.filter((option) => option.correct).length;
  return question.options.map(
    (option) => `~%${option.correct ? formatWeight(100 / right) : '-100'}%${escapeGiftHtml(option.text)}`,
  );
}

function renderQuestion(quiz: Quiz, question: QuizItem): string {
  return [
    `::${escapeGift(lmsQuestionId(quiz, question))}:: ${escapeGiftHtml(question.text)} {`,
    ...answers(question).map((line) => `\t${line}`),
    `\t####${escapeGiftHtml(question.explanation)}`,
    '}',
  ].join('\n');
}

/** The quiz as a GIFT file: a comment naming it, then one question per block, separated by blank lines. */
export function renderGift(quiz: Quiz): string {
  const name =
    `${quiz.title} | ${quiz.region.name} | ICE data ${quiz.dataAsOf} | ` +
    `version ${quiz.version}, ${quiz.form} | seed ${quiz.seed}`;
  const heading = `// ${escapeGift(name)}`;
  return `${[heading, ...quiz.questions.map((question) => renderQuestion(quiz, question))].join('\n\n')}\n`;
}
