// The facilitator guide for one language: agenda with clock times, each module's objectives and what to
// say, materials, room setup, running the quiz, local contacts and sources.

import { agendaClock } from '../content/agenda.ts';
import { joinLines, splitLines, trimMarkup, type MarkupNode } from '../content/markup.ts';
import type { WorkshopContent } from '../content/view.ts';
import { markdownToBlocks } from '../pdf/markdown.ts';
import type { Block } from '../pdf/types.ts';
import { curriculumBlocks, curriculumText, SourceNumbers, uiText } from '../pdf/curriculum.ts';
import { stampBlock } from './handout.ts';

export function buildGuideBlocks(content: WorkshopContent): Block[] {
  const sources = new SourceNumbers(content);
  const ui = (key: string) => content.ui[key] ?? key;
  const frame = [
    content.frame.org,
    content.frame.presenter,
    [content.frame.date, content.frame.start].filter(Boolean).join(' · '),
    content.frame.place,
  ]
    .filter(Boolean)
    .join(' · ');
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `${ui('facilitatorGuide')} — ${content.frame.regionName}` },
  ];
  if (frame) blocks.push({ kind: 'paragraph', runs: [{ text: frame }] });
  // What the participant outputs leave out, for the trainer in the guide's language (workshop/checklist.ts has the
  // same list for index.html and the terminal).
  const trainerNotes = [content.stamp.stale, content.region.unplaced].filter((note) => note !== null);
  for (const note of trainerNotes)
    blocks.push({ kind: 'notice', runs: [{ text: uiText(content, note.key, note.vars), bold: true }] });
  if (!content.region.changes) blocks.push({ kind: 'paragraph', runs: [{ text: ui('noEarlierList') }] });
  // Times of day from the start time, else the time elapsed since the start, said under the table.
  const clock = agendaClock(content.frame.start);
  blocks.push(
    { kind: 'heading', level: 2, text: ui('agenda') },
    {
      kind: 'table',
      columns: [
        { header: ui(clock === 'time' ? 'agendaTime' : 'agendaElapsed'), width: 0.2 },
        { header: ui('module'), width: 0.65 },
        { header: ui('minutes'), width: 0.15 },
      ],
      rows: content.agenda.map((item) => [
        `${item.start}–${item.end}`,
        `${item.number ? `${item.number}. ` : ''}${item.title}`,
        String(item.minutes),
      ]),
    },
    ...(clock === 'elapsed'
      ? [{ kind: 'paragraph' as const, runs: [{ text: ui('agendaElapsedNote') }], small: true }]
      : []),
    { kind: 'heading', level: 2, text: ui('guideMaterials') },
    ...markdownToBlocks(ui('guideMaterialsList')),
    { kind: 'heading', level: 2, text: ui('guideRoom') },
    ...markdownToBlocks(ui('guideRoomList')),
  );
  for (const module of content.modules) {
    blocks.push(
      {
        kind: 'heading',
        level: 2,
        text:
          `${uiText(content, 'moduleNumber', { number: String(module.number) })}: ` +
          `${module.title} (${module.minutes} ${ui('minutesShort')})`,
      },
      { kind: 'heading', level: 3, text: ui('objectives') },
      {
        kind: 'bullets',
        items: module.markup.objectives.map((objective) => [{ text: curriculumText(objective, content) }]),
      },
      { kind: 'heading', level: 3, text: ui('speakerNotes') },
    );
    for (const slide of module.slides) {
      const title = headingOf(slide.markup.body);
      // A run-in title: kept with the first lines of its notes.
      blocks.push({
        kind: 'paragraph',
        runs: [{ text: title ? curriculumText(title, content) : slide.key, bold: true }],
        keepWithNext: true,
      });
      // Each line of the notes is a paragraph of its own.
      const lines = splitLines(slide.markup.notes).filter((line) => trimMarkup(line).length > 0);
      blocks.push(...curriculumBlocks(joinLines(lines, '\n\n'), content, sources));
    }
  }
  blocks.push({ kind: 'heading', level: 2, text: ui('guideQuiz') }, ...markdownToBlocks(ui('guideQuizList')));
  blocks.push({ kind: 'heading', level: 2, text: ui('contacts') });
  blocks.push(
    content.contacts.length
      ? {
          kind: 'bullets',
          items: content.contacts.map((contact) => [
            { text: `${ui(contact.label)}: `, bold: true },
            { text: [contact.name, contact.phone, contact.website].filter(Boolean).join(', ') },
          ]),
        }
      : { kind: 'paragraph', runs: [{ text: ui('notGiven') }] },
  );
  blocks.push(
    { kind: 'heading', level: 3, text: ui('sources') },
    { kind: 'numbered', items: sources.items() },
    stampBlock(content, 'trainer'),
  );
  return blocks;
}

/** The text of the slide's first level-1 heading (`# Title`), without the `# `; null when it has none. */
function headingOf(body: readonly MarkupNode[]): MarkupNode[] | null {
  for (const line of splitLines(body)) {
    const first = line[0];
    if (first?.kind !== 'text') continue;
    const mark = /^#[^\S\n]+/.exec(first.text);
    if (!mark || (first.text.length === mark[0].length && line.length === 1)) continue;
    const rest = first.text.slice(mark[0].length);
    return [...(rest ? [{ kind: 'text' as const, text: rest }] : []), ...line.slice(1)];
  }
  return null;
}
