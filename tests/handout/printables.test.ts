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

  it('keeps the handout to three pages at most, under 200 KB, every text box inside its page at 10 pt or more', () => {
    for (const name of ['handout-en.pdf', 'handout-es.pdf']) {
      const file = built.files.find((candidate) => candidate.path === name)!;
      // Everything the handout must say takes about two and a half pages at the 10 pt minimum.
      expect(file.pages, name).toBeLessThanOrEqual(3);
      expect(Buffer.byteLength(file.bytes), name).toBeLessThan(200 * 1024);
    }
    for (const file of built.files) expectInsidePages(file);
  });

  it('prints the wallet cards in both languages and the guide with the agenda times', () => {
    expect(built.text('cards-en-es.pdf')).toContain('I choose to remain silent');
    expect(built.text('cards-en-es.pdf')).toContain('Elijo guardar silencio');
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

describe('printed materials for a state and a custom region', () => {
  it('lists every agreement of a state, on as many pages as it takes, inside the pages', async () => {
    const built = await build({ region: 'ar' }, 'a4');
    expectAgreementsPrinted(built, 'handout-en.pdf', 'en', rowsReaching('ARKANSAS', null));
    expectAgreementsPrinted(built, 'handout-es.pdf', 'es', rowsReaching('ARKANSAS', null));
    const handout = built.files.find((file) => file.path === 'handout-en.pdf')!;
    expect(handout.pageSize.width).toBeCloseTo(595.28, 1);
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
