// `npm run mutate -- <group>`: Stryker on one group of fact-deciding modules (stryker.config.mjs lists them) with the
// fast tests that check them (vitest.stryker.config.ts). Extra arguments go to `stryker run`.

import { spawnSync } from 'node:child_process';

const GROUPS = ['data', 'regions', 'quiz', 'score'];
const [group, ...rest] = process.argv.slice(2);
if (!GROUPS.includes(group)) {
  console.error(`npm run mutate -- <group>: name one of ${GROUPS.join(', ')} (got ${group ?? 'nothing'}).`);
  process.exit(2);
}
const result = spawnSync('npx', ['stryker', 'run', ...rest], {
  stdio: 'inherit',
  env: { ...process.env, STRYKER_GROUP: group },
});
process.exit(result.status ?? 1);
