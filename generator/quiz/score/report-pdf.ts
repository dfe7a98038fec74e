// The score report as a printed PDF: the summary, a bar chart of percent correct per question, the per-question
// table under it, what to teach again, a chart of the spread of scores, the change person by person with a post
// form, and what could not be read.

import { renderPdf } from '../../pdf/render.ts';
import type { Block, DocumentSpec, Paper } from '../../pdf/types.ts';
import { KIT_VERSION } from '../../paths.ts';
import { buildPercentChart, buildScoreChart } from './report-charts.ts';
import { endSentence, fill, formatPercent, resolveLabels, type ScoreLabels, type ScoreLanguage } from './labels.ts';
import {
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

export interface ScorePdfOptions {
  language: ScoreLanguage;
  labels?: Partial<ScoreLabels>;
  // ISO date stamped into the PDF's metadata (e.g. the workshop's), so the same report gives the same bytes
  date: string;
  paper?: Paper; // default letter
}

const tableBlock = (table: Table): Block => ({
  kind: 'table',
  columns: table.headers.map((header, index) => ({ header, width: table.widths[index]! })),
  rows: table.rows,
});

export async function renderScorePdf(report: ScoreReport, options: ScorePdfOptions): Promise<Uint8Array> {
  const { language } = options;
  const labels = resolveLabels(language, options.labels);
  const ctx = { language, labels };
  const title = `${labels.reportTitle} — ${report.title}`;

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', runs: [{ text: report.region, bold: true }] },
    { kind: 'bullets', items: meanLines(report, ctx).map((line) => [{ text: line }]) },
    { kind: 'heading', level: 2, text: labels.byQuestion },
  ];
  if (report.questions.length) blocks.push(buildPercentChart(report, ctx));
  blocks.push(tableBlock(questionTable(report, ctx)), { kind: 'paragraph', runs: [{ text: labels.footer }] });
  if (report.mostMissed.length) {
    const form = report.mostMissedForm === 'post' ? labels.after : labels.before;
    blocks.push(
      { kind: 'heading', level: 2, text: labels.teachAgain },
      {
        kind: 'paragraph',
        runs: [{ text: report.post ? fill(labels.teachAgainNote, { form }) : labels.teachAgainNoteOneForm }],
      },
      {
        kind: 'numbered',
        items: report.mostMissed.map((question) => {
          const result = report.mostMissedForm === 'post' ? question.post! : question.pre;
          const rightAnswer = endSentence(`${labels.rightAnswer}: ${question.correctAnswers.join('; ')}`);
          return [
            { text: `${question.text} (${formatPercent(result.percent, language, labels)})`, bold: true },
            { text: ` ${rightAnswer} ${labels.why}: ${question.explanation}` },
          ];
        }),
      },
    );
  }
  blocks.push({ kind: 'heading', level: 2, text: labels.scores }, buildScoreChart(report, ctx));
  const paired = pairedLines(report, ctx);
  if (paired)
    blocks.push(
      { kind: 'heading', level: 2, text: labels.byPerson },
      { kind: 'bullets', items: paired.map((line) => [{ text: line }]) },
    );
  const pairs = pairedTable(report, ctx);
  if (pairs) {
    blocks.push(
      {
        kind: 'paragraph',
        runs: [{ text: fill(labels.pairedNote, { questions: report.paired!.questions }) }],
        small: true,
      },
      tableBlock(pairs),
    );
  }
  const duplicates = duplicateLine(report, ctx);
  if (duplicates) blocks.push({ kind: 'paragraph', runs: [{ text: duplicates }] });
  const people = peopleTable(report, ctx);
  if (people) blocks.push({ kind: 'heading', level: 2, text: labels.people }, tableBlock(people));
  const problems = problemTable(report, ctx);
  if (problems) blocks.push({ kind: 'heading', level: 2, text: labels.problems }, tableBlock(problems));
  const more = moreProblemsLine(report, ctx);
  if (more) blocks.push({ kind: 'paragraph', runs: [{ text: more }] });

  const spec: DocumentSpec = {
    paper: options.paper ?? 'letter',
    language,
    title,
    subject: report.region,
    creator: `287(g) Workshop Kit ${KIT_VERSION}`,
    date: options.date,
    header: null,
    // Every printed page of the kit carries the data's date and that it is not legal advice.
    footer: fill(labels.stamp, {
      date: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${report.dataAsOf}T00:00:00Z`),
      ),
    }),
    pageLabel: (page, pages) => fill(labels.page, { page, pages }),
  };
  return (await renderPdf(spec, [blocks])).bytes;
}
