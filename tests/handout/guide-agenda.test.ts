// The facilitator guide's agenda: its times are always filled, as times of day from the config's start time, or as
// the time elapsed since the start (H:MM from 0:00) when there is none, which its column header and a note say.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkshopContent } from '../../generator/content/view.ts';
import { buildGuideBlocks } from '../../generator/handout/guide.ts';
import type { Block } from '../../generator/pdf/types.ts';
import { buildTestKit, tempDir } from '../helpers.ts';
import { readPdfText } from '../pdf/text.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function build(workshop: Record<string, unknown>): Promise<{ out: string; contents: WorkshopContent[] }> {
  const out = path.join(tempDir(), 'out');
  let contents: WorkshopContent[] = [];
  await buildTestKit({ region: 'tx/tarrant-county', languages: ['en', 'es'], workshop }, out, {
    only: ['handout'],
    onContents: (value) => {
      contents = value.contents;
    },
  });
  return { out, contents };
}

const agendaOf = (content: WorkshopContent) =>
  buildGuideBlocks(content).find((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table')!;

describe("the guide's agenda", () => {
  it('counts from 0:00 without a start time, and says so in English and Spanish', async () => {
    const { out, contents } = await build({ length: 90 });
    const [english, spanish] = contents;
    const table = agendaOf(english!);
    expect(table.columns[0]!.header).toBe('Time from the start');
    expect(table.rows[0]![0]).toBe('0:00–0:06');
    expect(table.rows.at(-1)![0]).toMatch(/^1:\d\d–1:30$/);
    expect(agendaOf(spanish!).columns[0]!.header).toBe('Tiempo desde el inicio');
    const en = squash(await readPdfText(path.join(out, 'facilitator-guide-en.pdf')));
    expect(en).toContain('so the agenda counts from the start of the workshop (h:mm): 0:45 is 45 minutes in.');
    const es = squash(await readPdfText(path.join(out, 'facilitator-guide-es.pdf')));
    expect(es).toContain('0:00–0:06');
    expect(es).toContain('así que el programa cuenta desde el inicio del taller (h:mm)');
  }, 120_000);

  it('gives times of day from the start time, with no note', async () => {
    const { out, contents } = await build({ length: 90, start: '18:30' });
    const table = agendaOf(contents[0]!);
    expect(table.columns[0]!.header).toBe('Time');
    expect(table.rows[0]![0]).toBe('18:30–18:36');
    expect(table.rows.at(-1)![0]).toMatch(/–20:00$/);
    expect(squash(await readPdfText(path.join(out, 'facilitator-guide-en.pdf')))).not.toContain('0:45 is 45 minutes');
  }, 120_000);
});
