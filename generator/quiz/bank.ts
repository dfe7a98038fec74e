// The question bank of one language: every curriculum question of every module, plus the questions
// the region's ICE data can answer. Both wordings are kept; selectQuiz picks the one for its form.

import type { RegionSummary } from '../regions/summary.ts';
import type { WorkshopContent } from '../content/view.ts';
import { withoutSources } from '../content/markup.ts';
import type { QuizQuestion } from '../content/types.ts';
import { buildRegionQuestions } from './region-questions.ts';
import type { BankItem, BankKahoot } from './types.ts';

/** The text without its [src:ID] markers, which are for the trainer, not for quiz takers. */
export function stripSourceTags(text: string): string {
  return withoutSources(text).trim();
}

/** "a", "b", ... for the option at this 0-based position in the curriculum's order. */
export function optionId(index: number): string {
  return String.fromCharCode(97 + index);
}

function curriculumKahoot(question: QuizQuestion): BankKahoot | undefined {
  const wording = question.kahoot;
  if (!wording) return undefined;
  // A true/false question has no Kahoot options (parse-kahoot.ts refuses them), so `answer` is a list here.
  const answer = question.answer;
  const right = (index: number) =>
    question.type === 'multiple' ? wording.answer === index + 1 : Array.isArray(answer) && answer.includes(index + 1);
  return {
    question: stripSourceTags(wording.question ?? question.question),
    reworded: stripSourceTags(wording.reworded ?? question.reworded),
    options:
      wording.options?.map((text, index) => ({
        id: optionId(index),
        text: stripSourceTags(text),
        correct: right(index),
      })) ?? null,
  };
}

function curriculumItem(
  question: QuizQuestion,
  module: WorkshopContent['modules'][number],
  ui: Record<string, string>,
): BankItem {
  const answer = question.answer;
  const options =
    typeof answer === 'boolean'
      ? [
          { id: 'a', text: ui.trueLabel ?? 'True', correct: answer },
          { id: 'b', text: ui.falseLabel ?? 'False', correct: !answer },
        ]
      : question.options.map((text, index) => ({
          id: optionId(index),
          text: stripSourceTags(text),
          correct: answer.includes(index + 1),
        }));
  const kahoot = curriculumKahoot(question);
  return {
    id: question.id,
    module: module.key,
    objective: stripSourceTags(module.objectives[question.objective - 1] ?? ''),
    type: question.type,
    difficulty: question.difficulty,
    question: stripSourceTags(question.question),
    reworded: stripSourceTags(question.reworded),
    options,
    explanation: stripSourceTags(question.explanation),
    sources: [...question.sources],
    fromData: false,
    ...(kahoot ? { kahoot } : {}),
  };
}

/**
 * Every question of the workshop in the content's language, in curriculum order, then the region's
 * questions (module "your-region", fromData: true) with answers computed from the summary.
 */
export function buildQuestionBank(content: WorkshopContent, summary: RegionSummary): BankItem[] {
  const fromCurriculum = content.modules.flatMap((module) =>
    module.quiz.map((question) => curriculumItem(question, module, content.ui)),
  );
  return [...fromCurriculum, ...buildRegionQuestions(content, summary)];
}
