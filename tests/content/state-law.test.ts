// A state's law is cited where it applies: {{region.stateLaw}} becomes the region's own state law with its source
// (Texas, Florida, Illinois), a pointer to a local legal group elsewhere, and other states' laws appear only as
// labelled examples. Built from the shipped curriculum and ICE data, read in the workshop script a trainer gets.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCurriculum } from '../../generator/content/check.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import { parseMarkup } from '../../generator/content/markup.ts';
import { buildStateLaw, expandStateLaw, STATE_LAWS } from '../../generator/content/state-law.ts';
import { buildTestKit, tempDir } from '../helpers.ts';
import { copyCurriculum, editFile, replaceOnce } from './curriculum-copy.ts';

/** The workshop scripts (en, es) for a region, as written to disk. */
async function scripts(region: string): Promise<Record<'en' | 'es', string>> {
  const out = path.join(tempDir(), 'out');
  await buildTestKit({ languages: ['en', 'es'], region }, out, { only: ['script'] });
  const read = (language: string) => readFileSync(path.join(out, `workshop-${language}.md`), 'utf8');
  return { en: read('en'), es: read('es') };
}

// The module's part of a script: from its heading to the next module's.
const moduleOf = (script: string, number: number) => {
  const start = script.indexOf(`## Module ${number}:`) + 1 || script.indexOf(`## Módulo ${number}:`) + 1;
  expect(start).toBeGreaterThan(0);
  const end = script.indexOf('\n## ', start);
  return script.slice(start - 1, end === -1 ? undefined : end);
};

describe('the state law a kit cites', () => {
  let texas: Record<'en' | 'es', string>;
  let illinois: Record<'en' | 'es', string>;
  let florida: Record<'en' | 'es', string>;
  let arkansas: Record<'en' | 'es', string>;
  beforeAll(async () => {
    texas = await scripts('tx/tarrant-county');
    illinois = await scripts('il/cook-county');
    florida = await scripts('fl/miami-dade-county');
    arkansas = await scripts('ar');
  });

  it('presents Texas law as the law in a Texas kit, and never Illinois law', () => {
    expect(texas.en).toContain('Here, Texas law (SB 4) requires jails to honor ICE detainers.');
    expect(texas.es).toContain('Aquí, la ley de Texas (SB 4) obliga a las cárceles a cumplir');
    expect(texas.en).not.toContain('Here, Illinois law');
    expect(texas.es).not.toContain('Aquí, la ley de Illinois');
    expect(texas.en).not.toContain('Here, Florida law');
  });

  it('presents the TRUST Act as the law in an Illinois kit, with its source numbered', () => {
    const line = illinois.en.split('\n').find((text) => text.includes('Here, Illinois law (the TRUST Act)'));
    expect(line).toBeDefined();
    expect(line).toMatch(/Here, Illinois law \(the TRUST Act\) forbids holds based only on a detainer[^\n]*\[\d+\]/);
    expect(illinois.es).toContain('Aquí, la ley de Illinois (TRUST Act) prohíbe retener');
    expect(illinois.en).not.toContain('Here, Texas law');
    expect(florida.en).toContain('Here, Florida law (SB 168) requires agencies to honor ICE detainers.');
  });

  it('sends a kit for a state without a sourced note to a local legal group, naming the state', () => {
    expect(arkansas.en).toContain('Ask a local legal group what Arkansas law says about ICE detainers.');
    expect(arkansas.es).toContain('qué dice la ley de Arkansas sobre las solicitudes de retención');
    expect(arkansas.en).not.toMatch(/Here, (Texas|Florida|Illinois) law/);
  });

  it("labels every other state's law as an example in the detainer module's slides and handout", () => {
    // Module 5 (what changes): each line naming Illinois, Florida or Texas in the Texas kit is its own state's
    // sentence or says "example".
    for (const [kit, own] of [
      [texas.en, 'Texas'],
      [arkansas.en, null],
    ] as const) {
      const lines = moduleOf(kit, 5)
        .split('\n')
        .filter((line) => /Illinois|Florida|Texas/.test(line));
      expect(lines.length).toBeGreaterThanOrEqual(5);
      for (const line of lines) if (!(own && line.includes(`Here, ${own} law`))) expect(line, line).toMatch(/example/i);
    }
  });
});

describe('buildStateLaw and expandStateLaw', () => {
  const ui = {
    stateLawTX: 'Here, Texas law requires it.',
    stateLawOther: 'Ask about {{state}} law.',
    stateLawNone: "Ask about your state's law.",
  };

  it("puts the state's sentence and its table sources in place of the placeholder, and nothing else", () => {
    const nodes = parseMarkup('Before. {{region.stateLaw}} After {{region.name}}.', 7);
    const expanded = expandStateLaw(nodes, (line) => buildStateLaw('TX', 'Texas', ui, line));
    expect(expanded).toEqual([
      { kind: 'text', text: 'Before. ', line: 7 },
      { kind: 'text', text: 'Here, Texas law requires it. ' },
      { kind: 'source', id: 'el-cenizo', line: 7 },
      { kind: 'text', text: ' After ', line: 7 },
      { kind: 'placeholder', name: 'region.name', line: 7 },
      { kind: 'text', text: '.', line: 7 },
    ]);
    expect(STATE_LAWS.TX!.sources).toEqual(['el-cenizo']);
  });

  it('names the state when the table has no note for it, and no state for a region spanning states', () => {
    expect(buildStateLaw('AR', 'Arkansas', ui, 1)).toEqual([{ kind: 'text', text: 'Ask about Arkansas law.' }]);
    expect(buildStateLaw(null, null, ui, 1)).toEqual([{ kind: 'text', text: "Ask about your state's law." }]);
  });
});

describe('the content check on the state-law table', () => {
  it('reports a UI string the table needs that English lacks, and a source missing from sources.yaml', async () => {
    const dir = copyCurriculum();
    editFile(dir, 'en/language.yaml', (text) => text.replace(/^ {2}stateLawIL: .*\n/m, ''));
    editFile(dir, 'sources.yaml', (text) => replaceOnce(text, 'florida-sb168:\n', 'florida-sb-168:\n'));
    const { problems } = checkCurriculum(await loadCurriculum(dir));
    const at = (column: string) => problems.filter((problem) => problem.column === column);
    expect(at('ui.stateLawIL')).toEqual([
      {
        file: path.join(dir, 'en', 'language.yaml'),
        column: 'ui.stateLawIL',
        message: 'is missing: the state-law note needs it (generator/content/state-law.ts)',
      },
    ]);
    // es/sources.yaml's Spanish note for the source reports it too; this test is about the state-law table.
    expect(at('florida-sb168').filter((problem) => problem.file === path.join(dir, 'sources.yaml'))).toEqual([
      {
        file: path.join(dir, 'sources.yaml'),
        column: 'florida-sb168',
        message: "is cited for FL's state law (generator/content/state-law.ts) but is not in sources.yaml",
      },
    ]);
  });

  it('finds no problem in the shipped curriculum', async () => {
    const { problems } = checkCurriculum(await loadCurriculum(copyCurriculum()));
    expect(problems).toEqual([]);
  });
});
