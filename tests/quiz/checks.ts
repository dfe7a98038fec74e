// One check per export: render the quiz, read it back with a real third-party parser, and expect
// every text and every answer to come back exactly.

import { expect } from 'vitest';
import { neutralizeFormula, renderQuizCsv } from '../../generator/quiz/csv.ts';
import { renderGift } from '../../generator/quiz/gift.ts';
import {
  KAHOOT_HEADINGS,
  KAHOOT_LIMITS,
  KAHOOT_TIME_LIMITS,
  kahootText,
  renderKahoot,
} from '../../generator/quiz/kahoot.ts';
import { renderMoodleXml } from '../../generator/quiz/moodle-xml.ts';
import { renderQti } from '../../generator/quiz/qti.ts';
import type { Quiz } from '../../generator/quiz/types.ts';
import { lmsQuestionId } from '../../generator/quiz/lms-id.ts';
import {
  expectValidXml,
  parseCsv,
  parseGift,
  parseXml,
  readKahoot,
  rightTexts,
  shownAsHtml,
  unzip,
  xmlList,
  xmlString,
} from './helpers.ts';

const share = (question: Quiz['questions'][number]) => Number((100 / rightTexts(question).length).toFixed(5));

export function checkGift(quiz: Quiz): void {
  const parsed = parseGift(renderGift(quiz));
  expect(parsed).toHaveLength(quiz.questions.length);
  quiz.questions.forEach((question, index) => {
    const gift = parsed[index]!;
    expect(gift.title).toBe(lmsQuestionId(quiz, question));
    if (gift.type === 'Description' || gift.type === 'Category')
      throw new Error(`${question.id} read back as ${gift.type}`);
    // Moodle shows GIFT texts as HTML.
    expect(shownAsHtml(gift.stem.text)).toBe(question.text);
    expect(shownAsHtml(gift.globalFeedback?.text ?? '')).toBe(question.explanation);
    if (question.type === 'truefalse') {
      expect(gift.type).toBe('TF');
      expect(gift.type === 'TF' && gift.isTrue).toBe(question.options[0]!.correct);
      return;
    }
    expect(gift.type).toBe('MC');
    const choices = gift.type === 'MC' ? gift.choices : [];
    expect(choices.map((choice) => shownAsHtml(choice.text.text))).toEqual(
      question.options.map((option) => option.text),
    );
    if (question.type === 'single') {
      expect(choices.map((choice) => choice.isCorrect)).toEqual(question.options.map((option) => option.correct));
    } else {
      expect(choices.map((choice) => choice.weight)).toEqual(
        question.options.map((option) => (option.correct ? share(question) : -100)),
      );
      expect(choices.reduce((sum, choice) => sum + Math.max(0, choice.weight ?? 0), 0)).toBeCloseTo(100, 3);
    }
  });
}

export async function checkMoodleXml(quiz: Quiz): Promise<void> {
  const xml = renderMoodleXml(quiz);
  await expectValidXml(xml, 'moodle-quiz.xsd');
  const questions = xmlList(parseXml(xml).quiz.question, 'quiz.question');
  expect(questions).toHaveLength(quiz.questions.length);
  quiz.questions.forEach((question, index) => {
    const moodle = questions[index];
    expect(moodle['@_type']).toBe(question.type === 'truefalse' ? 'truefalse' : 'multichoice');
    expect(shownAsHtml(moodle.name.text)).toBe(lmsQuestionId(quiz, question));
    expect(moodle.idnumber).toBe(lmsQuestionId(quiz, question));
    expect(shownAsHtml(moodle.questiontext.text)).toBe(question.text);
    expect(shownAsHtml(moodle.generalfeedback.text)).toBe(question.explanation);
    const answers = moodle.answer.map((answer: any) => ({
      text: shownAsHtml(answer.text),
      fraction: Number(answer['@_fraction']),
    }));
    if (question.type === 'truefalse') {
      expect(answers).toEqual([
        { text: 'true', fraction: question.options[0]!.correct ? 100 : 0 },
        { text: 'false', fraction: question.options[1]!.correct ? 100 : 0 },
      ]);
      return;
    }
    expect(moodle.single).toBe(question.type === 'single' ? 'true' : 'false');
    expect(moodle.shuffleanswers).toBe('0');
    expect(answers).toEqual(
      question.options.map((option) => ({
        text: option.text,
        fraction: option.correct
          ? question.type === 'single'
            ? 100
            : share(question)
          : question.type === 'single'
            ? 0
            : -100,
      })),
    );
  });
}

export async function checkQti(quiz: Quiz): Promise<void> {
  const files = unzip(renderQti(quiz));
  expect(Object.keys(files)).toHaveLength(2);
  await expectValidXml(files['imsmanifest.xml']!, 'ims-manifest.xsd');
  const resources = xmlList(parseXml(files['imsmanifest.xml']!).manifest.resources.resource, 'resource');
  expect(resources.map((resource) => resource['@_type'])).toEqual(['imsqti_xmlv1p2']);
  const href = xmlString(resources[0].file[0]['@_href'], 'resource file href');
  expect(Object.keys(files)).toContain(href);
  await expectValidXml(files[href]!, 'qti-assessment.xsd');
  const assessment = parseXml(files[href]!).questestinterop.assessment;
  expect(assessment['@_title']).toBe(quiz.title);
  expect(assessment['@_ident']).toBe(resources[0]['@_identifier']);
  // Plain text, XML escaping only: no CDATA that an importer could take as a second layer of HTML.
  expect(files[href]!).not.toContain('<![CDATA[');
  const items = xmlList(assessment.section.item, 'section.item');
  expect(items).toHaveLength(quiz.questions.length);
  const canvasType = {
    single: 'multiple_choice_question',
    truefalse: 'true_false_question',
    multiple: 'multiple_answers_question',
  };
  quiz.questions.forEach((question, index) => {
    const item = items[index];
    expect(item['@_title']).toBe(lmsQuestionId(quiz, question));
    expect(item['@_ident']).toBe(`${assessment['@_ident']}-${lmsQuestionId(quiz, question)}`);
    const fields = Object.fromEntries(
      item.itemmetadata.qtimetadata.qtimetadatafield.map((field: any) => [field.fieldlabel, field.fieldentry]),
    );
    expect(fields.question_type).toBe(canvasType[question.type]);
    expect(fields.cc_profile).toMatch(/^cc\.\w+\.v0p1$/);
    const plain = (material: any) => {
      expect(material.mattext['@_texttype']).toBe('text/plain');
      return material.mattext['#text'];
    };
    expect(plain(item.presentation.material)).toBe(question.text);
    const lid = item.presentation.response_lid;
    expect(lid['@_rcardinality']).toBe(question.type === 'multiple' ? 'Multiple' : 'Single');
    const labels = xmlList(lid.render_choice.response_label, 'response_label');
    expect(labels.map((label) => label['@_ident'])).toEqual(question.options.map((option) => option.id));
    expect(labels.map((label) => plain(label.material))).toEqual(question.options.map((option) => option.text));
    const scoring = item.resprocessing.respcondition.find((condition: any) => condition.setvar);
    expect(scoring.setvar['#text']).toBe('100');
    const right = question.options.filter((option) => option.correct).map((option) => option.id);
    if (question.type === 'multiple') {
      expect(scoring.conditionvar.and.varequal.map((value: any) => value['#text'])).toEqual(right);
      expect((scoring.conditionvar.and.not ?? []).map((not: any) => not.varequal[0]['#text'])).toEqual(
        question.options.filter((option) => !option.correct).map((option) => option.id),
      );
    } else {
      expect(scoring.conditionvar.varequal.map((value: any) => value['#text'])).toEqual(right);
    }
    expect(plain(item.itemfeedback.flow_mat.material)).toBe(question.explanation);
  });
}

/** A question as Kahoot asks it: its Kahoot form where it has one. */
export const kahootQuestion = (question: Quiz['questions'][number]) =>
  question.kahoot ? { ...question, text: question.kahoot.text, options: question.kahoot.options } : question;

/** Checks the Kahoot file and returns its warnings. */
export async function checkKahoot(quiz: Quiz): Promise<string[]> {
  const { bytes, warnings } = await renderKahoot(quiz);
  const sheet = await readKahoot(bytes);
  expect(sheet.sheets).toBe(1);
  expect(sheet.title).toBe(kahootText(quiz.title));
  expect(sheet.header).toEqual([null, ...KAHOOT_HEADINGS]);
  const length = (text: string) => [...text].length;
  const asked = quiz.questions.map(kahootQuestion);
  const fits = asked.filter(
    (question) =>
      length(kahootText(question.text)) <= KAHOOT_LIMITS.question &&
      question.options.length <= KAHOOT_LIMITS.answers &&
      question.options.every((option) => length(kahootText(option.text)) <= KAHOOT_LIMITS.answer),
  );
  expect(sheet.rows).toHaveLength(fits.length);
  for (const question of asked.filter((candidate) => !fits.includes(candidate))) {
    expect(warnings.some((warning) => warning.startsWith(`${question.id}: left out`))).toBe(true);
  }
  fits.forEach((question, index) => {
    const [number, text, ...rest] = sheet.rows[index]!;
    expect(number).toBe(index + 1);
    expect(text).toBe(question.text);
    const answers = rest.slice(0, 4);
    expect(answers).toEqual([...question.options.map((option) => option.text), null, null, null, null].slice(0, 4));
    expect(KAHOOT_TIME_LIMITS).toContain(rest[4]);
    expect([20, 30]).toContain(rest[4]);
    const right = question.options.flatMap((option, position) => (option.correct ? [position + 1] : []));
    expect(String(rest[5])).toBe(right.join(','));
    if (right.length > 1)
      expect(warnings.some((warning) => warning.startsWith(`${question.id}: Kahoot marks answers`))).toBe(true);
  });
  return warnings;
}

const unneutralize = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function checkCsv(quiz: Quiz): void {
  const rows = parseCsv(renderQuizCsv(quiz));
  expect(rows[0]).toEqual(['id', 'module', 'type', 'difficulty', 'question', 'options', 'correct', 'explanation']);
  expect(rows).toHaveLength(quiz.questions.length + 1);
  for (const row of rows) for (const cell of row) expect(cell).toBe(neutralizeFormula(unneutralize(cell)));
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  quiz.questions.forEach((question, index) => {
    const row = rows[index + 1]!.map(unneutralize);
    const letters = question.options.map((_, position) => String.fromCharCode(65 + position));
    expect(row).toEqual([
      question.id,
      question.module,
      question.type,
      question.difficulty,
      question.text,
      question.options.map((option, position) => `${letters[position]}: ${option.text}`).join('; '),
      question.options.flatMap((option, position) => (option.correct ? [letters[position]] : [])).join(', '),
      question.explanation,
    ]);
  });
}
