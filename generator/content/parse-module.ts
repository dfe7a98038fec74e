// Parses one module file (YAML front matter, then slides split by HTML-comment markers) into a Module.
// Pure: text in, data and problems out.

import { isScalar, LineCounter, parseDocument, parse as parseYaml } from 'yaml';
import { firstLineOf, type Problem } from '../errors.ts';
import { parseMarkup, type MarkupNode } from './markup.ts';
import { parseKahootWording } from './parse-kahoot.ts';
import { DIFFICULTIES, QUESTION_TYPES, type Module, type QuizQuestion, type Slide } from './types.ts';
import { isRecord } from '../json-value.ts';

const MARKER = /<!--\s*(slide:\s*([a-z0-9-]+)|notes|handout)\s*-->/g;

export function parseModule(
  text: string,
  file: string,
  language: string,
): { module: Module | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (message: string, column?: string, value?: string) => problems.push({ file, column, message, value });
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) {
    at('must start with front matter between two --- lines');
    return { module: null, problems };
  }
  let frontYaml: unknown;
  try {
    frontYaml = parseYaml(match[1]!) ?? {};
  } catch (error) {
    at(`front matter is not valid YAML: ${firstLineOf(error)}`);
    return { module: null, problems };
  }
  if (!isRecord(frontYaml)) {
    at('front matter must be `name: value` lines (title, objectives, quiz and so on)');
    return { module: null, problems };
  }
  const front = frontYaml;
  const body = match[2]!;
  const markupAt = frontMatterMarkup(match[1]!);
  const bodyStartLine = match[1]!.split('\n').length + 3; // the opening ---, the front matter, the closing ---

  const text_ = (value: unknown, column: string): string => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    at('is missing or empty', column);
    return '';
  };
  const strings = (value: unknown, column: string): string[] => {
    if (!Array.isArray(value)) {
      at('must be a list', column);
      return [];
    }
    return value.map((item, index) => text_(item, `${column}[${index}]`));
  };

  const objectives = strings(front.objectives, 'objectives');
  const quiz: QuizQuestion[] = (
    Array.isArray(front.quiz) ? front.quiz : (at('must be a list of questions', 'quiz'), [])
  ).map((raw: unknown, index: number) => {
    const q = isRecord(raw) ? raw : {};
    const where = `quiz[${index}]`;
    const type = QUESTION_TYPES.find((candidate) => candidate === q.type);
    if (!type) at(`type must be one of ${QUESTION_TYPES.join(', ')}`, `${where}.type`, String(q.type));
    const difficulty = DIFFICULTIES.find((candidate) => candidate === q.difficulty);
    if (!difficulty)
      at(`difficulty must be one of ${DIFFICULTIES.join(', ')}`, `${where}.difficulty`, String(q.difficulty));
    const options = type === 'truefalse' ? [] : strings(q.options, `${where}.options`);
    let answer: number[] | boolean = [];
    if (type === 'truefalse') {
      if (typeof q.answer === 'boolean') answer = q.answer;
      else at('must be true or false', `${where}.answer`, String(q.answer));
    } else if (
      Array.isArray(q.answer) &&
      q.answer.every(
        (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= options.length,
      ) &&
      q.answer.length > 0
    ) {
      answer = q.answer.slice().sort((a, b) => a - b);
      if (type === 'single' && answer.length !== 1)
        at('a single-choice question has exactly one answer', `${where}.answer`);
    } else {
      at(`must list option numbers from 1 to ${options.length}`, `${where}.answer`, JSON.stringify(q.answer));
    }
    const kahoot = parseKahootWording(q.kahoot, where, type ?? 'single', options.length, at);
    const objective = Number(q.objective);
    if (!Number.isInteger(objective) || objective < 1 || objective > objectives.length)
      at(`must be an objective number from 1 to ${objectives.length}`, `${where}.objective`, String(q.objective));
    return {
      id: text_(q.id, `${where}.id`),
      type: type ?? 'single',
      difficulty: difficulty ?? 'medium',
      objective,
      question: text_(q.question, `${where}.question`),
      reworded: text_(q.reworded, `${where}.reworded`),
      options,
      answer,
      explanation: text_(q.explanation, `${where}.explanation`),
      sources: Array.isArray(q.sources) ? q.sources.map(String) : (at('must list source ids', `${where}.sources`), []),
      ...(kahoot ? { kahoot } : {}),
    };
  });

  const slides: Slide[] = [];
  let handout: string | null = null;
  let current: Slide | null = null;
  let part: 'body' | 'notes' | 'handout' | null = null;
  let last = 0;
  const lineOf = (offset: number) => bodyStartLine + body.slice(0, offset).split('\n').length - 1;
  let handoutMarkup: MarkupNode[] = [];
  const flush = (end: number) => {
    const chunk = body.slice(last, end).trim();
    const nodes = () => parseMarkup(chunk, lineOf(last + Math.max(0, body.slice(last, end).search(/\S/))));
    if (part === 'body' && current) [current.body, current.markup.body] = [chunk, nodes()];
    else if (part === 'notes' && current) [current.notes, current.markup.notes] = [chunk, nodes()];
    else if (part === 'handout') [handout, handoutMarkup] = [chunk, nodes()];
    else if (chunk && part === null) {
      const firstText = last + body.slice(last, end).search(/\S/);
      problems.push({ file, row: lineOf(firstText), message: 'text before the first <!-- slide: KEY --> marker' });
    }
  };
  for (const marker of body.matchAll(MARKER)) {
    flush(marker.index);
    last = marker.index + marker[0].length;
    if (marker[2]) {
      if (part === 'handout')
        problems.push({ file, row: lineOf(marker.index), message: 'the <!-- handout --> part must come last' });
      current = { key: marker[2], body: '', notes: '', slots: [], markup: { body: [], notes: [] } };
      slides.push(current);
      part = 'body';
    } else if (marker[1] === 'notes') {
      if (!current || part !== 'body')
        problems.push({ file, row: lineOf(marker.index), message: '<!-- notes --> must follow a slide' });
      part = 'notes';
    } else {
      part = 'handout';
    }
  }
  flush(body.length);

  const seen = new Set<string>();
  for (const slide of slides) {
    if (seen.has(slide.key)) at('appears twice', `slide:${slide.key}`);
    seen.add(slide.key);
    if (!slide.notes) at('has no <!-- notes --> (every slide needs speaker notes)', `slide:${slide.key}`);
    if (!slide.body) at('is empty', `slide:${slide.key}`);
    if (/^\s*---\s*$/m.test(`${slide.body}\n${slide.notes}`))
      at('has a line of only --- (it would split the slide)', `slide:${slide.key}`);
    slide.slots = slide.markup.body.flatMap((node) => (node.kind === 'slot' ? [node.name] : []));
  }
  if (slides.length === 0) at('has no <!-- slide: KEY --> marker');
  if (handout === null) at('has no <!-- handout --> part');
  else if (/^\s*---\s*$/m.test(handout)) at('has a line of only --- (use a blank line instead)', 'handout');

  const title = text_(front.title, 'title');
  return {
    module: {
      key: text_(front.key, 'key'),
      language,
      file,
      title,
      objectives,
      quiz,
      slides,
      handout: handout ?? '',
      markup: {
        title: markupAt(['title'], title),
        objectives: objectives.map((objective, index) => markupAt(['objectives', index], objective)),
        handout: handoutMarkup,
        quiz: quiz.map((question, index) => {
          const at = (key: (string | number)[], text: string) => markupAt(['quiz', index, ...key], text);
          const kahoot = question.kahoot;
          return {
            id: question.id,
            texts: [
              at(['question'], question.question),
              at(['reworded'], question.reworded),
              at(['explanation'], question.explanation),
              ...question.options.map((option, number) => at(['options', number], option)),
              ...(kahoot?.question === undefined ? [] : [at(['kahoot', 'question'], kahoot.question)]),
              ...(kahoot?.reworded === undefined ? [] : [at(['kahoot', 'reworded'], kahoot.reworded)]),
              ...(kahoot?.options ?? []).map((option, number) => at(['kahoot', 'options', number], option)),
            ],
          };
        }),
      },
    },
    problems,
  };
}

/**
 * Parses a front-matter text into markup with the line its value starts on in the file (the front matter starts on
 * line 2, after the opening ---); a block scalar (| or >) starts on the line after its indicator.
 */
function frontMatterMarkup(front: string): (path: (string | number)[], text: string) => MarkupNode[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(front, { lineCounter });
  return (path, text) => {
    const node = document.getIn(path, true);
    if (!isScalar(node) || !node.range) return parseMarkup(text, 2);
    const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' ? 1 : 0;
    return parseMarkup(text, 1 + lineCounter.linePos(node.range[0]).line + block);
  };
}
