// How a build shares its folder with earlier runs: which earlier kit files it makes stale (the kinds and
// languages it builds again), and index.html again when another command adds files to it.

import { KIT_NAME, MANIFEST_FORMAT, type OwnedEntry } from '../kit-folder.ts';
import { KIT_VERSION } from '../paths.ts';
import { isRecord } from '../json-value.ts';
import { renderIndexFromManifest } from './index-html.ts';
import type { OutputKind } from './kinds.ts';
import { readRecord } from './legacy-record.ts';
import { INDEX_RECORD, MANIFEST_RECORD } from '../output-record.ts';

const deckSources = (entries: OwnedEntry[], language: string) =>
  entries
    .filter((entry) => entry.kind === 'deck' && entry.path.startsWith(`deck-${language}/`))
    .map((entry) => `${entry.path} ${entry.sha256}`)
    .sort()
    .join('\n');

/**
 * Whether an earlier kit file is stale after a build of `kinds` in `languages`: a file of a kind and
 * language built again that this build did not write (slides-en.pdf once deck.pdf is exported); a deck's
 * built site when the deck was built again or its sources changed. Files of other languages and kinds,
 * language-neutral files, and files of other commands (kit quiz forms, score reports) are kept.
 */
export function isStaleAfterBuild(kinds: readonly OutputKind[], languages: readonly string[]) {
  return (entry: OwnedEntry, written: OwnedEntry[], earlier: OwnedEntry[]): boolean => {
    if (entry.language === null || !languages.includes(entry.language)) return false;
    if (entry.kind === 'deck-site') {
      if (!kinds.includes('deck')) return false;
      const siteBuilt = written.some((file) => file.kind === 'deck-site' && file.language === entry.language);
      return siteBuilt || deckSources(written, entry.language) !== deckSources(earlier, entry.language);
    }
    return (kinds as readonly string[]).includes(entry.kind);
  };
}

/**
 * The manifest of a command that adds files to a folder (kit quiz, kit quiz score, kit batch's root): the
 * previous manifest kept as it was (a build's inputs and key), with every file the kit owns there.
 */
export function recordAddition(command: string, at: string) {
  return (entries: OwnedEntry[], previous: Record<string, unknown> | null): Record<string, unknown> => ({
    ...previous,
    kit: { name: KIT_NAME, version: KIT_VERSION },
    format: MANIFEST_FORMAT,
    ...(previous ? {} : { builtAt: at }),
    lastWrite: { command, at },
    outputs: entries,
  });
}

/** index.html again when the folder already had one (a build's): it lists the files added beside the build's. */
export function reindexKitFolder(entries: OwnedEntry[], previous: Record<string, unknown> | null): string | null {
  const outputs = previous?.outputs;
  if (!Array.isArray(outputs) || !outputs.some((entry) => isRecord(entry) && entry.path === INDEX_RECORD.path))
    return null;
  return renderIndexFromManifest(previous, [...entries.map(readRecord), MANIFEST_RECORD], KIT_VERSION);
}
