// A config whose organization name or hotline is long, built as a trainer builds it: a name of two lines still makes
// cards, one with no room on a card is refused with exit code 2, naming the config field, and writes nothing.

import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKit, tempDir } from '../helpers.ts';
import { squash } from '../pdf/tools.ts';
import { readPdfText } from '../pdf/text.ts';

/** A config file for Tarrant County in English and Spanish with this organization name and hotline. */
function configWith(name: string, phone: string): string {
  const file = path.join(tempDir(), 'workshop.yaml');
  writeFileSync(
    file,
    `region: tx/tarrant-county\nlanguages: [en, es]\norganization:\n  name: "${name}"\n` +
      `contacts:\n  hotline:\n    name: Hotline\n    phone: "${phone}"\n`,
  );
  return file;
}

const build = (config: string, out: string) =>
  runKit(['build', '--fast', '--only', 'handout', '--config', config, '--out', out]);

describe('cards from a config with a long organization name or hotline', () => {
  it('wraps a long organization name onto two lines of every card, and prints it whole', async () => {
    const name = 'Coalition for Humane Immigrant Rights of Los Angeles (CHIRLA)';
    const out = path.join(tempDir(), 'kit');
    const result = await build(configWith(name, '(213) 353-1333'), out);
    expect(result.code, result.stderr).toBe(0);
    for (const page of [1, 2, 3, 4]) {
      const text = squash(await readPdfText(path.join(out, 'cards-en-es.pdf'), { pages: { first: page, last: page } }));
      expect(text.split(name).length - 1, `page ${page}`).toBe(8);
      expect(text.split('(213) 353-1333').length - 1, `page ${page}`).toBe(8);
    }
  }, 60_000);

  it('refuses a name or a number with no room on a card, naming the field, and writes nothing', async () => {
    const root = tempDir();
    const name = 'Comité de Defensa del Barrio y Red de Respuesta Rápida de los Condados de Tarrant, Dallas y Denton';
    const longName = await build(configWith(name, '(555) 010-0100'), path.join(root, 'name'));
    expect(longName.code).toBe(2);
    expect(longName.stderr).toMatch(/The rights card \(en\), front: the config's organization\.name takes 3 lines/);
    expect(longName.stderr).not.toMatch(/\n\s+at /); // no stack trace: the user's mistake
    const phone = '1-844-363-1423, 24 hours a day, 7 days a week, in English and Spanish';
    const longPhone = await build(configWith('Example Network', phone), path.join(root, 'phone'));
    expect(longPhone.code).toBe(2);
    expect(longPhone.stderr).toMatch(/the config's contacts\.hotline\.phone takes 3 lines at 13 pt/);
    expect(longPhone.stderr).toContain("Write only the number in the config's contacts.hotline.phone");
    for (const out of ['name', 'phone'])
      expect(existsSync(path.join(root, out)) ? readdirSync(path.join(root, out)) : []).toEqual([]);
  }, 60_000);
});
