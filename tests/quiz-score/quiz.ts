// The hand-made quiz the response fixtures in tests/fixtures/responses answer: five questions (single,
// true/false, multiple select), options shown in an order other than their ids, a pre and a post wording.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Quiz, QuizItem, QuizOption } from '../../generator/quiz/types.ts';
import { KIT_ROOT } from '../../generator/paths.ts';

const option = (id: string, text: string, correct = false): QuizOption => ({ id, text, correct });

function item(
  id: string,
  type: QuizItem['type'],
  pre: string,
  post: string,
  options: QuizOption[],
  explanation: string,
): { pre: QuizItem; post: QuizItem } {
  const base = {
    id,
    module: 'rights',
    objective: 'Know what officers may and may not do',
    type,
    difficulty: 'easy' as const,
    options,
    explanation,
    sources: [],
    fromData: false,
  };
  return {
    pre: { ...base, text: pre },
    post: { ...base, text: post, options: options.map((entry) => ({ ...entry })) },
  };
}

export const ITEMS = [
  item(
    'door-1',
    'single',
    "Do you have to open the door if an officer knocks and doesn't show a warrant signed by a judge?",
    "If an officer knocks without a judge's warrant, must you open the door?",
    [
      option('b', 'No; you can speak through the closed door', true),
      option('a', 'Yes, always'),
      option('c', "Only if they say it's urgent"),
    ],
    'Without a warrant signed by a judge, officers need your consent to come in.',
  ),
  item(
    'silence-2',
    'truefalse',
    'You have the right to remain silent.',
    "You may choose not to answer an officer's questions.",
    [option('a', 'True', true), option('b', 'False')],
    'The Fifth Amendment protects everyone in the United States.',
  ),
  item(
    'limits-3',
    'multiple',
    'Which of these can 287(g) officers do? Select all that apply.',
    'Under a 287(g) agreement, what can local officers do? Select all that apply.',
    [
      option('c', 'Check immigration status at the jail', true),
      option('a', 'Enter a home without a warrant'),
      option('b', 'Issue detainers, at the request of ICE', true),
      option('d', 'Arrest for civil immigration violations on patrol'),
    ],
    'Jail-model agreements work inside the jail; they do not allow entering homes.',
  ),
  item(
    'card-4',
    'single',
    'What should you carry to show officers?',
    'What is useful to carry when you meet officers?',
    [option('a', 'A know-your-rights card', true), option('b', 'Your passport'), option('c', 'Nothing at all')],
    'A card states your rights for you; a foreign passport can be used against you.',
  ),
  item(
    'warrant-5',
    'truefalse',
    'An ICE administrative warrant (form I-205) lets officers enter your home.',
    'An I-205 warrant signed by ICE, not a judge, allows entry into a home.',
    [option('a', 'True'), option('b', 'False', true)],
    'Only a warrant signed by a judge allows entry without consent.',
  ),
];

function quiz(form: 'pre' | 'post'): Quiz {
  return {
    format: 1,
    language: 'en',
    title: 'Know your rights',
    region: { id: 'tx-tarrant', name: 'Tarrant County, Texas' },
    dataAsOf: '2026-11-01',
    seed: 'test',
    version: 'A',
    form,
    questions: ITEMS.map((entry) => entry[form]),
  };
}

export const preQuiz = (): Quiz => quiz('pre');
export const postQuiz = (): Quiz => quiz('post');

export const RESPONSES = path.join(KIT_ROOT, 'tests', 'fixtures', 'responses');
export const fixture = (name: string): string => readFileSync(path.join(RESPONSES, name), 'utf8');
