// `kit data update`: ICE's newest lists in one step (generator/data/update.ts does the work).

import { KitError } from '../../errors.ts';
import { updateFromIce } from '../../data/update.ts';
import { DATA_DIR_OPTION, dataDir, parse } from '../args.ts';
import { showPath, today, type CliIO } from '../io.ts';

/** `kit data update [--page URL] [--timeout SECONDS] [--data-dir DIR]`; `help` is printed for --help. */
export async function runUpdate(argv: string[], io: CliIO, help: string): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { page: { type: 'string' }, timeout: { type: 'string' }, ...DATA_DIR_OPTION },
    'kit data update',
  );
  if (values.help) return (io.stdout(help), 0);
  if (positionals.length > 0)
    throw new KitError('usage', `kit data update takes no file (got "${positionals[0]}").`, {
      hint: 'To import a workbook you downloaded, use `kit data import FILE`.',
    });
  let pageUrl: string | undefined;
  if (values.page !== undefined) {
    const url = URL.canParse(values.page) ? new URL(values.page) : undefined;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      throw new KitError('usage', `--page ${values.page} is not a web address (http:// or https://).`, {
        hint: "Leave --page out to read ICE's own page.",
      });
    pageUrl = url.href;
  }
  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!/^\d+(\.\d+)?$/.test(values.timeout.trim()) || !(seconds > 0) || seconds > 3600)
      throw new KitError('usage', `--timeout ${values.timeout} is not a number of seconds between 0 and 3600.`, {
        hint: 'For example --timeout 60.',
      });
    timeoutMs = seconds * 1000;
  }
  const result = await updateFromIce({
    dataDir: dataDir(values, io, { mayCreate: true }),
    pageUrl,
    timeoutMs,
    today: today(io),
    now: io.now(),
    showPath: (file) => showPath(io, file),
  });
  io.stdout(`${[...result.lines, ...(result.diff.length ? ['', ...result.diff] : [])].join('\n')}\n`);
  if (result.notes.length) io.stderr(`${result.notes.join('\n')}\n`);
  return 0;
}
