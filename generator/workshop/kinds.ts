// The closed list of output kinds a build can produce and the folder a region's build goes to: what the CLI and
// kit batch's parent need to know without loading the renderers (render.ts dispatches on the kinds).

import { slugify } from '../data/normalize.ts';
import type { Region } from '../regions/catalog.ts';

export const OUTPUT_KINDS = ['summary', 'script', 'deck', 'handout', 'quiz'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** The folder name for a region's outputs: only letters, digits and dashes, whatever the region is called. */
export function outputFolderName(region: Region): string {
  return slugify(region.id.replace(/\//g, '-'));
}

/** The folder of a language's deck inside the build output. */
export function deckFolder(language: string): string {
  return `deck-${language}`;
}
