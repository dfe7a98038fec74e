// The deck plan both renderers draw (Slidev and the kit's slide PDF): a divider per module, the title without
// warnings, the region's answers as cards with model badges, agency tables split evenly, icons on the rights and
// response slides. Built from the shipped data and curriculum, on the tests' fixed date.

import { beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../generator/config/validate.ts';
import type { WorkshopContent } from '../../generator/content/view.ts';
import { buildDeckPlan, estimateRowLines, paginateRows, type PlannedSlide } from '../../generator/deck/plan.ts';
import { SLIDE_ICONS } from '../../generator/deck/slide-icons.ts';
import { prepareWorkshop } from '../../generator/workshop/prepare.ts';
import { SHIPPED_DATA } from '../helpers.ts';

async function contentsFor(input: Record<string, unknown>): Promise<Record<string, WorkshopContent>> {
  const { config, problems } = validateConfig({ languages: ['en', 'es'], ...input }, null);
  expect(problems).toEqual([]);
  const prepared = await prepareWorkshop({ dataDir: SHIPPED_DATA, config, today: '2026-11-28' });
  return Object.fromEntries(prepared.contents.map((content) => [content.language.code, content]));
}

const planOf = (content: WorkshopContent) => buildDeckPlan(content, { map: true, quizPerModule: 1 });
const cardsOf = (plan: PlannedSlide[]) =>
  plan.flatMap((slide) =>
    slide.kind === 'module'
      ? slide.parts.flatMap((part) => (part.kind === 'slot' && part.view.kind === 'cards' ? [part.view.cards] : []))
      : [],
  );

describe('the local help slide', () => {
  it('shows the hotline’s number alone in large type, its name under it, other contacts as lines', async () => {
    const { en } = await contentsFor({
      region: 'tx/tarrant-county',
      contacts: {
        hotline: { name: 'North Texas Hotline', phone: '(817) 555-0199' },
        legal_aid: { name: 'Legal Aid of Tarrant', phone: '(817) 555-0123' },
      },
    });
    const views = planOf(en!).flatMap((slide) =>
      slide.kind === 'module'
        ? slide.parts.flatMap((part) => (part.kind === 'slot' && part.view.kind === 'answers' ? [part.view] : []))
        : [],
    );
    const help = views.find((view) => view.items.some((item) => item.answer.includes('(817) 555-0199')))!;
    expect(help.items).toEqual([
      { question: 'Hotline', answer: '(817) 555-0199', big: true },
      { answer: 'North Texas Hotline' },
      { question: 'Legal aid', answer: 'Legal Aid of Tarrant · (817) 555-0123' },
    ]);
  }, 60_000);
});

describe('the deck plan of a county (Tarrant County, Texas)', () => {
  let tarrant: Record<string, WorkshopContent>;
  beforeAll(async () => {
    tarrant = await contentsFor({
      region: 'tx/tarrant-county',
      organization: { name: 'Example Rapid Response Network' },
      workshop: { date: '2026-12-05', start: '18:30', length: 60 },
    });
  }, 60_000);

  it('opens with the region and organization and keeps the stale-data warning in the notes only', () => {
    // The shipped list is months old on the tests' date: the warning exists, but not on the slide.
    const content = tarrant.en!;
    expect(content.stamp.stale).not.toBeNull();
    const title = planOf(content)[0]!;
    expect(title.kind).toBe('title');
    if (title.kind !== 'title') return;
    expect(title.region).toBe('Tarrant County, Texas');
    expect(title.lines).toContain('Presented by Example Rapid Response Network');
    expect(Object.keys(title)).not.toContain('warning');
    const shown = JSON.stringify([title.title, title.region, title.lines, title.notice]);
    expect(shown).not.toMatch(/Warning|days ago|changes often/);
    expect(title.notes.join('\n')).toMatch(/^Warning: this ICE data is from May 18, 2026, \d+ days ago\./m);
  });

  it.each(['en', 'es'])('puts a divider before each module, with its number, title and minutes, in %s', (language) => {
    const content = tarrant[language]!;
    const plan = planOf(content);
    const sections = plan.filter((slide) => slide.kind === 'section');
    expect(sections.map((slide) => slide.title)).toEqual(content.modules.map((module) => module.title));
    expect(sections.map((slide) => slide.number)).toEqual(content.modules.map((module) => module.number));
    const first = sections[0]!;
    expect(first.label).toBe(language === 'en' ? 'Module 1' : 'Módulo 1');
    expect(first.minutes).toBe(`${content.modules[0]!.minutes} min`);
    // A module's own slides come after its divider and before the next one.
    const index = plan.indexOf(sections[1]!);
    expect(plan[index - 1]!.kind).not.toBe('section');
    expect(plan[index + 1]!.kind).toBe('module');
  });

  it('shows the region answers as cards: the sheriff with its models as badges, city police, reach, agreements', () => {
    const [who, reach] = cardsOf(planOf(tarrant.en!));
    expect(who!.map((card) => card.question)).toEqual([
      'Does the county sheriff have an agreement?',
      'Do city or town police take part?',
      'Are there several agreements in the area?',
    ]);
    const [sheriff, police, agreements] = who!;
    expect(sheriff).toMatchObject({ headline: 'Yes', verdict: 'yes', icon: 'police' });
    // Tarrant County's sheriff has a JEM agreement (the shipped list of May 18, 2026).
    expect(sheriff!.models).toEqual([{ model: 'JEM', label: 'Jail Enforcement Model', pending: false }]);
    expect(sheriff!.detail).toContain('Tarrant County Sheriff');
    // Azle, Keller and Pantego police; 8 agreements by 8 agencies.
    expect(police).toMatchObject({ headline: '3', verdict: 'count' });
    expect(police!.models.map((badge) => badge.model)).toEqual(['WSO', 'TFM']);
    expect(police!.detail).toContain('Azle Police Department; Keller Police Department; Pantego Police Department');
    expect(agreements).toMatchObject({ headline: '8', verdict: 'count' });
    expect(reach!.map((card) => card.question)).toEqual([
      'Who can hold people for ICE in a jail or prison here?',
      'Who can do immigration work on the street here?',
    ]);
    // Jail: Keller (WSO) and the sheriff (JEM); street: Azle, Pantego and 4 state agencies, all Task Force.
    expect(reach![0]).toMatchObject({ headline: '2', icon: 'jail' });
    expect(reach![0]!.models.map((badge) => badge.model)).toEqual(['JEM', 'WSO']);
    expect(reach![1]).toMatchObject({ headline: '6', icon: 'street' });
    expect(reach![1]!.models.map((badge) => badge.model)).toEqual(['TFM']);
  });

  it('shortens an answer too long for its card to a count of agencies; the whole answer is in the notes', async () => {
    // Texas: the street answer names every sheriff with a Task Force agreement, thousands of characters.
    const texas = await contentsFor({ region: 'tx' });
    const plan = planOf(texas.en!);
    const slide = plan.find(
      (item) =>
        item.kind === 'module' &&
        item.parts.some((part) => part.kind === 'slot' && part.view.kind === 'cards' && part.view.cards.length === 2),
    )!;
    const [, street] = cardsOf([slide])[0]!;
    const sentence = texas.en!.region.answers.find((answer) => answer.question === 'fieldReach')!;
    expect(sentence.answer.key).toBe('answerField');
    expect(street!.full!.length).toBeGreaterThan(1000);
    expect(street!.detail).toBe(`${street!.headline} agencies (named in the table)`);
    expect(slide.notes).toContain(`Who can do immigration work on the street here? ${street!.full!}`);
    // A card's own sentence stays when it fits.
    expect(cardsOf(planOf(tarrant.en!))[0]!.every((card) => card.full === null)).toBe(true);
  }, 60_000);

  it('says "Sí" and "No" on the Spanish cards', () => {
    const [who] = cardsOf(planOf(tarrant.es!));
    expect(who![0]!.headline).toBe('Sí');
  });

  it('gives each agency row its models as badges, with the model, its name and whether it is pending', () => {
    const plan = planOf(tarrant.en!);
    const rows = plan.flatMap((slide) =>
      slide.kind === 'module'
        ? slide.parts.flatMap((part) => (part.kind === 'slot' && part.view.kind === 'table' ? part.view.rows : []))
        : [],
    );
    expect(rows.find((row) => row.name.includes('Sheriff'))!.models).toEqual([
      { model: 'JEM', label: 'Jail Enforcement Model', pending: false },
    ]);
    expect(rows.find((row) => row.name === 'Keller Police Department')!.models).toEqual([
      { model: 'WSO', label: 'Warrant Service Officer', pending: false },
    ]);
  });

  it.each(['en', 'es'])('has at most six bullets on any curriculum slide, in %s', (language) => {
    const counts = tarrant[language]!.modules.flatMap((module) =>
      module.slides.map((slide) => ({
        slide: `${module.key}/${slide.key}`,
        bullets: slide.body.split('\n').filter((line) => /^\s*(-|\*|\d+\.)\s/.test(line)).length,
      })),
    );
    expect(counts.length).toBeGreaterThan(50);
    expect(counts.filter((count) => count.bullets > 6)).toEqual([]);
    expect(Math.max(...counts.map((count) => count.bullets))).toBeGreaterThan(3);
  });

  it('carries an icon on every rights and response slide, and on no other', () => {
    const plan = planOf(tarrant.en!);
    const icons = plan.flatMap((slide) => (slide.kind === 'module' && slide.icon ? [slide.icon] : []));
    expect(icons).toContain('silent');
    expect(icons).toContain('no-search');
    expect(icons).toContain('write');
    const keys = tarrant.en!.modules.flatMap((module) => module.slides.map((slide) => `${module.key}/${slide.key}`));
    // Every slide the table names exists in the curriculum (a renamed slide would lose its icon silently).
    for (const key of Object.keys(SLIDE_ICONS)) expect(keys).toContain(key);
    expect(Object.keys(SLIDE_ICONS).every((key) => /^(know-your-rights|response-steps)\//.test(key))).toBe(true);
  });
});

describe('splitting an agency table over slides', () => {
  const rows = (count: number, name = 'Agency') =>
    Array.from({ length: count }, (_, index) => ({
      name: `${name} ${index + 1}`,
      where: 'County',
      models: [{ model: 'TFM' as const, label: 'Task Force Model', pending: false }],
      signed: 'May 1, 2025',
    }));

  it('spreads rows evenly: 8 rows where 7 fit are 4 and 4, never 7 and 1', () => {
    const pages = paginateRows(rows(8), estimateRowLines, 7);
    expect(pages.map((page) => page.length)).toEqual([4, 4]);
    expect(pages.flat()).toEqual(rows(8));
  });

  it('uses as few slides as hold the rows, their sizes differing by at most one', () => {
    for (const count of [1, 7, 9, 15, 22, 40]) {
      const sizes = paginateRows(rows(count), estimateRowLines, 7).map((page) => page.length);
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(count);
      expect(sizes.length).toBe(Math.ceil(count / 7));
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('counts a wrapped agency name and a row of two badges as taller rows, and never overfills a slide', () => {
    const long = rows(10, 'Florida Department of Environmental Protection, Division of Law Enforcement');
    // 80 characters wrap to 3 lines in the agency column: a row and two further lines of 0.7 each.
    expect(estimateRowLines(long[0]!)).toBeCloseTo(2.4);
    const two = {
      ...rows(1)[0]!,
      models: [...rows(1)[0]!.models, { model: 'JEM' as const, label: 'JEM', pending: false }],
    };
    expect(estimateRowLines(two)).toBeCloseTo(1.7);
    const pages = paginateRows(long, estimateRowLines, 7);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 2, 2]);
    for (const page of pages) expect(page.reduce((sum, row) => sum + estimateRowLines(row), 0)).toBeLessThanOrEqual(7);
    expect(paginateRows([], estimateRowLines)).toEqual([[]]);
  });
});
