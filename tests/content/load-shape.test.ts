// The curriculum's YAML read as what it is: a list or text where a block belongs (or the reverse) is a problem
// naming the file and the field, not a value taken on trust.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KitError } from '../../generator/errors.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import { parseModule } from '../../generator/content/parse-module.ts';
import { copyCurriculum, editFile, replaceOnce } from './curriculum-copy.ts';

describe('loadCurriculum on YAML of the wrong shape', () => {
  it('names the file and field of text given for a list of breaks and for a source', async () => {
    const dir = copyCurriculum();
    editFile(dir, 'modules.yaml', (text) =>
      replaceOnce(
        text,
        'breaks:\n  - after: know-your-rights\n    minutes: { 60: 0, 90: 0, 120: 10 }',
        'breaks: after know-your-rights',
      ),
    );
    editFile(dir, 'sources.yaml', (text) => `${text}\nloose-note: just a title\n`);
    const error = await loadCurriculum(dir).catch((caught: unknown) => caught);
    if (!(error instanceof KitError)) throw new Error(`expected a KitError, got ${String(error)}`);
    expect(error.exitCode).toBe(2);
    expect(error.problems).toEqual([
      {
        file: path.join(dir, 'modules.yaml'),
        column: 'breaks',
        message: 'must be a list',
        value: 'after know-your-rights',
      },
      {
        file: path.join(dir, 'sources.yaml'),
        column: 'loose-note',
        message: 'must be a block of `name: value` lines',
        value: 'just a title',
      },
    ]);
  });
});

describe('parseModule on front matter that is not a block of fields', () => {
  it('reports a list given as front matter and returns no module', () => {
    const file = 'list-front-matter.md';
    const result = parseModule('---\n- title\n- objectives\n---\n<!-- slide: first -->\n# First\n', file, 'en');
    expect(result).toEqual({
      module: null,
      problems: [{ file, message: 'front matter must be `name: value` lines (title, objectives, quiz and so on)' }],
    });
  });
});
