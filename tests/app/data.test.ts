// The app's data routes against the real server: the imported lists, an ICE workbook imported by upload (what
// changed since the list before), uploads of the wrong type, and "Get the newest list" against a local page shaped
// like ICE's (and one without the links).

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { iceFile, tempDir } from '../helpers.ts';
import { startTestApp, type TestApp } from './start.ts';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A local page at /287g with the given body; /doclib/NAME serves the shared ICE workbook NAME. */
async function serveIcePage(body: string): Promise<string> {
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    if (url === '/287g') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(body);
    const match = /^\/doclib\/(participatingAgencies|pendingAgencies)(\d{2})(\d{2})(\d{4})am\.xlsx$/.exec(url);
    if (match) {
      const kind = match[1] === 'pendingAgencies' ? 'pending' : 'participating';
      return response.writeHead(200).end(readFileSync(iceFile(`${kind}-${match[4]}-${match[2]}-${match[3]}.xlsx`)));
    }
    response.writeHead(404).end('not found');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}/287g`;
}

function importForm(name: string, bytes: Uint8Array<ArrayBuffer> | string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new Blob([bytes]), name);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  const parsed: T = JSON.parse(await (await response).text());
  return parsed;
}

const upload = (app: TestApp, name: string, fields: Record<string, string> = {}) =>
  app.call('/api/data/import', { method: 'POST', body: importForm(name, readFileSync(iceFile(name)), fields) });

describe('kit app: data', () => {
  it('imports two ICE workbooks by upload, says what changed, and lists them with the newest as default', async () => {
    const app = await startTestApp({ dataDir: tempDir('kit-app-data-') });
    const first = await json<any>(upload(app, 'participating-2025-07-01.xlsx'));
    expect(first.imported).toMatchObject({ kind: 'participating', asOf: '2025-07-01' });
    expect(first.lines[0]).toMatch(/^Read participating-2025-07-01\.xlsx/);
    expect(first.diff).toEqual([]);
    const second = await json<any>(upload(app, 'participating-2025-10-07.xlsx'));
    expect(second.imported.asOf).toBe('2025-10-07');
    expect(second.diff.length).toBeGreaterThan(0);
    const pending = await json<any>(upload(app, 'pending-2025-10-07.xlsx', { pending: 'true' }));
    expect(pending.imported.kind).toBe('pending');

    const data = await json<any>(app.call('/api/data'));
    expect(data.lists.map((list: any) => [list.kind, list.asOf, list.default])).toEqual([
      ['participating', '2025-07-01', false],
      ['participating', '2025-10-07', true],
      ['pending', '2025-10-07', true],
    ]);
    expect(data.lists[1].agreements).toBe(second.imported.agreements);
    expect(data.freshness).toMatchObject({ asOf: '2025-10-07', stale: true }); // the test app's today is 2026-06-01
    // The search reads the new list at once.
    const { matches } = await json<any>(app.call('/api/search?q=tarrant&limit=1'));
    expect(matches[0].id).toBe('tx/tarrant-county');
  }, 60_000);

  it('refuses a workbook upload of the wrong type (415) and writes nothing', async () => {
    const app = await startTestApp({ dataDir: tempDir('kit-app-data-') });
    const csvAsXlsx = await app.call('/api/data/import', {
      method: 'POST',
      body: importForm('participating-2025-07-01.xlsx', readFileSync(iceFile('participating-2025-07-01.csv'))),
    });
    expect(csvAsXlsx.status).toBe(415);
    const pdf = await app.call('/api/data/import', {
      method: 'POST',
      body: importForm('participating-2025-07-01.pdf', '%PDF-1.7'),
    });
    expect(pdf.status).toBe(415);
    expect((await json<any>(app.call('/api/data'))).lists).toEqual([]);
  });

  it("gets the newest lists from a page like ICE's, or says what to do by hand when it has no links", async () => {
    const page = await serveIcePage(
      '<ul><li><a href="/doclib/participatingAgencies05182026am.xlsx">Participating Agencies</a></li>' +
        '<li><a href="/doclib/pendingAgencies02272026am.xlsx">Pending Agencies</a></li></ul>',
    );
    const app = await startTestApp({ dataDir: tempDir('kit-app-data-'), icePageUrl: page });
    const updated = await json<any>(app.call('/api/data/update', { method: 'POST' }));
    expect(updated.imported.map((list: any) => [list.kind, list.asOf])).toEqual([
      ['participating', '2026-05-18'],
      ['pending', '2026-02-27'],
    ]);

    const empty = await serveIcePage('<p>This page has moved.</p>');
    const other = await startTestApp({ dataDir: tempDir('kit-app-data-'), icePageUrl: empty });
    const refused = await other.call('/api/data/update', { method: 'POST' });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const { error } = await json<any>(refused);
    expect(error.message).toContain('kit data import');
    expect((await json<any>(other.call('/api/data'))).lists).toEqual([]);
  }, 60_000);
});
