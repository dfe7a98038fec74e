// Written to kill the mutants Stryker found alive in the quiz exports (npm run mutate -- quiz): a three-question
// quiz whose exports are compared with the text typed out here, so a changed escape, weight or tag shows.

import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { neutralizeFormula, renderQuizCsv } from '../../generator/quiz/csv.ts';
import { escapeGift, escapeGiftHtml, formatWeight, renderGift } from '../../generator/quiz/gift.ts';
import { kahootText, renderKahoot } from '../../generator/quiz/kahoot.ts';
import { renderMoodleXml } from '../../generator/quiz/moodle-xml.ts';
import { qtiIdentifier, renderQti, renderQtiAssessment, renderQtiManifest } from '../../generator/quiz/qti.ts';
import type { Quiz } from '../../generator/quiz/types.ts';
import { escapeXml, htmlField } from '../../generator/quiz/xml.ts';

const quiz: Quiz = {
  format: 1,
  language: 'en',
  title: 'Q & A',
  region: { id: 'tx/harris-county', name: 'Harris County, Texas' },
  dataAsOf: '2026-05-18',
  seed: 's1',
  version: 'A',
  form: 'pre',
  questions: [
    {
      id: 'one',
      module: 'limits',
      objective: 'o',
      type: 'single',
      difficulty: 'easy',
      text: 'Pick <b>"x"</b>',
      sources: [],
      fromData: false,
      options: [
        { id: 'a', text: 'Yes & no', correct: true },
        { id: 'b', text: "It's =1", correct: false },
      ],
      explanation: 'Because: {x}',
    },
    {
      id: 'two',
      module: 'limits',
      objective: 'o',
      type: 'truefalse',
      difficulty: 'medium',
      text: 'True?',
      sources: [],
      fromData: false,
      options: [
        { id: 'a', text: 'True', correct: false },
        { id: 'b', text: 'False', correct: true },
      ],
      explanation: 'No.',
    },
    {
      id: 'three',
      module: 'limits',
      objective: 'o',
      type: 'multiple',
      difficulty: 'hard',
      text: 'All that apply',
      sources: [],
      fromData: false,
      options: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B', correct: true },
        { id: 'c', text: 'C', correct: true },
        { id: 'd', text: 'D', correct: false },
      ],
      explanation: 'ABC',
    },
  ],
};

describe('the escape functions, character by character', () => {
  test('XML drops what XML 1.0 cannot hold and writes the five specials as entities', () => {
    expect(escapeXml('a\u0000\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\t\n\r&<>"\'b')).toBe(
      'a\t\n\r&amp;&lt;&gt;&quot;&#39;b',
    );
    expect(htmlField('x]]>y')).toBe('<![CDATA[x]]&gt;y]]>');
    expect(htmlField('<i>')).toBe('<![CDATA[&lt;i&gt;]]>');
  });

  test('GIFT escapes each special and each kind of line break', () => {
    expect(escapeGift('a\r\nb\rc\nd')).toBe('a\\nb\\nc\\nd');
    expect(escapeGiftHtml('"x" \'y\'')).toBe('"x" \'y\'');
    expect(formatWeight(100 / 3)).toBe('33.33333');
    expect(formatWeight(50)).toBe('50');
  });

  test('CSV neutralizes only cells starting with a formula character', () => {
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', 'a=1', ' =1', ''].map(neutralizeFormula)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "'\rx",
      'a=1',
      ' =1',
      '',
    ]);
  });

  test('Kahoot text is one line with control characters as spaces', () => {
    expect(kahootText(' a\u0000b\u007Fc\n\n d\u00A0\u00A0e ')).toBe('a b c d e');
  });
});

describe('each export of a small quiz', () => {
  test('GIFT', () => {
    expect(renderGift(quiz)).toBe(
      [
        '// Q & A | Harris County, Texas | ICE data 2026-05-18 | version A, pre | seed s1',
        '',
        '::one-en-A-pre:: Pick &lt;b&gt;"x"&lt;/b&gt; {\n\t=Yes &amp; no\n\t~It\'s \\=1\n\t####Because\\: \\{x\\}\n}',
        '',
        '::two-en-A-pre:: True? {\n\tFALSE\n\t####No.\n}',
        '',
        '::three-en-A-pre:: All that apply {\n\t~%33.33333%A\n\t~%33.33333%B\n\t~%33.33333%C\n\t~%-100%D\n\t####ABC\n}',
        '',
      ].join('\n'),
    );
    expect(
      renderGift({
        ...quiz,
        questions: [
          {
            ...quiz.questions[1]!,
            options: [
              { id: 'a', text: 'True', correct: true },
              { id: 'b', text: 'False', correct: false },
            ],
          },
        ],
      }),
    ).toContain('{\n\tTRUE\n');
  });

  test('Moodle XML', () => {
    const xml = renderMoodleXml(quiz);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<quiz>\n' +
          '  <question type="multichoice">\n' +
          '    <name>\n' +
          '      <text><![CDATA[one-en-A-pre]]></text>\n' +
          '    </name>\n' +
          '    <questiontext format="html">\n' +
          '      <text><![CDATA[Pick &lt;b&gt;&quot;x&quot;&lt;/b&gt;]]></text>\n' +
          '    </questiontext>\n' +
          '    <generalfeedback format="html">\n' +
          '      <text><![CDATA[Because: {x}]]></text>\n' +
          '    </generalfeedback>\n' +
          '    <defaultgrade>1</defaultgrade>\n' +
          '    <penalty>0.3333333</penalty>\n' +
          '    <hidden>0</hidden>\n' +
          '    <idnumber>one-en-A-pre</idnumber>\n' +
          '    <single>true</single>\n' +
          '    <shuffleanswers>0</shuffleanswers>\n' +
          '    <answernumbering>abc</answernumbering>\n' +
          '    <answer fraction="100" format="html">\n' +
          '      <text><![CDATA[Yes &amp; no]]></text>\n' +
          '      <feedback format="html">\n' +
          '        <text></text>\n' +
          '      </feedback>\n' +
          '    </answer>\n' +
          '    <answer fraction="0" format="html">',
      ),
    ).toBe(true);
    expect(xml).toContain('  <question type="truefalse">\n');
    expect(xml).toContain(
      '    <penalty>1</penalty>\n' +
        '    <hidden>0</hidden>\n' +
        '    <idnumber>two-en-A-pre</idnumber>\n' +
        '    <answer fraction="0" format="moodle_auto_format">\n' +
        '      <text><![CDATA[true]]></text>',
    );
    expect(xml).toContain('<answer fraction="100" format="moodle_auto_format">\n      <text><![CDATA[false]]></text>');
    expect(xml.match(/<answer fraction="[^"]+"/g)).toEqual([
      '<answer fraction="100"',
      '<answer fraction="0"',
      '<answer fraction="0"',
      '<answer fraction="100"',
      '<answer fraction="33.33333"',
      '<answer fraction="33.33333"',
      '<answer fraction="33.33333"',
      '<answer fraction="-100"',
    ]);
    expect(xml).toContain('<single>false</single>');
    expect(xml.endsWith('  </question>\n</quiz>\n')).toBe(true);
  });

  test('Canvas QTI', () => {
    const id = qtiIdentifier(quiz);
    expect(id).toMatch(/^g[0-9a-f]{32}$/);
    expect(qtiIdentifier({ ...quiz, version: 'B' })).not.toBe(id);
    expect(qtiIdentifier({ ...quiz, form: 'post' })).not.toBe(id);
    expect(qtiIdentifier({ ...quiz, language: 'es' })).not.toBe(id);
    expect(qtiIdentifier({ ...quiz, seed: 's2' })).not.toBe(id);
    expect(qtiIdentifier({ ...quiz, region: { ...quiz.region, id: 'tx' } })).not.toBe(id);
    expect(qtiIdentifier({ ...quiz, questions: quiz.questions.slice(1) })).not.toBe(id);
    const xml = renderQtiAssessment(quiz, 'gID');
    expect(xml).toContain(
      `  <assessment ident="gID" title="Q &amp; A">\n` +
        `    <qtimetadata>\n` +
        `      <qtimetadatafield>\n` +
        `        <fieldlabel>cc_maxattempts</fieldlabel>\n` +
        `        <fieldentry>1</fieldentry>`,
    );
    expect(xml).toContain('      <item ident="gID-one-en-A-pre" title="one-en-A-pre">');
    expect(xml).toContain('<fieldentry>multiple_choice_question</fieldentry>');
    expect(xml).toContain('<fieldentry>cc.true_false.v0p1</fieldentry>');
    expect(xml).toContain('<fieldentry>multiple_answers_question</fieldentry>');
    expect(xml).toContain('<fieldentry>a,b,c,d</fieldentry>');
    expect(xml).toContain('<mattext texttype="text/plain">Pick &lt;b&gt;&quot;x&quot;&lt;/b&gt;</mattext>');
    expect(xml).toContain('<response_lid ident="response1" rcardinality="Multiple">');
    expect(xml.match(/rcardinality="\w+"/g)).toEqual([
      'rcardinality="Single"',
      'rcardinality="Single"',
      'rcardinality="Multiple"',
    ]);
    expect(xml).toContain(
      '<conditionvar>\n              <varequal respident="response1">a</varequal>\n            </conditionvar>',
    );
    expect(xml).toContain(
      '<conditionvar>\n              <varequal respident="response1">b</varequal>\n            </conditionvar>',
    );
    expect(xml).toContain(
      '              <and>\n' +
        '                <varequal respident="response1">a</varequal>\n' +
        '                <varequal respident="response1">b</varequal>\n' +
        '                <varequal respident="response1">c</varequal>\n' +
        '                <not>\n' +
        '                  <varequal respident="response1">d</varequal>\n' +
        '                </not>\n' +
        '              </and>',
    );
    expect(xml).toContain('<setvar action="Set" varname="SCORE">100</setvar>');
    expect(xml.endsWith('  </assessment>\n</questestinterop>\n')).toBe(true);
    expect(renderQtiManifest('gID', 'gID/gID.xml')).toContain('<manifest identifier="gID_manifest"');
    expect(renderQtiManifest('gID', 'a&b.xml')).toContain(
      '    <resource identifier="gID" type="imsqti_xmlv1p2">\n      <file href="a&amp;b.xml"/>\n    </resource>',
    );
    const files = unzipSync(renderQti(quiz));
    expect(Object.keys(files)).toEqual(['imsmanifest.xml', `${id}/${id}.xml`]);
    expect(strFromU8(files[`${id}/${id}.xml`]!)).toBe(renderQtiAssessment(quiz, id));
  });

  test('CSV', () => {
    expect(renderQuizCsv(quiz)).toBe(
      '\uFEFF"id","module","type","difficulty","question","options","correct","explanation"\r\n' +
        '"one","limits","single","easy","Pick <b>""x""</b>","A: Yes & no; B: It\'s =1","A","Because: {x}"\r\n' +
        '"two","limits","truefalse","medium","True?","A: True; B: False","B","No."\r\n' +
        '"three","limits","multiple","hard","All that apply","A: A; B: B; C: C; D: D","A, B, C","ABC"\r\n',
    );
  });

  test('Kahoot: rows, time limits, right answers and what is left out', async () => {
    const long = { ...quiz.questions[0]!, id: 'long', text: 'x'.repeat(121) };
    const five = {
      ...quiz.questions[0]!,
      id: 'five',
      options: 'abcde'.split('').map((id) => ({ id, text: id, correct: id === 'a' })),
    };
    const wide = {
      ...quiz.questions[0]!,
      id: 'wide',
      options: [
        { id: 'a', text: 'y'.repeat(76), correct: true },
        { id: 'b', text: 'n', correct: false },
      ],
    };
    const none = {
      ...quiz.questions[0]!,
      id: 'none',
      options: [
        { id: 'a', text: 'y', correct: false },
        { id: 'b', text: 'n', correct: false },
      ],
    };
    const edge = {
      ...quiz.questions[1]!,
      id: 'edge',
      text: 'e'.repeat(120),
      difficulty: 'easy' as const,
      options: [
        { id: 'a', text: 'z'.repeat(75), correct: true },
        { id: 'b', text: 'n', correct: false },
      ],
    };
    const mid = { ...quiz.questions[1]!, id: 'mid', text: 'm'.repeat(81), difficulty: 'easy' as const };
    const short = { ...quiz.questions[1]!, id: 'short', text: 'm'.repeat(80), difficulty: 'easy' as const };
    const { bytes, warnings } = await renderKahoot({
      ...quiz,
      questions: [...quiz.questions, long, five, wide, none, edge, mid, short],
    });
    expect(warnings).toEqual([
      'three: Kahoot marks answers 1, 2, 3 correct; in a classic quiz one of them earns the points, unless you ' +
        'set the question to multi-select in Kahoot.',
      'long: left out of the Kahoot file because the question has 121 characters (Kahoot allows 120).',
      'five: left out of the Kahoot file because it has 5 answers (Kahoot allows 4).',
      'wide: left out of the Kahoot file because answer 1 has 76 characters (Kahoot allows 75).',
      'none: left out of the Kahoot file because no answer is marked correct.',
    ]);
    // Read with exceljs here rather than tests/quiz/helpers.ts, which loads the whole build: Stryker reruns this file
    // per mutant.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('B2').value).toBe('Q & A');
    expect(sheet.getCell('B3').value).toBe('Harris County, Texas | ICE data 2026-05-18 | version A, pre | seed s1');
    const rows = [9, 10, 11, 12, 13, 14, 15].map((number) =>
      [1, 2, 3, 4, 7, 8].map((column) => sheet.getRow(number).getCell(column).value),
    );
    expect(rows).toEqual([
      [1, 'Pick <b>"x"</b>', 'Yes & no', "It's =1", 20, 1],
      [2, 'True?', 'True', 'False', 20, 2],
      [3, 'All that apply', 'A', 'B', 30, '1,2,3'],
      [4, 'e'.repeat(120), 'z'.repeat(75), 'n', 30, 1],
      [5, 'm'.repeat(81), 'True', 'False', 30, 2],
      [6, 'm'.repeat(80), 'True', 'False', 20, 2],
      [null, null, null, null, null, null],
    ]);
  });
});

describe('the whole of a one-question export, line by line', () => {
  const one: Quiz = {
    ...quiz,
    questions: [
      {
        ...quiz.questions[0]!,
        options: [
          { id: 'a', text: 'Yes', correct: false },
          { id: 'b', text: 'No', correct: true },
        ],
      },
    ],
  };

  test('QTI assessment and manifest', () => {
    expect(renderQtiAssessment(one, 'gID')).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
  <assessment ident="gID" title="Q &amp; A">
    <qtimetadata>
      <qtimetadatafield>
        <fieldlabel>cc_maxattempts</fieldlabel>
        <fieldentry>1</fieldentry>
      </qtimetadatafield>
    </qtimetadata>
    <section ident="root_section">
      <item ident="gID-one-en-A-pre" title="one-en-A-pre">
        <itemmetadata>
          <qtimetadata>
            <qtimetadatafield>
              <fieldlabel>cc_profile</fieldlabel>
              <fieldentry>cc.multiple_choice.v0p1</fieldentry>
            </qtimetadatafield>
            <qtimetadatafield>
              <fieldlabel>question_type</fieldlabel>
              <fieldentry>multiple_choice_question</fieldentry>
            </qtimetadatafield>
            <qtimetadatafield>
              <fieldlabel>points_possible</fieldlabel>
              <fieldentry>1.0</fieldentry>
            </qtimetadatafield>
            <qtimetadatafield>
              <fieldlabel>original_answer_ids</fieldlabel>
              <fieldentry>a,b</fieldentry>
            </qtimetadatafield>
          </qtimetadata>
        </itemmetadata>
        <presentation>
          <material>
            <mattext texttype="text/plain">Pick &lt;b&gt;&quot;x&quot;&lt;/b&gt;</mattext>
          </material>
          <response_lid ident="response1" rcardinality="Single">
            <render_choice>
              <response_label ident="a">
                <material>
                  <mattext texttype="text/plain">Yes</mattext>
                </material>
              </response_label>
              <response_label ident="b">
                <material>
                  <mattext texttype="text/plain">No</mattext>
                </material>
              </response_label>
            </render_choice>
          </response_lid>
        </presentation>
        <resprocessing>
          <outcomes>
            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>
          </outcomes>
          <respcondition continue="Yes">
            <conditionvar>
              <other/>
            </conditionvar>
            <displayfeedback feedbacktype="Response" linkrefid="general_fb"/>
          </respcondition>
          <respcondition continue="No">
            <conditionvar>
              <varequal respident="response1">b</varequal>
            </conditionvar>
            <setvar action="Set" varname="SCORE">100</setvar>
          </respcondition>
        </resprocessing>
        <itemfeedback ident="general_fb">
          <flow_mat>
            <material>
              <mattext texttype="text/plain">Because: {x}</mattext>
            </material>
          </flow_mat>
        </itemfeedback>
      </item>
    </section>
  </assessment>
</questestinterop>
`);
    expect(renderQtiManifest('gID', 'gID/gID.xml')).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="gID_manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">
  <metadata>
    <schema>IMS Content</schema>
    <schemaversion>1.1.3</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="gID" type="imsqti_xmlv1p2">
      <file href="gID/gID.xml"/>
    </resource>
  </resources>
</manifest>
`);
  });

  test('QTI identifiers depend on the question ids, in order', () => {
    const swapped = { ...quiz, questions: [quiz.questions[1]!, quiz.questions[0]!, quiz.questions[2]!] };
    expect(qtiIdentifier(swapped)).not.toBe(qtiIdentifier(quiz));
    const renamed = {
      ...quiz,
      questions: [{ ...quiz.questions[0]!, id: 'onex' }, quiz.questions[1]!, quiz.questions[2]!],
    };
    expect(qtiIdentifier(renamed)).not.toBe(qtiIdentifier(quiz));
    // Each part is kept apart: moving a letter from one part to the next gives another identifier.
    const ids = (first: string, second: string) =>
      qtiIdentifier({
        ...quiz,
        questions: [
          { ...quiz.questions[0]!, id: first },
          { ...quiz.questions[1]!, id: second },
        ],
      });
    expect(ids('ab', 'c')).not.toBe(ids('a', 'bc'));
    expect(qtiIdentifier({ ...quiz, region: { ...quiz.region, id: 'tx/a' }, language: 'b' })).not.toBe(
      qtiIdentifier({ ...quiz, region: { ...quiz.region, id: 'tx/' }, language: 'ab' }),
    );
  });

  test('a true/false question whose answer is True, in Moodle XML and GIFT', () => {
    const yes: Quiz = {
      ...quiz,
      questions: [
        {
          ...quiz.questions[1]!,
          options: [
            { id: 'a', text: 'True', correct: true },
            { id: 'b', text: 'False', correct: false },
          ],
        },
      ],
    };
    expect(renderMoodleXml(yes)).toContain(
      '    <idnumber>two-en-A-pre</idnumber>\n' +
        '    <answer fraction="100" format="moodle_auto_format">\n' +
        '      <text><![CDATA[true]]></text>\n' +
        '      <feedback format="html">\n' +
        '        <text></text>\n' +
        '      </feedback>\n' +
        '    </answer>\n' +
        '    <answer fraction="0" format="moodle_auto_format">\n' +
        '      <text><![CDATA[false]]></text>\n' +
        '      <feedback format="html">\n' +
        '        <text></text>\n' +
        '      </feedback>\n' +
        '    </answer>\n' +
        '  </question>\n' +
        '</quiz>\n',
    );
    const none: Quiz = {
      ...quiz,
      questions: [
        {
          ...quiz.questions[1]!,
          options: [
            { id: 'a', text: 'True', correct: false },
            { id: 'b', text: 'False', correct: false },
          ],
        },
      ],
    };
    expect(renderMoodleXml(none)).toContain(
      '<answer fraction="0" format="moodle_auto_format">\n      <text><![CDATA[true]]></text>',
    );
    expect(renderGift(none)).toContain('{\n\tFALSE\n');
  });

  test('Kahoot: more time for choose-all or hard questions, instructions line, each reason to skip one', async () => {
    const easyAll = { ...quiz.questions[2]!, id: 'all', difficulty: 'easy' as const };
    const hard = { ...quiz.questions[0]!, id: 'hard', difficulty: 'hard' as const };
    const both = {
      ...quiz.questions[0]!,
      id: 'both',
      text: 'x'.repeat(121),
      options: [
        { id: 'a', text: 'y', correct: false },
        { id: 'b', text: 'n', correct: false },
      ],
    };
    const { bytes, warnings } = await renderKahoot({ ...quiz, questions: [easyAll, hard, both] });
    expect(warnings[1]).toBe(
      'both: left out of the Kahoot file because the question has 121 characters (Kahoot allows 120); no answer ' +
        'is marked correct.',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('B4').value).toBe(
      'In Kahoot: Create > Import spreadsheet. Questions up to 120 characters, answers up to 75, 2 to 4 answers.',
    );
    expect([sheet.getRow(9).getCell(7).value, sheet.getRow(10).getCell(7).value]).toEqual([30, 30]);
    expect(workbook.creator).toBe('workshop-kit-287g');
    expect(sheet.getRow(8).getCell(2).value).toBe('Question - max 120 characters');
    expect(sheet.getRow(8).getCell(8).value).toBe('Correct answer(s) - choose at least one');
  });
});
