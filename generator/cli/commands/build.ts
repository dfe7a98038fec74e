// `kit build`: everything for one workshop, from a config file or just a region.

import path from 'node:path';
import { buildWorkshop } from '../../workshop/build.ts';
import { DEFAULT_OUTPUT_DIR } from '../../paths.ts';
import { DATA_DIR_OPTION, parse } from '../args.ts';
import { resolveWorkshopOptions } from '../options.ts';
import { reportLeftInPlace, today, type CliIO, showPath } from '../io.ts';
import { printConfigNotes } from '../config-notes.ts';
import { formatCountNoun } from '../../plural.ts';
import { formatListing } from '../listing.ts';
import { formatChecklist } from '../../workshop/checklist.ts';

const HELP = `Usage: kit build (--config FILE | --region R) [--lang en,es] [--out DIR] [--data-dir DIR]

Builds the workshop for a region into DIR (default: output/<region>/). The previous output stays
untouched until the new build has succeeded.

DIR must be new, empty, or a kit folder (one with the manifest.json a kit command wrote). A folder
holding other files is refused (exit 2) with the files it holds: choose an empty or new folder, or the
folder of an earlier kit. In a kit folder only the files its manifest lists are replaced or removed;
files you added are left in place (the build names them). A kit file whose bytes changed since the kit
wrote it (your edits to deck-LANG/slides.md) is not replaced: the build refuses (exit 2) and names it; move
your edited copy elsewhere, delete it for a fresh one, or add --force. A partial build (--lang es, --only
quiz) keeps the kit's other files, and manifest.json and index.html list everything in the folder.
A batch's folder (kit batch --out) is not a region's kit: kit build refuses it, and kit batch a build's.
  --config FILE   a workshop config (write one with kit init)
  --region R      a region id or name instead of a config (kit regions finds ids)
  --lang en,es    languages to build (default: the config's, or en)
  --out DIR       the output folder
  --fast          write the deck's Slidev project only: no static site, no PDF (seconds, not minutes)
  --skip-pdf      build the deck's static site but not deck.pdf
  --only KINDS    build only some outputs: summary, script, deck, handout, quiz (comma-separated)
  --paper letter|a4  paper size of the handouts, cards and guide (default: the config's, else letter)
  --png           also export every slide as a PNG image (deck-LANG/png/)
  --force         build again even when nothing changed since the last build (which is otherwise reused),
                  and replace kit files edited since the kit wrote them (otherwise refused)
  --fallback-en   build a language whose translation is incomplete, showing the missing parts in
                  English, each marked (without it such a build is refused)
  --data-dir DIR  the folder of ICE lists that kit data import wrote (default: the kit's data/)

The deck's PDF is exported with a Chromium found on this machine: CHROME_PATH, else /usr/bin/chromium,
else a browser installed by Playwright. Without one (or with --fast), the kit draws the slides as a PDF itself
(slides-LANG.pdf, with speaker-notes-LANG.pdf), and everything else is still built.

Not legal advice: every output says so and names the date of ICE's data it used.
`;

export async function runBuild(argv: string[], io: CliIO): Promise<number> {
  const { values } = parse(
    argv,
    {
      config: { type: 'string' },
      region: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      'fallback-en': { type: 'boolean' },
      fast: { type: 'boolean' },
      png: { type: 'boolean' },
      paper: { type: 'string' },
      only: { type: 'string' },
      'skip-pdf': { type: 'boolean' },
      force: { type: 'boolean' },
      ...DATA_DIR_OPTION,
    },
    'kit build',
  );
  if (values.help) return (io.stdout(HELP), 0);
  const options = await resolveWorkshopOptions(values, io);
  const config = { ...options.config, languages: options.languages };
  printConfigNotes(config, io);

  const result = await buildWorkshop({
    dataDir: options.dataDir,
    config,
    outDir: values.out ? path.resolve(io.cwd, values.out) : undefined,
    outputRoot: DEFAULT_OUTPUT_DIR,
    today: today(io),
    builtAt: io.now().toISOString(),
    fallbackToEnglish: Boolean(values['fallback-en']),
    deck: values.fast ? 'markdown' : values['skip-pdf'] ? 'site' : 'pdf',
    png: Boolean(values.png),
    only: options.only,
    paper: options.paper,
    env: io.env,
    force: Boolean(values.force),
    progress: (line) => io.stderr(`${line}\n`),
  });
  const shown = showPath(io, result.outDir);
  const lines = [
    result.reused
      ? `Unchanged since the last build: reused ${shown}/ (--force builds it again)`
      : `Built the workshop for ${result.region.name} (${result.region.id}) with ICE data as ` +
        `of ${result.summary.data.asOf}, in ${shown}/`,
  ];
  lines.push(...formatListing(result.files, shown));
  if (result.kept.length)
    lines.push(
      `Kept ${formatCountNoun(result.kept.length, 'file')} of the kit from earlier runs (other ` +
        `languages, outputs or quiz forms); all are listed in index.html.`,
    );
  io.stdout(`${lines.join('\n')}\n`);
  reportLeftInPlace(result.leftInPlace, result.outDir, io);
  for (const warning of result.warnings) io.stderr(`Note: ${warning}\n`);
  // Last, where a trainer's eye lands when the build ends: what to do before the workshop.
  for (const line of formatChecklist(result.checklist)) io.stderr(`${line}\n`);
  return 0;
}
