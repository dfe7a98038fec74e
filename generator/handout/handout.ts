// The two-sided handout for one language: front, what 287(g) is and what it means here (the answers,
// the agreements, a small map, a QR code to ICE's full list); back, limits, rights, what to write down,
// response steps, local contacts, sources, the data's date and the disclaimer.

import { firstParagraph } from '../content/markup.ts';
import { phrase, type WorkshopContent } from '../content/view.ts';
import { ICE_287G_PAGE } from '../data/freshness.ts';
import type { StateMap } from '../map/model.ts';
import type { Block } from '../pdf/types.ts';
import { curriculumBlocks, SourceNumbers, uiText } from '../pdf/curriculum.ts';

export interface HandoutInput {
  content: WorkshopContent;
  map: StateMap | null; // the region's state map
}

const plain = (value: string): Block => ({ kind: 'paragraph', runs: [{ text: value }] });

export function agreementTable(content: WorkshopContent): Block {
  const ui = (key: string) => content.ui[key] ?? key;
  return {
    kind: 'table',
    columns: [
      { header: ui('agency'), width: 0.42 },
      { header: ui('county'), width: 0.18 },
      { header: ui('models'), width: 0.22 },
      { header: ui('signed'), width: 0.18 },
    ],
    rows: content.region.agencies.map((row) => [
      row.name,
      row.where ?? ui('unknown'),
      [
        ...row.agreements.map((agreement) => agreement.modelName),
        ...row.pending.map((pending) => `${pending.modelName} (${ui('pending')})`),
      ].join(', '),
      [...new Set(row.agreements.map((agreement) => agreement.signed ?? ui('unknown')))].join(', ') || ui('pending'),
    ]),
  };
}

/**
 * The data's date, source and the not-legal-advice notice, at the end of a printed document. Only the trainer's
 * copy (`audience: 'trainer'`, the guide) says that the translation has not been reviewed: a participant's does not.
 */
export function stampBlock(content: WorkshopContent, audience: 'participant' | 'trainer' = 'participant'): Block {
  const lines = [
    `${uiText(content, 'asOf', { date: content.stamp.asOf })}. ` +
      `${uiText(content, 'dataSource', { file: content.stamp.source })}.`,
    content.ui.notLegalAdvice ?? '',
  ];
  if (audience === 'trainer' && !content.language.reviewed && content.language.code !== 'en')
    lines.push(content.ui.unreviewedTranslation ?? '');
  return { kind: 'notice', runs: lines.map((text, index) => ({ text: index ? ` ${text}` : text, bold: index === 1 })) };
}

/** The handout's blocks for one language: what 287(g) means here first, then rights and what to do. */
export function buildHandoutBlocks({ content, map }: HandoutInput): Block[] {
  const sources = new SourceNumbers(content);
  const module = (key: string) => content.modules.find((candidate) => candidate.key === key)!;
  const handout = (key: string) => curriculumBlocks(module(key).markup.handout, content, sources);
  const say = (value: Parameters<typeof phrase>[1]) => phrase(content.ui, value, (text) => text);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `${content.ui.workshopTitle} — ${content.frame.regionName}` },
  ];
  // Participants read the list's date and that it changes often; how old it is and what to do is the trainer's.
  if (content.stamp.stale)
    blocks.push({
      kind: 'notice',
      runs: [{ text: uiText(content, 'staleDataPrint', { date: content.stamp.asOf }), bold: true }],
    });
  blocks.push(
    // The front has room for the first paragraph of module 1; the guide and the deck carry the rest.
    ...curriculumBlocks(firstParagraph(module('what-is-287g').markup.handout), content, sources),
    // The models as a list; the deck and the guide carry the paragraph after it.
    ...handout('three-models').filter(
      (block, index, all) => index <= all.findIndex((candidate) => candidate.kind === 'bullets'),
    ),
    { kind: 'heading', level: 2, text: uiText(content, 'handoutAnswers', { region: content.frame.regionName }) },
    {
      kind: 'bullets',
      items: content.region.answers.map((answer) => [
        { text: `${content.ui[answer.question] ?? answer.question} `, bold: true },
        { text: say(answer.answer) },
      ]),
    },
  );
  blocks.push({
    kind: 'heading',
    level: 2,
    text: uiText(content, 'handoutAgreements', { region: content.frame.regionName }),
  });
  blocks.push(content.region.agencies.length ? agreementTable(content) : plain(content.ui.noAgreements ?? ''));
  if (content.region.agencies.length) blocks.push(plain(content.region.modelReach));
  if (map) blocks.push({ kind: 'map', map, width: 0.33, caption: content.region.map.map(say).join(' ') });
  blocks.push({ kind: 'qr', url: ICE_287G_PAGE, caption: uiText(content, 'handoutFullList') });

  // No forced break between the sides: at the 10 pt minimum a county's handout needs about two and a half
  // pages, and a break would leave most of a side empty.
  blocks.push(
    { kind: 'heading', level: 2, text: uiText(content, 'handoutBack') },
    ...handout('limits'),
    ...handout('know-your-rights'),
    ...handout('response-steps'),
  );
  // No contacts, no heading: the trainer's checklist says what is missing (workshop/checklist.ts).
  if (content.contacts.length)
    blocks.push(
      { kind: 'heading', level: 2, text: content.ui.contacts ?? 'Contacts' },
      {
        kind: 'bullets',
        items: content.contacts.map((contact) => [
          { text: `${content.ui[contact.label] ?? contact.label}: `, bold: true },
          { text: [contact.name, contact.phone, contact.website].filter(Boolean).join(', ') },
        ]),
      },
    );
  // The organization's own website (else the config's general website): never a contact's link, such as legal
  // aid's, which is not the organization on the web.
  const website = content.frame.orgWebsite ?? content.contacts.find((contact) => contact.label === 'website')?.website;
  if (website)
    blocks.push({
      kind: 'qr',
      url: website,
      caption: content.frame.org ? uiText(content, 'orgWebsite', { org: content.frame.org }) : website,
    });
  blocks.push({ kind: 'paragraph', runs: sources.compact(content.ui.sources ?? 'Sources') }, stampBlock(content));
  return blocks;
}
