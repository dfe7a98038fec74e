// Vitest settings for `npm run mutate`: only the fast test files that check the fact-deciding modules, one group
// at a time (STRYKER_GROUP), so that each mutant reruns seconds of tests rather than the whole suite.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const GROUPS: Record<string, string[]> = {
  // Not import-real-files.test.ts: it reads every real ICE workbook, seconds for every mutant of the import.
  data: ['tests/data/{malformed,normalize,repeats-and-near-names,mutants}.test.ts'],
  // Not resolve.test.ts and search.test.ts: they load the shipped data set before their tests.
  regions: ['tests/regions/mutants.test.ts', 'tests/content/stamp-mutants.test.ts'],
  // Not region-quiz.test.ts nor exports.test.ts: through tests/quiz/helpers.ts they load the whole build and the
  // XSD validator, seconds for every mutant on this machine.
  quiz: ['tests/quiz/{kahoot-form,escape-mutants}.test.ts'],
  // Not read-responses, load-responses and paired.test.ts: they load the whole CLI or render PDF reports.
  score: ['tests/quiz-score/{score,score-mutants}.test.ts'],
};

const group = process.env.STRYKER_GROUP ?? 'data';
if (!GROUPS[group]) throw new Error(`STRYKER_GROUP=${group} is not one of ${Object.keys(GROUPS).join(', ')}`);

// Stryker runs the tests in a copy of the project under .stryker-tmp/, so ../shared is found from the real checkout.
const here = path.dirname(fileURLToPath(import.meta.url));
const checkout = here.split(`${path.sep}.stryker-tmp${path.sep}`)[0];

export default defineConfig({
  test: {
    include: GROUPS[group],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { KIT_TODAY: '2026-11-28', KIT_ICE_DIR: path.resolve(checkout, '..', 'shared', 'data', 'ice-287g') },
  },
});
