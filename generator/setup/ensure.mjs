#!/usr/bin/env node
// @ts-check
// `node generator/setup/ensure.mjs start|test`: the step `npm start` and `npm test` run first, so that a fresh clone
// needs no other command. Installs what planSetup decides, or prints the command to run and exits 1.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gatherFacts } from './facts.mjs';
import { describeRetry, listNeededTools, planSetup } from './plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const command = process.argv[2];

/** @param {string} message */
const say = (message) => console.error(message.replace(/^/gm, 'setup: '));

if (command !== 'start' && command !== 'test') {
  say(`usage: node generator/setup/ensure.mjs start|test (got ${JSON.stringify(command ?? '')})`);
  process.exit(2);
}

const plan = planSetup(command, gatherFacts(root, process.env));
if (plan.stop) {
  say(plan.stop);
  process.exit(1);
}
for (const [index, step] of plan.steps.entries()) {
  say(step.what);
  const result = spawnSync(step.argv[0] ?? '', step.argv.slice(1), {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...step.env },
  });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    say(
      `${step.argv.join(' ')} failed (${why}); no network, perhaps. Once it can, run:\n` +
        `  ${describeRetry(plan.steps.slice(index))}\nthen npm ${command} again.`,
    );
    process.exit(1);
  }
}
if (plan.steps.length > 0) {
  // apt-get may succeed yet leave a tool off PATH (another distribution's package names, a PATH without /usr/bin).
  const facts = gatherFacts(root, process.env);
  const still = listNeededTools(command).filter((tool) => facts.missing.includes(tool));
  if (still.length > 0 || facts.npm.state !== 'current') {
    const what = [...still, ...(facts.npm.state === 'current' ? [] : ['the npm packages'])].join(', ');
    say(`installed, yet still missing: ${what}. Check PATH (${process.env.PATH ?? ''}) and CHROME_PATH.`);
    process.exit(1);
  }
  say('ready');
}
