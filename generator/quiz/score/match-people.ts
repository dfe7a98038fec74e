// Pairs the people who took both the pre and the post form, by the hashed email (else name) each file carries,
// so that the report can say how each person moved, not only how the room did. Names stay out unless read.

import type { Quiz } from '../types.ts';
import { isRight } from './match-answer.ts';
import type { Participant, PairedScores, PersonChange, ResponseSet } from './types.ts';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const mean = (values: readonly number[]) =>
  values.length ? oneDecimal(values.reduce((sum, value) => sum + value, 0) / values.length) : 0;

/**
 * `pre` (read against `quiz`) and `post` (read against `postQuiz`, same question ids) matched person by person: by
 * email where both files have an email column, else by name where both have a name column; null when they do not
 * share either. Totals count the questions both files have a column for.
 */
export function matchPeople(quiz: Quiz, postQuiz: Quiz, pre: ResponseSet, post: ResponseSet): PairedScores | null {
  const by = (['email', 'name'] as const).find((kind) => pre.identity.includes(kind) && post.identity.includes(kind));
  if (!by) return null;
  const shared = quiz.questions.filter(
    (question) => pre.questionIds.includes(question.id) && post.questionIds.includes(question.id),
  );
  const postQuestions = shared.map(
    (question) => postQuiz.questions.find((item) => item.id === question.id) ?? question,
  );
  const total = (participant: Participant, questions: typeof shared) =>
    questions.filter((question) => isRight(question, participant.answers[question.id])).length;

  const before = new Map<string, Participant>();
  for (const participant of pre.participants) {
    const key = participant.keys[by];
    if (key !== null) before.set(key, participant); // a later row of the same person wins, as duplicates do
  }
  const pairs: { pre: Participant; post: Participant }[] = [];
  const paired = new Set<string>();
  for (const participant of post.participants) {
    const key = participant.keys[by];
    const partner = key === null || paired.has(key) ? undefined : before.get(key);
    if (!partner) continue;
    paired.add(key!);
    pairs.push({ pre: partner, post: participant });
  }
  const changes = pairs.map((pair) => ({
    pair,
    before: total(pair.pre, shared),
    after: total(pair.post, postQuestions),
  }));
  const named = pre.names || post.names;
  const people: PersonChange[] | null = named
    ? changes.map(({ pair, before: was, after: is }) => ({
        name: pair.post.name ?? pair.pre.name ?? null,
        email: pair.post.email ?? pair.pre.email ?? null,
        before: was,
        after: is,
        change: is - was,
      }))
    : null;
  const meanBefore = mean(changes.map((change) => change.before));
  const meanAfter = mean(changes.map((change) => change.after));
  return {
    by,
    questions: shared.length,
    matched: pairs.length,
    unpairedPre: pre.participants.length - pairs.length,
    unpairedPost: post.participants.length - pairs.length,
    meanBefore,
    meanAfter,
    meanChange: oneDecimal(mean(changes.map((change) => change.after - change.before))),
    better: changes.filter((change) => change.after > change.before).length,
    same: changes.filter((change) => change.after === change.before).length,
    worse: changes.filter((change) => change.after < change.before).length,
    people,
  };
}
