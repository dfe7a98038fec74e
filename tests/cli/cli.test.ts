import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkshop } from '../../generator/workshop/build.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { createHash } from 'node:crypto';
import { KIT_ROOT } from '../../generator/paths.ts';
import { runKit, SHIPPED_DATA, tempDir } from '../helpers.ts';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const summaryOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'region-summary.json'), 'utf8'));

describe('kit, the command', () => {
  it('prints its version and help, and exits 2 on unknown commands and options', async () => {
    expect(await runKit(['--version'])).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    expect((await runKit(['--help'])).stdout).toMatch(/Commands:[\s\S]*build[\s\S]*regions[\s\S]*data/);
    for (const command of [
      ['build'],
      ['regions'],
      ['data'],
      ['data', 'import'],
      ['data', 'stats'],
      ['data', 'diff'],
      ['init'],
    ]) {
      const result = await runKit([...command, '--help']);
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout, command.join(' ')).toMatch(/Usage:/);
    }
    const unknown = await runKit(['bulid']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "bulid"[\s\S]*Commands: build/);
    const option = await runKit(['build', '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/kit build: Unknown option '--colour'[\s\S]*kit build --help/);
    expect(option.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs as a real process from the bin in package.json', () => {
    const bin = path.join(KIT_ROOT, JSON.parse(readFileSync(path.join(KIT_ROOT, 'package.json'), 'utf8')).bin.kit);
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toBe('0.1.0\n');
    const failed = spawnSync(process.execPath, [bin, 'regions', '--state', 'ZZ'], { encoding: 'utf8' });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/--state ZZ: not a US state/);
  });
});

describe('kit regions', () => {
  it('prints matches as JSON, best first, with ids that --region accepts', async () => {
    const result = await runKit(['regions', 'harris county tx', '--json']);
    expect(result.code).toBe(0);
    const matches = JSON.parse(result.stdout);
    expect(matches[0]).toEqual({
      id: 'tx/harris-county',
      kind: 'county',
      name: 'Harris County, Texas',
      state: 'TX',
      score: expect.any(Number),
    });
    const state = JSON.parse((await runKit(['regions', 'texas', '--json'])).stdout);
    expect(state[0]).toMatchObject({ id: 'tx', kind: 'state' });
    const agency = JSON.parse((await runKit(['regions', 'keller police', '--json'])).stdout);
    expect(agency[0]).toMatchObject({ id: 'tx/agency/keller-police-department', kind: 'agency' });
  });

  it('lists the candidates when a name fits several places, and exits 2 when nothing fits', async () => {
    const several = await runKit(['regions', 'washington county']);
    expect(several.code).toBe(0);
    expect(several.stdout.split('\n').filter((line) => /\/washington-county /.test(line)).length).toBeGreaterThan(10);
    const none = await runKit(['regions', 'zzzz qqqq']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No region matches "zzzz qqqq"/);
  });
});

describe('kit build', () => {
  it('builds a county whose sheriff has no agreement, with the summary, JSON and a manifest of checksums', async () => {
    const out = path.join(tempDir(), 'harris');
    const result = await runKit(['build', '--fast', '--region', 'tx/harris-county', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /Built the workshop for Harris County, Texas \(tx\/harris-county\) with ICE data as of 2026-05-18/,
    );
    // --fast skips Slidev's build and export, so the kit draws the slide PDF and its speaker notes itself.
    expect(readdirSync(out).sort()).toEqual([
      'cards-en.pdf',
      'deck-en',
      'facilitator-guide-en.pdf',
      'handout-en.pdf',
      'index.html',
      'manifest.json',
      'quiz',
      'region-summary.json',
      'region-summary.md',
      'slides-en.pdf',
      'speaker-notes-en.pdf',
      'workshop-en.md',
    ]);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(
      /href="slides-en\.pdf">slides-en\.pdf<\/a> <span[^>]*>for participants<\/span> — The slides \(en\) as a PDF the kit drew/,
    );
    const summary = summaryOf(out);
    expect(summary.answers.sheriffs).toEqual([
      { county: 'Harris County', agency: null, models: [], pendingModels: [] },
    ]);
    expect(summary.answers.cityPolice.map((agency: { name: string }) => agency.name)).toContain(
      'Southside Place Police Department',
    );
    const markdown = readFileSync(path.join(out, 'region-summary.md'), 'utf8');
    expect(markdown).toMatch(
      /Does the county sheriff have an agreement\?\*\* No: the Harris County sheriff is not on ICE's list/,
    );
    expect(markdown).toMatch(
      /\| Texas Department of Public Safety - Texas Highway Patrol \| statewide \| Task Force Model \|/,
    );
    expect(markdown).toMatch(/not legal advice/);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs.participating).toMatchObject({
      asOf: '2026-05-18',
      sha256: 'f2d0629e4a4c7f4557d90c74998be7fec37738cd2ca35de36b0b749ca25d04e0',
    });
    expect(manifest.inputs.pending).toMatchObject({ asOf: '2026-02-27' });
    for (const output of manifest.outputs) expect(sha(path.join(out, output.path)), output.path).toBe(output.sha256);
  });

  it('builds a state, an agency, and a custom region from a config', async () => {
    const dir = tempDir();
    const state = await runKit(['build', '--fast', '--region', 'texas', '--out', path.join(dir, 'tx')]);
    expect(state.code, state.stderr).toBe(0);
    expect(summaryOf(path.join(dir, 'tx')).answers.sheriffs).toHaveLength(254);
    const agency = await runKit([
      'build',
      '--fast',
      '--region',
      'tx/agency/keller-police-department',
      '--out',
      path.join(dir, 'keller'),
    ]);
    expect(agency.code, agency.stderr).toBe(0);
    expect(summaryOf(path.join(dir, 'keller')).agencies.map((entry: { name: string }) => entry.name)).toEqual([
      'Keller Police Department',
    ]);
    const config = path.join(dir, 'network.yaml');
    writeFileSync(
      config,
      'custom_region:\n  name: North Texas network\n  counties: [tx/tarrant-county, "Dallas County, ' +
        'TX"]\nlanguages: [en, es]\norganization:\n  name: Test\n',
    );
    const custom = await runKit(['build', '--fast', '--config', config, '--out', path.join(dir, 'network')]);
    expect(custom.code, custom.stderr).toBe(0);
    const summary = summaryOf(path.join(dir, 'network'));
    expect(summary.region).toMatchObject({ id: 'custom/north-texas-network', kind: 'custom', counties: 2 });
    expect(summary.answers.sheriffs.map((answer: { county: string }) => answer.county)).toEqual([
      'Tarrant County',
      'Dallas County',
    ]);
  });

  it('builds the shipped example config, and says the data is old and how to import the newest list', async () => {
    const out = path.join(tempDir(), 'example');
    const result = await runKit(['build', '--fast', '--config', 'data/workshops/example.yaml', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /194 days ago[\s\S]*https:\/\/www\.ice\.gov\/identify-and-arrest\/287g[\s\S]*kit data import/,
    );
    expect(readFileSync(path.join(out, 'region-summary.md'), 'utf8')).toMatch(/\*\*Old data\.\*\*/);
    const fresh = await runKit(['build', '--fast', '--config', 'data/workshops/example.yaml', '--out', out], {
      env: { KIT_TODAY: '2026-06-01' },
    });
    expect(fresh.stderr).not.toMatch(/days ago/);
    expect(readFileSync(path.join(out, 'region-summary.md'), 'utf8')).not.toMatch(/Old data/);
  });

  it('shows what changed since an earlier list when the config names one', async () => {
    const dir = tempDir();
    const config = path.join(dir, 'w.yaml');
    writeFileSync(config, 'region: tx/tarrant-county\ndata:\n  compare_to: 2025-10-07\n');
    const result = await runKit(['build', '--fast', '--config', config, '--out', path.join(dir, 'out')]);
    expect(result.code, result.stderr).toBe(0);
    const summary = summaryOf(path.join(dir, 'out'));
    expect(summary.changes.from).toBe('2025-10-07');
    expect(summary.changes.summary.agreementsAfter).toBe(summary.counts.agreements);
    expect(readFileSync(path.join(dir, 'out', 'region-summary.md'), 'utf8')).toMatch(
      /## What changed since 2025-10-07/,
    );
  });

  it("leaves the previous output untouched when a build fails, and exits 2 for the user's mistakes", async () => {
    const out = path.join(tempDir(), 'kept');
    expect((await runKit(['build', '--fast', '--region', 'tx/tarrant-county', '--out', out])).code).toBe(0);
    const before = sha(path.join(out, 'region-summary.md'));
    const ambiguous = await runKit(['build', '--fast', '--region', 'harris county', '--out', out]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/fits several regions:[\s\S]*ga\/harris-county[\s\S]*tx\/harris-county/);
    const missing = await runKit(['build', '--fast', '--region', 'nowhere county zz', '--out', out]);
    expect(missing.code).toBe(2);
    const config = path.join(tempDir(), 'bad.yaml');
    writeFileSync(config, 'region: tx\nworkshop:\n  length: 45\n');
    const bad = await runKit(['build', '--fast', '--config', config, '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:workshop\.length must be one of 60, 90, 120 \(minutes\) \("45"\)/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(sha(path.join(out, 'region-summary.md'))).toBe(before);
    expect((await runKit(['build'])).code).toBe(2);
    expect((await runKit(['build', '--fast', '--region', 'tx', '--lang', 'english!'])).code).toBe(2);
  });

  it('keeps outputs inside the output folder whatever a custom region is called', async () => {
    const root = tempDir();
    const { config } = validateConfig(
      { custom_region: { name: '../../../etc/<script>', counties: ['tx/harris-county'] } },
      null,
    );
    const result = await buildWorkshop({
      dataDir: SHIPPED_DATA,
      config,
      outputRoot: root,
      today: '2026-11-28',
      builtAt: '2026-11-28T00:00:00Z',
      deck: 'markdown',
    });
    expect(path.dirname(result.outDir)).toBe(root);
    expect(readdirSync(root)).toEqual([path.basename(result.outDir)]);
    expect(path.basename(result.outDir)).toMatch(/^custom-[a-z0-9-]+$/);
  });
});

describe('kit init', () => {
  it('writes the commented example and will not overwrite a file without --force', async () => {
    const dir = tempDir();
    const first = await runKit(['init', 'mine.yaml'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(readFileSync(path.join(dir, 'mine.yaml'), 'utf8')).toMatch(/^# Workshop config/);
    expect((await runKit(['init', 'mine.yaml'], { cwd: dir })).code).toBe(2);
    expect((await runKit(['init', 'mine.yaml', '--force'], { cwd: dir })).code).toBe(0);
    expect(existsSync(path.join(dir, 'mine.yaml'))).toBe(true);
    const built = await runKit(['build', '--fast', '--config', 'mine.yaml', '--out', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
  });

  it('never writes through a link at the name, even one that points nowhere yet or with --force', async () => {
    const dir = tempDir();
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, "someone else's file\n");
    symlinkSync(victim, path.join(dir, 'linked.yaml'));
    symlinkSync(path.join(dir, 'not-yet.txt'), path.join(dir, 'dangling.yaml'));
    for (const argv of [
      ['init', 'linked.yaml'],
      ['init', 'linked.yaml', '--force'],
      ['init', 'dangling.yaml'],
      ['init', 'dangling.yaml', '--force'],
    ]) {
      const result = await runKit(argv, { cwd: dir });
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/is a link; the kit never writes through links/);
    }
    expect(readFileSync(victim, 'utf8')).toBe("someone else's file\n");
    expect(existsSync(path.join(dir, 'not-yet.txt'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['dangling.yaml', 'linked.yaml', 'victim.txt']);
  });
});

describe('a reader that stops early', () => {
  it('ends quietly when the reader has closed the pipe (kit regions orange | true), without an EPIPE error', () => {
    // `true` exits at once, long before the kit has loaded, so every write meets a closed pipe.
    const kit = path.join(KIT_ROOT, 'generator', 'cli', 'kit.mjs');
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${JSON.stringify(kit)} regions orange | true`], {
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(result.status).toBe(0);
  });
});
