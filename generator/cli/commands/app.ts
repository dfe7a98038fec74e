// `kit app`: the kit as a local web app for trainers who do not use a terminal; serves it on 127.0.0.1 only.

import path from 'node:path';
import { KitError } from '../../errors.ts';
import { errorMessage } from '../../errors.ts';
import { startApp, DEFAULT_APP_OUT } from '../../app/server.ts';
import { DATA_DIR_OPTION, dataDir, parse } from '../args.ts';
import { flagProblem } from '../options.ts';
import { showPath, today, type CliIO } from '../io.ts';

const HELP = `Usage: kit app [--out DIR] [--port N] [--no-open] [--data-dir DIR]

Starts the kit as a web app on this computer only (http://127.0.0.1:PORT/) and opens it in the default
browser: find the region, fill in the workshop, preview it, build it, download the files, score a quiz,
import ICE's lists. No internet needed. Other computers and other web sites cannot reach it.
  --out DIR       where the app's builds go, one folder per region (default: output/app/)
  --port N        the port (default: a free one)
  --no-open       do not open the browser; open the printed address yourself
  --data-dir DIR  the folder of ICE lists (default: the kit's data/)
Stop with Ctrl+C.
`;

export async function runApp(argv: string[], io: CliIO): Promise<number> {
  const { values } = parse(
    argv,
    { out: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' }, ...DATA_DIR_OPTION },
    'kit app',
  );
  if (values.help) return (io.stdout(HELP), 0);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new KitError('usage', 'kit app: bad option.', {
      problems: [flagProblem('port', values.port, 'give a port number from 1 to 65535, e.g. --port 3040.')],
    });
  const outDir = values.out ? path.resolve(io.cwd, values.out) : DEFAULT_APP_OUT;
  const app = await startApp({
    outDir,
    dataDir: dataDir(values, io),
    port,
    log: (text) => io.stderr(`${text}\n`),
    today: () => today(io),
  }).catch((error: unknown) => {
    throw new KitError('usage', `kit app: cannot listen on port ${port}: ${errorMessage(error)}`, {
      hint: 'Another program uses that port: leave out --port for a free one.',
    });
  });
  io.stdout(`Open ${app.url} (Ctrl+C to stop)\nBuilds go to ${showPath(io, outDir)}/\n`);
  if (!values['no-open']) {
    try {
      const { default: open } = await import('open');
      await open(app.url);
    } catch (error) {
      io.stderr(`Note: could not open the browser (${errorMessage(error)}); open ${app.url} yourself.\n`);
    }
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
