// Mutation testing of the modules that decide what a trainer prints (issue 13), one group at a time:
// `npm run mutate -- data|regions|quiz|score` (tests/mutate.mjs sets STRYKER_GROUP); see README "Development".
// vitest.stryker.config.ts picks the fast test files for the same group.

const GROUPS = {
  data: ['generator/data/{import,normalize,columns,near-names,as-of}.ts'],
  // content/stamp.ts: the data's date and source on every output, and the line every page and slide carries.
  regions: [
    'generator/regions/{agencies,catalog,resolve}.ts',
    'generator/regions/summary.ts',
    'generator/content/stamp.ts',
  ],
  quiz: ['generator/quiz/{gift,qti,moodle-xml,csv,kahoot,xml}.ts'],
  score: ['generator/quiz/score/{score,match-answer,read-responses}.ts'],
};

const group = process.env.STRYKER_GROUP ?? 'data';
if (!GROUPS[group]) throw new Error(`STRYKER_GROUP=${group} is not one of ${Object.keys(GROUPS).join(', ')}`);

// Message wording is left out outside the quiz exports, to keep a run within the machine's time (the tests still
// pin the messages); in the exports a string literal is an escape or a tag, so there they stay.
const excludedMutations = group === 'quiz' ? [] : ['StringLiteral'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: GROUPS[group],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  ignoreStatic: true,
  // A mutant that loops forever is caught in seconds, not minutes; a timeout counts as killed.
  timeoutMS: 5_000,
  mutator: { excludedMutations },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['output', 'bench'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  htmlReporter: { fileName: `reports/mutation/${group}.html` },
  jsonReporter: { fileName: `reports/mutation/${group}.json` },
  incremental: true,
  incrementalFile: `reports/mutation/${group}-incremental.json`,
};
