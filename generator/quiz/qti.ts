// A QTI 1.2 package for Canvas (Settings > Import course content > QTI .zip file): imsmanifest.xml and
// one assessment. Every text goes through escapeXml; learner-facing texts are plain text (see mattext).

import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type { Quiz, QuizItem } from './types.ts';
import { lmsQuestionId } from './lms-id.ts';
import { escapeXml } from './xml.ts';

const CANVAS_TYPES = {
  single: { questionType: 'multiple_choice_question', profile: 'cc.multiple_choice.v0p1', cardinality: 'Single' },
  truefalse: { questionType: 'true_false_question', profile: 'cc.true_false.v0p1', cardinality: 'Single' },
  multiple: {
    questionType: 'multiple_answers_question',
    profile: 'cc.multiple_response.v0p1',
    cardinality: 'Multiple',
  },
} as const;

// fflate writes DOS times from a Date's local fields; a Date built from local fields gives the same
// bytes in every time zone.
const ZIP_TIME = new Date(2000, 0, 1, 0, 0, 0);

/** The assessment's identifier: stable for the same quiz, different for each version and form, so that
 * importing version B does not overwrite version A's questions in Canvas. */
export function qtiIdentifier(quiz: Quiz): string {
  const key = [
    quiz.region.id,
    quiz.language,
    quiz.seed,
    quiz.version,
    quiz.form,
    quiz.questions.map((question) => question.id).join(','),
  ].join('|');
  return `g${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

const metadata = (fields: [string, string][], indent: string) =>
  [
    `${indent}<qtimetadata>`,
    ...fields.flatMap(([label, entry]) => [
      `${indent}  <qtimetadatafield>`,
      `${indent}    <fieldlabel>${escapeXml(label)}</fieldlabel>`,
      `${indent}    <fieldentry>${escapeXml(entry)}</fieldentry>`,
      `${indent}  </qtimetadatafield>`,
    ]),
    `${indent}</qtimetadata>`,
  ].join('\n');

// Why text/plain, XML-escaped, no CDATA: Canvas Classic takes text/html mattext as HTML after the XML
// parser has read it, so HTML-escaped text inside CDATA shows right there; New Quizzes decodes that
// escaped HTML once more and would show "<b>" as bold (and "&amp;" as "&"). The two disagree on how many
// HTML layers there are, so the kit sends none: texttype="text/plain" says the text is not markup, and
// the only escaping is XML's, which every XML parser undoes exactly once. What both importers get is
// the kit's text itself, to show as text.
const mattext = (text: string, indent: string) =>
  `${indent}<material>\n${indent}  <mattext texttype="text/plain">${escapeXml(text)}</mattext>\n${indent}</material>`;

function scoring(question: QuizItem): string {
  const right = question.options.filter((option) => option.correct);
  const condition =
    question.type === 'multiple'
      ? [
          '              <and>',
          ...question.options.flatMap((option) =>
            option.correct
              ? [`                <varequal respident="response1">${escapeXml(option.id)}</varequal>`]
              : [
                  '                <not>',
                  `                  <varequal respident="response1">${escapeXml(option.id)}</varequal>`,
                  '                </not>',
                ],
          ),
          '              </and>',
        ].join('\n')
      : `              <varequal respident="response1">${escapeXml(right[0]?.id ?? '')}</varequal>`;
  return [
    '          <respcondition continue="Yes">',
    '            <conditionvar>\n              <other/>\n            </conditionvar>',
    '            <displayfeedback feedbacktype="Response" linkrefid="general_fb"/>',
    '          </respcondition>',
    '          <respcondition continue="No">',
    `            <conditionvar>\n${condition}\n            </conditionvar>`,
    '            <setvar action="Set" varname="SCORE">100</setvar>',
    '          </respcondition>',
  ].join('\n');
}

function renderItem(quiz: Quiz, question: QuizItem, assessment: string): string {
  const kind = CANVAS_TYPES[question.type];
  const id = lmsQuestionId(quiz, question);
  return [
    `      <item ident="${escapeXml(`${assessment}-${id}`)}" title="${escapeXml(id)}">`,
    '        <itemmetadata>',
    metadata(
      [
        ['cc_profile', kind.profile],
        ['question_type', kind.questionType],
        ['points_possible', '1.0'],
        ['original_answer_ids', question.options.map((option) => option.id).join(',')],
      ],
      '          ',
    ),
    '        </itemmetadata>',
    '        <presentation>',
    mattext(question.text, '          '),
    `          <response_lid ident="response1" rcardinality="${kind.cardinality}">`,
    '            <render_choice>',
    ...question.options.flatMap((option) => [
      `              <response_label ident="${escapeXml(option.id)}">`,
      mattext(option.text, '                '),
      '              </response_label>',
    ]),
    '            </render_choice>',
    '          </response_lid>',
    '        </presentation>',
    '        <resprocessing>',
    '          <outcomes>',
    '            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>',
    '          </outcomes>',
    scoring(question),
    '        </resprocessing>',
    '        <itemfeedback ident="general_fb">',
    '          <flow_mat>',
    mattext(question.explanation, '            '),
    '          </flow_mat>',
    '        </itemfeedback>',
    '      </item>',
  ].join('\n');
}

/** The assessment XML (questestinterop) of the package. */
export function renderQtiAssessment(quiz: Quiz, identifier = qtiIdentifier(quiz)): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">',
    `  <assessment ident="${escapeXml(identifier)}" title="${escapeXml(quiz.title)}">`,
    metadata([['cc_maxattempts', '1']], '    '),
    '    <section ident="root_section">',
    ...quiz.questions.map((question) => renderItem(quiz, question, identifier)),
    '    </section>',
    '  </assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
}

/** imsmanifest.xml, naming the assessment file as a QTI 1.2 resource. */
export function renderQtiManifest(identifier: string, assessmentPath: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(`${identifier}_manifest`)}" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">`,
    '  <metadata>',
    '    <schema>IMS Content</schema>',
    '    <schemaversion>1.1.3</schemaversion>',
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    `    <resource identifier="${escapeXml(identifier)}" type="imsqti_xmlv1p2">`,
    `      <file href="${escapeXml(assessmentPath)}"/>`,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The zip's bytes: the same quiz always gives the same bytes (fixed timestamps, fixed order). */
export function renderQti(quiz: Quiz): Uint8Array {
  const identifier = qtiIdentifier(quiz);
  const assessmentPath = `${identifier}/${identifier}.xml`;
  return zipSync(
    {
      'imsmanifest.xml': [strToU8(renderQtiManifest(identifier, assessmentPath)), { mtime: ZIP_TIME }],
      [assessmentPath]: [strToU8(renderQtiAssessment(quiz, identifier)), { mtime: ZIP_TIME }],
    },
    { level: 6 },
  );
}
