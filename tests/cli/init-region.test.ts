// `kit init --region R` (issue 16): the example config written for region R, found as kit build finds it.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../generator/config/load.ts';
import { findPlaceholderFields } from '../../generator/config/placeholders.ts';
import { runKit, tempDir } from '../helpers.ts';

describe('kit init --region', () => {
  it("writes the example config for a region found by name, keeping the example's comments", async () => {
    const dir = tempDir();
    const result = await runKit(['init', 'harris.yaml', '--region', 'harris county tx'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const file = path.join(dir, 'harris.yaml');
    const config = await loadConfig(file);
    expect(config.region).toBe('tx/harris-county');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('region: "tx/harris-county"   # Harris County, Texas\n');
    expect(text).toContain('# Find the id with:  npx kit regions');
    // The rest is still the example's: each placeholder is reported until the trainer replaces it.
    expect(findPlaceholderFields(config).length).toBeGreaterThan(5);
  });

  it('refuses an unknown region (exit 2, naming --region) and writes nothing', async () => {
    const dir = tempDir();
    const result = await runKit(['init', 'x.yaml', '--region', 'nowhere county zz'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--region: no region matches "nowhere county zz"/);
    expect(existsSync(path.join(dir, 'x.yaml'))).toBe(false);
  });

  it('without --region writes the example as it is', async () => {
    const dir = tempDir();
    expect((await runKit(['init'], { cwd: dir })).code).toBe(0);
    expect((await loadConfig(path.join(dir, 'workshop.yaml'))).region).toBe('tx/tarrant-county');
  });
});
