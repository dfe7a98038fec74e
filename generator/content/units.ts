// A module cut into translation units (title, objectives, each slide, the handout, each question),
// each with a hash of its text, so a translation can record which English text it was made from.

import { createHash } from 'node:crypto';
import type { Module } from './types.ts';

export function translationUnits(module: Module): Map<string, string> {
  const units = new Map<string, string>();
  const add = (key: string, text: string) =>
    units.set(`${module.key}/${key}`, createHash('sha256').update(text).digest('hex').slice(0, 16));
  add('title', module.title);
  add('objectives', module.objectives.join('\n'));
  for (const slide of module.slides) add(`slide:${slide.key}`, `${slide.body}\n<!-- notes -->\n${slide.notes}`);
  add('handout', module.handout);
  // The Kahoot wording joins the hash only where there is one, so that other questions keep their hashes.
  for (const question of module.quiz)
    add(
      `quiz:${question.id}`,
      JSON.stringify([
        question.question,
        question.reworded,
        question.options,
        question.answer,
        question.explanation,
        ...(question.kahoot ? [question.kahoot] : []),
      ]),
    );
  return units;
}
