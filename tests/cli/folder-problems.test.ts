// Output folders that cannot be used, told as the trainer's folder problem (exit 2) before anything is
// rendered, never as a bug of the kit; a batch's and a region's folders kept apart; edits to kit files kept.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KitError } from '../../generator/errors.ts';
import { writeOutputs } from '../../generator/write.ts';
import { runKit, tempDir } from '../helpers.ts';
import { readManifestJson } from '../workshop/manifest-json.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const manifestOf = readManifestJson;

/** Runs `body` with `target` made immutable (chattr +i: even root cannot write to it), undone afterwards. */
async function whileLocked(target: string, body: () => Promise<void>): Promise<void> {
  execFileSync('chattr', ['+i', target]);
  try {
    await body();
  } finally {
    execFileSync('chattr', ['-i', target]);
  }
}

describe('an --out the kit cannot write to', () => {
  it('is refused with exit 2 before rendering when a parent is a file or it links to a missing folder', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'afile'), 'mine');
    const underFile = await runKit([
      'build',
      '--fast',
      '--region',
      'tx/harris-county',
      '--out',
      path.join(root, 'afile', 'sub'),
    ]);
    expect(underFile.code, underFile.stderr).toBe(2);
    expect(underFile.stderr).toContain(
      `--out ${path.join(root, 'afile', 'sub')}: cannot write to this ` +
        `folder: ${path.join(root, 'afile')} is a file, not a folder.`,
    );
    expect(underFile.stderr).not.toMatch(/Rendering|bug in the kit/);
    expect(readFileSync(path.join(root, 'afile'), 'utf8')).toBe('mine');

    symlinkSync(path.join(root, 'missing'), path.join(root, 'link'));
    const dangling = await runKit([
      'quiz',
      '--region',
      'tx/harris-county',
      '--questions',
      '3',
      '--out',
      path.join(root, 'link'),
    ]);
    expect(dangling.code, dangling.stderr).toBe(2);
    expect(dangling.stderr).toContain('cannot write to this folder: it is a link to a folder that does not exist.');
    expect(existsSync(path.join(root, 'missing'))).toBe(false);
  }, 60_000);

  it('is refused with exit 2 when the folder is locked (chattr +i), before rendering', async () => {
    const locked = path.join(tempDir(), 'locked');
    mkdirSync(locked);
    await whileLocked(locked, async () => {
      for (const out of [locked, path.join(locked, 'kit')]) {
        const result = await runKit(['build', '--fast', '--region', 'tx/harris-county', '--out', out]);
        expect(result.code, result.stderr).toBe(2);
        expect(result.stderr).toContain(`--out ${out}: cannot write to this folder: permission denied`);
        expect(result.stderr).not.toMatch(/Rendering|bug in the kit/);
      }
    });
  }, 60_000);

  it("tells a file system error while moving files into place as the folder's, naming it (exit 2)", async () => {
    const out = path.join(tempDir(), 'kit');
    await writeOutputs(out, [{ path: 'a.txt', bytes: '1' }], {
      manifest: (outputs) => ({ kit: { name: 'workshop-kit-287g' }, outputs }),
    });
    await whileLocked(path.join(out, 'a.txt'), async () => {
      const error = await writeOutputs(out, [{ path: 'a.txt', bytes: '2' }], {
        manifest: (outputs) => ({ kit: { name: 'workshop-kit-287g' }, outputs }),
      }).then(
        () => null,
        (caught: unknown) => caught,
      );
      if (!(error instanceof KitError)) throw new Error(`expected a KitError, got ${String(error)}`);
      expect(error.exitCode).toBe(2);
      expect(error.message).toMatch(new RegExp(`^--out ${out}: cannot write to this folder: permission denied`));
      expect(readFileSync(path.join(out, 'a.txt'), 'utf8')).toBe('1');
    });
  });

  it('--out "" is a usage error (exit 2) for every command that writes, not a build into output/', async () => {
    for (const argv of [
      ['build', '--fast', '--region', 'tx/harris-county'],
      ['quiz', '--region', 'tx/harris-county'],
      ['batch', '--states', 'AK'],
      ['quiz', 'score', 'a.csv', '--quiz', 'q.json'],
    ]) {
      const result = await runKit([...argv, '--out', '']);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain('--out "" names no folder or file.');
    }
  });
});

describe("a batch folder and a region's kit folder", () => {
  it("refuse each other: kit batch keeps a build's index.html, kit build a batch's", async () => {
    const root = tempDir();
    const kit = path.join(root, 'kit');
    expect(
      (await runKit(['build', '--fast', '--region', 'tx/harris-county', '--only', 'summary', '--out', kit])).code,
    ).toBe(0);
    expect(manifestOf(kit).writtenBy).toEqual(['build']);
    const index = sha(path.join(kit, 'index.html'));
    const batch = await runKit(['batch', '--states', 'AK', '--only', 'summary', '--jobs', '1', '--out', kit]);
    expect(batch.code, batch.stderr).toBe(2);
    expect(batch.stderr).toContain(
      `--out ${kit}: this folder is a single region's kit (kit build wrote it), and kit batch would ` +
        `replace its index.html`,
    );
    expect(sha(path.join(kit, 'index.html'))).toBe(index);
    expect(existsSync(path.join(kit, 'batch.json'))).toBe(false);

    const batchDir = path.join(root, 'batch');
    const built = await runKit(['batch', '--states', 'AK', '--only', 'summary', '--jobs', '1', '--out', batchDir]);
    expect(built.code, built.stderr).toBe(0);
    expect(manifestOf(batchDir).writtenBy).toEqual(['batch']);
    const batchIndex = sha(path.join(batchDir, 'index.html'));
    const build = await runKit([
      'build',
      '--fast',
      '--region',
      'tx/harris-county',
      '--only',
      'summary',
      '--out',
      batchDir,
    ]);
    expect(build.code, build.stderr).toBe(2);
    expect(build.stderr).toContain(`--out ${batchDir}: this folder is the root of a kit batch`);
    expect(sha(path.join(batchDir, 'index.html'))).toBe(batchIndex);
  }, 120_000);
});

describe('a kit file the trainer edited', () => {
  it(
    'is not replaced by the next build: refused (exit 2) naming it, replaced with --force, written fresh ' +
      'once deleted',
    async () => {
      const kit = path.join(tempDir(), 'kit');
      const build = (...extra: string[]) =>
        runKit([
          'build',
          '--fast',
          '--region',
          'tx/harris-county',
          '--lang',
          'en',
          '--only',
          'deck,summary',
          '--out',
          kit,
          ...extra,
        ]);
      expect((await build()).code).toBe(0);
      const slides = path.join(kit, 'deck-en', 'slides.md');
      const fresh = readFileSync(slides, 'utf8');
      const edited = `${fresh}\n---\n\n# Our own closing slide\n`;
      writeFileSync(slides, edited);

      const refused = await build();
      expect(refused.code, refused.stderr).toBe(2);
      expect(refused.stderr).toContain(
        `--out ${kit}: a file the kit wrote was changed since, and the kit would replace it, so it wrote nothing.`,
      );
      expect(refused.stderr).toContain(`${slides} changed since the kit wrote it`);
      expect(refused.stderr).toMatch(
        /move the changed files out of the folder.*delete them or run the command again with --force/s,
      );
      expect(readFileSync(slides, 'utf8')).toBe(edited);

      const forced = await build('--force');
      expect(forced.code, forced.stderr).toBe(0);
      expect(readFileSync(slides, 'utf8')).toBe(fresh);
      expect(manifestOf(kit).outputs.find((entry) => entry.path === 'deck-en/slides.md')!.sha256).toBe(sha(slides));

      writeFileSync(slides, edited);
      rmSync(slides);
      const again = await build();
      expect(again.code, again.stderr).toBe(0);
      expect(readFileSync(slides, 'utf8')).toBe(fresh);
    },
    120_000,
  );

  it('is left alone by a build that does not write it (kit quiz beside an edited deck)', async () => {
    const kit = path.join(tempDir(), 'kit');
    expect(
      (
        await runKit([
          'build',
          '--fast',
          '--region',
          'tx/harris-county',
          '--lang',
          'en',
          '--only',
          'deck',
          '--out',
          kit,
        ])
      ).code,
    ).toBe(0);
    const slides = path.join(kit, 'deck-en', 'slides.md');
    writeFileSync(slides, 'my own deck\n');
    const quiz = await runKit([
      'quiz',
      '--region',
      'tx/harris-county',
      '--lang',
      'en',
      '--questions',
      '3',
      '--out',
      kit,
    ]);
    expect(quiz.code, quiz.stderr).toBe(0);
    expect(readFileSync(slides, 'utf8')).toBe('my own deck\n');
  }, 60_000);
});
