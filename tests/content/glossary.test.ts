// The Spanish terminology glossary (templates/curriculum/es/glossary.yaml): the matcher on small texts, and the
// content check on copies of the real curriculum with one avoided term put into a unit or a ui string.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../generator/errors.ts';
import { checkCurriculum } from '../../generator/content/check.ts';
import { findGlossaryHits, parseGlossary, type Glossary } from '../../generator/content/glossary.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';
import { expectKitError, runKit } from '../helpers.ts';
import { copyCurriculum, editFile, replaceOnce } from './curriculum-copy.ts';

const SPANISH_GLOSSARY = path.join(CURRICULUM_DIR, 'es', 'glossary.yaml');

function glossaryOf(yaml: string): Glossary {
  const problems: Problem[] = [];
  const glossary = parseGlossary(yaml, 'g.yaml', problems);
  expect(problems).toEqual([]);
  return glossary;
}

const SMALL = glossaryOf(`
terms:
  - english: room
    use: salón
    avoid: [sala]
    why: a living room
    evidence: [usage]
  - english: detainer
    use: solicitud de retención
    avoid: ["/(?:orden|órdenes) de retención/"]
    allow: ["la llaman “orden de retención”"]
    why: it is a request
    evidence: [E1]
`);

/** The 1-based line of `file` where `needle` first occurs, read from the file itself. */
const lineWith = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;

describe('findGlossaryHits', () => {
  it('finds a phrase in any case, across a line break, and only as whole words', () => {
    const text = 'Una Orden de\n   retención. En el salario no. La sala, sí.';
    expect(findGlossaryHits(text, SMALL).map((hit) => [hit.found, hit.term.english, hit.index])).toEqual([
      ['Orden de\n   retención', 'detainer', 4],
      ['sala', 'room', text.indexOf('sala,')],
    ]);
  });

  it('lets a term be quoted inside an allowed passage, and nowhere else', () => {
    const text = 'ICE la llaman “orden de retención”. Pero una orden de retención es un pedido.';
    expect(findGlossaryHits(text, SMALL).map((hit) => hit.index)).toEqual([text.lastIndexOf('orden de retención')]);
  });

  it('reads plural forms written as a regular expression', () => {
    expect(findGlossaryHits('las órdenes de retención', SMALL).map((hit) => hit.found)).toEqual([
      'órdenes de retención',
    ]);
  });
});

describe('the Spanish glossary file', () => {
  it('gives every term a term to use, words to avoid, a reason and evidence ids from ES-TERMS', () => {
    const glossary = glossaryOf(readFileSync(SPANISH_GLOSSARY, 'utf8'));
    expect(glossary.terms.length).toBeGreaterThanOrEqual(20);
    for (const term of glossary.terms) {
      expect(term.use, term.english).not.toBe('');
      expect(term.why, term.english).not.toBe('');
      expect(term.evidence.length, term.english).toBeGreaterThan(0);
      for (const id of term.evidence) expect(id, term.english).toMatch(/^(E\d+|§\d+|usage)$/);
    }
    const english = glossary.terms.map((term) => term.english).join('\n');
    for (const name of ['detainer', 'Task Force', 'Warrant Service', 'Jail Enforcement', 'registration', 'insurance'])
      expect(english).toContain(name);
  });

  it('flags each word the review named (calques and the old model names)', () => {
    const glossary = glossaryOf(readFileSync(SPANISH_GLOSSARY, 'utf8'));
    const flagged = (text: string) => findGlossaryHits(text, glossary).map((hit) => hit.found);
    for (const text of [
      'orden de retención',
      'Modelo de Fuerza de Tarea',
      'Agente de Entrega de Órdenes',
      'licencia, registro y seguro',
      'presentar una queja',
      'Descargue la lista',
      'con frecuencia',
      'la sala',
      'una detención de tránsito',
      'prueba de seguro',
      'agentes con el curso',
    ])
      expect(flagged(text).length, text).toBeGreaterThan(0);
    for (const text of ['solicitud de retención (detainer)', 'Modelo de Patrulla', 'agentes capacitados por ICE'])
      expect(flagged(text), text).toEqual([]);
  });
});

describe('kit content check with the glossary', () => {
  it('fails on "orden de retención" in a Spanish slide, naming the file, the line and the term to use', async () => {
    const dir = copyCurriculum();
    const file = path.join(dir, 'es', '05-what-changes.md');
    editFile(dir, 'es/05-what-changes.md', (text) =>
      replaceOnce(
        text,
        'Según las reglas federales, la solicitud de retención es un pedido.',
        'Es una orden de retención.',
      ),
    );
    const { problems } = checkCurriculum(await loadCurriculum(dir));
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        row: lineWith(file, 'Es una orden de retención.'),
        value: 'orden de retención',
        message: expect.stringContaining('write "solicitud de retención (detainer)'),
      }),
    ]);

    const run = await runKit(['content', 'check', '--curriculum', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:${lineWith(file, 'Es una orden de retención.')}:slide:request`);
    expect(run.stderr).toContain('orden de retención');
  });

  it('fails on an avoided term in a ui string of language.yaml, at its line', async () => {
    const dir = copyCurriculum();
    const file = path.join(dir, 'es', 'language.yaml');
    editFile(dir, 'es/language.yaml', (text) =>
      replaceOnce(text, 'modelTFM: "Modelo de Patrulla"', 'modelTFM: "Modelo de Fuerza de Tarea"'),
    );
    const { problems } = checkCurriculum(await loadCurriculum(dir));
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        row: lineWith(file, 'modelTFM:'),
        column: 'ui:modelTFM',
        value: 'Fuerza de Tarea',
      }),
    ]);
  });

  it('finds an avoided term on the right line of a multi-line ui string', async () => {
    const dir = copyCurriculum();
    const file = path.join(dir, 'es', 'language.yaml');
    editFile(dir, 'es/language.yaml', (text) =>
      replaceOnce(text, 'Tarjetas de bolsillo: dos por persona', 'No firme la orden de retención'),
    );
    const { problems } = checkCurriculum(await loadCurriculum(dir));
    expect(problems).toEqual([
      expect.objectContaining({ file, row: lineWith(file, 'No firme la orden'), column: 'ui:guideMaterialsList' }),
    ]);
  });

  it('refuses a glossary whose pattern JavaScript cannot read, naming the file and the entry', async () => {
    const dir = copyCurriculum();
    editFile(dir, 'es/glossary.yaml', (text) => replaceOnce(text, '"Fuerza de Trabajo"', '"/Fuerza (de/"'));
    const error = expectKitError(await loadCurriculum(dir).catch((thrown: unknown) => thrown));
    expect(error.exitCode).toBe(2);
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: path.join(dir, 'es', 'glossary.yaml'),
        column: 'terms[1].avoid[1]',
        value: '/Fuerza (de/',
      }),
    ]);
  });
});
