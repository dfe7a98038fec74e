// `kit init --region R`: the example config written for the region R names, checked as kit build checks a region;
// a region the data does not have stops with exit 2 and writes nothing.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../generator/config/load.ts';
import { TEMPLATES_DIR } from '../../generator/paths.ts';
import { runKit, tempDir } from '../helpers.ts';

const TEMPLATE = readFileSync(path.join(TEMPLATES_DIR, 'workshop.example.yaml'), 'utf8');

describe('kit init --region R', () => {
  it('writes the example for the region a name finds, every other line as in the example, and it builds', async () => {
    const dir = tempDir();
    const result = await runKit(['init', 'mine.yaml', '--region', 'harris county tx'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      'Wrote mine.yaml for Harris County, Texas (tx/harris-county). Edit it, then run: npx kit build ' +
        '--config mine.yaml\n',
    );
    const written = readFileSync(path.join(dir, 'mine.yaml'), 'utf8');
    expect((await loadConfig(path.join(dir, 'mine.yaml'))).region).toBe('tx/harris-county');
    const changed = written.split('\n').filter((line, index) => line !== TEMPLATE.split('\n')[index]);
    expect(changed).toEqual(['region: tx/harris-county  # Harris County, Texas']);

    const built = await runKit(['build', '--config', 'mine.yaml', '--only', 'summary', '--out', 'out'], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(dir, 'out', 'region-summary.json'), 'utf8')) as unknown;
    expect(summary).toMatchObject({ region: { id: 'tx/harris-county' } });
  });

  it('takes an id as it is, a state or an agency, and --force replaces a config with it', async () => {
    const dir = tempDir();
    expect((await runKit(['init', '--region', 'ar'], { cwd: dir })).code).toBe(0);
    expect((await loadConfig(path.join(dir, 'workshop.yaml'))).region).toBe('ar');
    const again = ['init', '--region', 'tx/agency/keller-police-department', '--force'];
    expect((await runKit(again, { cwd: dir })).code).toBe(0);
    expect((await loadConfig(path.join(dir, 'workshop.yaml'))).region).toBe('tx/agency/keller-police-department');
  });

  it('stops with exit 2 and "Did you mean" for a mistyped id, and writes nothing', async () => {
    const dir = tempDir();
    const result = await runKit(['init', 'mine.yaml', '--region', 'tx/tarant-county'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /--region: no region matches "tx\/tarant-county"\. Did you mean "tx\/tarrant-county"\?/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops with exit 2 for a name that fits several regions, listing their ids, and writes nothing', async () => {
    const dir = tempDir();
    const result = await runKit(['init', '--region', 'washington county'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"washington county" fits several regions:[\s\S]*ar\/washington-county/);
    expect(existsSync(path.join(dir, 'workshop.yaml'))).toBe(false);
  });

  it('stops with exit 2 for an empty --region, as kit build does, before reading any data', async () => {
    const dir = tempDir();
    const missingData = ['init', '--region', ' ', '--data-dir', path.join(dir, 'no-such-folder')];
    const result = await runKit(missingData, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--region " ": give a region id or name; kit regions QUERY finds one.');
    const build = await runKit(['build', '--region', ' '], { cwd: dir });
    expect(build.stderr).toContain('--region " ": give a region id or name; kit regions QUERY finds one.');
    expect(readdirSync(dir)).toEqual([]);
  });
});
