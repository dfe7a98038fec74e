// Finding the workbook links on pages shaped like ICE's 287(g) page, as ICE has written and may write them.

import { describe, expect, test } from 'vitest';
import { findWorkbookLinks, readAnchors } from '../../generator/data/ice-page.ts';

const PAGE = 'https://www.ice.gov/identify-and-arrest/287g';

describe('findWorkbookLinks', () => {
  test('resolves relative hrefs against the page and takes the newest of each kind by the date in the name', () => {
    const links = findWorkbookLinks(
      `<a href="/doclib/about/offices/ero/287g/participatingAgencies10072025pm.xlsx">Participating Agencies</a>
       <a href="../doclib/287g/participatingAgencies05182026am.xlsx">Participating Agencies</a>
       <a href="pendingAgencies02272026am.xlsx">Pending Agencies</a>
       <a href="/doclib/287g/pendingAgencies07012025pm.xlsx">Pending Agencies (July)</a>`,
      PAGE,
    );
    expect(links.participating).toEqual({
      kind: 'participating',
      url: 'https://www.ice.gov/doclib/287g/participatingAgencies05182026am.xlsx',
      name: 'participatingAgencies05182026am.xlsx',
      asOf: '2026-05-18',
      text: 'Participating Agencies',
    });
    expect(links.pending?.url).toBe('https://www.ice.gov/identify-and-arrest/pendingAgencies02272026am.xlsx');
    expect(links.pending?.asOf).toBe('2026-02-27');
    expect(links.workbooks).toBe(4);
  });

  test('reads quoted and unquoted hrefs, entities, nested tags, upper case, a query and a fragment', () => {
    const links = findWorkbookLinks(
      `<A CLASS="usa-link" HREF='/doclib/Participating%20Agencies%2005182026.XLSX?v=2&amp;x=1#top'>
         <span class="icon"></span> <b>Participating</b>&nbsp;Agencies</A>
       <a data-x=1 href=/files/list-2026-02-27.xlsx>Pending &#65;gencies</a>`,
      PAGE,
    );
    expect(links.participating).toMatchObject({
      url: 'https://www.ice.gov/doclib/Participating%20Agencies%2005182026.XLSX?v=2&x=1',
      name: 'Participating Agencies 05182026.XLSX',
      asOf: '2026-05-18',
      text: 'Participating Agencies',
    });
    // Named by its text alone: the file name says nothing of the kind.
    expect(links.pending).toMatchObject({ name: 'list-2026-02-27.xlsx', asOf: '2026-02-27' });
  });

  test('leaves out other links: PDFs, pages, commented-out or scripted links, other protocols', () => {
    const links = findWorkbookLinks(
      `<!-- <a href="/participatingAgencies12312026.xlsx">Participating Agencies</a> -->
       <script>const a = '<a href="/pendingAgencies12312026.xlsx">Pending Agencies</a>';</script>
       <a href="/doclib/287gMOA/EllisCoTX_JEM_MOA.pdf">Participating agency agreement</a>
       <a href="/participating-agencies">Participating Agencies</a>
       <a href="/doclib/budget-2026-01-01.xlsx">Budget</a>
       <a href="ftp://example.org/participatingAgencies05182026.xlsx">Participating Agencies</a>
       <a name="top">Participating Agencies.xlsx</a>`,
      PAGE,
    );
    expect(links).toEqual({ participating: undefined, pending: undefined, workbooks: 0 });
  });

  test('a link whose name has no date counts as older than any dated one, and is still found alone', () => {
    const both = findWorkbookLinks(
      `<a href="/participatingAgencies.xlsx">Participating Agencies</a>
       <a href="/participatingAgencies05182026am.xlsx">Participating Agencies</a>`,
      PAGE,
    );
    expect(both.participating?.name).toBe('participatingAgencies05182026am.xlsx');
    const alone = findWorkbookLinks('<a href="/participatingAgencies.xlsx">Participating Agencies</a>', PAGE);
    expect(alone.participating).toMatchObject({ name: 'participatingAgencies.xlsx', asOf: undefined });
  });
});

describe('readAnchors', () => {
  test('an anchor left open ends at the next one', () => {
    expect(readAnchors('<a href="/a.xlsx">First <a href="/b.xlsx">Second</a>')).toEqual([
      { href: '/a.xlsx', text: 'First' },
      { href: '/b.xlsx', text: 'Second' },
    ]);
  });
});
