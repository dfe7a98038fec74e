// The quiz on paper, and its answer key for the trainer, as blocks for the typesetter. Each question is kept on one
// page; its choices are empty circles to mark one answer (true/false, choose one) or squares to mark several.

import type { WorkshopContent } from '../content/view.ts';
import { formatCitation } from '../content/cite.ts';
import { fillTemplate } from '../content/markup.ts';
import { splitAnswerHint } from '../content/answer-hint.ts';
import { SourceNumbers } from '../pdf/curriculum.ts';
import type { Block, Run } from '../pdf/types.ts';
import type { Quiz, QuizItem } from './types.ts';

const letter = (index: number) => String.fromCharCode(65 + index);

/** The printed quiz: title, name and date lines, then each question (text, how to answer, choices) kept whole. */
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
    // The hint once, after the question, even where the curriculum's wording already ends with it.
    const { question: text, hint } = splitAnswerHint(question.text, question.type, content.ui);
    blocks.push({
      kind: 'keep',
      blocks: [
        {
          kind: 'paragraph',
          runs: [{ text: `${index + 1}. ${text}`, bold: true }, ...(hint ? [{ text: ` ${hint}` }] : [])],
        },
        {
          kind: 'bullets',
          marker: question.type === 'multiple' ? 'square' : 'circle',
          items: question.options.map((option, position) => [{ text: `${letter(position)}. ${option.text}` }]),
        },
      ],
    });
  });
  return blocks;
}

/** The right answers of `question` in words with their letters, as a sentence: "A. Ask about status; B. Issue one." */
function answerText(question: QuizItem): string {
  const answers = question.options
    .map((option, position) => (option.correct ? `${letter(position)}. ${option.text.replace(/\.$/, '')}` : null))
    .filter((text): text is string => text !== null);
  return `${answers.join('; ')}.`;
}

/**
 * The answer key: which quiz it answers (form, version, number of questions) in words, then per question its number,
 * the right answer in words, why, and its sources as numbers into the list of sources at the end.
 */
export function buildAnswerKeyBlocks(quiz: Quiz, content: WorkshopContent): Block[] {
  const ui = (key: string) => content.ui[key] ?? key;
  const sources = new SourceNumbers(content);
  const entries: Run[][] = quiz.questions.map((question) => {
    const cited = formatCitation(
      question.sources.map((id) => sources.cite(id)).filter((number): number is number => number !== null),
    );
    return [
      { text: answerText(question), bold: true },
      { text: `  ${ui('explanation')}: `, bold: true },
      { text: `${question.explanation}${cited ? ` ${cited}` : ''}` },
    ];
  });
  const about = fillTemplate(ui('answerKeyAbout'), {
    form: ui(quiz.form === 'post' ? 'quizAfter' : 'quizBefore'),
    version: quiz.version,
    count: String(quiz.questions.length),
  });
  const cited = sources.items();
  return [
    { kind: 'heading', level: 1, text: `${ui('answerKey')} — ${quiz.title}` },
    { kind: 'paragraph', runs: [{ text: about }] },
    { kind: 'numbered', items: entries },
    ...(cited.length
      ? [
          { kind: 'heading' as const, level: 2 as const, text: ui('sources') },
          { kind: 'numbered' as const, items: cited },
        ]
      : []),
  ];
}
