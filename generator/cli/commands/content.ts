// `kit content check | readability | mark-translated`: keep the curriculum complete, plain and in step
// across languages.

import path from 'node:path';
import { stringify } from 'yaml';
import { checkCurriculum, lockFor } from '../../content/check.ts';
import { loadCurriculum, LOCK_FILE } from '../../content/load.ts';
import { isPlainEnough, measureReadability, participantText } from '../../content/readability.ts';
import { formatProblem, KitError } from '../../errors.ts';
import { CURRICULUM_DIR } from '../../paths.ts';
import { checkFolder } from '../../read-input.ts';
import { replaceFile } from '../../replace-file.ts';
import { didYouMean } from '../../suggest.ts';
import { parse } from '../args.ts';
import { showPath, type CliIO } from '../io.ts';
import { formatCountNoun } from '../../plural.ts';

const HELP = `Usage:
  kit content check [--lang L] [--json] [--strict]
      Checks every module and lists, per language, what is missing, extra, or stale (translated from an
      older English text). Exits 1 on errors; with --strict also when anything is missing or stale.
  kit content readability [--lang L]
      Reading level of each module's participant text: US grade (English, 8 or below) or
      Fernandez-Huerta ease (Spanish, 70 or above).
  kit content mark-translated L
      After updating language L to match the English text, records that it is up to date.
Options: --curriculum DIR reads another curriculum folder (default: templates/curriculum).
`;

const SUBCOMMANDS = ['check', 'readability', 'mark-translated'];

export async function runContent(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') return (io.stdout(HELP), 0);
  if (!SUBCOMMANDS.includes(sub)) {
    throw new KitError('usage', `unknown content command "${sub}".${didYouMean(sub, SUBCOMMANDS)}`, {
      hint: 'Use check, readability or mark-translated.',
    });
  }
  const { values, positionals } = parse(
    rest,
    {
      lang: { type: 'string' },
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      curriculum: { type: 'string' },
    },
    `kit content ${sub}`,
  );
  if (values.help) return (io.stdout(HELP), 0);
  const dir = values.curriculum ? path.resolve(io.cwd, values.curriculum) : CURRICULUM_DIR;
  if (values.curriculum)
    checkFolder(dir, values.curriculum, '--curriculum names a folder with one folder per language (en/, es/).');
  const curriculum = await loadCurriculum(dir);
  const only = values.lang;
  if (only && !curriculum.languages.has(only))
    throw new KitError('not-found', `There is no curriculum in "${only}".`, {
      hint: `Languages: ${[...curriculum.languages.keys()].join(', ')}.`,
    });

  if (sub === 'check') {
    const report = checkCurriculum(curriculum);
    const languages = report.languages.filter((language) => !only || language.language === only);
    if (values.json) {
      io.stdout(`${JSON.stringify({ problems: report.problems, languages }, null, 2)}\n`);
    } else {
      for (const language of languages) {
        io.stdout(
          `${language.language} ` +
            `(${language.name}): ` +
            `${language.complete ? 'complete' : `${language.missing.length} missing`}, ` +
            `${language.stale.length} stale, ${language.extra.length} extra; ` +
            `${language.reviewed ? 'checked by a fluent reviewer' : 'not yet checked by a fluent reviewer'}\n`,
        );
        for (const [label, units] of [
          ['missing', language.missing],
          ['stale', language.stale],
          ['extra', language.extra],
        ] as const) {
          for (const unit of units.slice(0, 40)) io.stdout(`  ${label}: ${unit}\n`);
          if (units.length > 40) io.stdout(`  ... ${units.length - 40} more ${label}\n`);
        }
      }
      for (const problem of report.problems) io.stderr(`  ${formatProblem(problem)}\n`);
    }
    if (report.problems.length > 0) return 1;
    return values.strict && languages.some((language) => !language.complete || language.stale.length > 0) ? 1 : 0;
  }
  if (sub === 'readability') {
    let failed = false;
    for (const [code, content] of curriculum.languages) {
      if (only && code !== only) continue;
      for (const module of content.modules.values()) {
        const result = measureReadability(participantText(module), code);
        failed ||= !isPlainEnough(result);
        io.stdout(
          `${code}  ${module.key.padEnd(22)} ` +
            `${result.formula === 'fernandez-huerta' ? 'ease ' : 'grade'} ` +
            `${result.score.toFixed(1).padStart(5)}  ${isPlainEnough(result) ? 'ok' : 'TOO HARD'}\n`,
        );
      }
    }
    return failed ? 1 : 0;
  }
  if (sub === 'mark-translated') {
    const language = positionals[0];
    if (!language || !curriculum.languages.has(language) || language === curriculum.sourceLanguage) {
      throw new KitError('usage', 'kit content mark-translated needs a translated language, e.g. es.', {
        hint:
          `Languages: ` +
          `${[...curriculum.languages.keys()].filter((code) => code !== curriculum.sourceLanguage).join(', ')}.`,
      });
    }
    const lock = lockFor(curriculum, language);
    const file = path.join(dir, language, LOCK_FILE);
    await replaceFile(
      file,
      `# Which English text each ${language} unit was translated from (written by kit content ` +
        `mark-translated).\n${stringify(lock, { sortMapEntries: true })}`,
    );
    io.stdout(
      `Recorded ${formatCountNoun(Object.keys(lock).length, `${language} unit`)} as up to date with ` +
        `English in ${showPath(io, file)}.\n`,
    );
    return 0;
  }
  throw new KitError('usage', `unknown content command "${sub}".`, {
    hint: 'Use check, readability or mark-translated.',
  });
}
