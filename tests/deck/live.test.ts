// startLiveDeck refuses a deck folder where Slidev would write through a planted link, or that lacks the kit's
// guard plugin (setup/vite-plugins.ts), before Slidev starts.

import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLiveDeck } from '../../generator/deck/live.ts';
import { KitError } from '../../generator/errors.ts';
import { KIT_ROOT } from '../../generator/paths.ts';
import { tempDir } from '../helpers.ts';

describe('startLiveDeck', () => {
  it.each(['node_modules', '.slidev'])(
    "refuses a deck whose %s is a link, leaving the link's target empty",
    async (name) => {
      const root = tempDir();
      const deck = path.join(root, 'deck-en');
      const elsewhere = path.join(root, 'elsewhere');
      mkdirSync(deck);
      mkdirSync(elsewhere);
      writeFileSync(path.join(deck, 'slides.md'), '---\ntheme: default\n---\n\n# One\n');
      symlinkSync(elsewhere, path.join(deck, name));
      const error = await startLiveDeck(deck, 0).catch((caught: unknown) => caught);
      if (!(error instanceof KitError)) throw new Error(`expected a KitError, got ${String(error)}`);
      expect(error.exitCode).toBe(2);
      expect(error.message).toContain(`${path.join(deck, name)} is a link`);
      expect(readdirSync(elsewhere)).toEqual([]);
    },
  );

  it.each(['missing', 'edited', 'a link'])(
    'refuses a deck whose setup/vite-plugins.ts is %s, so that Slidev never runs unguarded',
    async (state) => {
      const deck = path.join(tempDir(), 'deck-en');
      mkdirSync(path.join(deck, 'setup'), { recursive: true });
      writeFileSync(path.join(deck, 'slides.md'), '---\ntheme: default\n---\n\n# One\n');
      const shipped = path.join(KIT_ROOT, 'slides', 'setup', 'vite-plugins.ts');
      const plugin = path.join(deck, 'setup', 'vite-plugins.ts');
      if (state === 'edited') writeFileSync(plugin, "export default () => ({ name: 'nothing' });\n");
      if (state === 'a link') symlinkSync(shipped, plugin);
      const error = await startLiveDeck(deck, 0).catch((caught: unknown) => caught);
      if (!(error instanceof KitError)) throw new Error(`expected a KitError, got ${String(error)}`);
      expect(error.exitCode).toBe(2);
      expect(error.message).toContain(plugin);
      // Slidev never started (it would add .slidev, node_modules)
      expect(readdirSync(deck).sort()).toEqual(['setup', 'slides.md']);
    },
  );
});
