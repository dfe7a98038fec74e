// The app's API against the real server and the kit's real data: search, config check/parse/yaml, preview, a fast
// build through the API, a file download and the zip of the build folder.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../pdf/text.ts';
import { squash } from '../pdf/tools.ts';
import { runKit, tempDir } from '../helpers.ts';
import { parseQuizJson } from '../../generator/quiz/quiz-json.ts';
import { responsesCsv } from '../quiz-score/responses-csv.ts';
import { startTestApp, type TestApp } from './start.ts';

interface Problem {
  field?: string;
  message: string;
}

/** A response's JSON body, read as the page reads it (its shape is what the test checks). */
async function json<T>(response: Response | Promise<Response>): Promise<T> {
  const parsed: T = JSON.parse(await (await response).text());
  return parsed;
}

async function waitForBuild(app: TestApp, id: string) {
  for (;;) {
    const job = await json<{ state: string; lines: string[]; stages: { name: string }[]; result?: any; error?: any }>(
      app.call(`/api/build/${id}`),
    );
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('kit app: region search', () => {
  it('finds Tarrant County with its agreement counts, and a city under the county it is in', async () => {
    const app = await startTestApp();
    const { matches } = await json<{ matches: any[] }>(app.call('/api/search?q=tarrant&limit=5'));
    expect(matches[0]).toMatchObject({
      id: 'tx/tarrant-county',
      kind: 'county',
      name: 'Tarrant County, Texas',
      state: 'TX',
    });
    // The shipped list (2026-05-18): the sheriff (JEM), Keller PD (WSO), and six TFM agreements reach the county.
    expect(matches[0].agreements).toBe(8);
    expect(matches[0].byModel).toEqual({ JEM: 1, WSO: 1, TFM: 6 });
    const city = await json<{ matches: any[] }>(app.call('/api/search?q=arlington%20tx'));
    const arlington = city.matches.find((match) => match.kind === 'city');
    expect(arlington).toMatchObject({
      id: 'tx/tarrant-county',
      name: 'Arlington, Texas',
      place: 'Tarrant County, Texas',
    });
    expect(await json(app.call('/api/search?q='))).toEqual({ matches: [] });
  });
});

describe('kit app: the workshop config', () => {
  it('names an invalid field with the message kit build prints for it (preview 400, check ok:false)', async () => {
    const app = await startTestApp();
    const config = { region: 'tx/tarrant-county', workshop: { length: 45 } };
    const checked = await json<{ ok: boolean; problems: Problem[] }>(app.post('/api/config/check', { config }));
    expect(checked.ok).toBe(false);
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]!.field).toBe('workshop.length');

    const dir = tempDir();
    writeFileSync(path.join(dir, 'workshop.yaml'), 'region: tx/tarrant-county\nworkshop:\n  length: 45\n');
    const cli = await runKit([
      'build',
      '--fast',
      '--config',
      path.join(dir, 'workshop.yaml'),
      '--out',
      path.join(dir, 'o'),
    ]);
    expect(cli.code).toBe(2);
    expect(cli.stderr.replaceAll(`${dir}${path.sep}`, '')).toContain(`  ${checked.problems[0]!.message}\n`);

    const preview = await app.post('/api/preview', { config });
    expect(preview.status).toBe(400);
    const { error } = await json<{ error: { message: string; problems: Problem[]; hint: string } }>(preview);
    expect(error.message).toBe('workshop.yaml: the workshop config has 1 problem.');
    expect(error.problems).toEqual(checked.problems);
    expect(error.hint).toContain('kit init');
  });

  it('reports placeholders, parses a YAML config, and writes one that parses back to the same config', async () => {
    const app = await startTestApp();
    const text =
      'region: tx/tarrant-county\nlanguages: [en, es]\norganization:\n  name: Casa Norte\nworkshop:\n' +
      '  date: 2026-12-05\n  start: "18:30"\n  length: 90\ncontacts:\n  hotline:\n    name: Hotline\n' +
      '    phone: "(555) 010-0100"\n';
    const parsed = await json<{ config: Record<string, unknown>; problems: Problem[] }>(
      app.call('/api/config/parse', { method: 'POST', body: text, headers: { 'Content-Type': 'text/yaml' } }),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.config).toMatchObject({ organization: { name: 'Casa Norte' }, workshop: { start: '18:30' } });
    const checked = await json<{ ok: boolean; placeholders: Problem[] }>(
      app.post('/api/config/check', { config: parsed.config }),
    );
    expect(checked.ok).toBe(true);
    expect(checked.placeholders.map((found) => found.field)).toEqual(['contacts.hotline.phone']);
    expect(checked.placeholders[0]!.message).toContain('a made-up 555 number');

    const written = await json<{ yaml: string; fileName: string }>(
      app.post('/api/config/yaml', { config: parsed.config }),
    );
    expect(written.fileName).toBe('workshop.yaml');
    const again = await json<{ config: unknown }>(
      app.call('/api/config/parse', { method: 'POST', body: written.yaml, headers: { 'Content-Type': 'text/plain' } }),
    );
    expect(again.config).toEqual(parsed.config);

    const bad = await app.call('/api/config/parse', {
      method: 'POST',
      body: 'region: [tx\n',
      headers: { 'Content-Type': 'text/yaml' },
    });
    expect(bad.status).toBe(400);
    expect((await json<{ error: { message: string } }>(bad)).error.message).toMatch(
      /^workshop\.yaml:\d+: this is not valid YAML/,
    );
  });

  it('refuses a config upload of the wrong type (415) and one too big (413)', async () => {
    const app = await startTestApp();
    const wrongType = await app.call('/api/config/parse', {
      method: 'POST',
      body: 'region: tx',
      headers: { 'Content-Type': 'application/x-msdownload' },
    });
    expect(wrongType.status).toBe(415);
    const binary = await app.call('/api/config/parse', {
      method: 'POST',
      body: 'region: tx\0\0',
      headers: { 'Content-Type': 'text/yaml' },
    });
    expect(binary.status).toBe(415);
    const big = await app.call('/api/config/parse', {
      method: 'POST',
      body: `# ${'x'.repeat(300 * 1024)}\nregion: tx\n`,
      headers: { 'Content-Type': 'text/yaml' },
    });
    expect(big.status).toBe(413);
    expect((await json<{ error: { message: string } }>(big)).error.message).toContain('256 KB');
  });
});

describe('kit app: uploads of results files', () => {
  const upload = (app: TestApp, name: string, bytes: Uint8Array<ArrayBuffer> | string) => {
    const form = new FormData();
    form.set('quiz', 'tx-tarrant-county/quiz/quiz-en.json');
    form.set('results', new Blob([bytes]), name);
    return app.call('/api/score', { method: 'POST', body: form });
  };

  it('refuses a file whose name or content is not a .csv or .xlsx (415), before reading any quiz', async () => {
    const app = await startTestApp();
    for (const [name, bytes, says] of [
      ['results.pdf', '%PDF-1.7', 'takes .csv or .xlsx'],
      ['results.exe', 'MZ', 'takes .csv or .xlsx'],
      ['results.xlsx', 'Timestamp,Score\n', 'not an Excel workbook'],
      ['results.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), 'not a text (.csv) file'],
    ] as const) {
      const refused = await upload(app, name, bytes);
      expect(refused.status, name).toBe(415);
      expect((await json<{ error: { message: string } }>(refused)).error.message, name).toContain(says);
    }
  });

  it('refuses a results file over 10 MB (413)', async () => {
    const app = await startTestApp();
    const big = await upload(app, 'results.csv', 'x'.repeat(10 * 1024 * 1024 + 1));
    expect(big.status).toBe(413);
    expect((await json<{ error: { message: string } }>(big)).error.message).toContain('at most 10 MB');
  });
});

describe('kit app: preview and build', () => {
  it("previews the region's answers, agencies, map and the data's age before building", async () => {
    const app = await startTestApp();
    const preview = await json<any>(
      app.post('/api/preview', { config: { region: 'tx/tarrant-county', organization: { name: 'Casa Norte' } } }),
    );
    expect(preview.region).toEqual({ id: 'tx/tarrant-county', name: 'Tarrant County, Texas' });
    expect(preview.asOf).toBe('2026-05-18');
    expect(preview.stale).toBeNull(); // 2026-06-01 is 14 days after the list
    expect(preview.answers[0].question).toBe('Does the county sheriff have an agreement?');
    expect(preview.answers[0].answer).toContain('Tarrant County Sheriff');
    expect(preview.answers[0].models).toEqual(['JEM']);
    expect(preview.agencies.map((agency: { name: string }) => agency.name)).toContain('Keller Police Department');
    expect(preview.mapSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(preview.mapSvg).not.toMatch(/<script|on[a-z]+=/i);
    expect(preview.checklist.map((note: { id: string }) => note.id)).toContain('missing-contact');
  });

  it('builds --fast through the API: stages, the handout in its group, a download, the zip, scoring', async () => {
    const app = await startTestApp();
    const config = { region: 'tx/tarrant-county', organization: { name: 'Casa Norte Rapid Response' } };
    const started = await json<{ id: string }>(app.post('/api/build', { config, options: { fast: true } }));
    const busy = await app.post('/api/build', { config, options: { fast: true } });
    expect(busy.status).toBe(409);
    const job = await waitForBuild(app, started.id);
    expect(job.error).toBeUndefined();
    expect(job.state).toBe('done');
    expect(job.stages.map((stage) => stage.name)).toContain('Rendering handout...');
    expect(job.result.folder).toBe('tx-tarrant-county');
    const print = job.result.groups.find((group: { group: string }) => group.group === 'print');
    const handout = print.files.find((file: { path: string }) => file.path === 'handout-en.pdf');
    expect(handout).toMatchObject({ audience: 'participant', languages: ['en'] });
    expect(job.result.groups.map((group: { group: string }) => group.group)).toEqual([
      'print',
      'present',
      'upload',
      'read',
    ]);

    const download = await app.call('/files/tx-tarrant-county/handout-en.pdf');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(bytes.byteLength).toBe(handout.bytes);
    const file = path.join(tempDir(), 'handout.pdf');
    writeFileSync(file, bytes);
    expect(squash(await readPdfText(file))).toContain('Casa Norte Rapid Response');

    const zip = await app.call('/zip/tx-tarrant-county');
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(entries)).toContain('tx-tarrant-county/handout-en.pdf');
    expect(Object.keys(entries)).toContain('tx-tarrant-county/index.html');
    const manifest: { outputs: { path: string }[] } = JSON.parse(
      strFromU8(entries['tx-tarrant-county/manifest.json']!),
    );
    for (const output of manifest.outputs) expect(Object.keys(entries)).toContain(`tx-tarrant-county/${output.path}`);

    // Scoring a Google Forms export of the built quiz: two people, both missed question 1, one missed question 2.
    const quizFile = path.join(app.outDir, 'tx-tarrant-county', 'quiz', 'quiz-en.json');
    const quiz = parseQuizJson(readFileSync(quizFile, 'utf8'), quizFile);
    const csv = responsesCsv(quiz, [
      { email: 'ana@example.org', wrong: [0, 1] },
      { email: 'ben@example.org', wrong: [0] },
    ]);
    const form = new FormData();
    form.set('quiz', 'tx-tarrant-county/quiz/quiz-en.json');
    form.set('results', new Blob([csv], { type: 'text/csv' }), 'results.csv');
    const scored = await json<any>(app.call('/api/score', { method: 'POST', body: form }));
    expect(scored.report.participants).toBe(2);
    expect(scored.report.perQuestion[0]).toMatchObject({ number: 1, percent: 0, answered: 2 });
    expect(scored.report.perQuestion[1]).toMatchObject({ number: 2, percent: 50, answered: 2 });
    expect(scored.report.perQuestion[2]).toMatchObject({ number: 3, percent: 100 });
    expect(scored.pdf).toBe('/files/tx-tarrant-county/quiz/score-report-quiz-en.pdf');
    const pdf = await app.call(scored.pdf);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    // Built again in Spanish only: the English files of the first build stay in the folder, but they hold that
    // build's contacts and must not be listed or zipped as this build's.
    const again = await json<{ id: string }>(
      app.post('/api/build', { config: { ...config, languages: ['es'] }, options: { fast: true } }),
    );
    const spanish = await waitForBuild(app, again.id);
    expect(spanish.state).toBe('done');
    const listed: string[] = spanish.result.groups.flatMap((group: { files: { path: string }[] }) =>
      group.files.map((entry) => entry.path),
    );
    expect(listed).toContain('handout-es.pdf');
    expect(listed.filter((entry) => /-en\b|score-report/.test(entry))).toEqual([]);
    expect(spanish.lines.join('\n')).toMatch(/Not listed and not in the zip: \d+ older files/);
    expect(readFileSync(path.join(app.outDir, 'tx-tarrant-county', 'handout-en.pdf')).byteLength).toBe(handout.bytes);
    const zipped = Object.keys(
      unzipSync(new Uint8Array(await (await app.call('/zip/tx-tarrant-county')).arrayBuffer())),
    );
    expect(zipped).toContain('tx-tarrant-county/handout-es.pdf');
    expect(zipped).not.toContain('tx-tarrant-county/handout-en.pdf');
  }, 120_000);
});
