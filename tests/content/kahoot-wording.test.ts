// The `kahoot:` wording of curriculum questions: parsed from a module's front matter, checked against
// Kahoot's limits by `kit content check`, and compared between English and a translation.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCurriculum } from '../../generator/content/check.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import { parseModule } from '../../generator/content/parse-module.ts';
import { copyCurriculum, CURRICULUM_FIXTURES, editFile, replaceOnce } from './curriculum-copy.ts';

const VALID = path.join(CURRICULUM_FIXTURES, 'parse', 'valid.md');

/** The valid fixture with lines added after question `id`'s sources line. */
function withLines(
  id: 'sample-1' | 'sample-2',
  lines: string[],
  edit: (text: string) => string = (text) => text,
): { file: string; text: string } {
  const text = readFileSync(VALID, 'utf8');
  const at =
    text.indexOf('    sources: [ina-287g]\n', text.indexOf(`id: ${id}\n`)) + '    sources: [ina-287g]\n'.length;
  return { file: VALID, text: edit(text.slice(0, at) + lines.map((line) => `${line}\n`).join('') + text.slice(at)) };
}

const parse = ({ file, text }: { file: string; text: string }) => parseModule(text, file, 'en');

describe("parseModule reads a question's kahoot: block", () => {
  it('keeps a shorter wording and options as written, trimmed', () => {
    const { module, problems } = parse(
      withLines('sample-2', [
        '    kahoot:',
        '      question: " How many slides? "',
        '      options: ["1 <b>slide</b>", "2 & more"]',
      ]),
    );
    expect(problems).toEqual([]);
    expect(module!.quiz[1]!.kahoot).toEqual({ question: 'How many slides?', options: ['1 <b>slide</b>', '2 & more'] });
    expect(module!.quiz[0]!.kahoot).toBeUndefined();
  });

  it("takes a choose-all question's one right Kahoot option by number", () => {
    const { module, problems } = parse(
      withLines('sample-2', ['    kahoot:', '      options: ["One and two", "Only one"]', '      answer: 2'], (text) =>
        text.replace('type: single', 'type: multiple').replace('answer: [1]', 'answer: [1, 2]'),
      ),
    );
    expect(problems).toEqual([]);
    expect(module!.quiz[1]!.kahoot).toEqual({ options: ['One and two', 'Only one'], answer: 2 });
  });

  it('names the question and field of each mistake', () => {
    const file = VALID;
    const { problems } = parse(
      withLines('sample-2', [
        '    kahoot:',
        '      question: 12',
        '      options: ["Only one"]',
        '      answer: 1',
        '      title: "x"',
      ]),
    );
    expect(problems).toEqual([
      {
        file,
        column: 'quiz[1].kahoot.title',
        message: 'has an unknown field; allowed: question, reworded, options, answer',
        value: undefined,
      },
      { file, column: 'quiz[1].kahoot.question', message: 'must be text in quotation marks', value: '12' },
      {
        file,
        column: 'quiz[1].kahoot.options',
        message: 'must have as many options as the question (2), in the same order',
        value: '1',
      },
      {
        file,
        column: 'quiz[1].kahoot.answer',
        message: 'only a choose-all question gives a Kahoot answer; the others keep their own',
        value: '1',
      },
    ]);
  });

  it('refuses Kahoot options on a true/false question, and a choose-all question without its one right option', () => {
    const truefalse = parse(withLines('sample-1', ['    kahoot:', '      options: ["Yes", "No"]']));
    expect(truefalse.problems).toEqual([
      {
        file: VALID,
        column: 'quiz[0].kahoot.options',
        message: "a true/false question keeps Kahoot's True and False; leave options out",
        value: undefined,
      },
    ]);
    const multiple = parse(
      withLines('sample-2', ['    kahoot:', '      options: ["One and two", "Only one"]', '      answer: 3'], (text) =>
        text.replace('type: single', 'type: multiple').replace('answer: [1]', 'answer: [1, 2]'),
      ),
    );
    expect(multiple.problems).toEqual([
      {
        file: VALID,
        column: 'quiz[1].kahoot.answer',
        message: 'must be the number of the one right Kahoot option, 1 to 2',
        value: '3',
      },
    ]);
  });
});

describe('kit content check and Kahoot', () => {
  it('asks a choose-all question for Kahoot options when its kahoot: block is gone', async () => {
    const dir = copyCurriculum();
    editFile(dir, 'en/10-wrap-up.md', (text) => text.replace(/    kahoot:\n(      .*\n)+/, ''));
    const report = checkCurriculum(await loadCurriculum(dir));
    expect(report.problems).toContainEqual({
      file: path.join(dir, 'en', '10-wrap-up.md'),
      column: 'quiz:wrap-up-5',
      message:
        'is a choose-all question: Kahoot gives the points for any one right pick, so it needs kahoot: options ' +
        'with one right answer (see templates/curriculum/README.md)',
    });
    // The Spanish file still has its Kahoot answer, which English no longer gives.
    expect(report.problems).toContainEqual({
      file: path.join(dir, 'es', '10-wrap-up.md'),
      column: 'quiz:wrap-up-5',
      message: 'has a different number of Kahoot options or a different Kahoot answer than in English',
    });
  });

  it('names a Kahoot option over 75 characters, with its text and how to fix it', async () => {
    const dir = copyCurriculum();
    const long = 'Nombres y placas de los agentes, datos de los testigos y el número de la patrulla';
    editFile(dir, 'es/09-response-steps.md', (text) =>
      replaceOnce(
        text,
        '"Nombres y placas de los agentes, datos de testigos y número de patrulla"',
        JSON.stringify(long),
      ),
    );
    const report = checkCurriculum(await loadCurriculum(dir));
    expect(report.problems).toEqual([
      {
        file: path.join(dir, 'es', '09-response-steps.md'),
        column: 'quiz:response-steps-2',
        value: long,
        message:
          `its option 1 has ${[...long].length} characters, over Kahoot's 75: ` +
          'add a shorter wording under kahoot: (see templates/curriculum/README.md)',
      },
    ]);
  });

  it('names a question over 120 characters that has no shorter Kahoot wording', async () => {
    const dir = copyCurriculum();
    editFile(dir, 'es/05-what-changes.md', (text) =>
      text.replace(/(  - id: what-changes-4\n(?:    (?!kahoot).*\n)+)    kahoot:\n(      .*\n)+/, '$1'),
    );
    const report = checkCurriculum(await loadCurriculum(dir));
    expect(report.problems).toEqual([
      {
        file: path.join(dir, 'es', '05-what-changes.md'),
        column: 'quiz:what-changes-4',
        value:
          'En una zona con el Modelo de Patrulla, una parada de rutina de la policía local puede terminar en un ' +
          'arresto de inmigración.',
        message:
          "its reworded has 124 characters, over Kahoot's 120: " +
          'add a shorter wording under kahoot: (see templates/curriculum/README.md)',
      },
    ]);
  });
});
