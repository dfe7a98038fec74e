// Reading level of what participants read: each module's participant text meets the kit's bar, and the measure
// itself tells plain text from legal text in both languages.

import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../generator/content/load.ts';
import { isPlainEnough, measureReadability, participantText } from '../../generator/content/readability.ts';
import type { Module } from '../../generator/content/types.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';

const curriculum = await loadCurriculum(CURRICULUM_DIR);
const modules = (language: string) =>
  [...curriculum.languages.get(language)!.modules.values()].map((module) => [module.key, module] as const);

// 8 U.S.C. 1357(g)(1), as Congress wrote it: one long sentence of legal words.
const LEGAL_ENGLISH =
  'Notwithstanding section 1342 of title 31, the Attorney General may enter into a written agreement with a ' +
  'State, or any political subdivision of a State, pursuant to which an officer or employee of the State or ' +
  'subdivision, who is determined by the Attorney General to be qualified to perform a function of an ' +
  'immigration officer in relation to the investigation, apprehension, or detention of aliens in the United ' +
  'States (including the transportation of such aliens across State lines to detention centers), may carry out ' +
  'such function at the expense of the State or political subdivision and to the extent consistent with State ' +
  'and local law.';
const SIMPLE_SPANISH =
  'Usted tiene derecho a no hablar con la policía. No tiene que abrir la puerta de su casa. ' +
  'Pida ver la orden firmada por un juez. Llame a su abogado y no firme nada.';
const LEGAL_SPANISH =
  'No obstante cualquier otra disposición legal aplicable, el Fiscal General podrá celebrar un acuerdo escrito ' +
  'con un Estado, o con cualquier subdivisión política de un Estado, conforme al cual un funcionario o empleado ' +
  'del Estado o de la subdivisión, que el Fiscal General determine calificado para desempeñar una función de ' +
  'funcionario de inmigración en relación con la investigación, aprehensión o detención de extranjeros en los ' +
  'Estados Unidos, podrá ejercer dicha función a expensas del Estado o de la subdivisión política y en la medida ' +
  'en que resulte compatible con la legislación estatal y local.';

describe('the participant text of every module', () => {
  it.each(modules('en'))('reads at US grade 8 or below in English: %s', (_, module) => {
    const result = measureReadability(participantText(module), 'en');
    expect(result.formula).toBe('flesch-kincaid-grade');
    expect(result.words).toBeGreaterThan(100);
    expect(result.score).toBeLessThanOrEqual(8);
    expect(isPlainEnough(result)).toBe(true);
  });

  it.each(modules('es'))('scores 70 or more on Fernández-Huerta in Spanish: %s', (_, module) => {
    const result = measureReadability(participantText(module), 'es');
    expect(result.formula).toBe('fernandez-huerta');
    expect(result.words).toBeGreaterThan(100);
    expect(result.score).toBeGreaterThanOrEqual(70);
    expect(isPlainEnough(result)).toBe(true);
  });
});

describe('the reading-level measure', () => {
  it('scores a paragraph of statute text above US grade 12 and fails it', () => {
    const result = measureReadability(LEGAL_ENGLISH, 'en');
    expect(result.sentences).toBe(1);
    expect(result.score).toBeGreaterThan(12);
    expect(isPlainEnough(result)).toBe(false);
  });

  it('scores short plain Spanish sentences at 80 or more', () => {
    const simple = measureReadability(SIMPLE_SPANISH, 'es');
    expect(simple).toMatchObject({ formula: 'fernandez-huerta', sentences: 4 });
    expect(simple.score).toBeGreaterThanOrEqual(80);
    expect(isPlainEnough(simple)).toBe(true);
    // The legal sentence below is read as one sentence, so only the formula decides its score.
    expect(measureReadability(LEGAL_SPANISH, 'es')).toMatchObject({ sentences: 1, words: 94 });
  });

  it('scores a dense Spanish legal sentence below 60 and fails it', () => {
    const legal = measureReadability(LEGAL_SPANISH, 'es');
    expect(legal.score).toBeLessThan(60);
    expect(isPlainEnough(legal)).toBe(false);
  });

  it('counts each slide bullet as its own sentence and ignores source tags, placeholders and slot markers', () => {
    const bullets = measureReadability(
      '# Your rights\n\n- You can stay silent. [src:aclu-ar-stopped]\n- Ask for a lawyer\n' +
        '- ICE lists {{national.total.agreements}} agreements\n\n<!-- slot: national-counts -->',
      'en',
    );
    expect(bullets.sentences).toBe(4);
    expect(bullets.words).toBe(4 + 3 + 3 + 4);
  });

  it('leaves speaker notes out of the participant text, so hard notes do not change the score', () => {
    const module: Module = {
      key: 'sample',
      language: 'en',
      file: 'sample.md',
      title: 'Your rights',
      objectives: ['Know your rights.'],
      quiz: [
        {
          id: 'sample-1',
          type: 'truefalse',
          difficulty: 'easy',
          objective: 1,
          question: 'You may stay silent.',
          reworded: 'You can say nothing.',
          options: [],
          answer: true,
          explanation: 'You have that right.',
          sources: ['aclu-ar-stopped'],
        },
      ],
      slides: [
        {
          key: 'silent',
          body: '# Stay silent\n\n- You can say: I want to remain silent.',
          notes: LEGAL_ENGLISH,
          slots: [],
          markup: { body: [], notes: [] }, // participantText reads the texts as written
        },
      ],
      handout: 'You can stay silent. Ask for a lawyer.',
      markup: { title: [], objectives: [], handout: [], quiz: [] },
    };
    const text = participantText(module);
    for (const part of [
      'Your rights',
      'Know your rights.',
      'You may stay silent.',
      'You can say nothing.',
      'You have that right.',
      '# Stay silent',
      'Ask for a lawyer.',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('Notwithstanding');
    const withPlainNotes = participantText({ ...module, slides: [{ ...module.slides[0]!, notes: 'Say: hello.' }] });
    expect(withPlainNotes).toBe(text);
    expect(isPlainEnough(measureReadability(text, 'en'))).toBe(true);
  });

  it('leaves the speaker notes of the real modules out of their participant text', () => {
    for (const [key, module] of [...modules('en'), ...modules('es')]) {
      const text = participantText(module);
      for (const slide of module.slides) {
        const firstNote = slide.notes.split('\n')[0]!;
        expect(text, `${module.language}/${key} slide:${slide.key}`).not.toContain(firstNote);
      }
    }
  });
});

// Texts at the edges of the limits, scored by hand. One-syllable English words (cat, dog, ...): Flesch-Kincaid grade
// = 0.39 x words/sentence + 11.8 x syllables/word - 15.59, so one sentence of 30 words is 0.39 x 30 + 11.8 - 15.59
// = 7.91 and of 31 words 8.30. Two-syllable Spanish words (ca-sa, me-sa, ...): Fernández-Huerta = 206.84 - 0.60 x
// syllables per 100 words - 1.02 x words/sentence, so 16 words score 206.84 - 120 - 16.32 = 70.52 and 17 score 69.50.
const ONE_SYLLABLE_EN = ['cat', 'dog', 'sun', 'hat', 'pen', 'cup', 'box', 'bed', 'map', 'car'];
const TWO_SYLLABLES_ES = ['casa', 'mesa', 'luna', 'pera', 'gato', 'perro', 'vaca', 'pato', 'sopa', 'dedo'];
const sentenceOf = (words: string[], count: number) =>
  `${Array.from({ length: count }, (_, index) => words[index % words.length]).join(' ')}.`;

describe('the reading-level limits at their edges', () => {
  it('passes English at grade 7.91, just under 8, and fails it at 8.30, just over', () => {
    const under = measureReadability(sentenceOf(ONE_SYLLABLE_EN, 30), 'en');
    expect(under).toMatchObject({ words: 30, sentences: 1, syllables: 30 });
    expect(under.score).toBeCloseTo(7.91, 2);
    expect(isPlainEnough(under)).toBe(true);
    const over = measureReadability(sentenceOf(ONE_SYLLABLE_EN, 31), 'en');
    expect(over).toMatchObject({ words: 31, sentences: 1, syllables: 31 });
    expect(over.score).toBeCloseTo(8.3, 2);
    expect(isPlainEnough(over)).toBe(false);
  });

  it('passes Spanish at reading ease 70.52, just over 70, and fails it at 69.50, just under', () => {
    const over = measureReadability(sentenceOf(TWO_SYLLABLES_ES, 16), 'es');
    expect(over).toMatchObject({ formula: 'fernandez-huerta', words: 16, sentences: 1, syllables: 32 });
    expect(over.score).toBeCloseTo(70.52, 2);
    expect(isPlainEnough(over)).toBe(true);
    const under = measureReadability(sentenceOf(TWO_SYLLABLES_ES, 17), 'es');
    expect(under).toMatchObject({ formula: 'fernandez-huerta', words: 17, sentences: 1, syllables: 34 });
    expect(under.score).toBeCloseTo(69.5, 2);
    expect(isPlainEnough(under)).toBe(false);
  });
});
