// Every file a build writes comes back from its renderer with one record (output-record.ts): what it is for,
// who it is for, and the warnings it raised, which kit build prints like kit quiz does.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../generator/config/validate.ts';
import type { OutputRecord } from '../../generator/output-record.ts';
import { buildTestKitFrom, copyOfShippedData, runKit, tempDir } from '../helpers.ts';

/** Every file under `dir`, relative with forward slashes. */
const listTree = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();

describe('the record of every output', () => {
  it(
    'covers every file a full --fast build writes, each with a purpose, an audience and a group, in the ' +
      'result and the manifest',
    async () => {
      const out = path.join(tempDir(), 'harris');
      const { config } = validateConfig({ region: 'tx/harris-county', languages: ['en', 'es'] }, null);
      const result = await buildTestKitFrom(config, out, {
        deck: 'markdown',
      });
      const files = listTree(out);
      expect(files.length).toBeGreaterThan(40);
      expect(result.files.map((file) => file.path).sort()).toEqual(files);
      const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
      expect(manifest.format).toBe(3);
      const inManifest = new Map<string, OutputRecord>(
        manifest.outputs.map((entry: OutputRecord) => [entry.path, entry]),
      );
      for (const record of result.files) {
        expect(record.purpose.trim().length, record.path).toBeGreaterThan(10);
        expect(['participant', 'trainer', 'both'], record.path).toContain(record.audience);
        expect(['print', 'present', 'upload', 'read'], record.path).toContain(record.group);
        if (record.path === 'manifest.json') continue; // the manifest does not list itself
        const stored = inManifest.get(record.path)!;
        expect(stored, record.path).toBeDefined();
        for (const field of [
          'kind',
          'languages',
          'audience',
          'group',
          'purpose',
          'listAs',
          'partOf',
          'warnings',
        ] as const)
          expect(stored[field], `${record.path} ${field}`).toEqual(record[field]);
      }
      const audience = (file: string) => result.files.find((record) => record.path === file)!.audience;
      for (const file of [
        'handout-en.pdf',
        'handout-es.pdf',
        'handout-bilingual-en-es.pdf',
        'cards-en-es.pdf',
        'quiz/quiz-en.pdf',
        'slides-es.pdf',
      ])
        expect(audience(file), file).toBe('participant');
      for (const file of [
        'facilitator-guide-en.pdf',
        'speaker-notes-es.pdf',
        'quiz/answer-key-en.pdf',
        'quiz/quiz-en.kahoot.xlsx', // the exports hold the answers
        'region-summary.md',
        'workshop-es.md',
        'manifest.json',
        'index.html',
      ])
        expect(audience(file), file).toBe('trainer');
      expect(audience('deck-en/slides.md')).toBe('both'); // the slides and their speaker notes
      const languages = (file: string) => result.files.find((record) => record.path === file)!.languages;
      expect(languages('handout-bilingual-en-es.pdf')).toEqual(['en', 'es']);
      expect(languages('cards-en-es.pdf')).toEqual(['en', 'es']);
      expect(languages('quiz/quiz-es.gift.txt')).toEqual(['es']);
      expect(languages('region-summary.json')).toEqual([]);
    },
    120_000,
  );

  it("kit build prints the Kahoot export's notes, as kit quiz does, and records them on the Kahoot file", async () => {
    // An agency name so long that even the short wording of its quiz question passes Kahoot's 120 characters.
    const data = copyOfShippedData();
    const snapshot = path.join(data, 'snapshots', 'participating-2026-05-18.json');
    const dataset = JSON.parse(readFileSync(snapshot, 'utf8'));
    const long =
      "Autauga County Sheriff's Office and Consolidated Regional Detention, Transport, Booking and " +
      'Records Authority of Central Alabama';
    for (const agreement of dataset.agreements)
      if (agreement.state === 'AL' && agreement.county === 'Autauga County') agreement.agency = long;
    writeFileSync(snapshot, JSON.stringify(dataset));
    const out = path.join(tempDir(), 'autauga');
    const args = ['--region', 'al/autauga-county', '--data-dir', data, '--out'];
    const note =
      /Note: quiz\/quiz-en\.kahoot\.xlsx: region-[a-z-]+: left out of the Kahoot file because the question has \d+ characters \(Kahoot allows 120\)\./;

    const built = await runKit(['build', ...args, out, '--only', 'summary,quiz', '--fast']);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(note);
    const quiz = await runKit(['quiz', ...args, path.join(tempDir(), 'quiz')]);
    expect(quiz.code, quiz.stderr).toBe(0);
    expect(quiz.stderr.replace('quiz-en.kahoot', 'quiz/quiz-en.kahoot')).toMatch(note);

    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const kahoot = manifest.outputs.find((entry: OutputRecord) => entry.path === 'quiz/quiz-en.kahoot.xlsx');
    expect(kahoot.warnings).toHaveLength(1);
    expect(manifest.warnings).toContain(kahoot.warnings[0]);
    for (const entry of manifest.outputs.filter((entry: OutputRecord) => entry.path !== kahoot.path))
      expect(entry.warnings, entry.path).toEqual([]);
    // index.html says it under the Kahoot file, and only there.
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const item = html.split('<li>').find((line) => line.includes('href="quiz/quiz-en.kahoot.xlsx"'))!;
    expect(item).toMatch(
      /<p class="warn">Note: quiz\/quiz-en\.kahoot\.xlsx: region-[a-z-]+: left out of the Kahoot file because/,
    );
    expect(html.match(/class="warn"/g)).toHaveLength(1);
    // A reused build reports the same notes.
    const again = await runKit(['build', ...args, out, '--only', 'summary,quiz', '--fast']);
    expect(again.stdout).toMatch(/^Unchanged since the last build/);
    expect(again.stderr).toMatch(note);
  }, 120_000);

  it(
    'kit quiz re-indexes a folder built by the previous version (format 2, no records) from its kinds, ' +
      'marked, and its own files from their records',
    async () => {
      const out = path.join(tempDir(), 'tarrant');
      const built = await runKit([
        'build',
        '--region',
        'tx/tarrant-county',
        '--fast',
        '--only',
        'summary,handout',
        '--out',
        out,
      ]);
      expect(built.code, built.stderr).toBe(0);
      // What the previous version wrote: format 2, each output with its kind and language only.
      const manifestFile = path.join(out, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
      manifest.format = 2;
      manifest.outputs = manifest.outputs.map(({ path, kind, language, bytes, sha256 }: Record<string, unknown>) => ({
        path,
        kind,
        language,
        bytes,
        sha256,
      }));
      writeFileSync(manifestFile, JSON.stringify(manifest));

      const quiz = await runKit([
        'quiz',
        '--region',
        'tx/tarrant-county',
        '--form',
        'post',
        '--out',
        path.join(out, 'quiz'),
      ]);
      expect(quiz.code, quiz.stderr).toBe(0);
      const html = readFileSync(path.join(out, 'index.html'), 'utf8');
      expect(html).toContain(
        '>handout-en.pdf</a> <span class="who who-both">trainer and room</span> — ' +
          'A printed material (handout, wallet cards or guide) (en), written by an ' +
          'earlier version of the kit: build again (kit build) to see what it is for.</li>',
      );
      expect(html).toMatch(
        new RegExp(
          '>quiz/quiz-en-post\\.pdf</a> <span class="who who-participant">for participants</span> — ' +
            'The quiz on paper \\(en, post form\\): \\d+ questions, the same ones in the same order as ' +
            'quiz-en-post\\.json and every quiz file beside it \\(the deck&#39;s quiz slides are a shorter ' +
            'review\\); print one per person\\.</li>',
        ),
      );
      expect(html).toContain(
        '>manifest.json</a> <span class="who who-trainer">trainer only</span> — ' +
          'What went in (data, config) and what came out, with checksums.</li>',
      );
      const after = JSON.parse(readFileSync(manifestFile, 'utf8'));
      expect(after.format).toBe(3);
      const entry = (file: string) => after.outputs.find((output: OutputRecord) => output.path === file);
      expect(entry('handout-en.pdf').purpose).toBeUndefined(); // kept as the previous version wrote it
      expect(entry('quiz/quiz-en-post.json')).toMatchObject({ kind: 'quiz-form', audience: 'trainer', group: 'read' });

      // A build there records every file again.
      const rebuilt = await runKit([
        'build',
        '--region',
        'tx/tarrant-county',
        '--fast',
        '--only',
        'summary,handout',
        '--out',
        out,
      ]);
      expect(rebuilt.code, rebuilt.stderr).toBe(0);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('earlier version of the kit');
    },
    120_000,
  );
});
