// The score report's two charts as bar blocks for the PDF: percent correct per question, each row labelled with
// the question's number and words, a full bar being 100%; and how many participants got each score, from 0 to
// the quiz's number of questions, whatever the best score seen.

import type { Block } from '../../pdf/types.ts';
import { fill, formatPercent, type ScoreLabels, type ScoreLanguage } from './labels.ts';
import type { ScoreReport } from './types.ts';

type BarsBlock = Extract<Block, { kind: 'bars' }>;
interface ChartContext {
  language: ScoreLanguage;
  labels: ScoreLabels;
}

// A label longer than this is cut at a word, so that a question's row stays about one line beside its bar.
const LABEL_CHARACTERS = 44;
const POST_LABEL_CHARACTERS = 34; // leaves room for " (Before)"

/** `text` cut at a word boundary to at most `limit` characters, with "…" when it was cut. */
export function shortenLabel(text: string, limit = LABEL_CHARACTERS): string {
  const characters = [...text.trim()];
  if (characters.length <= limit) return text.trim();
  const cut = characters.slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const PRE = 0; // series: the palette's blue for before
const POST = 1; // and its vermillion for after (no model's colour: the score report shows no models)

/** Percent correct per question, full bar = 100%; with a post form, a before and an after row per question. */
export function buildPercentChart(report: ScoreReport, { language, labels }: ChartContext): BarsBlock {
  const rows: BarsBlock['rows'] = [];
  for (const question of report.questions) {
    const characters = report.post ? POST_LABEL_CHARACTERS : LABEL_CHARACTERS;
    const label = `${question.number}. ${shortenLabel(question.text, characters)}`;
    const bar = (percent: number | null, series: number, text: string) => ({
      label: text,
      value: percent ?? 0,
      display: formatPercent(percent, language, labels),
      series,
    });
    if (report.post) {
      rows.push(
        bar(question.pre.percent, PRE, `${label} (${labels.before})`),
        bar(question.post!.percent, POST, `${question.number}. (${labels.after})`),
      );
    } else rows.push(bar(question.pre.percent, PRE, label));
  }
  return { kind: 'bars', rows, max: 100, caption: labels.chartNote };
}

/**
 * Participants per number of right answers, from 0 to the quiz's number of questions; before and after side by side.
 */
export function buildScoreChart(report: ScoreReport, { labels }: ChartContext): BarsBlock {
  const forms = [
    { summary: report.pre, series: PRE, name: labels.before },
    ...(report.post ? [{ summary: report.post, series: POST, name: labels.after }] : []),
  ];
  const max = Math.max(...forms.map((form) => form.summary.maxScore));
  const rows: BarsBlock['rows'] = [];
  for (let correct = 0; correct <= max; correct++) {
    for (const form of forms) {
      const participants = form.summary.distribution.find((entry) => entry.correct === correct)?.participants ?? 0;
      const score = fill(labels.ofQuestions, { correct, questions: max });
      rows.push({
        label: report.post ? `${score} (${form.name})` : score,
        value: participants,
        display: String(participants),
        series: form.series,
      });
    }
  }
  const most = Math.max(0, ...rows.map((row) => row.value));
  return { kind: 'bars', rows, ...(most > 0 ? { max: most } : {}), caption: fill(labels.scoreChartNote, { max }) };
}
