// One resolution of options (generator/cli/options.ts): kit build, quiz, present and batch, run in-process, give the
// same message for the same bad --lang, --paper, --only, --region or --config combination, list every mistake at
// once, and write nothing when they stop for one.

import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBatchOptions, resolvePaperOption, resolveWorkshopOptions } from '../../generator/cli/options.ts';
import type { CliIO } from '../../generator/cli/io.ts';
import { KitError } from '../../generator/errors.ts';
import { DEFAULT_DATA_DIR, KIT_ROOT } from '../../generator/paths.ts';
import { runKit, tempDir, type KitRun } from '../helpers.ts';

/** Each command as a user would type it to build a region's workshop, with `flags` added and its own --out. */
const COMMANDS: Record<string, (flags: string[], out: string) => string[]> = {
  build: (flags, out) => ['build', '--fast', '--region', 'tx/harris-county', ...flags, '--out', out],
  quiz: (flags, out) => ['quiz', '--region', 'tx/harris-county', ...flags, '--out', out],
  present: (flags, out) => ['present', '--region', 'tx/harris-county', ...flags, '--out', out],
  batch: (flags, out) => ['batch', '--states', 'AK', '--jobs', '1', ...flags, '--out', out],
};

/**
 * Runs every command in `names` with `flags`; each must stop with exit 2, print one `kit:` message and write nothing.
 */
async function runEach(names: string[], flags: string[], argv = COMMANDS): Promise<Record<string, KitRun>> {
  const runs: Record<string, KitRun> = {};
  for (const name of names) {
    const out = path.join(tempDir(), 'out');
    const result = await runKit(argv[name]!(flags, out));
    expect(result.code, `${name}: ${result.stderr}`).toBe(2);
    expect(result.stderr.match(/^kit: /gm), result.stderr).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out), `${name} wrote ${out}`).toBe(false);
    runs[name] = result;
  }
  return runs;
}

const ALL = ['build', 'quiz', 'present', 'batch'];

describe('a bad option gets the same message from every command', () => {
  it.each([
    [
      ['--lang', 'english!'],
      'kit: --lang english!: "english!" is not a language code; language codes are written like en, es or zh-Hans.\n',
    ],
    [
      ['--lang', 'EN,es-'],
      'kit: --lang EN,es-: "EN" and "es-" are not language codes; language codes are written like en, es or zh-Hans.\n',
    ],
    [['--lang', ' , '], 'kit: --lang " , ": names no language; language codes are written like en, es or zh-Hans.\n'],
    [
      ['--lang', 'fr'],
      'kit: --lang fr: there is no curriculum in "fr" (there is en, es); adding a language means adding ' +
        'templates/curriculum/fr/.\n',
    ],
  ])('kit build, quiz, present and batch with %j', async (flags, message) => {
    const runs = await runEach(ALL, flags);
    for (const name of ALL) expect(runs[name]!.stderr, name).toBe(message);
  });

  it('--paper: kit build, kit quiz and kit quiz score', async () => {
    const score = {
      ...COMMANDS,
      score: (flags: string[], out: string) => ['quiz', 'score', 'r.csv', '--quiz', 'q.json', ...flags, '--out', out],
    };
    const runs = await runEach(['build', 'quiz', 'score'], ['--paper', 'legal'], score);
    for (const run of Object.values(runs)) expect(run.stderr).toBe('kit: --paper legal: use letter or a4.\n');
  });

  it('--only: kit build and kit batch', async () => {
    const runs = await runEach(['build', 'batch'], ['--only', 'summary,slides']);
    for (const run of Object.values(runs))
      expect(run.stderr).toBe(
        'kit: --only summary,slides: use one or more of summary, script, deck, handout, quiz, separated by commas.\n',
      );
  });

  it('--config with --region, neither of them, and a blank --region: kit build, quiz and present', async () => {
    const config = path.join(KIT_ROOT, 'data', 'workshops', 'example.yaml');
    const cases: [(name: string, out: string) => string[], string][] = [
      [
        (name, out) => [name, '--config', config, '--region', 'tx', '--out', out],
        'kit: --config and --region: give one of them, not both; a workshop config names its region.\n',
      ],
      [
        (name, out) => [name, '--out', out],
        'kit: give --config FILE (a workshop config; kit init writes one) or --region R (a region id or ' +
          'name; kit regions QUERY finds one).\n',
      ],
      [
        (name, out) => [name, '--region', '  ', '--out', out],
        'kit: --region "  ": give a region id or name; kit regions QUERY finds one.\n',
      ],
    ];
    for (const [argv, message] of cases) {
      const commands = Object.fromEntries(
        ['build', 'quiz', 'present'].map((name) => [name, (_flags: string[], out: string) => argv(name, out)]),
      );
      const runs = await runEach(['build', 'quiz', 'present'], [], commands);
      for (const [name, run] of Object.entries(runs)) expect(run.stderr, name).toBe(message);
    }
  });

  it("a config's language without a curriculum is named with its file and field before anything is built", async () => {
    const config = path.join(tempDir(), 'workshop.yaml');
    writeFileSync(config, 'region: tx/harris-county\nlanguages: [en, fr]\n');
    const commands = Object.fromEntries(
      ['build', 'quiz', 'present'].map((name) => [
        name,
        (_flags: string[], out: string) => [name, '--config', config, '--out', out],
      ]),
    );
    const runs = await runEach(['build', 'quiz', 'present'], [], commands);
    for (const run of Object.values(runs))
      expect(run.stderr).toBe(
        `kit: ${config}: the workshop config has 1 problem.\n` +
          `  ${config}:languages there is no curriculum in "fr" (there is en, es); adding a language ` +
          `means adding templates/curriculum/fr/.\n` +
          'Fix the fields named above; `kit init` writes a commented example.\n',
      );
  });

  it("names the command line's mistakes and the config's together, the curriculum check among them", async () => {
    const config = path.join(tempDir(), 'workshop.yaml');
    writeFileSync(config, 'region: tx/harris-county\nlanguages: [en, fr]\npaper: legal\n');
    const { build } = await runEach(['build'], [], {
      build: (_flags: string[], out: string) => ['build', '--config', config, '--lang', 'xx', '--out', out],
    });
    const lines = build!.stderr.split('\n');
    expect(build!.code).toBe(2);
    expect(lines[0]).toBe(`kit: the command line and ${config} have 3 problems:`);
    expect(lines[1]).toMatch(/^  --lang xx: /);
    expect(lines.slice(2, 4)).toEqual([
      expect.stringMatching(new RegExp(`^  ${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:paper `)),
      expect.stringMatching(/:languages there is no curriculum in "fr"/),
    ]);
  });
});

describe('every mistake on the command line at once', () => {
  it('kit build lists --lang, --paper and --only together', async () => {
    const { build } = await runEach(['build'], ['--lang', 'en,english', '--paper', 'a5', '--only', 'slides']);
    expect(build!.stderr).toBe(
      [
        'kit: the command line has 3 problems:',
        '  --lang en,english: "english" is not a language code; language codes are written like en, es or zh-Hans.',
        '  --paper a5: use letter or a4.',
        '  --only slides: use one or more of summary, script, deck, handout, quiz, separated by commas.',
        '',
      ].join('\n'),
    );
  });

  it(
    "with each command's own flags: kit quiz --version and --form, kit present --port and --lang, kit " +
      'batch --jobs',
    async () => {
      const runs = await runEach(
        ['quiz'],
        ['--lang', 'english!', '--version', 'C', '--form', 'mid', '--questions', '0'],
      );
      expect(runs.quiz!.stderr).toContain('kit: the command line has 4 problems:\n');
      for (const line of [
        '  --lang english!: "english!" is not a language code',
        '  --questions 0: give a whole number of questions, 1 or more.',
        '  --version C: use A or B.',
        '  --form mid: use pre or post.',
      ])
        expect(runs.quiz!.stderr).toContain(line);

      const present = await runEach(['present'], ['--lang', 'en,es', '--port', '70000', '--live', '--static']);
      expect(present.present!.stderr).toBe(
        [
          'kit: the command line has 3 problems:',
          '  --lang en,es: the deck is presented in one language at a time; give one, e.g. --lang es.',
          '  kit present takes --live or --static, not both (--static is the default).',
          '  --port 70000: give a port number from 1 to 65535, e.g. --port 3030.',
          '',
        ].join('\n'),
      );

      const batch = await runEach(['batch'], ['--jobs', 'two', '--only', 'maps', '--statewide-counties']);
      expect(batch.batch!.stderr).toBe(
        [
          'kit: the command line has 3 problems:',
          '  --only maps: use one or more of summary, script, deck, handout, quiz, separated by commas.',
          '  --statewide-counties needs --counties.',
          '  --jobs two: give a whole number of worker processes, 1 or more.',
          '',
        ].join('\n'),
      );
    },
  );
});

describe('the resolved options', () => {
  const io: CliIO = {
    stdout: () => undefined,
    stderr: () => undefined,
    cwd: KIT_ROOT,
    env: {},
    now: () => new Date('2026-11-28T12:00:00Z'),
  };

  it(
    'a region alone is English on letter paper with every output kind; --lang drops repeats and keeps the ' + 'order',
    async () => {
      const alone = await resolveWorkshopOptions({ region: 'tx' }, io);
      expect(alone).toMatchObject({
        languages: ['en'],
        paper: 'letter',
        only: ['summary', 'script', 'deck', 'handout', 'quiz'],
        dataDir: DEFAULT_DATA_DIR,
      });
      expect(alone.config.region).toBe('tx');
      const flagged = await resolveWorkshopOptions(
        { region: ' tx ', lang: 'es, en,es', paper: 'A4', only: 'quiz,summary,quiz' },
        io,
      );
      expect(flagged).toMatchObject({ languages: ['es', 'en'], paper: 'a4', only: ['quiz', 'summary'] });
    },
  );

  it(
    "a config's languages and paper stand unless --lang or --paper says otherwise; --data-dir is read from " +
      'the working folder',
    async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'workshop.yaml'), 'region: tx/harris-county\nlanguages: [es, en]\npaper: a4\n');
      const fromFile = await resolveWorkshopOptions({ config: 'workshop.yaml', 'data-dir': '.' }, { ...io, cwd: dir });
      expect(fromFile).toMatchObject({ languages: ['es', 'en'], paper: 'a4', dataDir: dir });
      expect(fromFile.config.file).toBe(path.join(dir, 'workshop.yaml'));
      const overridden = await resolveWorkshopOptions(
        { config: 'workshop.yaml', lang: 'en', paper: 'letter' },
        { ...io, cwd: dir },
      );
      expect(overridden).toMatchObject({ languages: ['en'], paper: 'letter' });
      expect(overridden.config.languages).toEqual(['es', 'en']); // the config as written; kit present builds these
    },
  );

  it('kit batch: English and every kind unless told; kit quiz score: letter unless told, in any case', () => {
    expect(resolveBatchOptions({}, io)).toEqual({
      languages: ['en'],
      only: ['summary', 'script', 'deck', 'handout', 'quiz'],
      dataDir: DEFAULT_DATA_DIR,
    });
    expect(resolveBatchOptions({ lang: 'es', only: 'handout' }, io)).toMatchObject({
      languages: ['es'],
      only: ['handout'],
    });
    expect(resolvePaperOption(undefined, 'letter')).toBe('letter');
    expect(resolvePaperOption('A4', 'letter')).toBe('a4');
    expect(() => resolvePaperOption('', 'letter')).toThrow(new KitError('usage', '--paper "": use letter or a4.'));
  });
});
