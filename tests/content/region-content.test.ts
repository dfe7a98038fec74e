// The curriculum filled for a region: the answers in the "your region" module match the data for a
// state, a county and a custom region, in English and Spanish, and every script carries its stamp.

import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../generator/workshop/build.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';
import { buildTestKitFrom, tempDir } from '../helpers.ts';
import { rowsReaching } from '../ice-rows.ts';

async function build(
  input: Record<string, unknown>,
  extra: { fallbackToEnglish?: boolean; curriculumDir?: string } = {},
): Promise<{ result: BuildResult; script: (language: string) => string }> {
  const { config, problems } = validateConfig({ languages: ['en', 'es'], ...input }, null);
  expect(problems).toEqual([]);
  const out = path.join(tempDir(), 'out');
  const result = await buildTestKitFrom(config, out, {
    deck: 'markdown',
    ...extra,
  });
  // Read now: the temporary folder is removed after each test.
  const scripts = Object.fromEntries(
    ['en', 'es'].map((language) => [language, readFileSync(path.join(out, `workshop-${language}.md`), 'utf8')]),
  );
  return { result, script: (language) => scripts[language]! };
}

const section = (script: string, heading: RegExp) => {
  const start = script.search(heading);
  expect(start).toBeGreaterThan(-1);
  return script.slice(start, script.indexOf('\n## ', start + 1));
};

describe('the region module filled from the data', () => {
  let county: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    county = await build({ region: 'tx/tarrant-county', workshop: { start: '18:30', length: 90 } });
  });

  it("answers the four questions for a county in English as ICE's list has them", () => {
    const region = section(county.script('en'), /## Module 4:/);
    // Expected from ICE's list (participating-2026-05-18.csv): Tarrant County's four agencies and Texas's four.
    expect(region).toContain('Yes. The Tarrant County Sheriff’s Office has an agreement: Jail Enforcement Model.');
    expect(region).toContain(
      'Yes: Azle Police Department; Keller Police Department; Pantego Police Department. ' +
        "The police of the other cities and towns here, such as Fort Worth and Arlington, are not on ICE's list.",
    );
    expect(region).toContain('Yes. 8 signed agreements by 8 agencies reach people here.');
    const rows = rowsReaching('TEXAS', ['Tarrant County']);
    expect(rows).toHaveLength(8);
    for (const row of rows)
      expect(region).toContain(
        `| ${row.agency} | ${row.type === 'State Agency' ? 'Statewide' : row.county} | ${row.model} |`,
      );
  });

  it('answers the same in Spanish, with Spanish model names and dates', () => {
    const region = section(county.script('es'), /## Módulo 4:/);
    expect(region).toMatch(/Sí\. La oficina del sheriff \(Tarrant County Sheriff’s Office\) tiene un acuerdo: /);
    expect(region).toContain('18 de mayo de 2026');
    expect(county.script('es')).toContain('Datos de ICE al 18 de mayo de 2026');
  });

  it('puts the national counts computed from the snapshot into module 3, never typed', () => {
    const national = section(county.script('en'), /## Module 3:/);
    expect(national).toMatch(/\| Jail Enforcement Model \| 182 \| 182 \| 32 \|/);
    expect(national).toMatch(/\| Total \| 1,843 \| 1,551 \| 40 \|/);
    expect(national).toContain(
      'From February 21, 2025 to May 18, 2026, the number of agreements went from 151 to 1,843.',
    );
  });

  it('gives the agenda clock times from the start time and length', () => {
    const agenda = section(county.script('en'), /## Agenda/);
    expect(agenda).toMatch(/\| 18:30–18:36 \| 1\. /);
    expect(agenda).toMatch(/–20:00 \| 10\. /);
  });

  it('stamps every script with the data date, the source, the stale-data warning and the not-legal-advice note', () => {
    for (const language of ['en', 'es']) {
      const script = county.script(language);
      expect(script).toContain('participating-2026-05-18.xlsx');
      expect(script).toContain('https://www.ice.gov/identify-and-arrest/287g');
      expect(script).toMatch(language === 'en' ? /not legal advice/ : /no asesoría legal/);
      expect(script).toMatch(/## (Sources|Fuentes)\n\n1\. /);
    }
    expect(county.script('es')).toContain('Esta traducción aún no la ha revisado');
  });

  it('answers for a state with the number of county sheriffs that have an agreement', async () => {
    const state = await build({ region: 'tx' });
    const sheriffs = state.result.summary.answers;
    expect(section(state.script('en'), /## Module 4:/)).toContain(
      `${sheriffs.sheriffsWithAgreement} of 254 county sheriffs have an agreement. The table names them.`,
    );
    expect(sheriffs.sheriffsWithAgreement).toBe(sheriffs.sheriffs.filter((answer) => answer.models.length > 0).length);
  });

  it('says "by one agency" when one agency holds several agreements, in the script and region-summary.md', async () => {
    // A custom region of one sheriff's office holding two agreements (WSO and TFM).
    const { config } = validateConfig(
      {
        custom_region: { name: 'Archer', counties: [], agencies: ['tx/agency/archer-county-sheriffs-office'] },
        languages: ['en', 'es'],
      },
      null,
    );
    const out = path.join(tempDir(), 'out');
    await buildTestKitFrom(config, out, {
      only: ['summary', 'script'],
    });
    expect(section(readFileSync(path.join(out, 'workshop-en.md'), 'utf8'), /## Module 4:/)).toContain(
      'Yes. 2 signed agreements by one agency reach people here.',
    );
    expect(section(readFileSync(path.join(out, 'workshop-es.md'), 'utf8'), /## Módulo 4:/)).toContain(
      'Sí. Aquí se aplican 2 acuerdos firmados, todos de una sola agencia.',
    );
    expect(readFileSync(path.join(out, 'region-summary.md'), 'utf8')).toContain(
      'Yes: 2 signed agreements by one agency reach people here',
    );

    const one = validateConfig(
      {
        custom_region: { name: 'Keller', counties: [], agencies: ['tx/agency/keller-police-department'] },
        languages: ['en'],
      },
      null,
    ).config;
    const keller = path.join(tempDir(), 'out');
    await buildTestKitFrom(one, keller, {
      only: ['summary'],
    });
    expect(readFileSync(path.join(keller, 'region-summary.md'), 'utf8')).toContain(
      "1 city or town police department here is on ICE's list: Keller Police Department. " +
        'The police of the other cities and towns here are not on it.',
    );
  });

  it('counts the changes since an earlier list without a count before a plural noun', async () => {
    const { config, problems } = validateConfig(
      { region: 'tx/tarrant-county', languages: ['en', 'es'], data: { compare_to: '2025-10-07' } },
      null,
    );
    expect(problems).toEqual([]);
    const out = path.join(tempDir(), 'out');
    const result = await buildTestKitFrom(config, out, {
      only: ['script'],
    });
    const changes = result.summary.changes!;
    const count = (items: unknown[]) => items.length;
    expect(readFileSync(path.join(out, 'workshop-en.md'), 'utf8')).toContain(
      `Since October 7, 2025, agencies added: ${count(changes.added)}; removed: ${count(changes.removed)}; ` +
        `renamed: ${count(changes.renamed)}; with a model added: ${count(changes.modelsAdded)}; ` +
        `with a model dropped: ${count(changes.modelsDropped)}.`,
    );
    expect(readFileSync(path.join(out, 'workshop-es.md'), 'utf8')).toContain(
      `Desde el 7 de octubre de 2025, agencias nuevas: ${count(changes.added)}; quitadas: ${count(changes.removed)};`,
    );
  });

  it('answers for a custom region and for a county whose sheriff has no agreement', async () => {
    const custom = await build({
      custom_region: { name: 'Houston area', counties: ['tx/harris-county', 'tx/fort-bend-county'] },
    });
    const text = section(custom.script('en'), /## Module 4:/);
    expect(text).toContain(
      "1 of 2 county sheriffs has an agreement: Fort Bend County Sheriff's Office (Jail Enforcement Model, " +
        'Warrant Service Officer).',
    );
    const harris = await build({ region: 'tx/harris-county' });
    expect(section(harris.script('en'), /## Module 4:/)).toContain(
      "No. The Harris County sheriff is not on ICE's list.",
    );
    expect(section(harris.script('es'), /## Módulo 4:/)).toContain(
      'No. El sheriff de Harris County no está en la lista de ICE.',
    );
  });
});

describe('an incomplete translation', () => {
  it('is refused unless the build may fall back to English, and then each fallback is marked', async () => {
    const dir = tempDir();
    cpSync(CURRICULUM_DIR, dir, { recursive: true });
    rmSync(path.join(dir, 'es', '07-sanctuary-vs-287g.md'));
    await expect(build({ region: 'tx' }, { curriculumDir: dir })).rejects.toThrow(
      /Spanish \(es\) curriculum is incomplete/,
    );
    const { result, script } = await build({ region: 'tx' }, { curriculumDir: dir, fallbackToEnglish: true });
    const module = section(script('es'), /## Módulo 7:/);
    expect(module).toContain('Se muestra en inglés');
    expect(module).toContain(
      readFileSync(path.join(CURRICULUM_DIR, 'en', '07-sanctuary-vs-287g.md'), 'utf8')
        .match(/^title: (.+)$/m)![1]!
        .replace(/^"|"$/g, ''),
    );
    expect(result.warnings.join('\n')).toMatch(/es parts are shown in English/);
  });

  it('says where each agency works: jail or street, the sheriff county-wide, state agencies statewide', async () => {
    const tarrant = await build({ region: 'tx/tarrant-county' });
    const region = section(tarrant.script('en'), /## Module 4:/);
    // Tarrant (ICE's 2026-05-18 list): the sheriff and Keller police hold jail agreements; Azle and Pantego police
    // have Task Force agreements; four Texas state agencies have Task Force agreements.
    expect(region).toContain(
      '**Who can hold people for ICE in a jail or prison here?** Keller Police Department (Warrant Service Officer); ' +
        'Tarrant County Sheriff’s Office (Jail Enforcement Model). Only inside the agency',
    );
    expect(region).toContain(
      '**Who can do immigration work on the street here?** Azle Police Department; Pantego Police Department, each ' +
        'only in its own town or area. 4 state agencies (named in the table), anywhere in the state.',
    );
  });

  it("says an agency on ICE's older pending list has since signed, instead of calling it pending", async () => {
    // Franklin County, Arkansas: its sheriff is on the pending list of 2026-02-27 and signed WSO and TFM by 2026-05-18.
    const franklin = await build({ region: 'ar/franklin-county' });
    const region = section(franklin.script('en'), /## Module 4:/);
    expect(region).toContain("Franklin County Sheriff's Office, anywhere in the county.");
    expect(region).toContain(
      "None still pending. ICE's older pending list named Franklin County Sheriff's Office; its newer list shows " +
        'those agreements signed.',
    );
    expect(section(franklin.script('es'), /## Módulo 4:/)).toContain('Ninguno sigue pendiente.');
  });
});
