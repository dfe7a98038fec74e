// The tester's case, in a real build: an emoji in the presenter's name, which the facilitator guide prints on one line
// with the organization's name and the date, is warned about once, naming every PDF that printed it with a mark.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildWorkshop } from '../../generator/workshop/build.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { copyOfShippedData, tempDir } from '../helpers.ts';
import { readPdfText } from '../pdf/text.ts';

test(
  'an emoji in the presenter and one in the organization each get one note naming every PDF that printed ' + 'them',
  async () => {
    const out = tempDir();
    const file = path.join(tempDir(), 'workshop.yaml'); // the build records the config's bytes
    writeFileSync(file, 'region: tx/tarrant-county\n');
    const { config } = validateConfig(
      {
        region: 'tx/tarrant-county',
        languages: ['en'],
        presenter: '김민수 (Kim) 😀',
        organization: { name: 'Casa 🌎 Unida' },
        workshop: { date: '2026-12-05', start: '18:30' },
      },
      file,
    );
    const result = await buildWorkshop({
      dataDir: copyOfShippedData(),
      config,
      outDir: out,
      outputRoot: out,
      today: '2026-11-30',
      builtAt: '2026-11-30T00:00:00Z',
      deck: 'markdown',
      browser: null,
      only: ['handout', 'deck'],
    });

    const guide = await readPdfText(path.join(out, 'facilitator-guide-en.pdf'));
    expect(guide).toContain('김민수 (Kim) \uFFFD');
    expect(guide).toContain('Casa \uFFFD Unida');
    // The handout's header band names the organization under the title.
    expect(await readPdfText(path.join(out, 'handout-en.pdf'))).toContain('Casa \uFFFD Unida');
    const notes = result.warnings.filter((line) => line.includes('replacement mark'));
    expect(notes).toEqual([
      `organization.name in ${file}: "Casa 🌎 Unida" has "🌎" (U+1F30E), which no font of the kit has; ` +
        `printed as a replacement mark (\uFFFD) in ` +
        'slides-en.pdf, speaker-notes-en.pdf, handout-en.pdf and facilitator-guide-en.pdf. The Slidev deck shows it ' +
        'as written.',
      `presenter in ${file}: "김민수 (Kim) 😀" has "😀" (U+1F600), which no font of the kit has; printed as a ` +
        `replacement mark (\uFFFD) in ` +
        'slides-en.pdf and facilitator-guide-en.pdf.',
    ]);
  },
  120_000,
);
