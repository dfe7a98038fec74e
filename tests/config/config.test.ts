import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../generator/config/load.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { KitError } from '../../generator/errors.ts';
import { KIT_ROOT } from '../../generator/paths.ts';
import { expectKitError, tempDir } from '../helpers.ts';

async function configError(yaml: string): Promise<KitError> {
  const file = path.join(tempDir(), 'workshop.yaml');
  writeFileSync(file, yaml);
  try {
    await loadConfig(file);
  } catch (error) {
    expect(error).toBeInstanceOf(KitError);
    return expectKitError(error);
  }
  throw new Error('the config was accepted');
}

describe('the workshop config', () => {
  it('reads the shipped example and the kit init template with their defaults applied', async () => {
    const example = await loadConfig(path.join(KIT_ROOT, 'data', 'workshops', 'example.yaml'));
    expect(example).toMatchObject({
      region: 'tx/tarrant-county',
      languages: ['en', 'es'],
      length: 90,
      paper: 'letter',
      date: '2026-12-05',
      start: '18:30',
      organization: { name: 'Example Rapid Response Network', website: 'https://example.org' },
      contacts: { hotline: { phone: '(555) 010-0100' } },
    });
    const template = await loadConfig(path.join(KIT_ROOT, 'templates', 'workshop.example.yaml'));
    expect(template.region).toBe('tx/tarrant-county');
  });

  it('applies defaults to a config that names only a region', () => {
    const { config, problems } = validateConfig({ region: 'tx' }, null);
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      languages: ['en'],
      length: 90,
      paper: 'letter',
      customRegion: null,
      snapshot: null,
    });
  });

  it('reports every problem at once, naming the field, the value and what is allowed', async () => {
    const error = await configError(
      [
        'region: tx/tarrant-county',
        'langauges: [en]',
        'workshop:',
        '  date: 12/05/2026',
        '  start: 6:30pm',
        '  length: 45',
        'paper: legal',
        'organization:',
        '  name: Test',
        '  website: example.org',
      ].join('\n'),
    );
    expect(error.code).toBe('bad-input');
    const byField = Object.fromEntries(error.problems.map((problem) => [problem.column, problem]));
    expect(byField.langauges!.message).toMatch(/unknown field. Did you mean "languages"\?/);
    expect(byField['workshop.date']).toMatchObject({ value: '12/05/2026' });
    expect(byField['workshop.date']!.message).toMatch(/YYYY-MM-DD/);
    expect(byField['workshop.start']!.message).toMatch(/24-hour/);
    expect(byField['workshop.length']!.message).toMatch(/60, 90, 120/);
    expect(byField.paper!.message).toMatch(/letter, a4/);
    expect(byField['organization.website']!.message).toMatch(/https:\/\//);
    expect(error.problems.every((problem) => problem.file?.endsWith('workshop.yaml'))).toBe(true);
  });

  it('takes the paper size in any case, only as text: a list holding a4 is not a paper size', () => {
    expect(validateConfig({ region: 'tx', paper: 'A4' }, null)).toMatchObject({
      problems: [],
      config: { paper: 'a4' },
    });
    const { problems } = validateConfig({ region: 'tx', paper: ['a4'] }, null);
    expect(problems).toMatchObject([{ column: 'paper', message: 'must be one of letter, a4' }]);
  });

  it('refuses a contact phone without digits (words in the phone field), and takes short numbers such as 211', () => {
    const check = (phone: string) =>
      validateConfig({ region: 'tx', contacts: { hotline: { name: 'Hotline', phone } } }, 'w.yaml').problems.map(
        (problem) => `${problem.column}: ${problem.message}`,
      );
    expect(check('call us maybe')).toEqual([
      'contacts.hotline.phone: must be a phone number with its digits, e.g. (817) 555-0123',
    ]);
    expect(check('12')).toHaveLength(1);
    expect(check('211')).toEqual([]);
    expect(check('+1 817 555 0142, 24 hours')).toEqual([]);
  });

  it('needs a region or a custom region, not both', async () => {
    expect((await configError('languages: [en]\n')).problems.map((problem) => problem.column)).toContain('region');
    const both = await configError('region: tx\ncustom_region:\n  name: X\n  counties: [tx/harris-county]\n');
    expect(both.problems.map((problem) => problem.message).join()).toMatch(/either region: or custom_region:/);
    const empty = await configError('custom_region:\n  name: X\n');
    expect(empty.problems.map((problem) => problem.column)).toContain('custom_region');
  });

  it('rejects a language code that is not one and unknown contact fields', async () => {
    const error = await configError('region: tx\nlanguages: [english]\ncontacts:\n  hotline:\n    number: "555"\n');
    const fields = error.problems.map((problem) => problem.column);
    expect(fields).toEqual(expect.arrayContaining(['languages[0]', 'contacts.hotline.number']));
  });

  it('points at the line of broken YAML', async () => {
    const error = await configError('region: tx\nworkshop:\n  place: Hall\n   length: 90\n');
    expect(error.message).toMatch(/workshop\.yaml:\d+: this is not valid YAML/);
  });

  it('says when the file is missing', async () => {
    await expect(loadConfig('/nonexistent/workshop.yaml')).rejects.toMatchObject({ code: 'not-found' });
  });
});
