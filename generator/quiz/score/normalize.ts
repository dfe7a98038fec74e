// How a form tool's text is compared with the quiz's: case, spacing, curly quotes and "required" marks
// do not count, and a question may be named by its id in brackets.

import { createHash } from 'node:crypto';

const QUOTES: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
];
const REQUIRED = /\s*(?:\*|\((?:required|obligatori[oa]|requerid[oa])\))\s*$/i;

/** `text` reduced to what a person would call the same words: NFC, lower case, straight quotes, single spaces. */
export function normalizeText(text: string): string {
  let value = text.normalize('NFC').replace(/^\uFEFF/, '');
  for (const [pattern, replacement] of QUOTES) value = value.replace(pattern, replacement);
  value = value
    .replace(/[\s\u00A0\u2000-\u200B\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
  // "Question? *" and "Question (required)" are how the tools mark required questions; there may be both.
  for (let previous = ''; previous !== value;) {
    previous = value;
    value = value.replace(REQUIRED, '');
  }
  return value;
}

/** The ids written in square brackets in a header ("Who can … [limits-3]"). */
export function bracketedIds(header: string): string[] {
  return [...header.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]!.trim());
}

/** The header without its bracketed ids, for comparing with the question text. */
export function withoutBrackets(header: string): string {
  return header.replace(/\s*\[[^\]]+\]\s*/g, ' ');
}

// Column headers the tools add around the questions (English and Spanish exports).
const TIME = [
  'timestamp',
  'marca temporal',
  'marca de tiempo',
  'completion time',
  'hora de finalización',
  'hora de finalizacion',
];
const START = ['start time', 'hora de inicio'];
const EMAIL = [
  'email address',
  'email',
  'e-mail',
  'correo electrónico',
  'correo electronico',
  'dirección de correo electrónico',
  'direccion de correo electronico',
  'username',
  'nombre de usuario',
];
const NAME = ['name', 'nombre'];
const IGNORED = [
  'score',
  'puntuación',
  'puntuacion',
  'id',
  'total points',
  'puntos totales',
  'quiz feedback',
  'comentarios del cuestionario',
  'grade posted time',
  'hora de publicación de la calificación',
  'last modified time',
  'hora de la última modificación',
];
// Microsoft Forms' per-question columns of a quiz: "Points - <question>", "Feedback - <question>".
const PER_QUESTION = /^(?:points|feedback|puntos|comentarios)\s+-\s+\S/i;

export type HeaderRole = 'time' | 'start' | 'email' | 'name' | 'ignored';

/** What a non-question column is for, or null when it may be a question. */
export function headerRole(header: string): HeaderRole | null {
  const key = normalizeText(header);
  if (TIME.includes(key)) return 'time';
  if (START.includes(key)) return 'start';
  if (EMAIL.includes(key)) return 'email';
  if (NAME.includes(key)) return 'name';
  if (IGNORED.includes(key) || PER_QUESTION.test(header.trim())) return 'ignored';
  return null;
}

/** The identity value that means "nobody in particular": Microsoft Forms writes "anonymous" for anonymous forms. */
export function isAnonymous(value: string): boolean {
  return ['', 'anonymous', 'anónimo', 'anonimo'].includes(normalizeText(value));
}

/**
 * A stand-in for an email or a name that matches the same person in another file without holding who it is:
 * a hash of the normalized text, 16 hex digits. It is for matching in memory and is never printed.
 */
export function hideIdentity(kind: 'email' | 'name', value: string): string {
  return createHash('sha256')
    .update(`${kind}:${normalizeText(value)}`)
    .digest('hex')
    .slice(0, 16);
}
