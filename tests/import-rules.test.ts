// The import rules of .dependency-cruiser.cjs (npm run lint:imports), run by the real dependency-cruiser over a small
// kit-shaped tree: what they refuse (a cycle, a layer importing a higher or a peer one, type imports included) and
// what they let through (imports down the layers).

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../generator/paths.ts';
import { tempDir } from './helpers.ts';

const run = promisify(execFile);

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** The violations dependency-cruiser finds with the kit's rules in a tree of `files` (path -> source). */
async function findViolations(files: Record<string, string>): Promise<string[]> {
  const root = tempDir('kit-imports-');
  copyFileSync(path.join(KIT_ROOT, 'tsconfig.json'), path.join(root, 'tsconfig.json'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const bin = path.join(KIT_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const config = path.join(KIT_ROOT, '.dependency-cruiser.cjs');
  const { stdout } = await run(
    process.execPath,
    [bin, '--config', config, '--output-type', 'json', 'generator', 'tests'],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })); // exit code 1 when it finds violations
  const result: { summary: { violations: Violation[] } } = JSON.parse(stdout);
  return result.summary.violations.map((violation) => `${violation.rule.name} ${violation.from} -> ${violation.to}`);
}

describe('import rules', () => {
  it('let every layer import its own folder, the shared modules and the layers below', async () => {
    expect(
      await findViolations({
        'generator/errors.ts': 'export const E = 1;\n',
        'generator/write.ts': "import { E } from './errors.ts';\nexport const W = E;\n",
        'generator/data/states.ts': "import { E } from '../errors.ts';\nexport const S = E;\n",
        'generator/geo/counties.ts': "import { S } from '../data/states.ts';\nexport const C = S;\n",
        'generator/quiz/types.ts': 'export type Q = number;\n',
        'generator/quiz/bank.ts':
          "import type { Q } from './types.ts';\nimport { C } from '../geo/counties.ts';\nexport const B: Q = C;\n",
        'generator/cli/main.ts':
          "import { B } from '../quiz/bank.ts';\nimport { W } from '../write.ts';\nexport const M = B + W;\n",
        'tests/quiz.test.ts': "import { M } from '../generator/cli/main.ts';\nexport const T = M;\n",
      }),
    ).toEqual([]);
  });

  it('refuse cycles, imports of a higher or peer layer (type imports too), and the kit importing tests', async () => {
    const violations = await findViolations({
      'generator/errors.ts': "import type { C } from './geo/counties.ts';\nexport const E: C = 1;\n",
      'generator/data/import.ts': "import { C } from '../geo/counties.ts';\nexport const I = C;\n",
      'generator/geo/counties.ts': 'export type C = number;\nexport const C = 1;\n',
      'generator/quiz/bank.ts': "import { R } from './region-questions.ts';\nexport const B = R;\n",
      'generator/quiz/region-questions.ts':
        "import type { B } from './bank.ts';\nexport const R = 1;\nexport type X = typeof B;\n",
      'generator/deck/slides-pdf.ts': "import type { H } from '../handout/render.ts';\nexport type D = H;\n",
      'generator/handout/render.ts': "import { F } from '../../tests/fixture.ts';\nexport type H = typeof F;\n",
      'tests/fixture.ts': 'export const F = 1;\n',
    });
    // A cycle is reported once, at one of its imports.
    expect(violations.filter((line) => line.startsWith('no-circular'))).toEqual([
      expect.stringMatching(/^no-circular generator\/quiz\/(bank|region-questions)\.ts -> generator\/quiz\//),
    ]);
    expect(violations.filter((line) => !line.startsWith('no-circular')).sort()).toEqual([
      'generator-not-to-tests generator/handout/render.ts -> tests/fixture.ts',
      'layer-data generator/data/import.ts -> generator/geo/counties.ts',
      'layer-deck generator/deck/slides-pdf.ts -> generator/handout/render.ts',
      'layer-shared generator/errors.ts -> generator/geo/counties.ts',
    ]);
  });

  it("keep generator/setup/ to Node's own modules, and refuse a folder that is in no layer", async () => {
    const violations = await findViolations({
      'generator/errors.ts': 'export const E = 1;\n',
      'generator/setup/plan.mjs': 'export const P = 1;\n',
      'generator/setup/ensure.mjs':
        "import { readFileSync } from 'node:fs';\nimport { P } from './plan.mjs';\n" +
        "import { E } from '../errors.ts';\nexport const N = P + E + readFileSync.length;\n",
      'generator/extras/a.ts': "import { E } from '../errors.ts';\nexport const A = E;\n",
      'generator/cli/main.ts': "import { A } from '../extras/a.ts';\nexport const M = A;\n",
      'tests/main.test.ts': "import { M } from '../generator/cli/main.ts';\nexport const T = M;\n",
    });
    expect(violations.sort()).toEqual([
      'folder-in-no-layer generator/extras/a.ts -> generator/errors.ts',
      'layer-cli generator/cli/main.ts -> generator/extras/a.ts',
      'setup-alone generator/setup/ensure.mjs -> generator/errors.ts',
    ]);
  });
});
