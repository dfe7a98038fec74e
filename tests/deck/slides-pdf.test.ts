// The slide PDF of a county's deck, checked against the Slidev deck built from the same content: the same slides in
// the same order (a quiz question's answer on the page after it), read with pdf.js, pdfinfo and qpdf as a viewer
// would, every text box inside its 16:9 page at a size a room can read; and the speaker notes PDF that goes with it.

import { beforeAll, describe, expect, it } from 'vitest';
import { prepareWorkshop } from '../../generator/workshop/prepare.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import type { WorkshopContent } from '../../generator/content/view.ts';
import { rowsReaching } from '../ice-rows.ts';
import { MAP_FILE } from '../../generator/deck/render.ts';
import { renderSlideNotesPdf } from '../../generator/deck/slide-notes-pdf.ts';
import { buildDeckSlides, type DeckSlide } from '../../generator/deck/slides.ts';
import { renderSlidesPdf, type SlidesPdf } from '../../generator/deck/slides-pdf.ts';
import type { TextBox } from '../../generator/pdf/types.ts';
import { pdfinfo, qpdfCheck, squash, writeTemp } from '../pdf/tools.ts';
import { SHIPPED_DATA } from '../helpers.ts';
import type { StateMap } from '../../generator/map/model.ts';
import { readPdfText } from '../pdf/text.ts';
import { colorPage, hexChannels, sameColor } from '../pdf/color-page.ts';

interface Rendered {
  content: WorkshopContent;
  map: StateMap | null;
  deck: DeckSlide[]; // the Slidev deck of the same content
  pdf: SlidesPdf;
  file: string;
  pages: string[]; // the text of each page, whitespace squashed
}

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&#123;': '{',
  '&#125;': '}',
  '&amp;': '&',
};
const decode = (text: string) => text.replace(/&(quot|#39|lt|gt|#123|#125|amp);/g, (entity) => ENTITIES[entity]!);
const isQuiz = (slide: DeckSlide) => slide.body.includes('<QuizCard');

/**
 * The heading a room sees on a Slidev slide, as text: values of v-text spans put in, citation superscripts left out.
 */
function slidevHeading(slide: DeckSlide): string | null {
  const line = /^# (.*)$/m.exec(slide.body)?.[1];
  if (line === undefined) return null;
  return line
    .replace(/<span v-text="([^"]*)"><\/span>/g, (_, value: string) => String(JSON.parse(decode(value))))
    .replace(/<sup class="cite">\[[\d, ]+\]<\/sup>/g, '');
}

/** The first page of each Slidev slide in the PDF when every slide fits its page: a quiz question takes two. */
function expectedFirstPages(deck: DeckSlide[]): number[] {
  let page = 1;
  return deck.map((slide) => {
    const first = page;
    page += isQuiz(slide) ? 2 : 1;
    return first;
  });
}

async function render(content: WorkshopContent, map: StateMap | null): Promise<Rendered> {
  const pdf = await renderSlidesPdf(content, map);
  const file = writeTemp(pdf.bytes, `slides-${content.language.code}`);
  const pages = (await readPdfText(file)).split('\f').slice(0, pdf.pages).map(squash);
  return {
    content,
    map,
    deck: buildDeckSlides(content, { mapFile: map ? MAP_FILE : null, quizPerModule: 1 }),
    pdf,
    file,
    pages,
  };
}

/** The footer's stamp as it reads in each language: the date of the newest shipped ICE list, written out. */
const STAMP: Record<string, string> = {
  en: 'ICE data as of May 18, 2026 · This is general information, not legal advice.',
  es: 'Datos de ICE al 18 de mayo de 2026 · Esto es información general, no asesoría legal.',
};

/** Boxes of the footer: the stamp line and the page label, at the foot of the page. */
const isFooter = (box: TextBox, content: WorkshopContent) =>
  box.y < 60 && (STAMP[content.language.code]!.includes(box.text) || /^\d+ \/ \d+$/.test(box.text));

describe('the slide PDF of a county deck', () => {
  const built: Record<string, Rendered> = {};
  beforeAll(async () => {
    const { config, problems } = validateConfig(
      {
        region: 'tx/tarrant-county',
        languages: ['en', 'es'],
        organization: { name: 'Example Rapid Response Network' },
        workshop: { date: '2026-12-05', start: '18:30', place: 'Community Hall', length: 60 },
        contacts: { hotline: { name: 'Hotline', phone: '(555) 010-0100' } },
      },
      null,
    );
    expect(problems).toEqual([]);
    const prepared = await prepareWorkshop({ dataDir: SHIPPED_DATA, config, today: '2026-11-28' });
    for (const content of prepared.contents)
      built[content.language.code] = await render(content, prepared.maps[content.language.code] ?? null);
  }, 60_000);

  it.each(['en', 'es'])(
    'has a page for every Slidev slide and one more for each quiz answer, in %s, each 960 x 540 pt',
    (language) => {
      const { deck, pdf, file } = built[language]!;
      const quizzes = deck.filter(isQuiz).length;
      expect(quizzes).toBeGreaterThan(0);
      expect(pdf.pages).toBe(deck.length + quizzes);
      const info = pdfinfo(file);
      expect(Number(info.Pages)).toBe(pdf.pages);
      expect(info['Page size']).toMatch(/^960 x 540 pts/);
      expect(pdf.pageSize).toEqual({ width: 960, height: 540 });
      expect(qpdfCheck(file).status, qpdfCheck(file).output).toBe(0);
      // Where the renderer says each slide went is where it went.
      expect(pdf.slides.map((slide) => slide.first)).toEqual(expectedFirstPages(deck));
    },
  );

  it.each(['en', 'es'])('shows the Slidev slides in the same order, each under its heading, in %s', (language) => {
    const { deck, pages } = built[language]!;
    const firsts = expectedFirstPages(deck);
    let checked = 0;
    deck.forEach((slide, index) => {
      const heading = slidevHeading(slide);
      if (heading === null) return;
      expect(
        pages[firsts[index]! - 1]!.startsWith(squash(heading)),
        `slide ${index + 1} "${heading}" on page ${firsts[index]}: ${pages[firsts[index]! - 1]!.slice(0, 80)}`,
      ).toBe(true);
      checked++;
    });
    expect(checked).toBeGreaterThan(deck.length * 0.7);
  });

  it('prints the region, the data date on every page, not legal advice, and every agency of the region', () => {
    for (const language of ['en', 'es']) {
      const { pages } = built[language]!;
      expect(pages[0]).toContain('Tarrant County, Texas');
      expect(pages[0]).toContain('Example Rapid Response Network');
      expect(pages[0]).toContain('Community Hall');
      expect(pages[0]).toContain(language === 'en' ? 'not legal advice' : 'no asesoría legal');
      pages.forEach((page, index) =>
        expect(page, `page ${index + 1}`).toMatch(
          new RegExp(`${STAMP[language]!.replace(/[.()]/g, '\\$&')} ${index + 1} / ${pages.length}$`),
        ),
      );
      pages.forEach((page, index) =>
        expect(page, `page ${index + 1}`).toMatch(new RegExp(`\\b${index + 1} / ${pages.length}$`)),
      );
      const all = pages.join(' ');
      // Tarrant County's agencies and Texas's own, as ICE's list has them.
      const expected = rowsReaching('TEXAS', ['Tarrant County']);
      expect(expected.length).toBeGreaterThan(5);
      for (const row of expected) expect(all, row.agency).toContain(squash(row.agency));
      const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
      for (const row of expected)
        expect(all, `${row.agency} ${row.signed}`).toContain(format.format(new Date(`${row.signed}T00:00:00Z`)));
    }
    expect(built.en!.pages.join(' ')).toContain('Local 287(g) agreements by county, Texas');
    expect(built.es!.pages.join(' ')).toContain('Modelo de Órdenes de ICE');
  });

  it('shows who, where and when on the title slide, and leaves the warnings to the speaker notes', async () => {
    const { content, pdf, pages } = built.en!;
    expect(pages[0]).toMatch(
      /^287\(g\): Know your rights Tarrant County, Texas Presented by Example Rapid Response Network December 5, 2026 · 18:30 Community Hall ICE data as of/,
    );
    // The list is 194 days old on the tests' date: the trainer reads that, the room does not.
    for (const warning of ['Warning', 'days ago', 'This list is from', 'changes often'])
      expect(pages[0]).not.toContain(warning);
    const notes = squash(await readPdfText(writeTemp((await renderSlideNotesPdf(content, pdf, 'letter')).bytes, 'n')));
    expect(notes).toContain('Warning: this ICE data is from May 18, 2026, 194 days ago.');
    // The title sits on the navy panel: white on #1B3A6B.
    const title = pdf.boxes.find((box) => box.page === 1 && box.text.startsWith('287(g)'))!;
    expect(title.size).toBeGreaterThanOrEqual(48);
    const page = colorPage(writeTemp(pdf.bytes, 'title'), 1);
    expect(sameColor(page.at(title.x - 8, 540 - title.y - title.height / 2), hexChannels('#1B3A6B'))).toBe(true);
  });

  it.each(['en', 'es'])('asks each quiz question on one page and answers it on the next, in %s', (language) => {
    const { deck, pages } = built[language]!;
    const firsts = expectedFirstPages(deck);
    const prop = (slide: DeckSlide, name: string): unknown =>
      JSON.parse(decode(new RegExp(`:${name}="([^"]*)"`).exec(slide.body)![1]!));
    const text = (slide: DeckSlide, name: string): string => {
      const value = prop(slide, name);
      if (typeof value !== 'string') throw new Error(`:${name} is not a text: ${JSON.stringify(value)}`);
      return value;
    };
    const texts = (slide: DeckSlide, name: string): string[] => {
      const value = prop(slide, name);
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        throw new Error(`:${name} is not a list of texts: ${JSON.stringify(value)}`);
      return value;
    };
    // The deck asks one question per module (quizPerModule: 1): ten modules, ten quiz slides.
    const quizzes = deck.flatMap((slide, index) => (isQuiz(slide) ? [{ slide, index }] : []));
    expect(quizzes).toHaveLength(10);
    quizzes.forEach(({ slide, index }) => {
      const [question, answer] = [pages[firsts[index]! - 1]!, pages[firsts[index]!]!];
      expect(question).toContain(squash(text(slide, 'question')));
      for (const option of texts(slide, 'options')) expect(question).toContain(squash(option));
      expect(question).not.toContain(squash(text(slide, 'explanation')));
      expect(answer).toContain(squash(text(slide, 'question')));
      // The same page with the answer on its card under the options: the label over the answer, then why.
      for (const option of texts(slide, 'options')) expect(answer).toContain(squash(option));
      expect(answer).toContain(`${text(slide, 'answer-label')} ${squash(text(slide, 'answer'))}`);
      expect(answer.indexOf(squash(texts(slide, 'options').at(-1)!))).toBeLessThan(
        answer.indexOf(`${text(slide, 'answer-label')} ${squash(text(slide, 'answer'))}`),
      );
      expect(answer).toContain(squash(text(slide, 'explanation')));
    });
  });

  it('draws every text inside its page at 10 pt or more, the footer at 12, and slide text at 20 or more', () => {
    for (const { content, deck, pdf } of Object.values(built)) {
      for (const box of pdf.boxes) {
        expect(box.size, box.text).toBeGreaterThanOrEqual(10);
        expect(
          box.x >= 0 && box.y >= 0 && box.x + box.width <= 960.01 && box.y + box.height <= 540.01,
          `page ${box.page}: ${box.text}`,
        ).toBe(true);
      }
      const footer = pdf.boxes.filter((box) => isFooter(box, content));
      expect(footer.length).toBeGreaterThanOrEqual(2 * pdf.pages);
      for (const box of footer) expect(box.size).toBeGreaterThanOrEqual(12);
      // Slides of plain Markdown (headings and bullets) and quiz questions are all large type.
      const firsts = expectedFirstPages(deck);
      const large = deck.flatMap((slide, index) => {
        if (isQuiz(slide)) return [firsts[index]!, firsts[index]! + 1];
        return slide.body.split('\n').every((line) => line === '' || /^(# |- )/.test(line)) ? [firsts[index]!] : [];
      });
      expect(large.length).toBeGreaterThan(40);
      for (const page of large) {
        for (const box of pdf.boxes.filter((candidate) => candidate.page === page && !isFooter(candidate, content)))
          expect(box.size, `page ${page}: ${box.text}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('writes the speaker notes as written, under the page label and title of their slide', async () => {
    const { content, deck, pdf } = built.en!;
    const quiz = expectedFirstPages(deck)[deck.findIndex(isQuiz)]!;
    const notes = await renderSlideNotesPdf(content, pdf, 'letter');
    const file = writeTemp(notes.bytes, 'notes');
    expect(qpdfCheck(file).status).toBe(0);
    expect(notes.pageSize).toEqual({ width: 612, height: 792 });
    const text = squash(await readPdfText(file));
    const first = pdf.slides.find((slide) => slide.title === 'What is 287(g)?')!.first;
    expect(text).toContain(
      `${first} / ${pdf.pages} · What is 287(g)? Say: 287(g) is a section of the Immigration and Nationality Act`,
    );
    expect(text).toContain(
      `${quiz}–${quiz + 1} / ${pdf.pages} · ` +
        'Question 1 / 10: Federal law makes every state and county sign a 287(g) agreement. Answer: False',
    );
    // Unescaped: Slidev's notes have "\[1\]" and "&#45;"; the PDF has what the curriculum says.
    expect(text).toContain('The first agreement was signed in 2002.');
    expect(text).toContain('[1]');
    expect(text).not.toMatch(/\\\[|&#\d+;|&amp;|\{\{/);
    for (const box of notes.boxes) expect(box.size).toBeGreaterThanOrEqual(10);
  });
});

describe('the slide PDF with data that does not fit or looks like Markdown', () => {
  let base: { content: WorkshopContent; map: StateMap | null };
  beforeAll(async () => {
    const { config } = validateConfig({ region: 'tx/tarrant-county', languages: ['en'] }, null);
    const prepared = await prepareWorkshop({ dataDir: SHIPPED_DATA, config, today: '2026-11-28' });
    base = { content: prepared.contents[0]!, map: prepared.maps.en ?? null };
  }, 60_000);

  it('continues a slide that does not fit on the next page and says where each slide went', async () => {
    const many = Array.from({ length: 60 }, (_, index) => `Example Town ${index + 1} Police Department`).join('; ');
    // A long sentence under the national growth slide's bullets (a region answer this long gives way on its card to
    // a count of agencies, so it cannot overflow).
    const growth = { key: 'answerCityPoliceYes', vars: { count: '60', agencies: many } };
    const content = { ...base.content, national: { ...base.content.national, growth } };
    const { deck, pdf, pages } = await render(content, base.map);
    const index = deck.findIndex((slide) => slide.body.includes('Example Town 1 Police'));
    expect(index).toBeGreaterThan(0);
    const placed = pdf.slides[index]!;
    expect(placed.last).toBeGreaterThan(placed.first);
    expect(pdf.pages).toBe(deck.length + deck.filter(isQuiz).length + (placed.last - placed.first));
    expect(pages.slice(placed.first - 1, placed.last).join(' ')).toContain('Example Town 60 Police Department');
    // The slide after it starts on the page after its last.
    expect(pdf.slides[index + 1]!.first).toBe(placed.last + 1);
    expect(pages[placed.last]!.startsWith(slidevHeading(deck[index + 1]!)!)).toBe(true);
  });

  it('prints a region name and agency names exactly as written, Markdown and braces included', async () => {
    const name = '*Condado* de_Prueba [src:x] {{region.name}} <b>&amp;';
    const agency = '**Oficina** del `Sheriff` | Ñandú';
    const content: WorkshopContent = {
      ...base.content,
      frame: { ...base.content.frame, regionName: name },
      placeholders: { ...base.content.placeholders, region: { name } },
      region: {
        ...base.content.region,
        agencies: [{ ...base.content.region.agencies[0]!, name: agency }, ...base.content.region.agencies.slice(1)],
      },
    };
    const { pages } = await render(content, base.map);
    const all = pages.join(' ');
    expect(pages[0]).toContain(name);
    expect(all).toContain(`287(g) in ${name}`);
    expect(all).toContain(agency);
  });
});
