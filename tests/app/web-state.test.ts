// The page's pure parts, without a browser: the form to config and back, problems placed by field, the strings.

import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../generator/app/web/api.ts';
import { t, ui } from '../../generator/app/web/i18n.ts';
import {
  applyConfig,
  DRAFT_KEY,
  problemsAt,
  restoreDraft,
  saveDraft,
  store,
  toConfig,
} from '../../generator/app/web/state.ts';

describe('the page store', () => {
  it('turns the form into the config kit build --config reads, leaving out empty fields', () => {
    store.mode = 'one';
    store.region = {
      id: 'tx/tarrant-county',
      name: 'Tarrant County',
      kind: 'county',
      state: 'TX',
      agreements: 8,
      agencies: 8,
      byModel: {},
    };
    store.form.organization = '  North Texas Network ';
    store.form.hotlinePhone = '(817) 555-0100';
    store.form.date = '2026-12-05';
    store.length = '60';
    store.languages = ['en', 'es'];
    expect(toConfig()).toEqual({
      region: 'tx/tarrant-county',
      languages: ['en', 'es'],
      organization: { name: 'North Texas Network' },
      contacts: { hotline: { phone: '(817) 555-0100' } },
      workshop: { date: '2026-12-05', length: 60 },
      paper: 'letter',
    });
  });

  it('fills the form from a loaded config, a YAML timestamp kept as its day, and a custom region as counties', () => {
    applyConfig({
      custom_region: { name: 'North Texas', counties: ['tx/tarrant-county', 'tx/dallas-county'] },
      languages: ['es'],
      presenter: 'Alex',
      workshop: { date: '2026-12-05T00:00:00.000Z', start: '18:30', length: 120 },
      paper: 'a4',
    });
    expect(store.mode).toBe('custom');
    expect(store.customCounties.map((county) => county.id)).toEqual(['tx/tarrant-county', 'tx/dallas-county']);
    expect(store.form.date).toBe('2026-12-05');
    expect(store.form.organization).toBe('');
    expect(toConfig()).toEqual({
      custom_region: { name: 'North Texas', counties: ['tx/tarrant-county', 'tx/dallas-county'], agencies: [] },
      languages: ['es'],
      presenter: 'Alex',
      workshop: { date: '2026-12-05', start: '18:30', length: 120 },
      paper: 'a4',
    });
  });

  it('places each problem at its field and the fields inside it, list items included', () => {
    const problems = [
      { field: 'contacts.hotline.phone', message: 'a' },
      { field: 'contacts.hotline', message: 'b' },
      { field: 'contacts.hotlines', message: 'c' },
      { field: 'languages[1]', message: 'd' },
    ];
    expect(problemsAt(problems, 'contacts.hotline').map((problem) => problem.message)).toEqual(['a', 'b']);
    expect(problemsAt(problems, 'languages').map((problem) => problem.message)).toEqual(['d']);
  });

  it("shows a problem under its field without the CLI's FILE:FIELD prefix", () => {
    const field = 'organization.website';
    expect(describeProblem({ field, message: 'workshop.yaml:organization.website must start with https://' })).toBe(
      'must start with https://',
    );
    expect(describeProblem({ field, message: 'organization.website: must start with https://' })).toBe(
      'must start with https://',
    );
    expect(describeProblem({ field, message: 'A web address is needed for organization.website' })).toBe(
      'A web address is needed for organization.website',
    );
  });
});

describe('the interface strings', () => {
  it('fills in {{names}} and shows a missing key as itself', () => {
    ui.strings = { regionCounts: 'Acuerdos: {{agreements}} · Agencias: {{agencies}}' };
    expect(t('regionCounts', { agreements: 8, agencies: 3 })).toBe('Acuerdos: 8 · Agencias: 3');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('keeps the choices through a reload: a saved draft puts back region, form and languages; junk is ignored', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, v: string) => void saved.set(key, v),
    };
    store.mode = 'one';
    store.region = {
      id: 'tx/tarrant-county',
      name: 'Tarrant County, Texas',
      kind: 'county',
      state: 'TX',
      agreements: 8,
      agencies: 8,
      byModel: { TFM: 6 },
    };
    store.form.organization = 'Casa Norte';
    store.form.hotlinePhone = '(817) 555-0199';
    store.languages = ['es', 'en'];
    saveDraft(storage);
    store.region = null;
    store.form.organization = '';
    store.form.hotlinePhone = '';
    store.languages = ['en'];
    expect(restoreDraft(storage)).toBe(true);
    expect(Reflect.get(store, 'region')).toMatchObject({ name: 'Tarrant County, Texas', agreements: 8 });
    expect(store.form.organization).toBe('Casa Norte');
    expect(toConfig()).toMatchObject({
      region: 'tx/tarrant-county',
      languages: ['es', 'en'],
      contacts: { hotline: { phone: '(817) 555-0199' } },
    });
    saved.set(DRAFT_KEY, '{not json');
    expect(restoreDraft(storage)).toBe(false);
    saved.set(DRAFT_KEY, JSON.stringify({ version: 99, form: { organization: 'x' } }));
    expect(restoreDraft(storage)).toBe(false);
    expect(store.form.organization).toBe('Casa Norte');
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => saveDraft(refusing)).not.toThrow();
  });
});
