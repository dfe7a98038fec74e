// The curriculum as the kit reads it from templates/curriculum/: modules, languages, sources.

import type { WorkshopLength } from '../config/types.ts';
import type { Glossary } from './glossary.ts';
import type { MarkupNode } from './markup.ts';

export const QUESTION_TYPES = ['single', 'truefalse', 'multiple'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface QuizQuestion {
  id: string;
  type: QuestionType;
  difficulty: Difficulty;
  objective: number; // 1-based index into the module's objectives
  question: string;
  reworded: string; // the same question in other words, for pre/post forms
  options: string[]; // empty for true/false
  answer: number[] | boolean; // 1-based option numbers, or the truth of a true/false statement
  explanation: string;
  sources: string[];
  kahoot?: KahootWording; // only where the question needs other words in Kahoot
}

/**
 * A question's wording for Kahoot (question up to 120 characters, answers up to 75, one right answer).
 * Each field given replaces the quiz's own; `options` keeps the question's right answer(s) by position,
 * except for a choose-all question, where `answer` names the one option that is right.
 */
export interface KahootWording {
  question?: string;
  reworded?: string;
  options?: string[];
  answer?: number; // 1-based, only for a choose-all (multiple) question
}

export interface Slide {
  key: string;
  body: string; // Markdown with {{placeholders}}, [src:ID] markers and <!-- slot: NAME --> markers, as written
  notes: string;
  slots: string[];
  markup: { body: MarkupNode[]; notes: MarkupNode[] }; // body and notes parsed, each marker with its line in the file
}

/**
 * A module's front-matter texts and handout parsed (markers with their lines in the file), for checks and renderers.
 */
export interface ModuleMarkup {
  title: MarkupNode[];
  objectives: MarkupNode[][];
  handout: MarkupNode[];
  quiz: { id: string; texts: MarkupNode[][] }[]; // each question's texts: wordings, options, explanation, Kahoot's
}

export interface Module {
  key: string;
  language: string;
  file: string;
  title: string;
  objectives: string[];
  quiz: QuizQuestion[];
  slides: Slide[];
  handout: string;
  markup: ModuleMarkup;
}

export interface ModuleMeta {
  key: string;
  file: string;
  minutes: Record<WorkshopLength, number>;
}

export interface BreakMeta {
  after: string; // module key
  minutes: Record<WorkshopLength, number>;
}

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  facts: string | null; // FACTS.md source numbers
}

export interface LanguageMeta {
  code: string;
  name: string;
  englishName: string;
  review: { fluentReviewer: boolean; reviewedBy: string | null; date: string | null };
  ui: Record<string, string>;
  app: Record<string, string>; // the strings of `kit app`'s own page (a missing one shows in English there)
}

export interface LanguageContent {
  meta: LanguageMeta;
  modules: Map<string, Module>; // by module key; a missing key is a missing translation
  lock: Map<string, string>; // unit key -> hash of the English unit it was translated from
  metaFile?: string; // the language.yaml read
  uiLines?: Record<string, number>; // ui key -> the 1-based line of its value in metaFile
  glossary?: Glossary | null; // glossary.yaml: terms every text of this language must use
  sourceNotes?: Map<string, SourceNote>; // sources.yaml in this language's folder: the kit's own words, translated
}

/** A source's title or publisher in a language, where sources.yaml has the kit's own words (notes) in English. */
export interface SourceNote {
  title?: string;
  publisher?: string;
}

export interface Curriculum {
  dir: string;
  sourceLanguage: string; // 'en'
  modules: ModuleMeta[];
  breaks: BreakMeta[];
  sources: Map<string, Source>;
  languages: Map<string, LanguageContent>;
}

export const SLOTS = [
  'national-counts',
  'national-growth',
  'region-answer',
  'region-agencies',
  'region-map',
  'region-pending',
  'region-changes',
  'contacts',
  'quiz',
  'sources',
] as const;
export type Slot = (typeof SLOTS)[number];

/** The only data a module's text may name, as {{placeholders}}. */
export const PLACEHOLDERS = [
  'snapshot.asOf',
  'national.total.agreements',
  'national.total.agencies',
  'national.total.states',
  'national.models.JEM.agreements',
  'national.models.JEM.states',
  'national.models.WSO.agreements',
  'national.models.WSO.states',
  'national.models.TFM.agreements',
  'national.models.TFM.states',
  'national.growth.fromDate',
  'national.growth.fromAgreements',
  'region.name',
  'region.stateLaw', // the region's own state law on detainers, with its sources (content/state-law.ts)
  'org.name',
] as const;
