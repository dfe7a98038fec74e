// The words of the score report in English and Spanish, and how numbers are written in each.

export type ScoreLanguage = 'en' | 'es';

/** A sentence with a {count}, in the form for one and the form for any other number (as Intl.PluralRules says). */
export interface Plural {
  one: string;
  other: string;
}

export interface ScoreLabels {
  reportTitle: string;
  participants: Plural; // "{count} participants"
  participantsColumn: string;
  before: string;
  after: string;
  mean: string; // "{form}: on average {mean} of {questions} right ({percent})."
  byQuestion: string;
  number: string;
  question: string;
  answered: string;
  correct: string;
  percentCorrect: string;
  change: string;
  points: string; // unit of a change in percentage points
  notAnswered: string; // a percent nobody answered
  chartNote: string;
  teachAgain: string;
  teachAgainNote: string; // "{form}"
  teachAgainNoteOneForm: string; // the same, for a report of one form (no --post)
  rightAnswer: string;
  why: string;
  scores: string;
  rightAnswers: string;
  ofQuestions: string; // "{correct} of {questions}"
  people: string;
  form: string;
  name: string;
  email: string;
  duplicates: Plural; // "{count}", "{rows}"
  byPerson: string;
  paired: Plural; // "{count}", "{by}", "{before}", "{after}", "{questions}", "{change}"
  pairedNone: string; // "{by}"
  pairedSpread: string; // "{better}", "{same}", "{worse}"
  unpaired: Plural; // "{count}"
  byEmail: string;
  byName: string;
  pairedNote: string; // "{questions}"
  scoreChartNote: string; // "{max}": the quiz's number of questions
  problems: string;
  where: string;
  problem: string;
  value: string;
  moreProblems: Plural; // "{count}", "{shown}": problems past the listed ones
  footer: string;
  stamp: string; // "{date}": the ICE list's date, written out; printed at the foot of every page
  page: string; // "{page}", "{pages}"
}

export const SCORE_LABELS: Record<ScoreLanguage, ScoreLabels> = {
  en: {
    reportTitle: 'Quiz results',
    participants: { one: '{count} participant', other: '{count} participants' },
    participantsColumn: 'Participants',
    before: 'Before',
    after: 'After',
    mean: '{form}: on average {mean} of {questions} right ({percent}).',
    byQuestion: 'Percent correct by question',
    number: '#',
    question: 'Question',
    answered: 'Answered',
    correct: 'Correct',
    percentCorrect: '% correct',
    change: 'Change',
    points: 'pts',
    notAnswered: '–',
    chartNote: 'One bar per question, numbered as in the table below; a full bar is 100%.',
    teachAgain: 'To teach again',
    teachAgainNote: 'The questions with the fewest right answers ({form}).',
    teachAgainNoteOneForm: 'The questions with the fewest right answers.',
    rightAnswer: 'Right answer',
    why: 'Why',
    scores: 'How many right answers',
    rightAnswers: 'Right answers',
    ofQuestions: '{correct} of {questions}',
    people: 'Participants by name',
    form: 'Form',
    name: 'Name',
    email: 'Email',
    duplicates: {
      one: '{count} duplicate submission left out (row {rows}); the last submission of each person counts.',
      other: '{count} duplicate submissions left out (rows {rows}); the last submission of each person counts.',
    },
    byPerson: 'Before and after, person by person',
    paired: {
      one:
        '{count} person took both forms (matched {by}): ' +
        '{before} of {questions} right before, {after} after ({change}).',
      other:
        '{count} people took both forms (matched {by}): ' +
        'on average {before} of {questions} right before, {after} after ({change}).',
    },
    pairedNone: 'Nobody could be matched between the two forms {by}.',
    pairedSpread: 'Did better: {better}. The same: {same}. Did worse: {worse}.',
    unpaired: {
      one: '{count} submission could not be paired (anonymous, or in one form only).',
      other: '{count} submissions could not be paired (anonymous, or in one form only).',
    },
    byEmail: 'by email',
    byName: 'by name',
    pairedNote: 'Right answers out of the {questions} questions both forms asked.',
    scoreChartNote:
      'One bar per score, from 0 to {max} right answers (every question of the quiz); ' +
      'beside each bar, how many participants.',
    problems: 'What could not be read',
    where: 'Where',
    problem: 'Problem',
    value: 'Value',
    moreProblems: {
      one: '… and {count} more problem, not listed: the report lists the first {shown}.',
      other: '… and {count} more problems, not listed: the report lists the first {shown}.',
    },
    footer: 'Percents are of the participants who answered the question.',
    stamp: 'ICE data as of {date} · This is general information, not legal advice.',
    page: 'Page {page} of {pages}',
  },
  es: {
    reportTitle: 'Resultados del cuestionario',
    participants: { one: '{count} participante', other: '{count} participantes' },
    participantsColumn: 'Participantes',
    before: 'Antes',
    after: 'Después',
    mean: '{form}: en promedio {mean} de {questions} correctas ({percent}).',
    byQuestion: 'Porcentaje de respuestas correctas por pregunta',
    number: 'N.º',
    question: 'Pregunta',
    answered: 'Respondieron',
    correct: 'Correctas',
    percentCorrect: '% correctas',
    change: 'Cambio',
    points: 'p. p.',
    notAnswered: '–',
    chartNote: 'Una barra por pregunta, numerada como en la tabla siguiente; una barra completa es el 100 %.',
    teachAgain: 'Para repasar',
    teachAgainNote: 'Las preguntas con menos respuestas correctas ({form}).',
    teachAgainNoteOneForm: 'Las preguntas con menos respuestas correctas.',
    rightAnswer: 'Respuesta correcta',
    why: 'Por qué',
    scores: 'Cuántas respuestas correctas',
    rightAnswers: 'Respuestas correctas',
    ofQuestions: '{correct} de {questions}',
    people: 'Participantes por nombre',
    form: 'Formulario',
    name: 'Nombre',
    email: 'Correo',
    duplicates: {
      one: '{count} envío repetido no se cuenta (fila {rows}); cuenta el último envío de cada persona.',
      other: '{count} envíos repetidos no se cuentan (filas {rows}); cuenta el último envío de cada persona.',
    },
    byPerson: 'Antes y después, persona por persona',
    paired: {
      one:
        '{count} persona respondió los dos formularios ({by}): ' +
        '{before} de {questions} correctas antes, {after} después ({change}).',
      other:
        '{count} personas respondieron los dos formularios ({by}): ' +
        'en promedio {before} de {questions} correctas antes, {after} después ({change}).',
    },
    pairedNone: 'No se pudo emparejar a nadie entre los dos formularios {by}.',
    pairedSpread: 'Mejoraron: {better}. Igual: {same}. Empeoraron: {worse}.',
    unpaired: {
      one: '{count} envío no se pudo emparejar (anónimo, o solo en un formulario).',
      other: '{count} envíos no se pudieron emparejar (anónimos, o solo en un formulario).',
    },
    byEmail: 'por correo',
    byName: 'por nombre',
    pairedNote: 'Respuestas correctas de las {questions} preguntas que hicieron los dos formularios.',
    scoreChartNote:
      'Una barra por puntuación, de 0 a {max} respuestas correctas (todas ' +
      'las preguntas del cuestionario); al lado, cuántos participantes.',
    problems: 'Lo que no se pudo leer',
    where: 'Dónde',
    problem: 'Problema',
    value: 'Valor',
    moreProblems: {
      one: '… y {count} problema más, que no se lista: el informe muestra los {shown} primeros.',
      other: '… y {count} problemas más, que no se listan: el informe muestra los {shown} primeros.',
    },
    footer: 'Los porcentajes son de quienes respondieron la pregunta.',
    stamp: 'Datos de ICE al {date} · Esto es información general, no asesoría legal.',
    page: 'Página {page} de {pages}',
  },
};

/** The labels of `language` with the trainer's overrides. */
export function resolveLabels(language: ScoreLanguage, labels: Partial<ScoreLabels> = {}): ScoreLabels {
  return { ...SCORE_LABELS[language], ...labels };
}

/**
 * `text` ending a sentence: a period added unless it already ends with . ! ? or … (before any closing quote or
 * bracket).
 */
export function endSentence(text: string): string {
  return /[.!?…]["'”’»)\]]*\s*$/.test(text) ? text.trimEnd() : `${text}.`;
}

/** `template` with each {name} replaced. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `plural` in the form `count` takes in `language`, filled with the count and `values`. */
export function fillPlural(
  plural: Plural,
  count: number,
  language: ScoreLanguage,
  values: Record<string, string | number> = {},
): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? plural.one : plural.other;
  return fill(form, { count, ...values });
}

/** A number as the language writes it: 66.7 or 66,7. */
export function formatNumber(value: number, language: ScoreLanguage): string {
  const text = String(value);
  return language === 'es' ? text.replace('.', ',') : text;
}

/** A whole count as the language writes it: 19,950 or 19.950 (Spanish leaves four digits together: 4950). */
export function formatCount(value: number, language: ScoreLanguage): string {
  return value.toLocaleString(language === 'es' ? 'es' : 'en-US');
}

/** "66.7%" or "66,7 %" (Spanish puts a no-break space before the sign); the notAnswered mark for null. */
export function formatPercent(value: number | null, language: ScoreLanguage, labels: ScoreLabels): string {
  if (value === null) return labels.notAnswered;
  return language === 'es' ? `${formatNumber(value, language)}\u00A0%` : `${value}%`;
}

/** A change in right answers: "+1.5", "−0,5", "0". */
export function formatSigned(value: number, language: ScoreLanguage): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(value), language)}`;
}

/** "+20 pts", "−5 p. p.", "0 pts". */
export function formatChange(value: number | null, language: ScoreLanguage, labels: ScoreLabels): string {
  if (value === null) return labels.notAnswered;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(value), language)} ${labels.points}`;
}
