// `kit content check | readability | mark-translated`, run in-process as a trainer or translator would.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKit } from '../helpers.ts';
import { copyCurriculum, editFile, editSlideBody, replaceOnce } from './curriculum-copy.ts';

/** A copy of the curriculum whose English intro slide changed after the Spanish translation was recorded. */
function copyWithStaleSpanish(): string {
  const dir = copyCurriculum();
  editFile(dir, 'en/01-what-is-287g.md', (text) =>
    editSlideBody(text, 'intro', (body) =>
      replaceOnce(body, 'Federal law makes no state or town sign one.', 'Federal law makes no state or town join.'),
    ),
  );
  return dir;
}

describe('kit content', () => {
  it('prints its help, naming each subcommand and --curriculum, and exits 0', async () => {
    for (const argv of [['content', '--help'], ['content'], ['content', 'check', '--help']]) {
      const result = await runKit(argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stdout, argv.join(' ')).toMatch(
        /^Usage:[\s\S]*kit content check[\s\S]*kit content readability[\s\S]*kit content mark-translated[\s\S]*--curriculum DIR/,
      );
    }
  });

  it('check exits 0 and prints English and Spanish complete with 0 stale', async () => {
    const result = await runKit(['content', 'check']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^en \(English\): complete, 0 stale, 0 extra; /m);
    expect(result.stdout).toMatch(/^es \(Español\): complete, 0 stale, 0 extra; /m);
    expect(result.stdout).not.toMatch(/missing:|stale:|extra:/);
    expect((await runKit(['content', 'check', '--strict'])).code).toBe(0);
  });

  it('check --json gives the problems and, per language, the missing, extra and stale units', async () => {
    const result = await runKit(['content', 'check', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.problems).toEqual([]);
    expect(report.languages).toEqual(
      ['en', 'es'].map((language) => ({
        language,
        name: expect.any(String),
        missing: [],
        extra: [],
        stale: [],
        reviewed: expect.any(Boolean),
        complete: true,
      })),
    );
    const spanish = JSON.parse((await runKit(['content', 'check', '--json', '--lang', 'es'])).stdout);
    expect(spanish.languages).toEqual([expect.objectContaining({ language: 'es' })]);
  });

  it('check lists a stale unit and exits 0, but exits 1 with --strict', async () => {
    const dir = copyWithStaleSpanish();
    const relaxed = await runKit(['content', 'check', '--curriculum', dir]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(
      /^es \(Español\): complete, 1 stale, 0 extra; [^\n]*\n {2}stale: what-is-287g\/slide:intro$/m,
    );
    const strict = await runKit(['content', 'check', '--strict', '--curriculum', dir]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('stale: what-is-287g/slide:intro');
  });

  it("check exits 2 and names the file when a module's front matter is not valid YAML", async () => {
    const dir = copyCurriculum();
    editFile(dir, 'es/06-limits.md', (text) => replaceOnce(text, '\ntitle: ', '\ntitle: [sin cerrar\n  - '));
    const result = await runKit(['content', 'check', '--curriculum', dir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${path.join(dir, 'es', '06-limits.md')} front matter is not valid YAML`);
    expect(result.stderr).toMatch(/^kit: The curriculum in .* has 1 problem\.$/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('check exits 1 and prints the problem when a module cites an unknown source', async () => {
    const dir = copyCurriculum();
    editFile(dir, 'en/02-three-models.md', (text) => text.replace('[src:moa-jem-2025]', '[src:moa-jem-2052]'));
    const result = await runKit(['content', 'check', '--curriculum', dir]);
    expect(result.code).toBe(1);
    const file = path.join(dir, 'en', '02-three-models.md');
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('[src:moa-jem-2052]')) + 1;
    expect(result.stderr).toMatch(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${line}:slide:[a-z0-9-]+ cites a source that is not in sources\\.yaml \\("moa-jem-2052"\\)`,
      ),
    );
  });

  it('readability exits 0 and rates every module of both languages ok', async () => {
    const result = await runKit(['content', 'readability']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(20);
    for (const line of lines) expect(line).toMatch(/^(en .* grade +[\d.]+|es .* ease +[\d.]+) {2}ok$/);
    const spanish = await runKit(['content', 'readability', '--lang', 'es']);
    expect(
      spanish.stdout
        .trim()
        .split('\n')
        .every((line) => line.startsWith('es ')),
    ).toBe(true);
  });

  it('mark-translated refuses English, a missing language and an unknown --lang with exit 2', async () => {
    const english = await runKit(['content', 'mark-translated', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(
      /kit content mark-translated needs a translated language, e\.g\. es\.\nLanguages: es\./,
    );
    expect((await runKit(['content', 'mark-translated'])).code).toBe(2);
    const unknown = await runKit(['content', 'check', '--lang', 'xx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no curriculum in "xx".');
    expect((await runKit(['content', 'translate'])).code).toBe(2);
  });
});
