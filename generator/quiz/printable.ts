// The quiz on paper, and its answer key for the trainer, as blocks for the typesetter.

import type { WorkshopContent } from '../content/view.ts';
import type { Block } from '../pdf/types.ts';
import type { Quiz } from './types.ts';
import { answerHint } from '../content/answer-hint.ts';

const letter = (index: number) => String.fromCharCode(65 + index);

export function buildQuizBlocks(quiz: Quiz, content: WorkshopContent): Block[] {
  const ui = (key: string) => content.ui[key] ?? key;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: quiz.title },
    {
      kind: 'paragraph',
      runs: [{ text: `${ui('name')}: ____________________________    ${ui('date')}: ______________` }],
    },
  ];
  quiz.questions.forEach((question, index) => {
    const hint = answerHint(question.text, question.type, content.ui);
    blocks.push(
      {
        kind: 'paragraph',
        runs: [
          { text: `${index + 1}. `, bold: true },
          { text: question.text, bold: true },
          ...(hint ? [{ text: `  (${hint})` }] : []),
        ],
      },
      {
        kind: 'bullets',
        // A round box for one answer, a square one where several can be marked.
        items: question.options.map((option, position) => [
          { text: `${question.type === 'multiple' ? '[   ]' : '(   )'} ${letter(position)}. ${option.text}` },
        ]),
      },
    );
  });
  return blocks;
}

export function buildAnswerKeyBlocks(quiz: Quiz, content: WorkshopContent): Block[] {
  const ui = (key: string) => content.ui[key] ?? key;
  return [
    { kind: 'heading', level: 1, text: `${ui('answerKey')}: ${quiz.title}` },
    { kind: 'paragraph', runs: [{ text: `${quiz.version} · ${quiz.form} · ${quiz.seed}` }] },
    {
      kind: 'table',
      columns: [
        { header: '#', width: 0.06 },
        { header: ui('answer'), width: 0.34 },
        { header: ui('explanation'), width: 0.6 },
      ],
      rows: quiz.questions.map((question, index) => [
        String(index + 1),
        question.options
          .map((option, position) => (option.correct ? `${letter(position)}. ${option.text}` : null))
          .filter(Boolean)
          .join('; '),
        question.explanation,
      ]),
    },
  ];
}
