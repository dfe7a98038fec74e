// The facts the setup step reads from the machine, and the step itself run as `npm test` runs it, with a PATH that
// lacks the PDF tools.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserCandidates } from '../../generator/deck/slidev.ts';
import { gatherFacts, isOnPath, listBrowserCandidates, readNpmState } from '../../generator/setup/facts.mjs';
import { KIT_ROOT } from '../../generator/paths.ts';
import { tempDir } from '../helpers.ts';

const ENSURE = path.join(KIT_ROOT, 'generator', 'setup', 'ensure.mjs');

/** A project folder whose package.json wants `a` and `b`, locked at 1.0.0, with `installed` in node_modules. */
function project(installed: Record<string, string> | null): string {
  const dir = tempDir('kit-setup-');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ dependencies: { a: '1.0.0' }, devDependencies: { b: '1.0.0' } }),
  );
  const packages = { '': {}, 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '1.0.0' } };
  writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages }));
  for (const [name, version] of Object.entries(installed ?? {})) {
    mkdirSync(path.join(dir, 'node_modules', name), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  if (installed) mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  return dir;
}

/** A folder holding an executable for each name, to stand in PATH. */
function binFolder(names: string[]): string {
  const dir = tempDir('kit-bin-');
  for (const name of names) {
    writeFileSync(path.join(dir, name), '#!/bin/sh\n');
    chmodSync(path.join(dir, name), 0o755);
  }
  return dir;
}

describe('reading the facts of a machine', () => {
  it('finds node_modules missing, current, or stale against package-lock.json, naming the package', () => {
    expect(readNpmState(project(null))).toEqual({ state: 'missing' });
    expect(readNpmState(project({ a: '1.0.0', b: '1.0.0' }))).toEqual({ state: 'current' });
    expect(readNpmState(project({ a: '1.0.0', b: '0.9.0' }))).toEqual({
      state: 'stale',
      detail: 'b 0.9.0 is installed, package-lock.json has 1.0.0',
      linked: false,
    });
    expect(readNpmState(project({ b: '1.0.0' }))).toMatchObject({
      detail: 'a is not installed, package-lock.json has 1.0.0',
    });
  });

  it('tells a node_modules that is a link to another folder', () => {
    const shared = project({ a: '1.0.0' });
    const linked = project(null);
    symlinkSync(path.join(shared, 'node_modules'), path.join(linked, 'node_modules'));
    expect(readNpmState(linked)).toMatchObject({ state: 'stale', linked: true });
  });

  it("finds this project's own node_modules current", () => {
    expect(readNpmState(KIT_ROOT)).toEqual({ state: 'current' });
  });

  it('finds only executables, in the folders PATH lists', () => {
    const bin = binFolder(['qpdf']);
    writeFileSync(path.join(bin, 'pdfinfo'), 'not executable');
    expect(isOnPath('qpdf', `/nonexistent${path.delimiter}${bin}`)).toBe(true);
    expect(isOnPath('pdfinfo', bin)).toBe(false);
    expect(isOnPath('qpdf', '')).toBe(false);
  });

  it('looks for a browser where the kit does, in the same order', () => {
    const env = { CHROME_PATH: '/opt/my/chrome' };
    expect(listBrowserCandidates(env, KIT_ROOT)).toEqual(browserCandidates(env));
  });

  it('lists the tools that PATH lacks', () => {
    const facts = gatherFacts(KIT_ROOT, { PATH: binFolder(['pdftoppm', 'apt-get']), CHROME_PATH: '/nonexistent' });
    expect(facts.aptGet).toBe(true);
    expect(facts.missing).toEqual(expect.arrayContaining(['pdffonts', 'pdfinfo', 'qpdf']));
    expect(facts.missing).not.toContain('pdftoppm');
  });
});

describe('the setup step as npm runs it', () => {
  /** ensure.mjs run by this Node with `bin` as the whole PATH; CHROME_PATH names a file that exists, so that the
   *  browser counts as found whether or not this machine has /usr/bin/chromium. */
  const ensure = (command: string, bin: string) =>
    spawnSync(process.execPath, [ENSURE, command], {
      encoding: 'utf8',
      env: { PATH: bin, CHROME_PATH: process.execPath },
    });

  it('stops with exit 1 and names the missing tools where there is no apt-get', () => {
    const result = ensure('test', binFolder([]));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^setup: npm test needs tools this machine lacks:/);
    expect(result.stderr).toContain('setup:   qpdf (Debian package qpdf)');
    expect(result.stderr).toContain('no apt-get');
  });

  it('runs apt-get update and install when root, then fails if the tools are still not on PATH', () => {
    const bin = binFolder([]);
    const log = path.join(bin, 'apt-get.log');
    writeFileSync(path.join(bin, 'apt-get'), `#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> ${log}\n`);
    chmodSync(path.join(bin, 'apt-get'), 0o755);
    const result = ensure('test', bin);
    expect(result.status).toBe(1);
    if (process.getuid?.() === 0) {
      expect(readFileSync(log, 'utf8')).toBe(
        ' update -qq\nnoninteractive install -y -qq --no-install-recommends poppler-utils qpdf\n',
      );
      expect(result.stderr).toContain('setup: installed, yet still missing: pdftoppm, pdffonts, pdfinfo, qpdf.');
    } else {
      expect(result.stderr).toContain('sudo apt-get update && sudo apt-get install');
    }
  });

  it('passes `npm start` on a machine with node_modules and no PDF tools', () => {
    const result = ensure('start', binFolder([]));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('refuses an unknown command with exit 2', () => {
    const result = ensure('build', binFolder([]));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: node generator/setup/ensure.mjs start|test (got "build")');
  });
});
