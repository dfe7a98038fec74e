// A language's source notes (templates/curriculum/<lang>/sources.yaml): the kit's own words about a source in that
// language, checked against sources.yaml and the glossary, and put into that language's view of the sources.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCurriculum } from '../../generator/content/check.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import { copyCurriculum, editFile, replaceOnce } from './curriculum-copy.ts';

describe('Spanish source notes', () => {
  it('loads the Spanish words for a source and leaves English with the English ones', async () => {
    const curriculum = await loadCurriculum(copyCurriculum());
    expect(curriculum.languages.get('es')!.sourceNotes!.get('el-cenizo')).toEqual({
      publisher: 'U.S. Court of Appeals for the Fifth Circuit (vía Justia)',
    });
    expect(curriculum.sources.get('el-cenizo')!.publisher).toBe(
      'U.S. Court of Appeals for the Fifth Circuit (via Justia)',
    );
    expect(curriculum.languages.get('en')!.sourceNotes!.size).toBe(0);
  });

  it('reports a note for a source that sources.yaml does not have, naming the file and the id', async () => {
    const dir = copyCurriculum();
    editFile(dir, 'es/sources.yaml', (text) => replaceOnce(text, 'el-cenizo:', 'el-cenizo-2018:'));
    const { problems } = checkCurriculum(await loadCurriculum(dir));
    expect(problems).toEqual([
      expect.objectContaining({ file: path.join(dir, 'es', 'sources.yaml'), column: 'el-cenizo-2018' }),
    ]);
  });

  it('checks the notes against the glossary', async () => {
    const dir = copyCurriculum();
    editFile(dir, 'es/sources.yaml', (text) => replaceOnce(text, '(vía Justia)', '(vía Justia; orden de retención)'));
    const { problems } = checkCurriculum(await loadCurriculum(dir));
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.join(dir, 'es', 'sources.yaml'),
        column: 'el-cenizo',
        value: 'orden de retención',
      }),
    ]);
  });
});
