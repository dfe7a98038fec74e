// `kit quiz`: the quiz alone, with its seed, version and form; `kit quiz score`: results from a form's
// response file.

import path from 'node:path';
import { DEFAULT_QUIZ_QUESTIONS, prepareWorkshop } from '../../workshop/prepare.ts';
import { outputFolderName } from '../../workshop/kinds.ts';
import { describeUnprinted, listSourceFields } from '../../workshop/unprinted.ts';
import { KitError, type Problem } from '../../errors.ts';
import { DEFAULT_OUTPUT_DIR } from '../../paths.ts';
import { makeQuiz, renderQuizFiles, type QuizFile } from '../../quiz/outputs.ts';
import { didYouMean } from '../../suggest.ts';
import { writeOutputs } from '../../write.ts';
import { inspectOutputFolder, resolveKitTarget } from '../../kit-folder.ts';
import { recordAddition, reindexKitFolder } from '../../workshop/merge.ts';
import { reportLeftInPlace } from '../io.ts';
import { DATA_DIR_OPTION, parse } from '../args.ts';
import { flagProblem, pickChoice, resolveWorkshopOptions } from '../options.ts';
import { today, type CliIO, showPath } from '../io.ts';
import { runQuizScore } from './quiz-score.ts';
import { printConfigNotes } from '../config-notes.ts';
import { formatCountNoun } from '../../plural.ts';
import { formatListing } from '../listing.ts';

const HELP = `Usage:
  kit quiz (--config FILE | --region R) [--lang en,es] [--questions N] [--seed S] [--version A|B]
           [--form pre|post] [--paper letter|a4] [--out DIR] [--force]
      The quiz for a region: quiz-LANG.json (the canonical form), .gift.txt (Moodle, Google Forms GIFT
      add-on), .moodle.xml, .qti.zip (Canvas), .kahoot.xlsx (Kahoot; choice questions that fit), .csv,
      quiz-LANG.pdf to print and answer-key-LANG.pdf. The same seed gives the same quiz; version B shuffles
      questions and answers differently; the post form asks the same things in other words.
      Each form and version has its own names, so they live side by side: quiz-en.json (pre, A),
      quiz-en-B.json, quiz-en-post.json, quiz-en-post-B.json, and the same for every other file.
      DIR (default: output/<region>/quiz/) must be new, empty, or a folder the kit wrote (it has a
      manifest.json, or is a kit build's quiz/ folder): the kit refuses (exit 2) a folder holding other
      files, and never replaces or deletes a file it did not write, nor a kit file edited since the kit
      wrote it (--force replaces edited kit files).
  kit quiz score RESPONSES.csv|.xlsx --quiz quiz-en.json [--post RESPONSES2.csv|.xlsx [--post-quiz quiz-en-post.json]]
           [--include-names] [--out DIR] [--force]
      Scores a Google Forms or Microsoft Forms response file (kit quiz score --help).
`;

export async function runQuiz(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'score') return runQuizScore(argv.slice(1), io);
  // kit quiz takes no words of its own: a first word that is not an option is a mistyped subcommand.
  if (argv[0] !== undefined && !argv[0].startsWith('-')) {
    throw new KitError('usage', `unknown quiz command "${argv[0]}".${didYouMean(argv[0], ['score'])}`, {
      hint: 'Use kit quiz --region R, or kit quiz score FILE; see `kit quiz --help`.',
    });
  }
  const { values } = parse(
    argv,
    {
      config: { type: 'string' },
      region: { type: 'string' },
      lang: { type: 'string' },
      questions: { type: 'string' },
      seed: { type: 'string' },
      version: { type: 'string' },
      form: { type: 'string' },
      paper: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      ...DATA_DIR_OPTION,
    },
    'kit quiz',
  );
  if (values.help) return (io.stdout(HELP), 0);
  const problems: Problem[] = [];
  const count = values.questions === undefined ? DEFAULT_QUIZ_QUESTIONS : Number(values.questions);
  if (!Number.isInteger(count) || count < 1)
    problems.push(flagProblem('questions', values.questions, 'give a whole number of questions, 1 or more.'));
  const version = pickChoice('version', values.version, ['A', 'B'] as const, problems) ?? 'A';
  const form = pickChoice('form', values.form, ['pre', 'post'] as const, problems) ?? 'pre';

  const options = await resolveWorkshopOptions(values, io, { problems });
  const config = { ...options.config, languages: options.languages };
  printConfigNotes(config, io);
  if (values.out)
    await inspectOutputFolder((await resolveKitTarget(path.resolve(io.cwd, values.out))).root, {
      writer: 'quiz',
    });
  const prepared = await prepareWorkshop({ dataDir: options.dataDir, config, today: today(io) });
  const seed = values.seed ?? prepared.region.id;
  // Without --out the quiz joins the region's kit folder (its quiz/), listed in that folder's manifest.
  const target = values.out
    ? await resolveKitTarget(path.resolve(io.cwd, values.out))
    : { root: path.join(DEFAULT_OUTPUT_DIR, outputFolderName(prepared.region)), prefix: 'quiz/' };
  const files: QuizFile[] = [];
  const warnings: string[] = [];
  for (const content of prepared.contents) {
    const quiz = makeQuiz(content, prepared.summary, { seed, count, version, form });
    const rendered = await renderQuizFiles(quiz, content, options.paper, '', 'quiz-form');
    files.push(...rendered.files);
    warnings.push(
      ...rendered.files.flatMap((file) => file.warnings),
      ...describeUnprinted(rendered.files, listSourceFields(config, prepared.summary)),
    );
  }
  const written = await writeOutputs(
    target.root,
    files.map((file) => ({ ...file, path: `${target.prefix}${file.path}`, listAs: `${target.prefix}${file.listAs}` })),
    {
      manifest: recordAddition('kit quiz', io.now().toISOString()),
      index: reindexKitFolder,
      writer: 'quiz',
      option: values.out ? '--out' : 'Output folder',
      force: Boolean(values.force),
    },
  );
  const outDir = path.join(written.outDir, target.prefix);
  const shown = showPath(io, outDir);
  io.stdout(
    `Quiz for ${prepared.region.name}: version ${version}, ${form} form, seed ` +
      `"${seed}", ${formatCountNoun(count, 'question')}, in ${shown}/\n`,
  );
  for (const line of formatListing(files, shown, 52)) io.stdout(`${line}\n`);
  reportLeftInPlace(written.leftInPlace, written.outDir, io);
  for (const warning of warnings) io.stderr(`Note: ${warning}\n`);
  return 0;
}
