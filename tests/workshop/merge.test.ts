import { describe, expect, it } from 'vitest';
import { isStaleAfterBuild } from '../../generator/workshop/merge.ts';
import type { OwnedEntry } from '../../generator/kit-folder.ts';

/** What writeOutputs asks about: the earlier files this build did not write again. */
const staleOf = (stale: ReturnType<typeof isStaleAfterBuild>, written: OwnedEntry[], earlier: OwnedEntry[]) =>
  earlier
    .filter((file) => !written.some((again) => again.path === file.path) && stale(file, written, earlier))
    .map((file) => file.path);
const entry = (path: string, kind: string, language: string | null, sha256 = 'a'): OwnedEntry => ({
  path,
  kind,
  language,
  bytes: 1,
  sha256,
});

describe('what a build leaves of an earlier kit', () => {
  const earlier = [
    entry('deck-en/slides.md', 'deck', 'en', 'old'),
    entry('deck-en/dist/index.html', 'deck-site', 'en'),
    entry('deck-en/deck.pdf', 'deck-site', 'en'),
    entry('deck-es/slides.md', 'deck', 'es'),
    entry('deck-es/dist/index.html', 'deck-site', 'es'),
    entry('slides-en.pdf', 'deck', 'en'),
    entry('handout-en.pdf', 'handout', 'en'),
    entry('cards-en-es.pdf', 'handout', null),
    entry('quiz/quiz-en-post.json', 'quiz-form', 'en'),
    entry('score-report-quiz-en.md', 'score', 'en'),
  ];

  it('makes stale the files of the kinds and languages it builds, and the site of a deck whose sources changed', () => {
    const written = [entry('deck-en/slides.md', 'deck', 'en', 'new'), entry('deck-en/deck.pdf', 'deck-site', 'en')];
    const stale = isStaleAfterBuild(['deck'], ['en']);
    expect(staleOf(stale, written, earlier)).toEqual(['deck-en/dist/index.html', 'slides-en.pdf']);
  });

  it(
    "keeps a deck's built site when its sources did not change (kit present after kit build), and other " +
      "commands' files",
    () => {
      const written = [entry('deck-en/slides.md', 'deck', 'en', 'old')];
      const stale = isStaleAfterBuild(['deck', 'handout', 'quiz'], ['en']);
      expect(staleOf(stale, written, earlier)).toEqual(['slides-en.pdf', 'handout-en.pdf']);
    },
  );

  it('keeps everything of a language or kind it does not build', () => {
    const stale = isStaleAfterBuild(['quiz'], ['es']);
    expect(staleOf(stale, [], earlier)).toEqual([]);
  });
});
