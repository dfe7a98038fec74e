// The score report's tables as rows of plain strings, shared by the Markdown and PDF renderers, which
// each escape them their own way.

import type { Problem } from '../../errors.ts';
import { cutText, listProblems } from './limits.ts';
import {
  fill,
  fillPlural,
  formatChange,
  formatCount,
  formatNumber,
  formatPercent,
  formatSigned,
  type ScoreLabels,
  type ScoreLanguage,
} from './labels.ts';
import type { FormSummary, ScoreReport } from './types.ts';

export interface Table {
  headers: string[];
  widths: number[];
  rows: string[][];
}
export interface TableContext {
  language: ScoreLanguage;
  labels: ScoreLabels;
}

/** The last part of a path: a report names a file, not the folders it was in. */
export const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

export function questionTable(report: ScoreReport, { language, labels }: TableContext): Table {
  const post = report.post !== null;
  const headers = post
    ? [
        labels.number,
        labels.question,
        `${labels.before}: ${labels.answered}`,
        `${labels.before}: ${labels.percentCorrect}`,
        `${labels.after}: ${labels.answered}`,
        `${labels.after}: ${labels.percentCorrect}`,
        labels.change,
      ]
    : [labels.number, labels.question, labels.answered, labels.correct, labels.percentCorrect];
  const widths = post ? [0.06, 0.4, 0.1, 0.11, 0.1, 0.11, 0.12] : [0.07, 0.57, 0.12, 0.12, 0.12];
  const rows = report.questions.map((question) =>
    post
      ? [
          String(question.number),
          question.text,
          String(question.pre.answered),
          formatPercent(question.pre.percent, language, labels),
          String(question.post!.answered),
          formatPercent(question.post!.percent, language, labels),
          formatChange(question.change, language, labels),
        ]
      : [
          String(question.number),
          question.text,
          String(question.pre.answered),
          String(question.pre.correct),
          formatPercent(question.pre.percent, language, labels),
        ],
  );
  return { headers, widths, rows };
}

export function distributionTable(report: ScoreReport, { labels }: TableContext): Table {
  const forms = [report.pre, ...(report.post ? [report.post] : [])];
  const most = Math.max(...forms.map((form) => form.maxScore));
  const count = (form: FormSummary, correct: number) =>
    String(form.distribution.find((entry) => entry.correct === correct)?.participants ?? 0);
  return {
    headers: [labels.rightAnswers, ...(report.post ? [labels.before, labels.after] : [labels.participantsColumn])],
    widths: report.post ? [0.4, 0.3, 0.3] : [0.5, 0.5],
    rows: Array.from({ length: most + 1 }, (_, correct) => [
      fill(labels.ofQuestions, { correct, questions: most }),
      ...forms.map((form) => count(form, correct)),
    ]),
  };
}

/**
 * Named participants' totals; only built when the report has names (read with includeNames). Anonymous rows are left to
 * the distribution.
 */
export function peopleTable(report: ScoreReport, { labels }: TableContext): Table | null {
  if (!report.people) return null;
  const forms = report.post !== null; // a Form column only when there are two forms
  return {
    headers: [...(forms ? [labels.form] : []), labels.name, labels.email, labels.rightAnswers],
    widths: forms ? [0.15, 0.3, 0.35, 0.2] : [0.35, 0.4, 0.25],
    rows: report.people
      .filter((person) => person.name !== null || person.email !== null)
      .map((person) => [
        ...(forms ? [person.form === 'pre' ? labels.before : labels.after] : []),
        cutText(person.name ?? ''),
        cutText(person.email ?? ''),
        fill(labels.ofQuestions, { correct: person.correct, questions: person.questions }),
      ]),
  };
}

const where = (problem: Problem) =>
  [problem.file === undefined ? undefined : fileName(problem.file), problem.row, problem.column]
    .filter((part) => part !== undefined && part !== '')
    .join(':');

/** The first LIMITS.listedProblems problems; each quoted text cut to LIMITS.quotedChars. Null when there are none. */
export function problemTable(report: ScoreReport, { labels }: TableContext): Table | null {
  if (report.problems.length === 0) return null;
  return {
    headers: [labels.where, labels.problem, labels.value],
    widths: [0.3, 0.45, 0.25],
    rows: listProblems(report.problems).shown.map((problem) => [
      cutText(where(problem)),
      problem.message,
      cutText(problem.value ?? ''),
    ]),
  };
}

/** "… and 19,950 more problems, not listed: …" under the problem table, or null when every problem is listed. */
export function moreProblemsLine(report: ScoreReport, { language, labels }: TableContext): string | null {
  const { shown, more } = listProblems(report.problems);
  return more
    ? fillPlural(labels.moreProblems, more, language, { count: formatCount(more, language), shown: shown.length })
    : null;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * "Before (4 participants): on average 2.5 of 5 right (50%)." for each form; "4 participants: …" without a post form.
 */
export function meanLines(report: ScoreReport, { language, labels }: TableContext): string[] {
  const forms: [string, FormSummary][] = [
    [labels.before, report.pre],
    ...(report.post ? [[labels.after, report.post] as [string, FormSummary]] : []),
  ];
  // One form (no --post) is not "Before": the line names only how many took it.
  return forms.map(([form, summary]) =>
    fill(labels.mean, {
      form: report.post
        ? `${form} (${fillPlural(labels.participants, summary.participants, language)})`
        : capitalize(fillPlural(labels.participants, summary.participants, language)),
      mean: formatNumber(summary.meanCorrect, language),
      questions: summary.questions,
      percent: formatPercent(summary.meanPercent, language, labels),
    }),
  );
}

/**
 * "1 duplicate submission left out (row 12); …" or "2 duplicate submissions left out (rows 2, 7); …"; null when none.
 */
export function duplicateLine(report: ScoreReport, { language, labels }: TableContext): string | null {
  if (report.duplicates.length === 0) return null;
  const rows = report.duplicates
    .map((duplicate) => (report.post ? `${fileName(duplicate.file)}:${duplicate.row}` : String(duplicate.row)))
    .join(', ');
  return fillPlural(labels.duplicates, report.duplicates.length, language, { rows });
}

/** The person-by-person comparison in sentences (the count, the means, who did better), or null without a pairing. */
export function pairedLines(report: ScoreReport, { language, labels }: TableContext): string[] | null {
  const paired = report.paired;
  if (!paired) return null;
  const by = paired.by === 'email' ? labels.byEmail : labels.byName;
  const lines =
    paired.matched === 0
      ? [fill(labels.pairedNone, { by })]
      : [
          fillPlural(labels.paired, paired.matched, language, {
            by,
            questions: paired.questions,
            before: formatNumber(paired.meanBefore, language),
            after: formatNumber(paired.meanAfter, language),
            change: formatSigned(paired.meanChange, language),
          }),
          fill(labels.pairedSpread, { better: paired.better, same: paired.same, worse: paired.worse }),
        ];
  const unpaired = paired.unpairedPre + paired.unpairedPost;
  if (unpaired > 0) lines.push(fillPlural(labels.unpaired, unpaired, language));
  return lines;
}

/** Each matched person's right answers before and after; only when the report has names (includeNames). */
export function pairedTable(report: ScoreReport, { language, labels }: TableContext): Table | null {
  const people = report.paired?.people;
  if (!people || people.length === 0) return null;
  return {
    headers: [labels.name, labels.email, labels.before, labels.after, labels.change],
    widths: [0.28, 0.36, 0.12, 0.12, 0.12],
    rows: people.map((person) => [
      cutText(person.name ?? ''),
      cutText(person.email ?? ''),
      String(person.before),
      String(person.after),
      formatSigned(person.change, language),
    ]),
  };
}
