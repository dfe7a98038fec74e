// POST /api/score (multipart: results, post?, quiz): scores a Google Forms or Microsoft Forms results file against a
// quiz of a build, with the kit's scoring (what `kit quiz score` does), and writes the reports beside the quiz.

import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { resolveKitTarget } from '../../kit-folder.ts';
import { parseQuizJson } from '../../quiz/quiz-json.ts';
import { scoreResponseFiles } from '../../workshop/score-files.ts';
import type { ScoreReport } from '../../quiz/score/types.ts';
import { renderScoreMarkdown } from '../../quiz/score/report.ts';
import { HttpError } from '../errors.ts';
import { limitBody, UPLOAD_LIMITS } from '../limits.ts';
import type { AppEnv } from '../raw-path.ts';
import { resolveInside } from '../resolve-path.ts';
import { checkUploadType, pickFile, readUpload } from '../uploads.ts';

/** The report as the page shows it: participants, mean percent, each question's percent (and post), the text. */
export function describeScore(report: ScoreReport) {
  return {
    participants: report.pre.participants,
    mean: report.pre.meanPercent,
    ...(report.post ? { postParticipants: report.post.participants, postMean: report.post.meanPercent } : {}),
    perQuestion: report.questions.map((question) => ({
      number: question.number,
      text: question.text,
      percent: question.pre.percent,
      answered: question.pre.answered,
      post: question.post?.percent ?? null,
      change: question.change,
    })),
    text: renderScoreMarkdown(report, { language: report.language === 'es' ? 'es' : 'en' }),
  };
}

/** A path (relative, forward slashes) as a URL path, each segment encoded. */
function encodePath(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

export function scoreRoutes(options: { outDir: string; now: () => Date }): Hono<AppEnv> {
  const body = limitBody(2 * UPLOAD_LIMITS.results + 64 * 1024, 'Two results files');
  return new Hono<AppEnv>().post('/api/score', body, async (c) => {
    const form = await c.req.parseBody();
    const quizField = form.quiz;
    if (typeof quizField !== 'string' || !/\.json$/i.test(quizField))
      throw new HttpError(400, 'Choose the quiz of a build (quiz/quiz-LANG.json) to score against.');
    const results = pickFile(form, 'results');
    if (!results) throw new HttpError(400, 'Add the results file (Google Forms .csv or Microsoft Forms .xlsx).');
    const postFile = pickFile(form, 'post');
    const read = async (file: File) => {
      const bytes = await readUpload(file, UPLOAD_LIMITS.results, 'a results file');
      checkUploadType(file.name, bytes, ['csv', 'xlsx']);
      return { bytes, shown: path.basename(file.name) };
    };
    const responses = await read(results);
    const post = postFile ? await read(postFile) : undefined;
    const quizPath = await resolveInside(options.outDir, encodePath(quizField));
    const quiz = parseQuizJson(await readFile(quizPath, 'utf8'), quizField);
    const target = await resolveKitTarget(path.dirname(quizPath));
    const scored = await scoreResponseFiles({
      quiz: { quiz, shown: quizField, path: quizPath },
      responses,
      ...(post ? { post } : {}),
      includeNames: false,
      paper: 'letter',
      target: { ...target, option: 'The build folder' },
      force: false,
      at: options.now().toISOString(),
      flags: { quiz: 'the quiz', postQuiz: 'the post quiz' },
    });
    const folder = path
      .relative(await realpath(options.outDir), scored.written.outDir)
      .split(path.sep)
      .join('/');
    return c.json({
      report: describeScore(scored.report),
      pdf: `/files/${encodePath(`${folder}/${target.prefix}${scored.stem}.pdf`)}`,
    });
  });
}
