// The slide PDF's look, read back from the rendered pages of a county deck (Tarrant County, Texas): a navy divider per
// module, bars and table badges in their models' colours (the palette's, written out here), icons on the rights and
// response slides, and every text a room can read inside its page.

import { beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../generator/config/validate.ts';
import type { WorkshopContent } from '../../generator/content/view.ts';
import { renderSlidesPdf, type SlidesPdf } from '../../generator/deck/slides-pdf.ts';
import { SLIDE_LAYOUT, SLIDE_TYPOGRAPHY } from '../../generator/pdf/style.ts';
import type { TextBox } from '../../generator/pdf/types.ts';
import { prepareWorkshop } from '../../generator/workshop/prepare.ts';
import { SHIPPED_DATA } from '../helpers.ts';
import { colorPage, hexChannels, sameColor, type Rgb255 } from '../pdf/color-page.ts';
import { readPdfText } from '../pdf/text.ts';
import { squash, writeTemp } from '../pdf/tools.ts';

const NAVY = '#1B3A6B';
const MODEL_HEX = { JEM: '#E69F00', WSO: '#56B4E9', TFM: '#009E73' } as const;
const WHITE: Rgb255 = [255, 255, 255];

describe('the look of the slide PDF of a county deck', () => {
  let content: WorkshopContent;
  let pdf: SlidesPdf;
  let file: string;
  let pages: string[];
  const pageOf = (title: string) => {
    const slide = pdf.slides.find((candidate) => candidate.title === title);
    if (!slide) throw new Error(`no slide "${title}" in ${pdf.slides.map((candidate) => candidate.title).join(' | ')}`);
    return slide.first;
  };
  const boxOn = (page: number, text: string): TextBox => {
    const box = pdf.boxes.find((candidate) => candidate.page === page && candidate.text === text);
    if (!box) throw new Error(`no "${text}" on page ${page}`);
    return box;
  };
  /** The colour a reader sees at (x, y), PDF points from the page's bottom-left corner. */
  const colorAt = (page: number, x: number, y: number) => colorPage(file, page).at(x, 540 - y);

  beforeAll(async () => {
    const { config, problems } = validateConfig(
      { region: 'tx/tarrant-county', languages: ['en'], organization: { name: 'Example Rapid Response Network' } },
      null,
    );
    expect(problems).toEqual([]);
    const prepared = await prepareWorkshop({ dataDir: SHIPPED_DATA, config, today: '2026-11-28' });
    content = prepared.contents[0]!;
    pdf = await renderSlidesPdf(content, prepared.maps.en ?? null);
    file = writeTemp(pdf.bytes, 'slides-look');
    pages = (await readPdfText(file)).split('\f').slice(0, pdf.pages).map(squash);
  }, 60_000);

  it('opens each module with a navy divider: its number, its title in display type and its minutes', () => {
    expect(content.modules).toHaveLength(10);
    for (const module of content.modules) {
      const page = pageOf(`Module ${module.number}: ${module.title}`);
      expect(pages[page - 1]).toMatch(
        new RegExp(`^Module ${module.number} ${squash(module.title).replace(/[()?]/g, '\\$&')} ${module.minutes} min `),
      );
      // The title's first line (a long title wraps).
      const title = pdf.boxes.find(
        (box) => box.page === page && box.text.length > 3 && module.title.startsWith(box.text),
      )!;
      expect(title.size).toBeGreaterThanOrEqual(SLIDE_TYPOGRAPHY.h1);
      expect(sameColor(colorAt(page, title.x - 10, title.y + title.height / 2), hexChannels(NAVY))).toBe(true);
      // The divider comes before the module's first slide.
      expect(pdf.slides.findIndex((slide) => slide.first === page)).toBeGreaterThan(0);
    }
  });

  it("draws each bar of the national and the state chart in its model's colour", () => {
    const page = pageOf('287(g) across the country');
    const labels = [
      { model: 'JEM', label: 'Jail Enforcement Model' },
      { model: 'WSO', label: 'Warrant Service Officer' },
      { model: 'TFM', label: 'Task Force Model' },
    ] as const;
    const names: string[] = labels.map((entry) => entry.label);
    const rows = pdf.boxes.filter((box) => box.page === page && names.includes(box.text));
    expect(rows).toHaveLength(6); // the country's three models, then Texas's
    const trackStart = Math.max(...rows.map((box) => box.x + box.width)) + 12;
    for (const { model, label } of labels) {
      for (const box of rows.filter((candidate) => candidate.text === label)) {
        const color = colorAt(page, trackStart + 3, box.y + box.height / 2);
        expect(sameColor(color, hexChannels(MODEL_HEX[model])), `${label}: ${color.join(',')}`).toBe(true);
      }
    }
  });

  it("shows the agency table's models as badges on the models' colours", () => {
    const page = pageOf('Agencies with agreements');
    const badges = pdf.boxes.filter((box) => box.page === page && box.text === 'Task Force Model');
    expect(badges.length).toBeGreaterThan(0);
    for (const box of badges) {
      const color = colorAt(page, box.x - 2, box.y + box.height / 2);
      expect(sameColor(color, hexChannels(MODEL_HEX.TFM)), color.join(',')).toBe(true);
    }
  });

  it('puts an icon on the band of the rights and response slides, and none on the others', () => {
    const withIcon = ['You have the right to remain silent', 'Write it down, right after'];
    const without = ['What is 287(g)?', 'Three models'];
    const padX = Math.round(0.7 * SLIDE_TYPOGRAPHY.body); // the band's padding (pdf/callout.ts)
    for (const title of [...withIcon, ...without]) {
      const page = pageOf(title);
      const box = boxOn(page, title);
      const iconed = withIcon.includes(title);
      // The title moves right to make room for the icon.
      expect(box.x, title).toBeCloseTo(SLIDE_LAYOUT.margin + padX + (iconed ? 1.5 * SLIDE_TYPOGRAPHY.h1 : 0), 0);
      // White pictogram strokes on the navy band between the band's edge and the title.
      if (!iconed) continue;
      const samples = Array.from({ length: 40 }, (_, step) =>
        colorAt(page, SLIDE_LAYOUT.margin + padX + (step / 40) * 1.1 * SLIDE_TYPOGRAPHY.h1, box.y + box.height / 2),
      );
      expect(
        samples.some((color) => sameColor(color, WHITE, 20)),
        title,
      ).toBe(true);
      expect(
        samples.some((color) => sameColor(color, hexChannels(NAVY))),
        title,
      ).toBe(true);
    }
  });

  it('prints every text inside its page, slides at 16 pt or more and the footer at 12', () => {
    for (const box of pdf.boxes) {
      expect(
        box.x >= 0 && box.y >= 0 && box.x + box.width <= 960.01 && box.y + box.height <= 540.01,
        `page ${box.page}: ${box.text}`,
      ).toBe(true);
      const footer = box.y < 50;
      expect(box.size, `page ${box.page}: ${box.text}`).toBeGreaterThanOrEqual(
        footer ? SLIDE_LAYOUT.furniture : SLIDE_TYPOGRAPHY.small,
      );
    }
  });
});
