// A build is reused only by the same kit: a copy of the kit, run as a user runs it, builds again after an edit to its
// own code or templates; and the hash behind that covers the kit's code, assets and installed dependencies only.

import { execFile } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../generator/paths.ts';
import { hashKitSources, hashKitSourcesOnce } from '../../generator/workshop/hash-sources.ts';
import { tempDir } from '../helpers.ts';

const run = promisify(execFile);

/** A copy of the kit as a user's checkout holds it: its sources and data, with this kit's node_modules linked. */
function copyKit(): string {
  const copy = tempDir('kit-copy-');
  for (const part of ['generator', 'slides', 'templates', 'data', 'package.json', 'tsconfig.json'])
    cpSync(path.join(KIT_ROOT, part), path.join(copy, part), { recursive: true });
  symlinkSync(realpathSync(path.join(KIT_ROOT, 'node_modules')), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

/** `kit ARGV` of the kit in `root`, spawned as a user would run it; its first line of output. */
async function runKitIn(root: string, argv: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(root, 'generator', 'cli', 'kit.mjs'), ...argv], {
    cwd: root,
    env: { ...process.env, KIT_TODAY: '2026-11-28' },
  });
  return stdout.split('\n')[0]!;
}

/** A root holding one file of each kind the kit hash covers, and some it does not. */
function fakeKit(): string {
  const root = tempDir('kit-fake-');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('generator/cli/main.ts', 'export {};\n');
  write('slides/styles/index.css', 'body {}\n');
  write('templates/summary.md.hbs', '# {{name}}\n');
  write('package.json', '{"version":"0.1.0"}\n');
  write('tsconfig.json', '{}\n');
  write('node_modules/.package-lock.json', '{"packages":{"node_modules/pdf-lib":{"version":"1.17.1"}}}\n');
  write('package-lock.json', '{"packages":{}}\n');
  write('output/tx-keller/region-summary.md', '# Keller\n');
  write('tests/a.test.ts', '\n');
  write('README.md', '# Kit\n');
  return root;
}

describe('reusing a build made by other kit sources', () => {
  it(
    'builds again in a copy of the kit after a comment or a template changed, and reuses the build ' + 'otherwise',
    async () => {
      const copy = copyKit();
      const out = path.join(tempDir(), 'keller');
      const argv = [
        'build',
        '--fast',
        '--only',
        'summary',
        '--region',
        'tx/agency/keller-police-department',
        '--out',
        out,
      ];
      expect(await runKitIn(copy, argv)).toMatch(/^Built the workshop/);
      expect(await runKitIn(copy, argv)).toMatch(/^Unchanged since the last build: reused/);

      appendFileSync(path.join(copy, 'generator', 'regions', 'summary.ts'), '// An edit that changes no output.\n');
      expect(await runKitIn(copy, argv)).toMatch(/^Built the workshop/);
      expect(await runKitIn(copy, argv)).toMatch(/^Unchanged since the last build: reused/);

      appendFileSync(path.join(copy, 'templates', 'summary.md.hbs'), '\nPrinted by the edited template.\n');
      expect(await runKitIn(copy, argv)).toMatch(/^Built the workshop/);
      expect(readFileSync(path.join(out, 'region-summary.md'), 'utf8')).toMatch(/Printed by the edited template\.\n$/);
    },
  );

  it('hashes a copy of the kit as the kit itself, wherever it lies', async () => {
    expect(await hashKitSources(copyKit())).toBe(await hashKitSources(KIT_ROOT));
  });

  it('changes with every source, package file and the installed dependencies, and with nothing else', async () => {
    const root = fakeKit();
    const first = await hashKitSources(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const seen = new Set([first]);
    const changes: [string, () => void][] = [
      ['a file outside the sources', () => writeFileSync(path.join(root, 'output/tx-keller/region-summary.md'), 'x')],
      ['a test', () => writeFileSync(path.join(root, 'tests/b.test.ts'), '\n')],
      ['the README', () => appendFileSync(path.join(root, 'README.md'), 'more\n')],
    ];
    for (const [what, change] of changes) {
      change();
      expect(await hashKitSources(root), what).toBe(first);
    }
    const edits: [string, () => void][] = [
      ['generator code', () => appendFileSync(path.join(root, 'generator/cli/main.ts'), '// comment\n')],
      ['a new generator file', () => writeFileSync(path.join(root, 'generator/cli/other.ts'), '')],
      [
        'a file renamed',
        () => renameSync(path.join(root, 'generator/cli/other.ts'), path.join(root, 'generator/cli/renamed.ts')),
      ],
      ['a slide style', () => appendFileSync(path.join(root, 'slides/styles/index.css'), 'p {}\n')],
      ['a template', () => appendFileSync(path.join(root, 'templates/summary.md.hbs'), 'more\n')],
      ['package.json', () => writeFileSync(path.join(root, 'package.json'), '{"version":"0.1.1"}\n')],
      ['tsconfig.json', () => writeFileSync(path.join(root, 'tsconfig.json'), '{"compilerOptions":{}}\n')],
      [
        'an installed dependency',
        () =>
          writeFileSync(
            path.join(root, 'node_modules/.package-lock.json'),
            '{"packages":{"node_modules/pdf-lib":{"version":"1.17.2"}}}\n',
          ),
      ],
      ['no record of node_modules: the lock file', () => rmSync(path.join(root, 'node_modules/.package-lock.json'))],
      ['the lock file', () => writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"":{}}}\n')],
    ];
    for (const [what, edit] of edits) {
      edit();
      const hash = await hashKitSources(root);
      expect(seen.has(hash), what).toBe(false);
      seen.add(hash);
    }
  });

  it('hashes the running kit once per process', async () => {
    const once = hashKitSourcesOnce();
    expect(hashKitSourcesOnce()).toBe(once);
    expect(await once).toBe(await hashKitSources(KIT_ROOT));
  });
});
