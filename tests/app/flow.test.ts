// The app as a trainer uses it, in a real browser against the real server: find Tarrant County, fill in the
// workshop, preview it, build it (fast), download the handout and read it, score a results file, import a workbook,
// then the same page in Spanish. The server runs on a free port with a temporary output folder and a copy of data/.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../generator/app/server.ts';
import { findBrowser } from '../../generator/deck/slidev.ts';
import { parseQuizJson } from '../../generator/quiz/quiz-json.ts';
import { ICE_DIR, SHIPPED_DATA } from '../helpers.ts';
import { readPdfText } from '../pdf/text.ts';
import { responsesCsv } from '../quiz-score/responses-csv.ts';

const ORGANIZATION = 'Fort Worth Rapid Response Flow Test';
const HOTLINE = '(817) 555-0142';
// Screenshots of each step go here when set (e.g. KIT_APP_SHOTS=/work/scratch/app), to look at them.
const SHOTS = process.env.KIT_APP_SHOTS;

let root: string;
let app: RunningApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: name.endsWith('-full') });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kit-app-flow-'));
  cpSync(SHIPPED_DATA, path.join(root, 'data'), { recursive: true });
  app = await startApp({ outDir: path.join(root, 'out'), dataDir: path.join(root, 'data'), port: 0, log: () => {} });
  browser = await chromium.launch({ executablePath: findBrowser(process.env) ?? undefined });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the app in a browser', () => {
  it('finds Tarrant County as the user types and picks it', async () => {
    await page.goto(`${app.url}?lang=en`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Search for your area').fill('tarrant');
    const county = page.locator('button.result', { hasText: 'Tarrant County, Texas' });
    await county.waitFor();
    await expect(county.textContent()).resolves.toMatch(/Agreements: \d+/);
    await expect(county.locator('.badge').first().textContent()).resolves.toMatch(/^(JEM|WSO|TFM): \d+/);
    await county.click();
    await expect(county.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('.chosen').textContent()).resolves.toContain('tx/tarrant-county');
    await shot('en-1-region');
  });

  it('shows the kit message next to a field that is wrong, and clears it once fixed', async () => {
    const website = page.getByLabel("Your organization's website");
    await website.fill('example.org');
    const problems = page.locator('#field-organizationWebsite-problems');
    await expect(problems.textContent({ timeout: 5000 })).resolves.toContain(
      'must be a web address starting with https://',
    );
    await expect(website.getAttribute('aria-describedby')).resolves.toContain('field-organizationWebsite-problems');
    await expect(website.getAttribute('aria-invalid')).resolves.toBe('true');
    await website.fill('');
    await problems.waitFor({ state: 'detached' });
    await page.getByLabel('Your organization', { exact: true }).fill(ORGANIZATION);
    await page.getByLabel('Hotline name').fill('North Texas hotline');
    await page.getByLabel('Hotline phone').fill(HOTLINE);
    await page.locator('#step-workshop').scrollIntoViewIfNeeded();
    await shot('en-2-workshop');
  });

  it('saves the workshop as the YAML kit build --config reads, and opens one', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save this workshop as a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('workshop.yaml');
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved).toContain('region: tx/tarrant-county');
    expect(saved).toContain(ORGANIZATION);
    const other = path.join(root, 'other.yaml');
    writeFileSync(
      other,
      saved.replace('North Texas hotline', 'Línea de Fort Worth').replace(/^paper: .*$/m, 'paper: a4'),
    );
    await page.locator('#config-file').setInputFiles(other);
    await expect.poll(() => page.getByLabel('Hotline name').inputValue()).toBe('Línea de Fort Worth');
    await expect(page.getByLabel('Paper size').inputValue()).resolves.toBe('a4');
    await expect(page.getByLabel('Your organization', { exact: true }).inputValue()).resolves.toBe(ORGANIZATION);
  });

  it('previews the region: answers, agreements, the map as an image, the as-of date', async () => {
    await page.getByRole('button', { name: 'Show the preview' }).click();
    const preview = page.locator('.preview');
    await preview.waitFor({ timeout: 20_000 });
    await expect(preview.locator('h3').textContent()).resolves.toContain('Tarrant');
    await expect(preview.locator('.as-of').textContent()).resolves.toMatch(/ICE list of [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    await expect(preview.locator('.answers dt').count()).resolves.toBeGreaterThan(0);
    await expect(preview.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(preview.locator('.map img').getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml/);
    await page.locator('#step-preview').scrollIntoViewIfNeeded();
    await shot('en-3-preview');
    await page.locator('.preview h3').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await shot('en-3-preview-map');
  });

  it('builds (fast), lists the files by group, and the handout holds the organization', async () => {
    await page.getByLabel('Quick build (slides as a PDF only)').check();
    await page.getByRole('button', { name: 'Make the materials' }).click();
    await page.locator('.build-result').waitFor({ timeout: 45_000 });
    await expect(page.locator('.file-group h3').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Print', 'Present']),
    );
    await expect(page.getByRole('link', { name: 'Download all (zip)' }).getAttribute('href')).resolves.toMatch(
      /^\/zip\//,
    );
    const hrefs = await page.locator('.files a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^\/files\/tx-tarrant-county\/[^/].*[^/]$/);
    await page.locator('#step-build').scrollIntoViewIfNeeded();
    await shot('en-4-build');
    await page.locator('.file-group').first().scrollIntoViewIfNeeded();
    await shot('en-4-files');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'handout-en.pdf', exact: true }).click(),
    ]);
    const saved = path.join(root, 'handout-en.pdf');
    await download.saveAs(saved);
    const text = (await readPdfText(saved)).replace(/\s+/g, ' ');
    expect(text).toContain(ORGANIZATION);
    expect(text).toContain(HOTLINE);
  }, 60_000);

  it('scores a Google Forms results file against the quiz of the build and offers the report PDF', async () => {
    await expect(page.locator('#score-quiz option').allTextContents()).resolves.toContain(
      'The quiz before the workshop (English)',
    );
    const quizPath = await page.locator('#score-quiz').inputValue();
    expect(quizPath).toMatch(/quiz-en\.json$/);
    const quizFile = path.join(app.context.outDir, quizPath);
    const quiz = parseQuizJson(readFileSync(quizFile, 'utf8'), quizFile);
    const results = path.join(root, 'results.csv');
    writeFileSync(
      results,
      responsesCsv(quiz, [
        { email: 'ana@example.org', wrong: [0] },
        { email: 'ben@example.org', wrong: [] },
        { email: 'cy@example.org', wrong: [1, 2] },
      ]),
    );
    await page.locator('#score-results').setInputFiles(results);
    await page.getByRole('button', { name: 'Score', exact: true }).click();
    const score = page.locator('.score');
    await score.waitFor({ timeout: 20_000 });
    await expect(score.textContent()).resolves.toContain('People who answered: 3');
    // Three people, one wrong on question 1, one wrong on 2 and 3: 2 of 3 right on each of those (66.7 %).
    await expect(score.locator('tbody tr').first().locator('td').allTextContents()).resolves.toEqual([
      '1',
      quiz.questions[0]!.text,
      '3',
      '66.7 %',
    ]);
    const pdf = await score.getByRole('link', { name: 'Download the report (PDF)' }).getAttribute('href');
    expect(pdf).toMatch(/\.pdf$/);
    const response = await page.request.get(new URL(pdf!, app.url).href);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await score.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await shot('en-5-score');
  });

  it('imports a workbook dropped on the data step and lists it with its date', async () => {
    await page.locator('#data-file').setInputFiles(path.join(ICE_DIR, 'participating-2025-07-01.xlsx'));
    await page.getByRole('button', { name: 'Add this list' }).click();
    await page.locator('.outcome').waitFor({ timeout: 30_000 });
    await expect(page.locator('section[aria-labelledby="step-data"] tbody').textContent()).resolves.toContain(
      '2025-07-01',
    );
    await page.locator('#step-data').scrollIntoViewIfNeeded();
    await shot('en-6-data');
    await shot('en-full');
  }, 40_000);

  it('switches to Spanish: <html lang>, the steps and the buttons in Spanish', async () => {
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    await expect(page.locator('#step-region').textContent()).resolves.toContain('Busque su zona');
    await expect(page.locator('#step-workshop').textContent()).resolves.toContain('Su taller');
    await expect(page.getByRole('button', { name: 'Preparar los materiales' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Teléfono de la línea de ayuda').inputValue()).resolves.toBe(HOTLINE);
    await expect(page.title()).resolves.toBe('Kit para talleres sobre 287(g)');
    await expect(page.locator('section[aria-labelledby="step-data"]').textContent()).resolves.toContain(
      'La lista de ICE que se usa aquí es del 18 de mayo de 2026',
    );
    const body = await page.locator('main').innerText();
    for (const english of ['Find your area', 'Your workshop', 'Show the preview', 'Score a quiz', 'Add this list'])
      expect(body).not.toContain(english);
    await page.locator('#region-search').scrollIntoViewIfNeeded();
    await shot('es-1-region');
    for (const [step, name] of [
      ['step-workshop', 'es-2-workshop'],
      ['step-preview', 'es-3-preview'],
      ['step-build', 'es-4-build'],
      ['step-score', 'es-5-score'],
      ['step-data', 'es-6-data'],
    ] as const) {
      await page.locator(`#${step}`).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      await shot(name);
    }
    await shot('es-full');
    expect(pageErrors).toEqual([]);
  });
});
