// The words of the score report in English and Spanish, and how numbers are written in each.

export type ScoreLanguage = 'en' | 'es';

export interface ScoreLabels {
  reportTitle: string;
  participants: string; // "{count} participants"
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
  rightAnswer: string;
  why: string;
  scores: string;
  rightAnswers: string;
  ofQuestions: string; // "{correct} of {questions}"
  people: string;
  form: string;
  name: string;
  email: string;
  duplicates: string; // "{count}", "{rows}"
  problems: string;
  where: string;
  problem: string;
  value: string;
  footer: string;
  page: string; // "{page}", "{pages}"
}

export const SCORE_LABELS: Record<ScoreLanguage, ScoreLabels> = {
  en: {
    reportTitle: 'Quiz results',
    participants: '{count} participants',
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
    chartNote: 'One bar per question, in the order of the table below; the gray track is 100%.',
    teachAgain: 'To teach again',
    teachAgainNote: 'The questions with the fewest right answers ({form}).',
    rightAnswer: 'Right answer',
    why: 'Why',
    scores: 'How many right answers',
    rightAnswers: 'Right answers',
    ofQuestions: '{correct} of {questions}',
    people: 'Participants by name',
    form: 'Form',
    name: 'Name',
    email: 'Email',
    duplicates: '{count} duplicate submissions left out (rows {rows}); the last submission of each person counts.',
    problems: 'What could not be read',
    where: 'Where',
    problem: 'Problem',
    value: 'Value',
    footer: 'Percents are of the participants who answered the question.',
    page: 'Page {page} of {pages}',
  },
  es: {
    reportTitle: 'Resultados del cuestionario',
    participants: '{count} participantes',
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
    chartNote: 'Una barra por pregunta, en el orden de la tabla siguiente; la franja gris es el 100 %.',
    teachAgain: 'Para repasar',
    teachAgainNote: 'Las preguntas con menos respuestas correctas ({form}).',
    rightAnswer: 'Respuesta correcta',
    why: 'Por qué',
    scores: 'Cuántas respuestas correctas',
    rightAnswers: 'Respuestas correctas',
    ofQuestions: '{correct} de {questions}',
    people: 'Participantes por nombre',
    form: 'Formulario',
    name: 'Nombre',
    email: 'Correo',
    duplicates: '{count} envíos repetidos no se cuentan (filas {rows}); cuenta el último envío de cada persona.',
    problems: 'Lo que no se pudo leer',
    where: 'Dónde',
    problem: 'Problema',
    value: 'Valor',
    footer: 'Los porcentajes son de quienes respondieron la pregunta.',
    page: 'Página {page} de {pages}',
  },
};

/** The labels of `language` with the trainer's overrides. */
export function resolveLabels(language: ScoreLanguage, labels: Partial<ScoreLabels> = {}): ScoreLabels {
  return { ...SCORE_LABELS[language], ...labels };
}

/** `template` with each {name} replaced. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A number as the language writes it: 66.7 or 66,7. */
export function formatNumber(value: number, language: ScoreLanguage): string {
  const text = String(value);
  return language === 'es' ? text.replace('.', ',') : text;
}

/** "66.7%" or "66,7 %" (Spanish puts a no-break space before the sign); the notAnswered mark for null. */
export function formatPercent(value: number | null, language: ScoreLanguage, labels: ScoreLabels): string {
  if (value === null) return labels.notAnswered;
  return language === 'es' ? `${formatNumber(value, language)}\u00A0%` : `${value}%`;
}

/** "+20 pts", "−5 p. p.", "0 pts". */
export function formatChange(value: number | null, language: ScoreLanguage, labels: ScoreLabels): string {
  if (value === null) return labels.notAnswered;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(value), language)} ${labels.points}`;
}
