// Scores response files against their quiz and writes the reports (Markdown, PDF with a chart, CSV) into a kit
// folder: what `kit quiz score` and the app's scoring both do, from bytes already read.

import path from 'node:path';
import type { Paper } from '../config/types.ts';
import { KitError } from '../errors.ts';
import { recordOf } from '../output-record.ts';
import { formatCountNoun } from '../plural.ts';
import { writeOutputs, type RecordedFile } from '../write.ts';
import { recordAddition, reindexKitFolder } from './merge.ts';
import type { Quiz } from '../quiz/types.ts';
import { findMatchingQuiz } from '../quiz/score/find-quiz.ts';
import { checkFileSize } from '../quiz/score/limits.ts';
import { loadResponses } from '../quiz/score/load-responses.ts';
import { renderScoreCsv, renderScoreMarkdown } from '../quiz/score/report.ts';
import { renderScorePdf } from '../quiz/score/report-pdf.ts';
import { scoreQuiz } from '../quiz/score/score.ts';
import { EXPORT_ADVICE } from '../quiz/score/sniff-file.ts';
import type { ResponseSet, ScoreReport } from '../quiz/score/types.ts';

/** A response file as read: its bytes and how messages name it (the path as the user gave it, or its name). */
export interface ResponseFile {
  bytes: Uint8Array;
  shown: string;
}

/** A quiz as read: the quiz, how messages name its file, its absolute path (where other quizzes are looked for). */
export interface QuizFile {
  quiz: Quiz;
  shown: string;
  path: string;
}

export interface ScoreFilesOptions {
  quiz: QuizFile;
  postQuiz?: QuizFile; // the post form's quiz (else the post file is read against `quiz`)
  responses: ResponseFile;
  post?: ResponseFile;
  includeNames: boolean;
  paper: Paper;
  target: { root: string; prefix: string; option: string }; // the kit folder the reports go in, and their subfolder
  force: boolean; // replace reports edited since the kit wrote them
  at: string; // ISO timestamp for the manifest
  // how the quiz options are named in a hint (the CLI's --quiz and --post-quiz)
  flags?: { quiz: string; postQuiz: string };
}

export interface ScoredFiles {
  report: ScoreReport;
  responses: ResponseSet;
  post: ResponseSet | undefined;
  reports: RecordedFile[]; // md, pdf and csv, in that order
  written: Awaited<ReturnType<typeof writeOutputs>>;
  stem: string; // the reports' name without extension (score-report-quiz-en)
}

/**
 * Refuses (exit 2) a response file with no column for any question of its quiz, naming the other kit quiz beside that
 * quiz whose questions it has, if one does (`given`: how the quiz was given; `flag`: the option to name it with).
 */
async function checkQuestionsFound(
  responses: ResponseSet,
  file: ResponseFile,
  quiz: QuizFile,
  given: string,
  flag: string,
): Promise<void> {
  if (responses.questionIds.length > 0) return;
  const other = await findMatchingQuiz(file.bytes, path.basename(file.shown), path.dirname(quiz.path), [
    path.basename(quiz.path),
  ]);
  const otherShown = other ? path.join(path.dirname(quiz.shown), other.name) : null;
  throw new KitError(
    'bad-input',
    `${file.shown}: none of its columns is a question of ${quiz.shown} (${given}), so nothing was scored.`,
    {
      problems: otherShown ? [] : responses.problems, // the column-by-column advice, when no other quiz fits
      hint: otherShown
        ? `It has columns for ${formatCountNoun(other!.questions, 'question')} of ${otherShown}: did you ` +
          `mean ${flag} ${otherShown}?`
        : `Give ${flag} the quiz-LANG.json this form was made from (the post form's is ` +
          `quiz-LANG-post.json), or add [question-id] to the column headers.`,
    },
  );
}

/**
 * Reads, scores and writes: each response file against its own quiz (size-checked, then parsed, never run), the
 * report of both, and score-report-QUIZ[-with-post].md/.pdf/.csv written into `target` under the kit's folder rule.
 * Throws the kit's KitError (bad-input) for a file too big, of the wrong kind, with no question columns or no answers.
 */
export async function scoreResponseFiles(options: ScoreFilesOptions): Promise<ScoredFiles> {
  const { quiz, postQuiz, target } = options;
  const flags = options.flags ?? { quiz: '--quiz', postQuiz: '--post-quiz' };
  checkFileSize(options.responses.bytes.byteLength, options.responses.shown);
  const responses = await loadResponses(options.responses.bytes, path.basename(options.responses.shown), quiz.quiz, {
    includeNames: options.includeNames,
    ...(postQuiz ? { wordings: [postQuiz.quiz] } : {}),
  });
  await checkQuestionsFound(responses, options.responses, quiz, flags.quiz, flags.quiz);
  let post: ResponseSet | undefined;
  if (options.post) {
    checkFileSize(options.post.bytes.byteLength, options.post.shown);
    post = await loadResponses(options.post.bytes, path.basename(options.post.shown), (postQuiz ?? quiz).quiz, {
      includeNames: options.includeNames,
      wordings: postQuiz ? [quiz.quiz] : [],
    });
    await checkQuestionsFound(
      post,
      options.post,
      postQuiz ?? quiz,
      postQuiz ? flags.postQuiz : `${flags.quiz}, as no ${flags.postQuiz} was given`,
      flags.postQuiz,
    );
  }
  if (responses.participants.length === 0) {
    throw new KitError('bad-input', `${options.responses.shown}: no answers could be read.`, {
      problems: responses.problems,
      hint: `Export the responses from the form tool with one column per question. ${EXPORT_ADVICE}`,
    });
  }
  const report = scoreQuiz(quiz.quiz, responses, post, postQuiz ? { postQuiz: postQuiz.quiz } : {});
  const language = quiz.quiz.language === 'es' ? 'es' : 'en';
  // Beside the quiz by default, named after it, so that a report never takes a quiz's name or another quiz's report's.
  const stem = `score-report-${path
    .basename(quiz.shown)
    .replace(/\.json$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')}${post ? '-with-post' : ''}`;
  const quizName = path.basename(quiz.shown);
  const record = (extension: string, bytes: Uint8Array | string, as: string): RecordedFile => ({
    ...recordOf(`${target.prefix}${stem}.${extension}`, {
      kind: 'score',
      languages: [language],
      audience: 'trainer', // the class's answers, by name with --include-names
      group: 'read',
      purpose:
        `The results of ${quizName}${post ? ' and its post form' : ''} as ${as}: percent correct per ` +
        `question, the most-missed questions, the scores (kit quiz score).`,
    }),
    bytes,
    language,
  });
  const reports = [
    record('md', renderScoreMarkdown(report, { language }), 'text'),
    record(
      'pdf',
      await renderScorePdf(report, { language, date: quiz.quiz.dataAsOf, paper: options.paper }),
      'PDF with a chart',
    ),
    record('csv', renderScoreCsv(report), 'CSV'),
  ];
  const written = await writeOutputs(target.root, reports, {
    manifest: recordAddition('kit quiz score', options.at),
    index: reindexKitFolder,
    writer: 'score',
    option: target.option,
    force: options.force,
  });
  return { report, responses, post, reports, written, stem };
}
