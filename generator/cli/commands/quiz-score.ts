// `kit quiz score`: reads a Google Forms or Microsoft Forms response file against the quiz.json it was
// made from, and writes the results as Markdown, PDF (with a chart) and CSV. No names or emails unless
// --include-names.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, KitError } from '../../errors.ts';
import { checkFileSize, formatCount, formatMegabytes, LIMITS, listProblems } from '../../quiz/score/limits.ts';
import { loadResponses } from '../../quiz/score/load-responses.ts';
import { renderScoreMarkdown, renderScoreCsv } from '../../quiz/score/report.ts';
import { renderScorePdf } from '../../quiz/score/report-pdf.ts';
import { scoreQuiz } from '../../quiz/score/score.ts';
import { EXPORT_ADVICE } from '../../quiz/score/sniff-file.ts';
import type { Quiz } from '../../quiz/types.ts';
import { readInputFile, readInputText } from '../../read-input.ts';
import { writeOutputs } from '../../write.ts';
import { resolveKitTarget } from '../../kit-folder.ts';
import { recordAddition, reindexKitFolder } from '../../build/merge.ts';
import { parse } from '../args.ts';
import { reportLeftInPlace, type CliIO } from '../io.ts';

const HELP = `Usage: kit quiz score RESPONSES.csv|.xlsx --quiz quiz-en.json [--post RESPONSES2.csv|.xlsx [--post-quiz quiz-en-post.json]]
                      [--include-names] [--paper letter|a4] [--out DIR]

Reads the responses Google Forms ("Download responses (.csv)", or the linked sheet downloaded as .xlsx) or
Microsoft Forms ("Open in Excel", the .xlsx as downloaded or saved as CSV) exports: a row per person, a column
per question, matched by the question's text or its id. Other files (PDF, Word, .ods, images) are refused.
With --post, also a second round (the post form), the change per question and, where both files have an
email or name column, the change per person (in aggregate; by name only with --include-names).
Writes score-report-QUIZ.md, .pdf (with a chart) and .csv, named after the quiz file (score-report-quiz-en.md;
with --post, score-report-quiz-en-with-post.md), to DIR (default: the quiz file's folder, beside the quizzes,
never over them). DIR must be new, empty, or a folder the kit wrote (it has a manifest.json, or is a kit
build's quiz/ folder): the kit refuses (exit 2) a folder holding other files and never replaces or deletes a
file it did not write. Answers that cannot be matched are listed, not dropped.
Names and emails are left out unless --include-names.

Limits, far above any workshop: a response file of up to ${formatMegabytes(LIMITS.fileBytes)} (an .xlsx up to ${formatMegabytes(LIMITS.xlsxBytes)} unpacked),
${formatCount(LIMITS.responses)} rows of responses, ${formatCount(LIMITS.columns)} columns and ${formatCount(LIMITS.cellChars)} characters in a cell; a file past them is
refused (exit 2) and nothing is scored. The report and the terminal list the first ${LIMITS.listedProblems} problems and count
the rest, and quote at most ${LIMITS.quotedChars} characters of a cell (cut with "…").
`;

function readText(file: string, io: CliIO): Promise<string> {
  return readInputText(path.resolve(io.cwd, file), { shown: file });
}

/** The bytes of a response file, refused by its size before it is read (a missing file is readInputFile's to tell). */
async function readBytes(file: string, io: CliIO): Promise<Uint8Array> {
  const size = await stat(path.resolve(io.cwd, file)).then((stats) => (stats.isFile() ? stats.size : 0), () => 0);
  checkFileSize(size, file);
  return readInputFile(path.resolve(io.cwd, file), { shown: file });
}

async function readQuiz(file: string, io: CliIO): Promise<Quiz> {
  const text = await readText(file, io);
  let quiz: Quiz;
  try {
    quiz = JSON.parse(text) as Quiz;
  } catch (error) {
    throw new KitError('bad-input', `${file}: not JSON (${(error as Error).message}).`, { hint: 'Give the quiz-LANG.json that kit build or kit quiz wrote.', cause: error });
  }
  if (quiz?.format !== 1 || !Array.isArray(quiz.questions)) throw new KitError('bad-input', `${file}: not a quiz.json written by the kit.`, { hint: 'Give the quiz-LANG.json that kit build or kit quiz wrote.' });
  return quiz;
}

export async function runQuizScore(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv, { quiz: { type: 'string' }, post: { type: 'string' }, 'post-quiz': { type: 'string' }, 'include-names': { type: 'boolean' }, paper: { type: 'string' }, out: { type: 'string' } }, 'kit quiz score');
  if (values.help) return io.stdout(HELP), 0;
  if (positionals.length !== 1 || !values.quiz) throw new KitError('usage', 'kit quiz score needs one response file and --quiz quiz.json.', { hint: 'kit quiz score responses.csv --quiz output/tx-tarrant-county/quiz/quiz-en.json' });
  const paper = values.paper === undefined ? 'letter' : values.paper === 'a4' || values.paper === 'letter' ? values.paper : null;
  if (!paper) throw new KitError('usage', `--paper ${values.paper}: use letter or a4.`);
  const includeNames = Boolean(values['include-names']);
  const quiz = await readQuiz(values.quiz as string, io);
  const postQuiz = values['post-quiz'] ? await readQuiz(values['post-quiz'] as string, io) : undefined;
  const file = positionals[0]!;
  const responses = await loadResponses(await readBytes(file, io), path.basename(file), quiz, { includeNames, ...(postQuiz ? { wordings: [postQuiz] } : {}) });
  const post = values.post
    ? await loadResponses(await readBytes(values.post as string, io), path.basename(values.post as string), postQuiz ?? quiz, { includeNames, wordings: postQuiz ? [quiz] : [] })
    : undefined;
  if (responses.participants.length === 0) {
    throw new KitError('bad-input', `${file}: no answers could be read.`, { problems: responses.problems, hint: `Export the responses from the form tool with one column per question. ${EXPORT_ADVICE}` });
  }
  const report = scoreQuiz(quiz, responses, post, postQuiz ? { postQuiz } : {});
  const language = quiz.language === 'es' ? 'es' : 'en';
  // Beside the quiz by default, named after it, so that a report never takes a quiz's name or another quiz's report's.
  const stem = `score-report-${path.basename(values.quiz as string).replace(/\.json$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-')}${post ? '-with-post' : ''}`;
  const target = await resolveKitTarget(values.out ? path.resolve(io.cwd, values.out as string) : path.dirname(path.resolve(io.cwd, values.quiz as string)));
  const written = await writeOutputs(target.root, [
    { path: `${target.prefix}${stem}.md`, bytes: renderScoreMarkdown(report, { language }), kind: 'score', language },
    { path: `${target.prefix}${stem}.pdf`, bytes: await renderScorePdf(report, { language, date: quiz.dataAsOf, paper }), kind: 'score', language },
    { path: `${target.prefix}${stem}.csv`, bytes: renderScoreCsv(report), kind: 'score', language },
  ], { manifest: recordAddition('kit quiz score', io.now().toISOString()), index: reindexKitFolder });
  const shown = path.relative(io.cwd, path.join(written.outDir, target.prefix, stem));
  io.stdout(`Scored ${responses.participants.length} response${responses.participants.length === 1 ? '' : 's'} from ${path.basename(file)}${post ? ` and ${post.participants.length} post response${post.participants.length === 1 ? '' : 's'} from ${path.basename(values.post as string)}` : ''}: ${shown}.md, .pdf and .csv\n`);
  reportLeftInPlace(written.leftInPlace, written.outDir, io);
  const problems = [...responses.problems, ...(post?.problems ?? [])];
  if (problems.length) {
    const { shown, more } = listProblems(problems);
    const lines = [...shown.map((problem) => `  ${formatProblem(problem)}`), ...(more ? [`  ... and ${formatCount(more)} more (the report counts them too)`] : [])];
    io.stderr(`Not scored (check these):\n${lines.join('\n')}\n`);
  }
  return 0;
}
