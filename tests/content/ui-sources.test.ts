// The content check of the sources cited in ui strings (the wallet cards' lines), on copies of the real curriculum
// with one marker changed: an unknown source, an unclosed marker, a translation citing other sources than English.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCurriculum } from '../../generator/content/check.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import { copyCurriculum, editFile, replaceOnce } from './curriculum-copy.ts';

/** The 1-based line of `file` where `needle` first occurs, read from the file itself. */
const lineWith = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;

describe('the sources of ui strings', () => {
  it('passes on the shipped curriculum, whose card lines cite their sources', async () => {
    const dir = copyCurriculum();
    expect(readFileSync(path.join(dir, 'en', 'language.yaml'), 'utf8')).toContain('[src:hiibel]');
    expect(checkCurriculum(await loadCurriculum(dir)).problems).toEqual([]);
  });

  it('fails on a source that is not in sources.yaml, at its line and key', async () => {
    const dir = copyCurriculum();
    const file = path.join(dir, 'es', 'language.yaml');
    editFile(dir, 'es/language.yaml', (text) =>
      replaceOnce(text, 'No doy permiso para un registro. [src:aclu-ar-stopped]', 'No doy permiso. [src:aclu-xx]'),
    );
    const { problems } = checkCurriculum(await loadCurriculum(dir));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file,
          row: lineWith(file, '[src:aclu-xx]'),
          column: 'ui:statementSearch',
          message: 'cites a source that is not in sources.yaml',
          value: 'aclu-xx',
        }),
      ]),
    );
  });

  it('fails on a marker left unclosed, and on a translation citing other sources than English', async () => {
    const dir = copyCurriculum();
    const file = path.join(dir, 'es', 'language.yaml');
    editFile(dir, 'es/language.yaml', (text) =>
      replaceOnce(
        replaceOnce(text, 'con un abogado. [src:aclu-ar-stopped]', 'con un abogado. [src:aclu-ar-stopped'),
        'nada sin un abogado. [src:aclu-al-ice-door] ',
        'nada sin un abogado. ',
      ),
    );
    const { problems } = checkCurriculum(await loadCurriculum(dir));
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        row: lineWith(file, 'Quiero hablar con un abogado.'),
        column: 'ui:statementLawyer',
        message: expect.stringContaining('not closed on its line'),
      }),
      expect.objectContaining({
        file,
        row: lineWith(file, 'Quiero hablar con un abogado.'),
        column: 'ui:statementLawyer',
        message: 'cites other sources than English (aclu-ar-stopped, aclu-ct-stopped)',
        value: 'aclu-ct-stopped',
      }),
      expect.objectContaining({
        file,
        row: lineWith(file, 'No firmaré nada'),
        column: 'ui:statementSign',
        message: 'cites other sources than English (aclu-al-ice-door, aic-kyr-2016, nilc-2016)',
        value: 'aic-kyr-2016, nilc-2016',
      }),
    ]);
  });
});
