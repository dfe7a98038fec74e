// `kit quiz score`: reads a Google Forms or Microsoft Forms response file against the quiz.json it was
// made from, and writes the results as Markdown, PDF (with a chart) and CSV. No names or emails unless
// --include-names.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, KitError } from '../../errors.ts';
import { checkFileSize, formatCount, formatMegabytes, LIMITS, listProblems } from '../../quiz/score/limits.ts';
import type { Quiz } from '../../quiz/types.ts';
import { parseQuizJson } from '../../quiz/quiz-json.ts';
import { scoreResponseFiles } from '../../workshop/score-files.ts';
import { readInputFile, readInputText } from '../../read-input.ts';
import { formatListing } from '../listing.ts';
import { inspectOutputFolder, isKitFolder, resolveKitTarget } from '../../kit-folder.ts';
import { parse } from '../args.ts';
import { resolvePaperOption } from '../options.ts';
import { reportLeftInPlace, type CliIO, showPath } from '../io.ts';
import { formatCountNoun } from '../../plural.ts';

const USAGE =
  'Usage: kit quiz score RESPONSES.csv|.xlsx --quiz quiz-en.json ' +
  '[--post RESPONSES2.csv|.xlsx [--post-quiz quiz-en-post.json]]';

const LIMITS_HELP =
  `Limits, far above any workshop: a response file of up to ${formatMegabytes(LIMITS.fileBytes)} ` +
  `(an .xlsx up to ${formatMegabytes(LIMITS.xlsxBytes)} unpacked),\n` +
  `${formatCount(LIMITS.responses)} rows of responses, ${formatCount(LIMITS.columns)} columns and ` +
  `${formatCount(LIMITS.cellChars)} characters in a cell; a file past them is\n` +
  `refused (exit 2) and nothing is scored. The report and the terminal list the first ` +
  `${LIMITS.listedProblems} problems and count\n` +
  `the rest, and quote at most ${LIMITS.quotedChars} characters of a cell (cut with "…").\n`;

const HELP = `${USAGE}
                      [--include-names] [--paper letter|a4] [--out DIR] [--force]

Reads the responses Google Forms ("Download responses (.csv)", or the linked sheet downloaded as .xlsx) or
Microsoft Forms ("Open in Excel", the .xlsx as downloaded or saved as CSV) exports: a row per person, a column
per question, matched by the question's text or its id. Other files (PDF, Word, .ods, images) are refused.
With --post, also a second round (the post form), the change per question and, where both files have an
email or name column, the change per person (in aggregate; by name only with --include-names).
Writes score-report-QUIZ.md, .pdf (with a chart) and .csv, named after the quiz file (score-report-quiz-en.md;
with --post, score-report-quiz-en-with-post.md), to DIR. Without --out, they go beside the quiz when its
folder is a kit folder (it has a manifest.json, or is a kit build's quiz/ folder), else into score-reports/
beside the quiz file (a folder of their own, used again next time); the command prints where. DIR must be
new, empty, or a folder the kit wrote: the kit refuses (exit 2) a folder holding other files and never
replaces or deletes a file it did not write, nor a report you edited since it wrote it (--force replaces
edited kit files). Answers that cannot be matched are listed, not dropped.
Each response file is read against its own quiz: RESPONSES against --quiz, RESPONSES2 against --post-quiz
(else --quiz). A file with no column for any question of its quiz is refused (exit 2), naming the quiz
beside it that it does match, if any.
Names and emails are left out unless --include-names.

${LIMITS_HELP}`;

function readText(file: string, io: CliIO): Promise<string> {
  return readInputText(path.resolve(io.cwd, file), { shown: file });
}

/** The bytes of a response file, refused by its size before it is read (a missing file is readInputFile's to tell). */
async function readBytes(file: string, io: CliIO): Promise<Uint8Array> {
  const size = await stat(path.resolve(io.cwd, file)).then(
    (stats) => (stats.isFile() ? stats.size : 0),
    () => 0,
  );
  checkFileSize(size, file);
  return readInputFile(path.resolve(io.cwd, file), { shown: file });
}

/**
 * Where the reports go: --out (or the kit folder it belongs to); else beside the quiz when its folder is a kit folder
 * (a kit build's quiz/ counts as its build's), else score-reports/ beside the quiz, a kit folder of their own.
 */
async function resolveReportFolder(
  out: string | undefined,
  quizFile: string,
  io: CliIO,
): Promise<{ root: string; prefix: string; option: string; own: boolean }> {
  if (out) return { ...(await resolveKitTarget(path.resolve(io.cwd, out))), option: '--out', own: false };
  const quizFolder = path.dirname(path.resolve(io.cwd, quizFile));
  const beside = await resolveKitTarget(quizFolder);
  if (await isKitFolder(beside.root)) return { ...beside, option: 'Reports folder', own: false };
  return { root: path.join(quizFolder, 'score-reports'), prefix: '', option: 'Reports folder', own: true };
}

async function readQuiz(file: string, io: CliIO): Promise<Quiz> {
  return parseQuizJson(await readText(file, io), file);
}

export async function runQuizScore(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      quiz: { type: 'string' },
      post: { type: 'string' },
      'post-quiz': { type: 'string' },
      'include-names': { type: 'boolean' },
      paper: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    },
    'kit quiz score',
  );
  if (values.help) return (io.stdout(HELP), 0);
  if (positionals.length !== 1 || !values.quiz)
    throw new KitError('usage', 'kit quiz score needs one response file and --quiz quiz.json.', {
      hint: 'kit quiz score responses.csv --quiz output/tx-tarrant-county/quiz/quiz-en.json',
    });
  const paper = resolvePaperOption(values.paper, 'letter');
  const includeNames = Boolean(values['include-names']);
  const quiz = await readQuiz(values.quiz, io);
  const postQuiz = values['post-quiz'] ? await readQuiz(values['post-quiz'], io) : undefined;
  const file = positionals[0]!;
  // The report's folder is checked before anything is read or scored (writeOutputs checks it again).
  const target = await resolveReportFolder(values.out, values.quiz, io);
  await inspectOutputFolder(target.root, { option: target.option, writer: 'score' });
  const postFile = values.post;
  const { responses, post, reports, written, stem } = await scoreResponseFiles({
    quiz: { quiz, shown: values.quiz, path: path.resolve(io.cwd, values.quiz) },
    ...(postQuiz && values['post-quiz']
      ? { postQuiz: { quiz: postQuiz, shown: values['post-quiz'], path: path.resolve(io.cwd, values['post-quiz']) } }
      : {}),
    responses: { bytes: await readBytes(file, io), shown: file },
    ...(postFile ? { post: { bytes: await readBytes(postFile, io), shown: postFile } } : {}),
    includeNames,
    paper,
    target,
    force: Boolean(values.force),
    at: io.now().toISOString(),
  });
  const shown = showPath(io, path.join(written.outDir, target.prefix, stem));
  const postShown =
    post && postFile
      ? ` and ${formatCountNoun(post.participants.length, 'post response')} from ${path.basename(postFile)}`
      : '';
  io.stdout(
    `Scored ${formatCountNoun(responses.participants.length, 'response')} ` +
      `from ${path.basename(file)}${postShown}: ` +
      `${shown}.md, .pdf and .csv\n`,
  );
  const shownDir = showPath(io, written.outDir);
  for (const line of formatListing(reports, shownDir)) io.stdout(`${line}\n`);
  if (target.own)
    io.stdout(
      `(in a folder of their own beside the quiz, ` +
        `because ${showPath(io, path.dirname(written.outDir))}/ holds files the kit did ` +
        `not write; --out DIR chooses another)\n`,
    );
  reportLeftInPlace(written.leftInPlace, written.outDir, io);
  const problems = [...responses.problems, ...(post?.problems ?? [])];
  if (problems.length) {
    const { shown, more } = listProblems(problems);
    const lines = [
      ...shown.map((problem) => `  ${formatProblem(problem)}`),
      ...(more ? [`  ... and ${formatCount(more)} more (the report counts them too)`] : []),
    ];
    io.stderr(`Not scored (check these):\n${lines.join('\n')}\n`);
  }
  return 0;
}
