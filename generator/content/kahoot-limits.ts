// Kahoot's spreadsheet import limits, shared by the Kahoot export and the curriculum check (which makes
// sure every curriculum question has a wording that fits). They live with the curriculum, whose `kahoot:`
// wordings they bound, so that content/ needs nothing from quiz/, which is built on it.

/** Characters (code points) per question and per answer, and answers per question. */
export const KAHOOT_LIMITS = { question: 120, answer: 75, answers: 4 } as const;
