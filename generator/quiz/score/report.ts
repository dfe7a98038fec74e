// The score report as Markdown (for the trainer's notes), CSV (for a spreadsheet) and PDF (to print):
// pure renderers of a ScoreReport. Names and emails appear only when the report holds them (includeNames).

import { escapeMarkdown } from '../../render/markdown.ts';
import { neutralizeFormula } from '../csv.ts';
import Papa from 'papaparse';
import { endSentence, fill, formatPercent, resolveLabels, type ScoreLabels, type ScoreLanguage } from './labels.ts';
import {
  distributionTable,
  duplicateLine,
  meanLines,
  moreProblemsLine,
  pairedLines,
  pairedTable,
  peopleTable,
  problemTable,
  questionTable,
  type Table,
} from './report-tables.ts';
import type { ScoreReport } from './types.ts';

export { renderScorePdf, type ScorePdfOptions } from './report-pdf.ts';

export interface ScoreMarkdownOptions {
  language: ScoreLanguage;
  labels?: Partial<ScoreLabels>;
}

function markdownTable(table: Table): string[] {
  const line = (cells: string[]) => `| ${cells.map((cell) => escapeMarkdown(cell) || ' ').join(' | ')} |`;
  return [line(table.headers), `|${table.headers.map(() => ' --- ').join('|')}|`, ...table.rows.map(line)];
}

/** The report as a Markdown document with GFM tables; every value is escaped with escapeMarkdown. */
export function renderScoreMarkdown(report: ScoreReport, options: ScoreMarkdownOptions): string {
  const { language } = options;
  const labels = resolveLabels(language, options.labels);
  const ctx = { language, labels };
  const form = report.mostMissedForm === 'post' ? labels.after : labels.before;
  const lines: string[] = [
    `# ${escapeMarkdown(`${labels.reportTitle} — ${report.title}`)}`,
    '',
    escapeMarkdown(report.region),
    '',
    ...meanLines(report, ctx).map((line) => `- ${escapeMarkdown(line)}`),
    '',
    `## ${escapeMarkdown(labels.byQuestion)}`,
    '',
    ...markdownTable(questionTable(report, ctx)),
    '',
    escapeMarkdown(labels.footer),
    '',
  ];
  if (report.mostMissed.length) {
    lines.push(
      `## ${escapeMarkdown(labels.teachAgain)}`,
      '',
      escapeMarkdown(report.post ? fill(labels.teachAgainNote, { form }) : labels.teachAgainNoteOneForm),
      '',
    );
    report.mostMissed.forEach((question, index) => {
      const result = report.mostMissedForm === 'post' ? question.post! : question.pre;
      const percent = formatPercent(result.percent, language, labels);
      const rightAnswer = endSentence(`${labels.rightAnswer}: ${question.correctAnswers.join('; ')}`);
      lines.push(
        `${index + 1}. **${escapeMarkdown(question.text)}** (${escapeMarkdown(percent)})`,
        `   ${escapeMarkdown(`${rightAnswer} ${labels.why}: ${question.explanation}`)}`,
      );
    });
    lines.push('');
  }
  lines.push(`## ${escapeMarkdown(labels.scores)}`, '', ...markdownTable(distributionTable(report, ctx)), '');
  const paired = pairedLines(report, ctx);
  if (paired)
    lines.push(`## ${escapeMarkdown(labels.byPerson)}`, '', ...paired.map((line) => `- ${escapeMarkdown(line)}`), '');
  const pairs = pairedTable(report, ctx);
  if (pairs)
    lines.push(
      escapeMarkdown(fill(labels.pairedNote, { questions: report.paired!.questions })),
      '',
      ...markdownTable(pairs),
      '',
    );
  const duplicates = duplicateLine(report, ctx);
  if (duplicates) lines.push(escapeMarkdown(duplicates), '');
  const people = peopleTable(report, ctx);
  if (people) lines.push(`## ${escapeMarkdown(labels.people)}`, '', ...markdownTable(people), '');
  const problems = problemTable(report, ctx);
  if (problems) lines.push(`## ${escapeMarkdown(labels.problems)}`, '', ...markdownTable(problems), '');
  const more = moreProblemsLine(report, ctx);
  if (more) lines.push(escapeMarkdown(more), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Columns of the score CSV; the post_ and change columns only with a post form. */
export const SCORE_CSV_COLUMNS = [
  'number',
  'id',
  'question',
  'type',
  'answered',
  'correct',
  'unanswered',
  'unreadable',
  'percent_correct',
  'right_answer',
  'explanation',
] as const;
export const SCORE_CSV_POST_COLUMNS = [
  'post_answered',
  'post_correct',
  'post_unanswered',
  'post_unreadable',
  'post_percent_correct',
  'change_points',
] as const;

/**
 * One row per question (RFC 4180, CRLF, UTF-8 byte order mark), numbers with a decimal point and empty when nobody
 * answered. Every text cell goes through neutralizeFormula, so a question starting with = or - is not run as a
 * formula; numbers are written as numbers, so that a change of -40 stays a number a spreadsheet can sum.
 */
export function renderScoreCsv(report: ScoreReport): string {
  const number = (value: number | null) => (value === null ? '' : String(value));
  const text = neutralizeFormula;
  const post = report.post !== null;
  const rows = report.questions.map((question) => [
    number(question.number),
    text(question.id),
    text(question.text),
    text(question.type),
    number(question.pre.answered),
    number(question.pre.correct),
    number(question.pre.unanswered),
    number(question.pre.unreadable),
    number(question.pre.percent),
    text(question.correctAnswers.join('; ')),
    text(question.explanation),
    ...(post && question.post
      ? [
          number(question.post.answered),
          number(question.post.correct),
          number(question.post.unanswered),
          number(question.post.unreadable),
          number(question.post.percent),
          number(question.change),
        ]
      : []),
  ]);
  const fields = [...SCORE_CSV_COLUMNS, ...(post ? SCORE_CSV_POST_COLUMNS : [])];
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: '\r\n', quotes: true })}\r\n`;
}
