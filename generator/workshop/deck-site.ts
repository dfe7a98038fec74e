// The records of the files Slidev adds to a deck's folder (its website in dist/, deck.pdf, png/), decided when
// the build plans the deck step, before Slidev runs: Slidev names the site's assets, the build only their folder.

import { describeLanguage, type OutputAbout, type OutputRecord } from '../output-record.ts';
import { deckFolder } from './render.ts';

/** A record for the files under a folder: its `path` ends in '/'. */
const folder = (path: string, about: OutputAbout): OutputRecord => ({ path, ...about });

/**
 * The records of what the deck step adds for each language: 'site' builds dist/, 'pdf' with a browser also exports
 * deck.pdf (and png/ when asked). Each language's folder also gets a catch-all for anything else Slidev leaves.
 * The website carries the presenter view with the speaker notes, so it is for both audiences. deck.pdf and the
 * slide images show the slides alone, exported with clicks: a quiz question's page comes before the page with its
 * answer, as in the kit's own slide PDF, so they are for participants (to present, print or share before the quiz).
 */
export function recordDeckSite(
  languages: readonly string[],
  plan: { step: 'markdown' | 'site' | 'pdf'; browser: string | null; png: boolean },
): OutputRecord[] {
  if (plan.step === 'markdown') return [];
  return languages.flatMap((code) => {
    const dir = deckFolder(code);
    const base = { kind: 'deck-site', languages: [code], group: 'present' as const, warnings: [] };
    const site = `${dir}/dist/index.html`;
    const records: OutputRecord[] = [
      {
        ...base,
        path: site,
        audience: 'both',
        purpose: `The deck${describeLanguage(code)} as a website: serve the folder ${dir}/dist with any web server (or kit present). A built deck does not open from file://.`,
        listAs: site,
        partOf: null,
      },
      folder(`${dir}/dist/`, {
        ...base,
        audience: 'both',
        purpose: `Part of the deck's website (${dir}/dist/index.html).`,
        listAs: null,
        partOf: site,
      }),
      folder(`${dir}/`, {
        ...base,
        audience: 'both',
        purpose: 'Part of the Slidev project that kit present builds from.',
        listAs: null,
        partOf: `${dir}/slides.md`,
      }),
    ];
    if (plan.step !== 'pdf' || !plan.browser) return records;
    records.push({
      ...base,
      path: `${dir}/deck.pdf`,
      audience: 'participant',
      purpose:
        `The deck${describeLanguage(code)} as PDF, one page per slide: works anywhere, to present, print or share. ` +
        `Each quiz question has a page without its answer, followed by the page with it.`,
      listAs: `${dir}/deck.pdf`,
      partOf: null,
    });
    if (plan.png)
      records.push(
        folder(`${dir}/png/`, {
          ...base,
          audience: 'participant',
          purpose:
            `Every slide${describeLanguage(code)} as a PNG image (NNN-01.png; a quiz question's answer in ` +
            `NNN-02.png, after the question).`,
          listAs: `${dir}/png/`,
          partOf: null,
        }),
      );
    return records;
  });
}

/**
 * The record of a file Slidev wrote at `relative`: the one declared for its path, else the one of the deepest
 * declared folder holding it; null for a file the plan did not foresee.
 */
export function findDeckSiteRecord(records: readonly OutputRecord[], relative: string): OutputRecord | null {
  const exact = records.find((record) => record.path === relative);
  if (exact) return exact;
  const folders = records.filter((record) => record.path.endsWith('/') && relative.startsWith(record.path));
  const deepest = folders.sort((a, b) => b.path.length - a.path.length)[0];
  return deepest ? { ...deepest, path: relative } : null;
}
