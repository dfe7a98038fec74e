import { copyFileSync, lstatSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkshop, type BuildOptions } from '../../generator/workshop/build.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { runKit, SHIPPED_DATA, tempDir } from '../helpers.ts';
import { KitError } from '../../generator/errors.ts';
import { isRecord } from '../../generator/json-value.ts';
import { readManifestJson } from './manifest-json.ts';

const mtime = (file: string) => statSync(file).mtimeMs;
const keyOf = (dir: string) => readManifestJson(dir).inputKey;

function options(
  out: string,
  input: Record<string, unknown> = { region: 'tx/harris-county' },
  extra: Partial<BuildOptions> = {},
): BuildOptions {
  const { config } = validateConfig(input, null);
  return {
    dataDir: SHIPPED_DATA,
    config,
    outDir: out,
    outputRoot: path.dirname(out),
    today: '2026-11-28',
    builtAt: '2026-11-28T00:00:00Z',
    deck: 'markdown',
    ...extra,
  };
}

describe('reusing a build', () => {
  it('reuses the previous build when nothing changed, without touching a file', async () => {
    const out = path.join(tempDir(), 'harris');
    const first = await buildWorkshop(options(out));
    expect(first.reused).toBe(false);
    expect(keyOf(out)).toMatch(/^[0-9a-f]{64}$/);
    const before = mtime(path.join(out, 'manifest.json'));
    // How much faster a reused build is belongs to the benchmark (npm run bench), not to pass or fail here.
    const second = await buildWorkshop(options(out, undefined, { builtAt: '2026-11-29T00:00:00Z' }));
    expect(second.reused).toBe(true);
    expect(mtime(path.join(out, 'manifest.json'))).toBe(before);
    expect(second).toMatchObject({
      outDir: first.outDir,
      region: first.region,
      summary: first.summary,
      warnings: first.warnings,
    });
    expect(second.files.map((file) => file.path).sort()).toEqual(first.files.map((file) => file.path).sort());
  });

  it('builds again when the manifest lacks what a reuse needs: a whole region, outputs with checksums', async () => {
    const out = path.join(tempDir(), 'keller');
    const input = { region: 'tx/agency/keller-police-department' };
    const only = { only: ['summary'] as const };
    expect((await buildWorkshop(options(out, input, only))).reused).toBe(false);
    const file = path.join(out, 'manifest.json');
    const written = readFileSync(file, 'utf8');
    const edits: ((region: Record<string, unknown>, outputs: unknown[]) => void)[] = [
      (region) => delete region.counties,
      (region) => (region.kind = 'town'),
      (_region, outputs) => outputs.push({ path: '../outside.txt', sha256: 'f'.repeat(64) }),
    ];
    for (const edit of edits) {
      const manifest: unknown = JSON.parse(written);
      if (!isRecord(manifest) || !isRecord(manifest.inputs) || !isRecord(manifest.inputs.region))
        throw new Error(`${file}: no inputs.region`);
      if (!Array.isArray(manifest.outputs)) throw new Error(`${file}: no outputs`);
      edit(manifest.inputs.region, manifest.outputs);
      writeFileSync(file, JSON.stringify(manifest, null, 2));
      expect((await buildWorkshop(options(out, input, only))).reused).toBe(false);
      expect(readFileSync(file, 'utf8')).toBe(written);
    }
    expect((await buildWorkshop(options(out, input, only))).reused).toBe(true);
  });

  it('builds again when the config or an option changes, or with force', async () => {
    const out = path.join(tempDir(), 'keller');
    const region = { region: 'tx/agency/keller-police-department' };
    const only = { only: ['summary', 'script'] as const };
    expect((await buildWorkshop(options(out, region, { ...only }))).reused).toBe(false);
    const key = keyOf(out);
    expect((await buildWorkshop(options(out, region, { ...only }))).reused).toBe(true);
    expect((await buildWorkshop(options(out, { ...region, languages: ['en', 'es'] }, { ...only }))).reused).toBe(false);
    expect(keyOf(out)).not.toBe(key);
    expect(
      (await buildWorkshop(options(out, { ...region, languages: ['en', 'es'] }, { ...only, today: '2026-11-29' })))
        .reused,
    ).toBe(false); // one more day of age changes the message
    expect(
      (
        await buildWorkshop(
          options(out, { ...region, languages: ['en', 'es'] }, { ...only, today: '2026-11-29', force: true }),
        )
      ).reused,
    ).toBe(false);
    expect(
      (await buildWorkshop(options(out, { ...region, languages: ['en', 'es'] }, { ...only, today: '2026-11-29' })))
        .reused,
    ).toBe(true);
  });

  it('builds again when an output file was deleted, and when one was changed replaces it only with force', async () => {
    const out = path.join(tempDir(), 'keller');
    const extra = { only: ['summary', 'script'] as const };
    const input = { region: 'tx/agency/keller-police-department' };
    await buildWorkshop(options(out, input, extra));
    rmSync(path.join(out, 'workshop-en.md'));
    expect((await buildWorkshop(options(out, input, extra))).reused).toBe(false);
    expect(readFileSync(path.join(out, 'workshop-en.md'), 'utf8')).toMatch(/Keller/);
    writeFileSync(path.join(out, 'region-summary.md'), 'edited by hand');
    // Not reused, and not replaced either: the edit is someone's work (write.ts refuses it, exit 2).
    await expect(buildWorkshop(options(out, input, extra))).rejects.toThrow(/changed since/);
    expect(readFileSync(path.join(out, 'region-summary.md'), 'utf8')).toBe('edited by hand');
    expect((await buildWorkshop(options(out, input, { ...extra, force: true }))).reused).toBe(false);
    expect(readFileSync(path.join(out, 'region-summary.md'), 'utf8')).not.toBe('edited by hand');
  });

  it(
    'does not reuse a folder where a kit file became a link, even to an identical copy, and never writes ' +
      'through it',
    async () => {
      const out = path.join(tempDir(), 'keller');
      const extra = { only: ['summary', 'script'] as const };
      const input = { region: 'tx/agency/keller-police-department' };
      await buildWorkshop(options(out, input, extra));
      const file = path.join(out, 'workshop-en.md');
      const copy = path.join(tempDir(), 'copy.md');
      copyFileSync(file, copy);
      const text = readFileSync(copy, 'utf8');
      rmSync(file);
      symlinkSync(copy, file);
      expect(readFileSync(file, 'utf8')).toBe(text); // the same bytes, through the link
      const error = await buildWorkshop(options(out, input, extra)).then(
        () => null,
        (thrown: unknown) => (thrown instanceof KitError ? thrown : null),
      );
      expect(error?.message).toMatch(/changed since/);
      expect(error?.problems?.map((problem) => problem.file)).toContain(file);
      expect(lstatSync(file).isSymbolicLink()).toBe(true);
      expect(readFileSync(copy, 'utf8')).toBe(text);
    },
  );

  it('finds the previous build in the output root when no folder is given', async () => {
    const root = tempDir();
    const input = { custom_region: { name: 'North Texas', counties: ['tx/tarrant-county'] } };
    const extra = { only: ['summary'] as const, outDir: undefined, outputRoot: root };
    const first = await buildWorkshop(options(path.join(root, 'x'), input, extra));
    const second = await buildWorkshop(options(path.join(root, 'x'), input, extra));
    expect(second).toMatchObject({ reused: true, outDir: first.outDir });
  });

  it('says so on the command line, and --force builds again', async () => {
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
    expect((await runKit(argv)).stdout).toMatch(/^Built the workshop/);
    const again = await runKit(argv);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^Unchanged since the last build: reused .*keller\//);
    expect(again.stderr).toMatch(/194 days ago/);
    expect((await runKit([...argv, '--force'])).stdout).toMatch(/^Built the workshop/);
  });
});
