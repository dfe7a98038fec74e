// Placeholder contacts (issue 16): the example config's made-up values are found field by field, real ones are not.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../generator/config/load.ts';
import { EXAMPLE_NAMES, findPlaceholderFields } from '../../generator/config/placeholders.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { KIT_ROOT } from '../../generator/paths.ts';
import { listTrainerNotes } from '../../generator/workshop/checklist.ts';
import { checkFreshness } from '../../generator/data/freshness.ts';

const withContacts = (contacts: Record<string, unknown>, organization: Record<string, unknown> = { name: 'Acme' }) =>
  validateConfig({ region: 'tx', organization, contacts }, null).config;

describe('findPlaceholderFields', () => {
  it('finds every made-up value of data/workshops/example.yaml, and each name it lists is still there', async () => {
    const example = await loadConfig(path.join(KIT_ROOT, 'data', 'workshops', 'example.yaml'));
    const found = findPlaceholderFields(example);
    expect(found.map((field) => [field.field, field.why])).toEqual([
      ['organization.name', 'example-name'],
      ['organization.website', 'example-address'],
      ['presenter', 'example-name'],
      ['workshop.place', 'example-name'],
      ['contacts.hotline.name', 'example-name'],
      ['contacts.hotline.phone', 'fictional-phone'],
      ['contacts.legal_aid.name', 'example-name'],
      ['contacts.legal_aid.phone', 'fictional-phone'],
      ['contacts.legal_aid.website', 'example-address'],
      ['contacts.website', 'example-address'],
    ]);
    // A name the list keeps that the example no longer has would be a stale rule.
    for (const name of EXAMPLE_NAMES) expect(found.map((field) => field.value)).toContain(name);
  });

  it.each([
    ['555-0123', true],
    ['(817) 555-0142', true],
    ['+1 817 555 0199', true],
    ['(555) 010-0100', true], // area code 555: no place has it
    ['(817) 555-1234', false], // 555 exchange, but not 01xx: a real number can be this
    ['(817) 555-0200', false],
    ['(817) 870-0100', false],
  ])('a hotline phone %s is a placeholder: %s', (phone, placeholder) => {
    const found = findPlaceholderFields(withContacts({ hotline: { phone } }));
    expect(found.map((field) => field.field)).toEqual(placeholder ? ['contacts.hotline.phone'] : []);
  });

  it.each([
    ['https://example.org', true],
    ['https://www.example.com/help', true],
    ['http://legal.example.net', true],
    ['https://myexample.org', false],
    ['https://example.org.mx', false],
    ['https://rapidresponse.org/example.org', false],
  ])('a website %s is a placeholder: %s', (website, placeholder) => {
    const found = findPlaceholderFields(withContacts({}, { name: 'Acme', website }));
    expect(found.map((field) => field.field)).toEqual(placeholder ? ['organization.website'] : []);
  });

  it("finds the example's organization name whatever its case, and nothing in a real config", () => {
    expect(findPlaceholderFields(withContacts({}, { name: 'example rapid response network' }))).toHaveLength(1);
    const real = withContacts(
      { hotline: { name: 'North Texas hotline', phone: '(817) 870-1234' }, website: 'https://ntxrr.org' },
      { name: 'North Texas Rapid Response', website: 'https://ntxrr.org' },
    );
    expect(findPlaceholderFields(real)).toEqual([]);
  });
});

describe('listTrainerNotes: missing contacts', () => {
  const notesFor = (raw: Record<string, unknown>) =>
    listTrainerNotes({
      config: validateConfig({ region: 'tx', ...raw }, null).config,
      summary: {
        data: {
          asOf: '2026-05-18',
          source: 'participating.xlsx',
          sha256: '',
          pendingAsOf: null,
          pendingSource: null,
          freshness: checkFreshness('2026-05-18', '2026-05-19'),
        },
        unplaced: [],
        changes: null,
      },
      languages: [{ code: 'en', reviewed: false }],
    });
  const missing = (raw: Record<string, unknown>) =>
    notesFor(raw)
      .filter((note) => note.id === 'missing-contact')
      .map((note) => note.field);

  it('names each contact the config lacks; contacts.website stands in for the organization website', () => {
    expect(missing({})).toEqual(['contacts.hotline', 'contacts.legal_aid', 'organization.website']);
    // Read as a sentence (a new user found "No a rapid-response hotline in the config").
    expect(notesFor({}).find((note) => note.field === 'contacts.hotline')?.text).toMatch(
      /^The config gives no rapid-response hotline \(contacts\.hotline\): the handout/,
    );
    expect(missing({ contacts: { website: 'https://ntxrr.org' } })).toEqual(['contacts.hotline', 'contacts.legal_aid']);
    expect(
      missing({
        organization: { name: 'NTXRR', website: 'https://ntxrr.org' },
        contacts: { hotline: { phone: '(817) 870-1234' }, legal_aid: { website: 'https://legal.ntxrr.org' } },
      }),
    ).toEqual([]);
    // English is the source language: never "not yet reviewed".
    expect(notesFor({}).map((note) => note.id)).not.toContain('unreviewed-translation');
  });
});
