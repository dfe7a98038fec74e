// Moodle XML: multichoice (one or several right answers) and truefalse questions. Every text goes
// through escapeXml, inside CDATA where Moodle reads it as HTML (see htmlField).

import { formatWeight } from './gift.ts';
import { lmsQuestionId } from './lms-id.ts';
import type { Quiz, QuizItem } from './types.ts';
import { escapeXml, htmlField } from './xml.ts';

const field = (tag: string, text: string, indent: string) =>
  `${indent}<${tag} format="html">\n${indent}  <text>${htmlField(text)}</text>\n${indent}</${tag}>`;

function common(quiz: Quiz, question: QuizItem): string[] {
  return [
    `    <name>\n      <text>${htmlField(lmsQuestionId(quiz, question))}</text>\n    </name>`,
    field('questiontext', question.text, '    '),
    field('generalfeedback', question.explanation, '    '),
    '    <defaultgrade>1</defaultgrade>',
  ];
}

function answer(fraction: string, text: string, format: 'html' | 'moodle_auto_format'): string {
  return [
    `    <answer fraction="${fraction}" format="${format}">`,
    `      <text>${htmlField(text)}</text>`,
    '      <feedback format="html">',
    '        <text></text>',
    '      </feedback>',
    '    </answer>',
  ].join('\n');
}

function renderQuestion(quiz: Quiz, question: QuizItem): string {
  if (question.type === 'truefalse') {
    // Moodle shows its own True/False labels; the answers must be the words "true" and "false".
    const truth = question.options.find((option) => option.correct)?.id === 'a';
    return [
      '  <question type="truefalse">',
      ...common(quiz, question),
      '    <penalty>1</penalty>',
      '    <hidden>0</hidden>',
      `    <idnumber>${escapeXml(lmsQuestionId(quiz, question))}</idnumber>`,
      answer(truth ? '100' : '0', 'true', 'moodle_auto_format'),
      answer(truth ? '0' : '100', 'false', 'moodle_auto_format'),
      '  </question>',
    ].join('\n');
  }
  const right = question.options.filter((option) => option.correct).length;
  const single = question.type === 'single';
  const fraction = (correct: boolean) => (correct ? formatWeight(100 / (single ? 1 : right)) : single ? '0' : '-100');
  return [
    '  <question type="multichoice">',
    ...common(quiz, question),
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(lmsQuestionId(quiz, question))}</idnumber>`,
    `    <single>${single ? 'true' : 'false'}</single>`,
    // The options are already in this version's order.
    '    <shuffleanswers>0</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    ...question.options.map((option) => answer(fraction(option.correct), option.text, 'html')),
    '  </question>',
  ].join('\n');
}

/** The quiz as a Moodle XML question file (UTF-8). */
export function renderMoodleXml(quiz: Quiz): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    ...quiz.questions.map((question) => renderQuestion(quiz, question)),
    '</quiz>',
    '',
  ].join('\n');
}
