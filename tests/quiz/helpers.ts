// Shared by the quiz tests: a region's workshop content built the way `kit build` builds it, and the
// real third-party readers each export is checked with.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseGiftText, type GIFTQuestion } from 'gift-pegjs';
import Papa from 'papaparse';
import { validateXML } from 'xmllint-wasm';
import { expect } from 'vitest';
import type { RegionSummary } from '../../generator/regions/summary.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import type { WorkshopContent } from '../../generator/content/view.ts';
import { KIT_ROOT } from '../../generator/paths.ts';
import type { Quiz, QuizItem } from '../../generator/quiz/types.ts';
import { buildTestKitFrom, tempDir } from '../helpers.ts';

export interface RegionContent {
  summary: RegionSummary;
  content: Record<string, WorkshopContent>; // by language
}

/** Builds the region's workshop in English and Spanish (deck as Markdown only) and keeps the view models. */
export async function buildRegionContent(region: string): Promise<RegionContent> {
  const { config, problems } = validateConfig({ languages: ['en', 'es'], region }, null);
  expect(problems).toEqual([]);
  const out = path.join(tempDir(), 'out');
  let contents: WorkshopContent[] = [];
  const result = await buildTestKitFrom(config, out, {
    deck: 'markdown',
    onContents: (value) => {
      contents = value.contents;
    },
  });
  return {
    summary: result.summary,
    content: Object.fromEntries(contents.map((content) => [content.language.code, content])),
  };
}

export const XSD_DIR = path.join(KIT_ROOT, 'tests', 'quiz', 'xsd');

/** Validates XML against one of the XSDs in tests/quiz/xsd with libxml2 (xmllint, compiled to WebAssembly). */
export async function expectValidXml(xml: string, xsd: string): Promise<void> {
  expect(XMLValidator.validate(xml)).toBe(true);
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [{ fileName: xsd, contents: readFileSync(path.join(XSD_DIR, xsd), 'utf8') }],
  });
  expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

const LISTS = new Set([
  'question',
  'answer',
  'item',
  'response_label',
  'qtimetadatafield',
  'respcondition',
  'resource',
  'file',
  'varequal',
  'not',
]);

/** A real XML parser's reading, attributes as @_name, text kept as written (no trimming, no numbers). */
/** `value`, a list parseXml read (LISTS), as an array; throws when the XML had no such element. */
export function xmlList(value: unknown, what: string): any[] {
  if (!Array.isArray(value)) throw new Error(`${what}: expected a list of elements, got ${JSON.stringify(value)}`);
  return value;
}

/** `value`, an attribute or text parseXml read, as a string; throws when the XML had none. */
export function xmlString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what}: expected a text, got ${JSON.stringify(value)}`);
  return value;
}

export function parseXml(xml: string): any {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => LISTS.has(name),
  }).parse(xml);
}

/** What a browser shows for an HTML text field: character references decoded. */
export function decodeHtml(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return html.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (named[name] ?? entity),
  );
}

/**
 * What a browser shows for an HTML field that should hold plain text: the text with its character
 * references decoded. Fails when the field holds markup (a "<" that opens a tag, comment or
 * declaration), which a browser would not show as written.
 */
export function shownAsHtml(html: string): string {
  expect(html).not.toMatch(/<[a-z/!?]/i);
  return decodeHtml(html);
}

export function parseGift(text: string): GIFTQuestion[] {
  return parseGiftText(text);
}

export function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** The Kahoot sheet read back with exceljs: the header row and the question rows as plain values. */
export async function readKahoot(
  bytes: Uint8Array,
): Promise<{ sheets: number; title: unknown; header: unknown[]; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.worksheets[0]!;
  const values = (rowNumber: number) =>
    Array.from({ length: 8 }, (_, index) => sheet.getRow(rowNumber).getCell(index + 1).value);
  const rows: unknown[][] = [];
  for (let rowNumber = 9; sheet.getRow(rowNumber).getCell(1).value !== null; rowNumber++) rows.push(values(rowNumber));
  return { sheets: workbook.worksheets.length, title: sheet.getCell('B2').value, header: values(8), rows };
}

export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The right options' texts, in display order. */
export const rightTexts = (question: Pick<QuizItem, 'options'>) =>
  question.options.filter((option) => option.correct).map((option) => option.text);

/** A quiz made to break every format: each format's special characters in every text. */
export function hostileQuiz(): Quiz {
  const nasty = 'Say {this} ~ = # : \\ & < > " \' ]]> and \\{ <b>x</b> &amp; <br/>';
  const question = (
    id: string,
    type: QuizItem['type'],
    options: [string, boolean][],
    text = `${nasty}?`,
    explanation = `Because ${nasty}.`,
  ): QuizItem => ({
    id,
    module: 'limits',
    objective: `Objective ${nasty}`,
    type,
    difficulty: 'medium',
    text,
    options: options.map(([option, correct], index) => ({
      id: String.fromCharCode(97 + index),
      text: option,
      correct,
    })),
    explanation,
    sources: ['ice-287g-data'],
    fromData: false,
  });
  return {
    format: 1,
    language: 'en',
    title: `Quiz <${nasty}>`,
    region: { id: 'tx/tarrant-county', name: 'Tarrant & "Co" <TX>' },
    dataAsOf: '2026-05-18',
    seed: 'hostile',
    version: 'A',
    form: 'pre',
    questions: [
      question(
        'hostile-single',
        'single',
        [
          [`=SUM(A1) ${nasty}`, false],
          [`+1 ${nasty}`, true],
          ['-2 ]]> @x', false],
        ],
        `=HYPERLINK("http://x.test") ${nasty}?`,
      ),
      question(
        'hostile-multiple',
        'multiple',
        [
          [`@one ${nasty}`, true],
          ['two ~ = #', true],
          ['three { } :', false],
          ['four \\', true],
        ],
        `${nasty}?`,
        `@because ${nasty}`,
      ),
      question('hostile-truefalse', 'truefalse', [
        ['True', false],
        ['False', true],
      ]),
      {
        ...question('hostile-kahoot', 'multiple', [
          ['<b>x</b>', true],
          ['&amp;', true],
          ['<br/> ~=#{}:', false],
        ]),
        kahoot: {
          text: 'Pick <b>one</b> & {that} ~ = #?',
          options: [
            { id: 'a', text: '<b>x</b>, &amp;', correct: true },
            { id: 'b', text: '=<br/> ~=#{}:', correct: false },
          ],
        },
      },
    ],
  };
}
