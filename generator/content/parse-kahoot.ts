// Parses a quiz question's optional `kahoot:` block: the words Kahoot asks it in where the quiz's own
// wording does not fit Kahoot (see KahootWording). Pure: data in, wording and problems out.

import type { KahootWording, QuestionType } from './types.ts';
import { isRecord } from '../json-value.ts';

const FIELDS = ['question', 'reworded', 'options', 'answer'] as const;

/**
 * The `kahoot:` block of question `where` (e.g. "quiz[3]"), or undefined when there is none.
 * `at(message, column, value)` records a problem; `optionCount` is the question's own number of options.
 */
export function parseKahootWording(
  raw: unknown,
  where: string,
  type: QuestionType,
  optionCount: number,
  at: (message: string, column: string, value?: string) => void,
): KahootWording | undefined {
  if (raw === undefined || raw === null) return undefined;
  const column = `${where}.kahoot`;
  if (!isRecord(raw)) {
    at('must be a block with question, reworded, options and/or answer', column, JSON.stringify(raw));
    return undefined;
  }
  const block = raw;
  for (const key of Object.keys(block))
    if (!(FIELDS as readonly string[]).includes(key))
      at(`has an unknown field; allowed: ${FIELDS.join(', ')}`, `${column}.${key}`);
  const wording: KahootWording = {};
  for (const key of ['question', 'reworded'] as const) {
    if (block[key] === undefined) continue;
    if (typeof block[key] === 'string' && block[key].trim() !== '') wording[key] = block[key].trim();
    // The message shows what the author wrote, whatever YAML made of it.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    else at('must be text in quotation marks', `${column}.${key}`, String(block[key]));
  }
  if (block.options !== undefined) {
    const options = Array.isArray(block.options) ? block.options : [];
    if (!Array.isArray(block.options) || options.some((option) => typeof option !== 'string' || option.trim() === '')) {
      at('must be a list of texts in quotation marks', `${column}.options`);
    } else if (type === 'truefalse') {
      at("a true/false question keeps Kahoot's True and False; leave options out", `${column}.options`);
    } else if (type === 'single' && options.length !== optionCount) {
      at(
        `must have as many options as the question (${optionCount}), in the same order`,
        `${column}.options`,
        String(options.length),
      );
    } else {
      wording.options = options.map((option: string) => option.trim());
    }
  }
  if (type === 'multiple') {
    const count = wording.options?.length ?? 0;
    if (!wording.options)
      at(
        'a choose-all question needs Kahoot options with one right answer ' +
          '(Kahoot gives the points for any one right pick)',
        `${column}.options`,
      );
    const answer = block.answer;
    if (typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= count)
      wording.answer = answer;
    else
      at(
        `must be the number of the one right Kahoot option, 1 to ${count}`,
        `${column}.answer`,
        JSON.stringify(block.answer),
      );
  } else if (block.answer !== undefined) {
    at(
      'only a choose-all question gives a Kahoot answer; the others keep their own',
      `${column}.answer`,
      JSON.stringify(block.answer),
    );
  }
  return wording;
}
