// Config strings that are far too long or carry terminal escape codes: cut or cleaned, each with a note naming the
// field, and the build goes on; a web address too long to keep is a problem, since cutting it would change it.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../generator/config/load.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { formatProblem } from '../../generator/errors.ts';
import { expectKitError, runKit, tempDir } from '../helpers.ts';

const LONG_NAME = `Rapid Response ${'Network '.repeat(40_000)}`.slice(0, 300_000);
// What the kit's note says control characters are, in every note below.
const WHICH = '(terminal escape codes, bidirectional overrides and the like)';

describe('a config text over 200 characters', () => {
  it('is cut to 200 with a note naming the field, and is no problem', () => {
    const { config, problems } = validateConfig(
      {
        region: 'tx',
        organization: { name: LONG_NAME },
        contacts: { hotline: { name: 'Hotline', phone: '5'.repeat(500) } },
      },
      'w.yaml',
    );
    expect(problems).toEqual([]);
    expect(config.organization.name).toBe(LONG_NAME.slice(0, 200).trim());
    expect(config.contacts.hotline!.phone).toBe('5'.repeat(200));
    expect(config.notes.map((note) => `${note.file}:${note.column} ${note.message}`)).toEqual([
      'w.yaml:organization.name is 300000 characters long; cut to the first 200',
      'w.yaml:contacts.hotline.phone is 500 characters long; cut to the first 200',
    ]);
  });

  it('a web address over 2,048 characters is a problem naming the field', () => {
    const website = `https://example.org/${'a'.repeat(3000)}`; // 3,020 characters
    const { problems } = validateConfig({ region: 'tx', organization: { name: 'Org', website } }, 'w.yaml');
    expect(problems.map((problem) => `${problem.column} ${problem.message}`)).toEqual([
      'organization.website is 3020 characters long; a web address here may have at most 2048',
    ]);
    expect(problems[0]!.value!.length).toBe(201); // shown cut, with …
  });
});

describe('terminal escape codes in a config', () => {
  it('are removed with a note naming the field (YAML writes ESC as \\e in double quotes)', async () => {
    const file = path.join(tempDir(), 'workshop.yaml');
    writeFileSync(
      file,
      'region: tx/tarrant-county\norganization:\n  name: "\\e[31mRed\\e[0m Network\\x9b"\npresenter: "Alex\\a"\n',
    );
    const config = await loadConfig(file);
    expect(config.organization.name).toBe('Red Network');
    expect(config.presenter).toBe('Alex');
    expect(config.notes.map(formatProblem)).toEqual([
      `${file}:organization.name had 10 control characters ${WHICH} removed ("Red Network")`,
      `${file}:presenter had 1 control character ${WHICH} removed ("Alex")`,
    ]);
  });

  it('a config the kit refuses still shows no escape codes in its message', async () => {
    const file = path.join(tempDir(), 'workshop.yaml');
    writeFileSync(file, 'region: tx\nworkshop:\n  start: "\\e[2J25:99"\n');
    const error = expectKitError(
      await loadConfig(file).then(
        () => undefined,
        (thrown: unknown) => thrown,
      ),
    );
    expect(error.problems.map(formatProblem).join('\n')).not.toMatch(/\u001b/);
  });
});

it('kit build with a 300,000-character organization name and escape codes ends in seconds, noting cuts', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'workshop.yaml');
  writeFileSync(file, `region: tx/tarrant-county\nlanguages: [en]\norganization:\n  name: "\\e[31m${LONG_NAME}"\n`);
  const start = performance.now();
  const result = await runKit(['build', '--config', file, '--only', 'script', '--out', path.join(dir, 'out')]);
  expect((performance.now() - start) / 1000).toBeLessThan(20);
  expect(result.code).toBe(0);
  expect(result.stderr).toContain(`Note: ${file}:organization.name had 5 control characters ${WHICH} removed`);
  expect(result.stderr).toContain(`Note: ${file}:organization.name is 300000 characters long; cut to the first 200`);
  const script = readFileSync(path.join(dir, 'out', 'workshop-en.md'), 'utf8');
  expect(script).toContain(LONG_NAME.slice(0, 200).trim());
  expect(script).not.toContain(LONG_NAME.slice(0, 201));
  expect(script).not.toMatch(/\u001b/);
});

describe('bidirectional override characters in a config', () => {
  it('are removed from contacts.hotline.name, noted, and reach neither the script nor the slides', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'workshop.yaml');
    // U+202E turns the text after it around on screen; U+2066..U+2069 isolate and reorder runs.
    writeFileSync(
      file,
      'region: tx/tarrant-county\nlanguages: [en]\ncontacts:\n  hotline:\n' +
        '    name: "Hotline \\u202Eenil\\u2066toh\\u2069"\n    phone: "(555) 010-0100"\n',
    );
    const config = await loadConfig(file);
    expect(config.contacts.hotline!.name).toBe('Hotline eniltoh');
    expect(config.notes.map(formatProblem)).toEqual([
      `${file}:contacts.hotline.name had 3 control characters ${WHICH} removed ("Hotline eniltoh")`,
    ]);
    const result = await runKit([
      'build',
      '--config',
      file,
      '--only',
      'script,deck',
      '--fast',
      '--out',
      path.join(dir, 'out'),
    ]);
    expect(result.code, result.stderr).toBe(0);
    const slides = readdirSync(path.join(dir, 'out'), { recursive: true, encoding: 'utf8' }).filter(
      (name) => path.basename(name) === 'slides.md',
    );
    expect(slides).toHaveLength(1);
    for (const written of ['workshop-en.md', slides[0]!]) {
      const text = readFileSync(path.join(dir, 'out', written), 'utf8');
      expect(text, written).toContain('Hotline eniltoh');
      expect(text, written).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
  });
});
