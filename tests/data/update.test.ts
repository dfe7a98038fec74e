// `kit data update` against a local HTTP server that serves a page shaped like ICE's 287(g) page and the real ICE
// workbooks: success, "already have it", and each failure leaving the data folder byte for byte as it was.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { iceFile, readFolderBytes, runKit, tempDir } from '../helpers.ts';

const DOCLIB = '/doclib/about/offices/ero/287g';
const PAGE = '/identify-and-arrest/287g';

type Route = (response: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

interface LocalSite {
  url: string; // the page's address
  requests: { path: string; headers: IncomingHttpHeaders }[];
}

/** A server on 127.0.0.1 (a free port) answering `routes` by path, 404 for any other. */
async function serve(routes: Record<string, Route>): Promise<LocalSite> {
  const requests: LocalSite['requests'] = [];
  const server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    requests.push({ path: request.url ?? '', headers: request.headers });
    if (route) return route(response);
    response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Page not found</h1>');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no port');
  const { port } = address;
  return { url: `http://127.0.0.1:${port}${PAGE}`, requests };
}

const html =
  (body: string): Route =>
  (response) =>
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!DOCTYPE html><html><body>${body}`);

const workbook =
  (name: string): Route =>
  (response) =>
    response
      .writeHead(200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
      .end(readFileSync(iceFile(name)));

/** A page shaped like ICE's: the two workbook links among others (menus, an older workbook, PDFs, a comment). */
function icePage(participating: string, pending: string): string {
  return `
    <nav><a href="/">Home</a> <a href="/identify-and-arrest">Identify &amp; Arrest</a></nav>
    <h2>Delegation of Immigration Authority Section 287(g)</h2>
    <p>The 287(g) program lists are updated regularly.</p>
    <!-- <a href="${DOCLIB}/participatingAgencies12312026am.xlsx">Participating Agencies</a> -->
    <ul>
      <li><a class="usa-link" href="${DOCLIB}/${participating}">
        <span>Participating Agencies</span></a> (Excel, updated weekly)</li>
      <li><a href='${DOCLIB}/${pending}'>Pending&nbsp;Agencies</a></li>
      <li><a href="${DOCLIB}/participatingAgencies10072025pm.xlsx">Participating Agencies (archive)</a></li>
      <li><a href="/doclib/287gMOA/EllisCoTX_JEM_MOA_04.16.2025.pdf">Memorandum of Agreement</a></li>
      <li><a href="https://www.dhs.gov/">DHS</a></li>
    </ul>`;
}

/** A data folder holding the 2025-10-07 participating and pending lists, imported as a user would. */
async function dataFolderOf2025(): Promise<string> {
  const dir = tempDir();
  for (const [name, pending] of [
    ['participating-2025-10-07.xlsx', false],
    ['pending-2025-10-07.xlsx', true],
  ] as const) {
    const args = ['data', 'import', iceFile(name), '--data-dir', dir, ...(pending ? ['--pending'] : [])];
    expect((await runKit(args)).code).toBe(0);
  }
  return dir;
}

const ROUTES_OF_MAY_2026 = {
  [`${DOCLIB}/participatingAgencies05182026am.xlsx`]: workbook('participating-2026-05-18.xlsx'),
  [`${DOCLIB}/pendingAgencies02272026am.xlsx`]: workbook('pending-2026-02-27.xlsx'),
  [`${DOCLIB}/participatingAgencies10072025pm.xlsx`]: workbook('participating-2025-10-07.xlsx'),
};

function expectUpdateFailed(result: { code: number; stdout: string; stderr: string }, ...parts: string[]): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/\n\s+at /);
  for (const part of [...parts, 'Nothing already imported changed.', 'npx kit data import FILE', 'ice.gov']) {
    expect(result.stderr).toContain(part);
  }
}

describe('kit data update', () => {
  test("imports the newest lists ICE's page links and prints what changed since the ones before", async () => {
    const dir = await dataFolderOf2025();
    const site = await serve({
      [PAGE]: html(icePage('participatingAgencies05182026am.xlsx', 'pendingAgencies02272026am.xlsx')),
      ...ROUTES_OF_MAY_2026,
    });

    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'participating list participatingAgencies05182026am.xlsx (2026-05-18), ' +
        'pending list pendingAgencies02272026am.xlsx (2026-02-27).',
    );
    expect(result.stdout).toContain('1843 rows = 1843 agreements + 0 rejected');
    expect(result.stdout).toMatch(/Saved the participating list of 2026-05-18 as .*participating-2026-05-18\.json; it/);
    expect(result.stdout).toMatch(/Saved the pending list of 2026-02-27 as .*pending-2026-02-27\.json; it is now/);
    expect(result.stdout).toContain('The participating list:\nFrom 2025-10-07 to 2026-05-18: 1034 -> 1843 agreements.');
    expect(result.stdout).toContain('The pending list:\nFrom 2025-10-07 to 2026-02-27:');
    expect(result.stdout).toMatch(/Agencies added: \d{3}\n {2}[A-Z]{2} {2}/);
    expect(readdirSync(path.join(dir, 'snapshots')).sort()).toEqual([
      'participating-2025-10-07.json',
      'participating-2026-05-18.json',
      'pending-2025-10-07.json',
      'pending-2026-02-27.json',
    ]);
    // The page, then the two newest workbooks; never the archived one, the PDF or the commented-out link.
    expect(site.requests.map((request) => request.path)).toEqual([
      PAGE,
      `${DOCLIB}/participatingAgencies05182026am.xlsx`,
      `${DOCLIB}/pendingAgencies02272026am.xlsx`,
    ]);
    for (const request of site.requests) expect(request.headers['user-agent']).toMatch(/^Mozilla\/5\.0 .*Chrome\//);

    // A second update finds both lists already imported: nothing downloaded or written again.
    const before = readFolderBytes(dir);
    const again = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Already have the participating list of 2026-05-18; not imported again.');
    expect(again.stdout).toContain('Already have the pending list of 2026-02-27; not imported again.');
    expect(site.requests).toHaveLength(4);
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('into an empty data folder, says there is no earlier list to compare with', async () => {
    const dir = tempDir();
    const site = await serve({
      [PAGE]: html(icePage('participatingAgencies05182026am.xlsx', 'pendingAgencies02272026am.xlsx')),
      ...ROUTES_OF_MAY_2026,
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No earlier participating list to compare the one of 2026-05-18 with.');
    expect(result.stdout).not.toContain('From ');
    expect(readdirSync(path.join(dir, 'snapshots')).sort()).toEqual([
      'participating-2026-05-18.json',
      'pending-2026-02-27.json',
    ]);
  });

  test('a page without the workbook links: exit 2, says so and how to import by hand, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({
      [PAGE]: html('<h2>287(g)</h2><a href="/doclib/287gMOA/EllisCoTX_JEM_MOA_04.16.2025.pdf">Agreement</a>'),
      ...ROUTES_OF_MAY_2026,
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expectUpdateFailed(
      result,
      'has no link to a "Participating Agencies" workbook',
      'it links no workbook of either list',
    );
    expect(site.requests).toHaveLength(1);
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('no network (a refused connection): exit 2, says so and how to import by hand, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({});
    const closed = servers.pop()!;
    await new Promise((resolve) => closed.close(resolve)); // the port is now free: connecting is refused
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expectUpdateFailed(result, 'Could not reach 127.0.0.1:', '(ECONNREFUSED)', 'seems to have no network');
    // By name: Node may try each address of localhost (IPv6, IPv4) and report the refusals together.
    const byName = site.url.replace('127.0.0.1', 'localhost');
    const named = await runKit(['data', 'update', '--page', byName, '--data-dir', dir]);
    expectUpdateFailed(named, 'Could not reach localhost:', '(ECONNREFUSED)', 'seems to have no network');
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('a host name that does not resolve (.invalid never does): exit 2, no network, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const result = await runKit(['data', 'update', '--page', 'http://ice-page.invalid/287g', '--data-dir', dir]);
    expectUpdateFailed(
      result,
      "Could not reach ice-page.invalid to read ICE's 287(g) page (",
      'seems to have no network',
    );
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('a page that never answers: gives up after --timeout, exit 2, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({ [PAGE]: () => undefined });
    const started = Date.now();
    const result = await runKit(['data', 'update', '--page', site.url, '--timeout', '0.5', '--data-dir', dir]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expectUpdateFailed(result, "ICE's 287(g) page did not arrive within 0.5 s");
    expect(site.requests).toHaveLength(1); // asked once, never again
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('a workbook whose download stalls halfway: the timeout covers the body too, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({
      [PAGE]: html(icePage('participatingAgencies05182026am.xlsx', 'pendingAgencies02272026am.xlsx')),
      [`${DOCLIB}/participatingAgencies05182026am.xlsx`]: (response) => {
        response.writeHead(200, { 'Content-Length': '231759' });
        response.write(readFileSync(iceFile('participating-2026-05-18.xlsx')).subarray(0, 1000));
      },
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--timeout', '0.5', '--data-dir', dir]);
    expectUpdateFailed(
      result,
      "Could not download ICE's participating list: participatingAgencies05182026am.xlsx did not arrive within 0.5 s",
    );
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('a download that is not a workbook (an error page): exit 2, says what came, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({
      ...ROUTES_OF_MAY_2026,
      [PAGE]: html(icePage('participatingAgencies05182026am.xlsx', 'pendingAgencies02272026am.xlsx')),
      [`${DOCLIB}/pendingAgencies02272026am.xlsx`]: html('<h1>Access Denied</h1>'),
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expectUpdateFailed(
      result,
      `pendingAgencies02272026am.xlsx (${new URL(site.url).origin}${DOCLIB}/pendingAgencies02272026am.xlsx) ` +
        'is not an Excel workbook: it starts with "<!DOCTYPE html><html><body><h1>Access De"',
    );
    // The participating list was downloaded and checked first, but nothing is imported unless both are.
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('a workbook link that answers HTTP 404: exit 2, names the status and the file, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({
      [PAGE]: html(icePage('participatingAgencies05182026am.xlsx', 'pendingAgencies02272026am.xlsx')),
      [`${DOCLIB}/participatingAgencies05182026am.xlsx`]: workbook('participating-2026-05-18.xlsx'),
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expectUpdateFailed(result, 'pendingAgencies02272026am.xlsx: the site answered HTTP 404 Not Found');
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('a workbook that is a zip but not an ICE list: exit 2 with the import check, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({
      ...ROUTES_OF_MAY_2026,
      [PAGE]: html(icePage('participatingAgencies05182026am.xlsx', 'pendingAgencies02272026am.xlsx')),
      // A zip's signature, then no zip: it passes the check of the first bytes and fails the workbook reader's.
      [`${DOCLIB}/participatingAgencies05182026am.xlsx`]: (response) =>
        response.writeHead(200).end(Buffer.from('PK\u0003\u0004 this is not a spreadsheet', 'latin1')),
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expectUpdateFailed(
      result,
      `${DOCLIB}/participatingAgencies05182026am.xlsx: participatingAgencies05182026am.xlsx: ` +
        'this .xlsx workbook could not be opened',
    );
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('a page that answers HTTP 500: exit 2, names the status, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({ [PAGE]: (response) => response.writeHead(500).end('busy') });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expectUpdateFailed(result, "ICE's 287(g) page: the site answered HTTP 500 Internal Server Error");
    expect(site.requests).toHaveLength(1);
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('a workbook link whose name has no date: exit 2 before any download, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({
      [PAGE]: html(`<a href="${DOCLIB}/participatingAgencies.xlsx">Participating Agencies</a>`),
      [`${DOCLIB}/participatingAgencies.xlsx`]: workbook('participating-2026-05-18.xlsx'),
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expectUpdateFailed(result, 'participatingAgencies.xlsx, does not say in its name when it was published');
    expect(site.requests).toHaveLength(1);
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('a page with no pending link imports the participating list and leaves the pending list as it was', async () => {
    const dir = await dataFolderOf2025();
    const pendingBefore = readFileSync(path.join(dir, 'snapshots', 'pending-2025-10-07.json'));
    const site = await serve({
      [PAGE]: html(`<a href="${DOCLIB}/participatingAgencies05182026am.xlsx">Participating Agencies</a>`),
      ...ROUTES_OF_MAY_2026,
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('it links no "Pending Agencies" workbook, so the pending list stays as it was.');
    expect(readdirSync(path.join(dir, 'snapshots')).sort()).toEqual([
      'participating-2025-10-07.json',
      'participating-2026-05-18.json',
      'pending-2025-10-07.json',
    ]);
    expect(readFileSync(path.join(dir, 'snapshots', 'pending-2025-10-07.json'))).toEqual(pendingBefore);
  });

  test('a page with only a pending link: exit 2, says which link is missing, nothing changed', async () => {
    const dir = await dataFolderOf2025();
    const before = readFolderBytes(dir);
    const site = await serve({
      [PAGE]: html(`<a href="${DOCLIB}/pendingAgencies02272026am.xlsx">Pending Agencies</a>`),
      ...ROUTES_OF_MAY_2026,
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expectUpdateFailed(result, 'no link to a "Participating Agencies" workbook', 'only a "Pending Agencies" one');
    expect(site.requests).toHaveLength(1);
    expect(readFolderBytes(dir)).toEqual(before);
  });

  test('an earlier snapshot that cannot be read costs the comparison, with a note, not the import', async () => {
    const dir = await dataFolderOf2025();
    writeFileSync(path.join(dir, 'snapshots', 'participating-2025-10-07.json'), '{ not json');
    const site = await serve({
      [PAGE]: html(`<a href="${DOCLIB}/participatingAgencies05182026am.xlsx">Participating Agencies</a>`),
      ...ROUTES_OF_MAY_2026,
    });
    const result = await runKit(['data', 'update', '--page', site.url, '--data-dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Saved the participating list of 2026-05-18');
    expect(result.stdout).not.toContain('From 2025-10-07');
    expect(result.stdout).not.toContain('No earlier participating list');
    expect(result.stderr).toContain('Could not compare the participating list with the one before: ');
    expect(result.stderr).toContain('participating-2025-10-07.json: this snapshot cannot be read');
  });

  test('--page and --timeout are checked before anything is read', async () => {
    const page = await runKit(['data', 'update', '--page', 'ftp://example.org/287g', '--data-dir', tempDir()]);
    expect(page.code).toBe(2);
    expect(page.stderr).toContain('--page ftp://example.org/287g is not a web address (http:// or https://).');
    const timeout = await runKit(['data', 'update', '--timeout', 'soon', '--data-dir', tempDir()]);
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toContain('--timeout soon is not a number of seconds');
    const help = await runKit(['data', '--help']);
    expect(help.stdout).toContain('kit data update [--page URL] [--timeout SECONDS] [--data-dir DIR]');
  });
});
