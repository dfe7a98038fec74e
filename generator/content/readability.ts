// Plain-language checks of participant-facing text: Flesch-Kincaid grade for English (syllables from
// `syllable`), Fernández-Huerta reading ease for Spanish (syllables from `silabea`). Each bullet, table
// cell and line counts as a sentence, as a reader takes slide text in.

import { createRequire } from 'node:module';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { parseMarkup } from './markup.ts';
import type { Module } from './types.ts';

const require = createRequire(import.meta.url);
interface Silabea {
  getSilabas(word: string): { numeroSilaba: number };
}
/** silabea ships no types: check the one function the kit calls before trusting its shape. */
function isSilabea(value: unknown): value is Silabea {
  return typeof value === 'object' && value !== null && 'getSilabas' in value && typeof value.getSilabas === 'function';
}
const loadedSilabea: unknown = require('silabea');
if (!isSilabea(loadedSilabea)) throw new Error('silabea has no getSilabas function; reinstall it with npm ci.');
const silabea = loadedSilabea;

export interface Readability {
  formula: 'flesch-kincaid-grade' | 'fernandez-huerta';
  score: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** The text a participant reads: title, objectives, slides (not speaker notes), handout and quiz. */
export function participantText(module: Module): string {
  const quiz = module.quiz.flatMap((question) => [
    question.question,
    question.reworded,
    ...question.options,
    question.explanation,
    ...[question.kahoot?.question, question.kahoot?.reworded, ...(question.kahoot?.options ?? [])].filter(
      (text): text is string => text !== undefined,
    ),
  ]);
  return [
    module.title,
    ...module.objectives,
    ...module.slides.map((slide) => slide.body),
    module.handout,
    ...quiz,
  ].join('\n');
}

/** The text as a reader hears it: source and slot markers a space, a placeholder a word ("many"), Markdown out. */
function plain(text: string, language: string): string {
  const many = language === 'es' ? 'muchos' : 'many';
  return parseMarkup(text)
    .map((node) => (node.kind === 'text' ? node.text : node.kind === 'placeholder' ? many : ' '))
    .join('')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/287\(g\)/g, language === 'es' ? 'dos ochenta y siete ge' : 'two eighty seven g')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ')
    .replace(/\|/g, '\n')
    .replace(/^\s*#+\s*/gm, '')
    .replace(/^\s*([-*]|\d+\.)\s+/gm, '')
    .replace(/[*_`>]/g, '')
    .replace(/\b(U\.S\.C|C\.F\.R|U\.S|e\.g|i\.e|p\.m|a\.m|EE\.UU|etc)\./g, (match) => match.replace(/\./g, ''))
    .replace(/§/g, language === 'es' ? 'sección' : 'section');
}

function sentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.trim().split(/(?<=[.!?])\s+/))
    .filter((sentence) => /[\p{L}\d]/u.test(sentence));
}

function words(sentence: string): string[] {
  return sentence.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
}

function syllablesOf(word: string, language: string): number {
  if (/^\d+$/.test(word)) return language === 'es' ? word.length * 2 : Math.ceil(word.length * 1.5);
  if (/^[A-Z]{2,4}$/.test(word) && word !== 'ICE')
    return [...word].reduce((sum, letter) => sum + (letter === 'W' ? 3 : 1), 0);
  const parts = word.split(/[-'’]/).filter(Boolean);
  if (language === 'es') {
    return parts.reduce((sum, part) => {
      try {
        return sum + Math.max(1, silabea.getSilabas(part.toLowerCase()).numeroSilaba || 1);
      } catch {
        return sum + 2;
      }
    }, 0);
  }
  return parts.reduce((sum, part) => sum + Math.max(1, syllable(part)), 0);
}

export function measureReadability(text: string, language: string): Readability {
  const units = sentences(plain(text, language));
  let wordCount = 0;
  let syllableCount = 0;
  for (const unit of units) {
    for (const word of words(unit)) {
      wordCount++;
      syllableCount += syllablesOf(word, language);
    }
  }
  if (language === 'es') {
    // Fernández-Huerta's adaptation of Flesch: 206.84 - 0.60 x syllables per 100 words - 1.02 x words per sentence.
    const syllablesPerHundredWords = (syllableCount / wordCount) * 100;
    const wordsPerSentence = wordCount / units.length;
    return {
      formula: 'fernandez-huerta',
      score: 206.84 - 0.6 * syllablesPerHundredWords - 1.02 * wordsPerSentence,
      words: wordCount,
      sentences: units.length,
      syllables: syllableCount,
    };
  }
  return {
    formula: 'flesch-kincaid-grade',
    score: fleschKincaid({ sentence: units.length, word: wordCount, syllable: syllableCount }),
    words: wordCount,
    sentences: units.length,
    syllables: syllableCount,
  };
}

/** Whether a score meets the kit's bar: US grade 8 or below in English, "fairly easy" (70+) in Spanish. */
export function isPlainEnough(result: Readability): boolean {
  return result.formula === 'flesch-kincaid-grade' ? result.score <= 8 : result.score >= 70;
}
