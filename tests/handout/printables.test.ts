// The printed materials, checked the way a reader and a printer meet them: the text as extracted by
// pdf.js, the fonts by pdffonts, the file by qpdf, and every drawn text box inside its page.

import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../generator/workshop/build.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { renderPrintables, type PrintedFile } from '../../generator/handout/render.ts';
import { buildTestKitFrom, tempDir } from '../helpers.ts';
import { rowsReaching, type IceRow } from '../ice-rows.ts';
import type { WorkshopContent } from '../../generator/content/view.ts';
import type { StateMap } from '../../generator/map/model.ts';
import { readPdfText } from '../pdf/text.ts';

interface Built {
  result: BuildResult;
  files: PrintedFile[];
  text: (file: string) => string;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// A county's handouts on one sheet: two pages in each language, four for both.
const ONE_SHEET = [
  ['handout-en.pdf', 2],
  ['handout-es.pdf', 2],
  ['handout-bilingual-en-es.pdf', 4],
] as const;

async function build(input: Record<string, unknown>, paper: 'letter' | 'a4' = 'letter'): Promise<Built> {
  const { config, problems } = validateConfig(
    {
      languages: ['en', 'es'],
      organization: { name: 'Example Rapid Response Network', website: 'https://example.org' },
      contacts: { hotline: { name: 'Hotline', phone: '(555) 010-0100' }, website: 'https://example.org' },
      ...input,
    },
    null,
  );
  expect(problems).toEqual([]);
  let captured: { contents: WorkshopContent[]; maps: Record<string, StateMap | null> } | undefined;
  const out = path.join(tempDir(), 'out');
  const result = await buildTestKitFrom(config, out, {
    deck: 'markdown',
    paper,
    onContents: (value) => {
      captured = value;
    },
  });
  const files = await renderPrintables({
    contents: captured!.contents,
    maps: captured!.maps,
    paper,
    date: result.summary.data.asOf,
  });
  const dir = tempDir();
  const texts = new Map<string, string>();
  for (const file of files) {
    const pdf = path.join(dir, file.path);
    writeFileSync(pdf, file.bytes);
    texts.set(file.path, squash(await readPdfText(pdf)));
    const check = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
    expect(check.status, `${file.path}: ${check.stdout}${check.stderr}`).toBe(0);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length, file.path).toBeGreaterThan(0);
    for (const line of fonts)
      expect(line, `${file.path}: ${line}`).toMatch(/\byes\s+yes\s+yes\b|\bCID TrueType\b.*\byes\b/);
  }
  return { result, files, text: (file) => texts.get(file)! };
}

/** Checks that every agreement ICE's own CSV places in the region is printed: agency, model and signing date. */
function expectAgreementsPrinted(built: Built, file: string, language: 'en' | 'es', expected: IceRow[]) {
  expect(expected.length).toBeGreaterThan(0);
  const text = built.text(file);
  expect(text).toContain(language === 'en' ? 'May 18, 2026' : '18 de mayo de 2026');
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const spanish: Record<string, string> = {
    'Jail Enforcement Model': 'Modelo de Cárcel',
    'Warrant Service Officer': 'Modelo de Órdenes de ICE',
    'Task Force Model': 'Modelo de Patrulla',
  };
  for (const row of expected) {
    expect(text, `${file}: ${row.agency}`).toContain(squash(row.agency));
    expect(text, `${file}: ${row.agency} ${row.model}`).toContain(language === 'en' ? row.model : spanish[row.model]);
    expect(row.signed, `${row.agency}: the test expects ISO dates`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text, `${file}: ${row.agency} ${row.signed}`).toContain(format.format(new Date(`${row.signed}T00:00:00Z`)));
  }
}

function expectInsidePages(file: PrintedFile) {
  for (const box of file.boxes) {
    expect(box.size, `${file.path}: "${box.text}"`).toBeGreaterThanOrEqual(10);
    expect(box.x, `${file.path} p${box.page}: "${box.text}"`).toBeGreaterThanOrEqual(0);
    expect(box.y, `${file.path} p${box.page}: "${box.text}"`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${file.path} p${box.page}: "${box.text}"`).toBeLessThanOrEqual(
      file.pageSize.width + 0.01,
    );
    expect(box.y + box.height, `${file.path} p${box.page}: "${box.text}"`).toBeLessThanOrEqual(
      file.pageSize.height + 0.01,
    );
  }
}

// Tarrant County's agencies and Texas's own agencies, as ICE's list has them.
const TARRANT = rowsReaching('TEXAS', ['Tarrant County']);

describe('printed materials for a county', () => {
  let built: Built;
  beforeAll(async () => {
    built = await build({ region: 'tx/tarrant-county', workshop: { start: '18:30', length: 90 } });
  }, 120_000);

  it('writes a handout per language, the bilingual handout, cards and a guide per language', () => {
    expect(built.files.map((file) => file.path).sort()).toEqual([
      'cards-en-es.pdf',
      'facilitator-guide-en.pdf',
      'facilitator-guide-es.pdf',
      'handout-bilingual-en-es.pdf',
      'handout-en.pdf',
      'handout-es.pdf',
    ]);
  });

  it('prints every agency of the region with its signing dates and the data date, in each language and both', () => {
    expectAgreementsPrinted(built, 'handout-en.pdf', 'en', TARRANT);
    expectAgreementsPrinted(built, 'handout-es.pdf', 'es', TARRANT);
    expectAgreementsPrinted(built, 'handout-bilingual-en-es.pdf', 'en', TARRANT);
    expectAgreementsPrinted(built, 'handout-bilingual-en-es.pdf', 'es', TARRANT);
    expect(built.text('handout-en.pdf')).toContain('not legal advice');
    expect(built.text('handout-es.pdf')).toContain('no asesoría legal');
  });

  it('prints a source that cites several subsections whole, not cut at its second subsection', () => {
    const text = built.text('handout-en.pdf').replace(/\s+/g, ' ');
    expect(text).toContain('8 U.S.C. §§ 1229a(a)(1), (a)(3), (b)(4)(A) and 1229(b)(2)');
    expect(text).not.toMatch(/1229a\(a\)\(1\),\s*;/);
  });

  it('prints a county on one sheet: two pages in each language, four for both, under 200 KB, inside the pages', () => {
    for (const [name, pages] of ONE_SHEET) {
      const file = built.files.find((candidate) => candidate.path === name)!;
      expect(file.pages, name).toBe(pages);
      // Icons, the map and the QR code are vector paths; the fonts are subsets.
      expect(Buffer.byteLength(file.bytes), name).toBeLessThan(200 * 1024);
    }
    for (const file of built.files) expectInsidePages(file);
  });

  it('sets the handouts in a scale of at most four sizes, none under 10 pt', () => {
    for (const name of ['handout-en.pdf', 'handout-es.pdf', 'handout-bilingual-en-es.pdf']) {
      const sizes = new Set(built.files.find((file) => file.path === name)!.boxes.map((box) => box.size));
      expect(sizes.size, `${name}: ${[...sizes].join(', ')}`).toBeLessThanOrEqual(4);
      expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(10);
    }
  });

  it('leaves out the county column for one county and says which agencies act statewide', () => {
    const file = built.files.find((candidate) => candidate.path === 'handout-en.pdf')!;
    const cells = file.boxes.map((box) => box.text);
    expect(cells).toEqual(expect.arrayContaining(['Agency', 'Models', 'Signed']));
    expect(cells).not.toContain('County');
    expect(built.text('handout-en.pdf')).toContain('Texas National Guard (Statewide)');
    expect(built.text('handout-es.pdf')).toContain('Texas National Guard (En todo el estado)');
  });

  it("prints the bilingual handout's table once: the agency, its models as badges, each language's date", () => {
    const file = built.files.find((candidate) => candidate.path === 'handout-bilingual-en-es.pdf')!;
    const row = file.boxes.find((box) => box.text.startsWith('Texas National Guard'))!;
    const level = file.boxes
      .filter((box) => box.page === row.page && Math.abs(box.y - row.y) < 2)
      .sort((a, b) => a.x - b.x);
    // Left to right: the agency with where it acts in both languages, the badge's abbreviation, the two dates.
    expect(squash(level.map((box) => box.text).join(' '))).toMatch(
      /^Texas National Guard \(Statewide \/ En todo el.* TFM April 10, 2025 10 de abril de 2025$/,
    );
    expect(file.boxes.filter((box) => box.text === 'Agency / Agencia')).toHaveLength(1);
  });

  it("points to the full sources in the guide and gives ICE's list as a link, in each language", () => {
    expect(built.text('handout-en.pdf')).toContain("Full sources with links: in the trainer's facilitator guide.");
    expect(built.text('handout-es.pdf')).toContain('Fuentes y enlaces: en la Guía para quien facilita.');
    for (const name of ['handout-en.pdf', 'handout-es.pdf'])
      expect(built.text(name)).toContain('https://www.ice.gov/identify-and-arrest/287g');
  });

  it('starts the English and the Spanish of each paired block of the bilingual handout at one height', () => {
    const file = built.files.find((candidate) => candidate.path === 'handout-bilingual-en-es.pdf')!;
    const middle = file.pageSize.width / 2;
    /** The first box that starts `text` (a heading's first line, a box's bold lead) on the `left` or right half. */
    const find = (text: string, left: boolean) => {
      const box = file.boxes.find(
        (candidate) =>
          candidate.text.trim().length >= 4 &&
          text.startsWith(candidate.text.trim()) &&
          (left ? candidate.x < middle : candidate.x > middle),
      );
      expect(box, `${text} on the ${left ? 'left' : 'right'}`).toBeDefined();
      return box!;
    };
    const pairs = [
      ['What is 287(g)?', '¿Qué es 287(g)?'],
      ['The three 287(g) models', 'Los tres modelos de 287(g)'],
      ['Local 287(g) agreements by county, Texas', 'Acuerdos 287(g) locales por condado, Texas'],
      ['Agreements that reach Tarrant County, Texas', 'Acuerdos que alcanzan a Tarrant County, Texas'],
      ['What 287(g) officers generally cannot do', 'Lo que en general no pueden hacer los agentes de 287(g)'],
      ['Your rights with local police', 'Sus derechos ante la policía local'],
      ['Stay silent.', 'Guarde silencio.'],
      ['Searches:', 'Registros:'],
      ['At home:', 'En casa:'],
      ['After an encounter', 'Después de un encuentro'],
      ['Local contacts', 'Contactos locales'],
      ['Sources:', 'Fuentes:'],
    ];
    for (const [english, spanish] of pairs) {
      const [en, es] = [find(english!, true), find(spanish!, false)];
      expect(es.page, `${english} / ${spanish}`).toBe(en.page);
      expect(es.y + es.height, `${english} / ${spanish}`).toBeCloseTo(en.y + en.height, 2);
    }
    // Footers in both languages on every page.
    for (let page = 1; page <= file.pages; page++) {
      const footer = file.boxes
        .filter((box) => box.page === page && box.y < 40)
        .map((box) => box.text)
        .join(' ');
      expect(footer, `page ${page}`).toContain('not legal advice');
      expect(footer, `page ${page}`).toContain('no asesoría legal');
    }
  });

  it('prints the wallet cards in both languages and the guide with the agenda times', () => {
    expect(built.text('cards-en-es.pdf')).toContain('I choose to remain silent');
    expect(built.text('cards-en-es.pdf')).toContain('Decido guardar silencio');
    expect(built.text('cards-en-es.pdf')).toContain('(555) 010-0100');
    expect(built.text('facilitator-guide-en.pdf')).toContain('18:30–18:36');
    expect(built.text('facilitator-guide-es.pdf')).toContain('Guía para quien facilita');
  });

  it('gives the same bytes for the same inputs', async () => {
    const again = await build({ region: 'tx/tarrant-county', workshop: { start: '18:30', length: 90 } });
    for (const file of built.files)
      expect(
        Buffer.compare(
          Buffer.from(file.bytes),
          Buffer.from(again.files.find((other) => other.path === file.path)!.bytes),
        ),
        file.path,
      ).toBe(0);
  }, 120_000);
});

describe('the handout of a county on A4', () => {
  it('is one sheet too: two pages in each language, four for both, inside the pages', async () => {
    const built = await build({ region: 'tx/tarrant-county' }, 'a4');
    for (const [name, pages] of ONE_SHEET) {
      const file = built.files.find((candidate) => candidate.path === name)!;
      expect(file.pageSize.width, name).toBeCloseTo(595.28, 1);
      expect(file.pages, name).toBe(pages);
      expectInsidePages(file);
    }
  }, 120_000);
});

describe('printed materials for a state and a custom region', () => {
  it("keeps a big county's sheet for answers and rights, the table after it, every agreement printed", async () => {
    const built = await build({ region: 'fl/miami-dade-county' });
    // The agencies ICE's list places in the county (its town police have no county there; three are named below).
    const local = rowsReaching('FLORIDA', ['Miami-Dade County']).filter((row) => row.county === 'Miami-Dade County');
    expect(local.length).toBeGreaterThanOrEqual(3);
    expectAgreementsPrinted(built, 'handout-en.pdf', 'en', local);
    for (const town of ['Coral Gables Police Department', 'Hialeah Police Department', 'West Miami Police Department'])
      expect(built.text('handout-en.pdf')).toContain(town);
    const file = built.files.find((candidate) => candidate.path === 'handout-en.pdf')!;
    // More than 15 agencies: the sheet (pages 1 and 2) keeps the answers, the rights and the contacts; the front
    // says where the table is, and the table starts on page 3 under its header.
    const firstPageOf = (text: string) => file.boxes.find((box) => box.text.includes(text))?.page;
    expect(file.boxes.filter((box) => box.text === 'Agency').map((box) => box.page)[0]).toBe(3);
    expect(firstPageOf('are listed after this sheet')).toBe(1);
    expect(firstPageOf('Your rights with local police')).toBe(2);
    // One county: no county column, the campus police said after its name.
    expect(file.boxes.map((box) => box.text)).not.toContain('County');
    expect(built.text('handout-en.pdf')).toContain('(campus police)');
    for (const printed of built.files) expectInsidePages(printed);
  }, 120_000);

  it('lists every agreement of a state, on as many pages as it takes, inside the pages', async () => {
    const built = await build({ region: 'ar' }, 'a4');
    expectAgreementsPrinted(built, 'handout-en.pdf', 'en', rowsReaching('ARKANSAS', null));
    expectAgreementsPrinted(built, 'handout-es.pdf', 'es', rowsReaching('ARKANSAS', null));
    const handout = built.files.find((file) => file.path === 'handout-en.pdf')!;
    expect(handout.pageSize.width).toBeCloseTo(595.28, 1);
    // The street answer would name dozens of agencies: the front says how many; the rights stay on the sheet's back.
    const front = squash(
      handout.boxes
        .filter((box) => box.page === 1)
        .map((box) => box.text)
        .join(' '),
    );
    expect(front).toMatch(/on the street here\? \d+ agencies \(named in the table\)\./);
    expect(handout.boxes.find((box) => box.text.includes('Your rights with local police'))?.page).toBe(2);
    for (const file of built.files) expectInsidePages(file);
  }, 120_000);

  it('lists the agreements of every county of a custom region', async () => {
    const built = await build({
      custom_region: { name: 'Houston area', counties: ['tx/harris-county', 'tx/fort-bend-county'] },
    });
    expectAgreementsPrinted(
      built,
      'handout-en.pdf',
      'en',
      rowsReaching('TEXAS', ['Harris County', 'Fort Bend County']),
    );
    expectAgreementsPrinted(
      built,
      'handout-bilingual-en-es.pdf',
      'es',
      rowsReaching('TEXAS', ['Harris County', 'Fort Bend County']),
    );
  }, 120_000);
});
