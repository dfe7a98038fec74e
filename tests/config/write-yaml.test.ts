// The YAML the app saves is a config `kit build --config` reads back to the same config: every field of the
// example, and values YAML would otherwise read as numbers, dates, times, booleans or null.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readConfig } from '../../generator/config/load.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { writeConfigYaml } from '../../generator/config/write-yaml.ts';
import { TEMPLATES_DIR } from '../../generator/paths.ts';
import { tempDir } from '../helpers.ts';

async function roundTrip(config: Record<string, unknown>) {
  const file = path.join(tempDir(), 'workshop.yaml');
  writeFileSync(file, writeConfigYaml(config));
  return { read: await readConfig(file), text: readFileSync(file, 'utf8') };
}

describe('writeConfigYaml', () => {
  it('writes the example config so that kit build --config reads the same config back', async () => {
    const example: Record<string, unknown> = parse(
      readFileSync(path.join(TEMPLATES_DIR, 'workshop.example.yaml'), 'utf8'),
    );
    const { read, text } = await roundTrip(example);
    expect(read.problems).toEqual([]);
    expect({ ...read.config, file: null }).toEqual({ ...validateConfig(example, null).config, file: null });
    expect(text.startsWith('# A workshop config for the 287(g) Workshop Kit')).toBe(true);
  });

  it('keeps text that looks like a number, a time, a boolean or null as text', async () => {
    const config = {
      region: 'tx/tarrant-county',
      organization: { name: 'true', website: null },
      presenter: 'null',
      workshop: { date: '2026-12-05', start: '09:05', place: '# 12: Room "A"', length: 60 },
      contacts: { hotline: { name: '0123', phone: '+1 817 555 0142' } },
    };
    const { read } = await roundTrip(config);
    expect(read.problems).toEqual([]);
    expect(read.config.organization.name).toBe('true');
    expect(read.config.presenter).toBe('null');
    expect(read.config.start).toBe('09:05');
    expect(read.config.place).toBe('# 12: Room "A"');
    expect(read.config.contacts.hotline).toEqual({ name: '0123', phone: '+1 817 555 0142', website: null });
    expect(read.config.length).toBe(60);
  });
});
