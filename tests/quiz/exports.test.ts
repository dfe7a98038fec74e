// Every export read back by a real parser: a quiz full of each format's special characters comes
// back exactly, and the same quiz always gives the same bytes.

import { describe, expect, it } from 'vitest';
import { neutralizeFormula, renderQuizCsv } from '../../generator/quiz/csv.ts';
import { escapeGift, escapeGiftHtml, renderGift } from '../../generator/quiz/gift.ts';
import { renderQuizJson } from '../../generator/quiz/json.ts';
import { renderKahoot } from '../../generator/quiz/kahoot.ts';
import { renderMoodleXml } from '../../generator/quiz/moodle-xml.ts';
import { renderQti } from '../../generator/quiz/qti.ts';
import { renderQuizExports } from '../../generator/quiz/exports.ts';
import { escapeXml, htmlField } from '../../generator/quiz/xml.ts';
import { checkCsv, checkGift, checkKahoot, checkMoodleXml, checkQti } from './checks.ts';
import { lmsQuestionId } from '../../generator/quiz/lms-id.ts';
import type { Quiz } from '../../generator/quiz/types.ts';
import { hostileQuiz, parseGift, parseXml, readKahoot, shownAsHtml, unzip, xmlList } from './helpers.ts';

// 2000-01-01 00:00 as a zip entry's DOS date and time.
const FIXED_DOS_TIME = `${((2000 - 1980) << 9) | (1 << 5) | 1}:0`;

/** The DOS date and time of each local file header in a zip, as "date:time". */
function zipEntryTimes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const times: string[] = [];
  for (let offset = 0; offset + 30 <= bytes.length;) {
    if (view.getUint32(offset, true) !== 0x04034b50) break;
    times.push(`${view.getUint16(offset + 12, true)}:${view.getUint16(offset + 10, true)}`);
    const size = view.getUint32(offset + 18, true);
    offset += 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) + size;
  }
  expect(times.length).toBeGreaterThan(1);
  return times;
}

/** The compression method of each local file header in a zip (0 stored, 8 deflated). */
function zipEntryMethods(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const methods: number[] = [];
  for (let offset = 0; offset + 30 <= bytes.length;) {
    if (view.getUint32(offset, true) !== 0x04034b50) break;
    methods.push(view.getUint16(offset + 8, true));
    offset +=
      30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true) + view.getUint32(offset + 18, true);
  }
  return methods;
}

describe('the Kahoot file', () => {
  it('has every part deflated, although exceljs is asked for a stored zip that the kit repacks', async () => {
    const methods = zipEntryMethods((await renderKahoot(hostileQuiz())).bytes);
    expect(methods.length).toBeGreaterThan(5);
    expect(new Set(methods)).toEqual(new Set([8]));
  });
});

describe("a question with every format's special characters", () => {
  const quiz = hostileQuiz();

  it('survives GIFT exactly, as gift-pegjs reads it', () => checkGift(quiz));
  it('survives Moodle XML exactly, valid against the XSD of what the kit emits', () => checkMoodleXml(quiz));
  it('survives the Canvas QTI zip exactly, manifest and assessment valid against their XSDs', () => checkQti(quiz));
  it('survives the Kahoot spreadsheet exactly, as exceljs reads it', async () => {
    const warnings = await checkKahoot(quiz);
    expect(warnings).toEqual([expect.stringMatching(/^hostile-multiple: Kahoot marks answers 1, 2, 4 correct/)]);
  });
  it('survives the CSV exactly, as papaparse reads it, with formula cells neutralized', () => {
    checkCsv(quiz);
    expect(renderQuizCsv(quiz)).toContain('"\'=HYPERLINK(""http://x.test"") ');
    expect(renderQuizCsv(quiz)).toContain('"\'@because ');
  });
  it('survives quiz.json exactly', () => expect(JSON.parse(renderQuizJson(quiz))).toEqual(quiz));
});

describe('the escape functions', () => {
  it("escape GIFT's specials and the backslash, and write newlines as \\n", () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });

  it("escape & < > for Moodle's HTML before GIFT's specials, so markup in a name shows as written", () => {
    expect(escapeGiftHtml('<b>x</b> &amp; <br/> ~=#{}:')).toBe(
      '&lt;b&gt;x&lt;/b&gt; &amp;amp; &lt;br/&gt; \\~\\=\\#\\{\\}\\:',
    );
    const [question] = parseGift(`::q:: ${escapeGiftHtml('Is <b>x</b> & <br/> {bold}?')} {TRUE}`);
    expect(question?.type === 'TF' && shownAsHtml(question.stem.text)).toBe('Is <b>x</b> & <br/> {bold}?');
  });

  it("escape XML's five specials and drop characters XML cannot hold", () => {
    expect(escapeXml('& < > " \' \u0001ok')).toBe('&amp; &lt; &gt; &quot; &#39; ok');
    expect(parseXml(`<a>${htmlField(']]>')}</a>`).a).toBe(']]&gt;');
  });

  it('neutralize spreadsheet formulas in any cell that starts with = + - @, a tab or a carriage return', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['1-1', 'a=b', '', "'quoted"]) expect(neutralizeFormula(cell)).toBe(cell);
  });
});

describe('question ids in the LMS', () => {
  const variants: Quiz[] = (['en', 'es'] as const).flatMap((language) =>
    (['A', 'B'] as const).flatMap((version) =>
      (['pre', 'post'] as const).map((form) => ({ ...hostileQuiz(), language, version, form })),
    ),
  );

  it('carry the language, version and form, as "<id>-<language>-<version>-<form>"', () => {
    expect(lmsQuestionId({ language: 'es', version: 'B', form: 'post' }, { id: 'limits-3' })).toBe(
      'limits-3-es-B-post',
    );
  });

  it('differ between en and es, A and B, pre and post in GIFT titles, Moodle idnumbers and QTI idents', () => {
    const gift = variants.flatMap((quiz) =>
      parseGift(renderGift(quiz)).map((question) => (question.type === 'Category' ? '' : question.title)),
    );
    const moodle = variants.flatMap((quiz) =>
      xmlList(parseXml(renderMoodleXml(quiz)).quiz.question, 'quiz.question').map((question) => question.idnumber),
    );
    const qti = variants.flatMap((quiz) => {
      const files = unzip(renderQti(quiz));
      const assessment = Object.keys(files).find((name) => name !== 'imsmanifest.xml')!;
      return xmlList(parseXml(files[assessment]!).questestinterop.assessment.section.item, 'item').map((item) => [
        item['@_ident'],
        item['@_title'],
      ]);
    });
    const count = variants.length * hostileQuiz().questions.length;
    for (const ids of [gift, moodle, qti.map(([ident]) => ident), qti.map(([, title]) => title)]) {
      expect(ids).toHaveLength(count);
      expect(new Set(ids).size).toBe(count);
    }
    expect(gift).toContain('hostile-single-es-B-post');
    expect(moodle).toContain('hostile-truefalse-en-A-pre');
  });
});

describe('a choose-all question with a Kahoot form', () => {
  it('goes to Kahoot in that form with one right answer, and as a choose-all question everywhere else', async () => {
    const quiz = hostileQuiz();
    const { rows } = await readKahoot((await renderKahoot(quiz)).bytes);
    const index = quiz.questions.findIndex((question) => question.id === 'hostile-kahoot');
    expect(rows[index]).toEqual([
      index + 1,
      'Pick <b>one</b> & {that} ~ = #?',
      '<b>x</b>, &amp;',
      '=<br/> ~=#{}:',
      null,
      null,
      30,
      1,
    ]);
    const moodle = xmlList(parseXml(renderMoodleXml(quiz)).quiz.question, 'quiz.question')[index];
    expect(moodle.single).toBe('false');
  });
});

describe('the exports of one quiz', () => {
  const quiz = hostileQuiz();

  it('are the same bytes every time: fixed zip timestamps, fixed workbook dates', async () => {
    expect(Buffer.from(renderQti(quiz)).equals(Buffer.from(renderQti(structuredClone(quiz))))).toBe(true);
    const first = await renderKahoot(quiz);
    const second = await renderKahoot(quiz);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    // No clock in the bytes: every zip entry carries the fixed time, the workbook the data's date.
    for (const bytes of [first.bytes, renderQti(quiz)])
      expect(new Set(zipEntryTimes(bytes))).toEqual(new Set([FIXED_DOS_TIME]));
    const core = unzip(first.bytes)['docProps/core.xml']!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-18T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-18T00:00:00Z</dcterms:modified>');
    expect(renderGift(quiz)).toBe(renderGift(structuredClone(quiz)));
    expect(renderMoodleXml(quiz)).toBe(renderMoodleXml(structuredClone(quiz)));
  });

  it('come as one file per format, named after the quiz', async () => {
    const { files, warnings } = await renderQuizExports(quiz, 'quiz-en-A-pre');
    expect(files.map((file) => file.path)).toEqual([
      'quiz-en-A-pre.json',
      'quiz-en-A-pre.gift.txt',
      'quiz-en-A-pre.moodle.xml',
      'quiz-en-A-pre.qti.zip',
      'quiz-en-A-pre.kahoot.xlsx',
      'quiz-en-A-pre.csv',
    ]);
    expect(warnings).toEqual([expect.stringMatching(/^quiz-en-A-pre\.kahoot\.xlsx: hostile-multiple: /)]);
  });
});
