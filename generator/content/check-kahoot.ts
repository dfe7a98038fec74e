// Checks that every quiz question can be asked in Kahoot: its Kahoot wording (the `kahoot:` block, else
// its own) fits Kahoot's limits, a choose-all question has one-answer Kahoot options, and a translation's
// Kahoot answer is the English one.

import type { Problem } from '../errors.ts';
import { KAHOOT_LIMITS } from './kahoot-limits.ts';
import { withoutSources } from './markup.ts';
import type { Module } from './types.ts';

const length = (text: string) => [...withoutSources(text).trim()].length;

/** Problems of the module's questions in Kahoot, each naming the file and the question. */
export function checkKahootFit(module: Module, problems: Problem[]): void {
  for (const question of module.quiz) {
    const at = (message: string, value?: string) =>
      problems.push({
        file: module.file,
        column: `quiz:${question.id}`,
        message,
        ...(value === undefined ? {} : { value }),
      });
    const fix = 'add a shorter wording under kahoot: (see templates/curriculum/README.md)';
    const kahoot = question.kahoot ?? {};
    for (const [what, text] of [
      ['question', kahoot.question ?? question.question],
      ['reworded', kahoot.reworded ?? question.reworded],
    ] as const) {
      if (length(text) > KAHOOT_LIMITS.question)
        at(`its ${what} has ${length(text)} characters, over Kahoot's ${KAHOOT_LIMITS.question}: ${fix}`, text);
    }
    if (question.type === 'multiple' && !kahoot.options) {
      at(
        'is a choose-all question: Kahoot gives the points for any one right pick, so it needs kahoot: options ' +
          'with one right answer (see templates/curriculum/README.md)',
      );
    }
    const options = kahoot.options ?? question.options;
    if (options.length > KAHOOT_LIMITS.answers)
      at(`has ${options.length} options, over Kahoot's ${KAHOOT_LIMITS.answers}: ${fix}`);
    options.forEach((option, index) => {
      if (length(option) > KAHOOT_LIMITS.answer)
        at(
          `its option ${index + 1} has ${length(option)} characters, over Kahoot's ${KAHOOT_LIMITS.answer}: ${fix}`,
          option,
        );
    });
  }
}

/** Problems where a translated question's Kahoot options or answer differ in number from English. */
export function compareKahoot(
  english: Module['quiz'][number],
  translated: Module['quiz'][number],
  file: string,
  problems: Problem[],
): void {
  const want = english.kahoot;
  const have = translated.kahoot;
  if (want?.options?.length !== have?.options?.length || want?.answer !== have?.answer) {
    problems.push({
      file,
      column: `quiz:${english.id}`,
      message: 'has a different number of Kahoot options or a different Kahoot answer than in English',
    });
  }
}
