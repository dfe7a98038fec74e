// `kit data import | update | list | stats | diff`: bring ICE's workbooks in and see what they hold.

import path from 'node:path';
import { asOfFromFileName, isIsoDate } from '../../data/as-of.ts';
import { diffAgreements } from '../../data/diff.ts';
import { formatDiffLines } from '../../data/diff-lines.ts';
import { importIceFile } from '../../data/import-file.ts';
import { importList } from '../../data/import.ts';
import { computeStats, type Stats } from '../../data/stats.ts';
import { listSnapshots, loadDataset, loadPendingList, readSnapshot } from '../../data/store.ts';
import type { Agreement, Snapshot } from '../../data/types.ts';
import { KitError } from '../../errors.ts';
import { readInputFile } from '../../read-input.ts';
import { didYouMean } from '../../suggest.ts';
import { buildAgencies, findRegionalNotInTable, type Agency, type PlaceOverride } from '../../regions/agencies.ts';
import { countyByFips } from '../../geo/counties.ts';
import { buildCatalog } from '../../regions/catalog.ts';
import { KIT_PLACES_FILE, loadOverrides } from '../../regions/overrides.ts';
import { pickRegion } from '../../regions/pick.ts';
import { resolveRegion } from '../../regions/resolve.ts';
import { DATA_DIR_OPTION, dataDir, parse } from '../args.ts';
import { runUpdate } from './data-update.ts';
import { today, type CliIO, showPath } from '../io.ts';

const HELP = `Usage:
  kit data import FILE [--pending] [--as-of YYYY-MM-DD] [--data-dir DIR]
      Import ICE's "Participating Agencies" (or, with --pending, "Pending Agencies") list, .xlsx or .csv.
      The date comes from the file name (participatingAgencies05182026am.xlsx) unless --as-of gives it.
      The newest list imported becomes the default for every build.
  kit data update [--page URL] [--timeout SECONDS] [--data-dir DIR]
      Download the newest "Participating Agencies" and "Pending Agencies" workbooks from ICE's page, import
      them, and print what changed since the lists imported before. --page reads another page (a mirror);
      --timeout gives up on each request after that many seconds (default 30).
  kit data list [--data-dir DIR]
      The imported lists.
  kit data stats [--snapshot DATE] [--pending] [--by-state] [--json] [--data-dir DIR]
      Agreements, agencies and states per model; the agencies no county could be found for, with why, and
      those that look regional but are not in data/places.csv.
  kit data diff OLD NEW [--region R] [--json] [--data-dir DIR]
      What changed between two lists: OLD and NEW are dates of imported lists or ICE files.

Download the lists from https://www.ice.gov/identify-and-arrest/287g
`;

const SUBCOMMANDS = ['import', 'update', 'list', 'stats', 'diff'];

export async function runData(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'import':
      return runImport(rest, io);
    case 'update':
      return runUpdate(rest, io, HELP);
    case 'list':
      return runList(rest, io);
    case 'stats':
      return runStats(rest, io);
    case 'diff':
      return runDiff(rest, io);
    case undefined:
    case '--help':
    case '-h':
      io.stdout(HELP);
      return 0;
    default:
      throw new KitError('usage', `unknown data command "${sub}".${didYouMean(sub, SUBCOMMANDS)}`, {
        hint: 'Use import, update, list, stats or diff; see `kit data --help`.',
      });
  }
}

function readInput(file: string, io: CliIO): Promise<Uint8Array> {
  return readInputFile(path.resolve(io.cwd, file), { shown: file });
}

async function runImport(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { pending: { type: 'boolean' }, 'as-of': { type: 'string' }, ...DATA_DIR_OPTION },
    'kit data import',
  );
  if (values.help) return (io.stdout(HELP), 0);
  if (positionals.length !== 1)
    throw new KitError('usage', 'kit data import takes one file.', {
      hint: 'kit data import participatingAgencies05182026am.xlsx',
    });
  const file = positionals[0]!;
  // Read first: a file that is not there is the first thing to say, before anything about its name.
  const bytes = await readInput(file, io);
  const { lines, notes } = await importIceFile({
    dataDir: dataDir(values, io, { mayCreate: true }),
    name: path.basename(file),
    bytes,
    kind: values.pending ? 'pending' : 'participating',
    asOf: values['as-of'],
    today: today(io),
    now: io.now(),
    showPath: (saved) => showPath(io, saved),
  });
  io.stdout(`${lines.join('\n')}\n`);
  if (notes.length) io.stderr(`${notes.join('\n')}\n`);
  return 0;
}

async function runList(argv: string[], io: CliIO): Promise<number> {
  const { values } = parse(argv, { ...DATA_DIR_OPTION }, 'kit data list');
  if (values.help) return (io.stdout(HELP), 0);
  const stored = await listSnapshots(dataDir(values, io));
  if (stored.length === 0) return (io.stdout('No lists imported yet. See `kit data import --help`.\n'), 0);
  for (const entry of stored) {
    const snapshot = await readSnapshot(entry.file);
    io.stdout(
      `${entry.asOf} ` +
        ` ${entry.kind.padEnd(13)} ${String(snapshot.rows.agreements).padStart(5)} ` +
        `${snapshot.rows.agreements === 1 ? 'agreement ' : 'agreements'}  ${snapshot.source.file}\n`,
    );
  }
  return 0;
}

async function runStats(argv: string[], io: CliIO): Promise<number> {
  const { values } = parse(
    argv,
    {
      snapshot: { type: 'string' },
      pending: { type: 'boolean' },
      'by-state': { type: 'boolean' },
      json: { type: 'boolean' },
      ...DATA_DIR_OPTION,
    },
    'kit data stats',
  );
  if (values.help) return (io.stdout(HELP), 0);
  const dir = dataDir(values, io);
  const asOf = values.snapshot;
  if (values.pending) {
    const stats = computeStats(await loadPendingList(dir, asOf), { byState: Boolean(values['by-state']) });
    io.stdout(values.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
    return 0;
  }
  const [dataset, overrides] = await Promise.all([loadDataset(dir, asOf), loadOverrides(dir)]);
  const stats = computeStats(dataset.participating, { byState: Boolean(values['by-state']) });
  const placement = summarizePlacement(buildAgencies({ ...dataset, pending: null }, overrides), overrides);
  io.stdout(
    values.json
      ? `${JSON.stringify({ ...stats, placement }, null, 2)}\n`
      : formatStats(stats) + formatPlacement(placement),
  );
  return 0;
}

interface PlacementSummary {
  agencies: number;
  statewide: number;
  local: number;
  unplaced: { state: string; agency: string; reason: string }[];
  regionalNotInTable: { state: string; agency: string; counties: string[] }[];
  closeSpellings: { state: string; agency: string; check: string }[]; // ICE's COUNTY read as a close county name
  unusedRows: string[]; // the data folder's places.csv rows (STATE:agency key) that match no agency of the list
}

/** How the list's agencies were placed: counts, and the agencies that need a row in places.csv. */
function summarizePlacement(agencies: Agency[], overrides: Map<string, PlaceOverride>): PlacementSummary {
  const names = (fips: string[]) => fips.map((code) => countyByFips(code)?.name ?? code);
  return {
    agencies: agencies.length,
    statewide: agencies.filter((agency) => agency.placement.reach === 'state').length,
    local: agencies.filter((agency) => agency.placement.reach === 'county').length,
    unplaced: agencies.flatMap((agency) =>
      agency.placement.reach === 'unplaced'
        ? [{ state: agency.state, agency: agency.name, reason: agency.placement.reason }]
        : [],
    ),
    closeSpellings: agencies.flatMap((agency) =>
      agency.placement.reach === 'county' && agency.placement.check
        ? [{ state: agency.state, agency: agency.name, check: agency.placement.check }]
        : [],
    ),
    // The kit's own rows name agencies of the shipped lists; another list need not have them all.
    unusedRows: [...overrides]
      .filter(([key, row]) => row.file !== KIT_PLACES_FILE && !agencies.some((agency) => agency.key === key))
      .map(([key]) => key),
    regionalNotInTable: findRegionalNotInTable(agencies, overrides).map((agency) => ({
      state: agency.state,
      agency: agency.name,
      counties: agency.placement.reach === 'county' ? names(agency.placement.counties) : [],
    })),
  };
}

function formatPlacement(placement: PlacementSummary): string {
  const lines = [
    '',
    `Agencies: ${placement.agencies}; statewide ${placement.statewide}, in counties ${placement.local}, ` +
      `unplaced ${placement.unplaced.length}.`,
  ];
  if (placement.unplaced.length > 0) {
    lines.push('Unplaced (listed in every county of their state as "may work here"; add them to places.csv):');
    for (const entry of placement.unplaced) lines.push(`  ${entry.state}  ${entry.agency}: ${entry.reason}`);
  }
  if (placement.regionalNotInTable.length > 0) {
    lines.push('Look regional but are not in places.csv (placed only where ICE or the name says):');
    for (const entry of placement.regionalNotInTable)
      lines.push(`  ${entry.state}  ${entry.agency}: ${entry.counties.join(', ') || 'no county'}`);
  }
  if (placement.closeSpellings.length > 0) {
    lines.push("Placed from a close spelling of ICE's COUNTY (check each):");
    for (const entry of placement.closeSpellings) lines.push(`  ${entry.state}  ${entry.agency}: ${entry.check}`);
  }
  if (placement.unusedRows.length > 0) {
    lines.push("Rows of places.csv that match no agency of this list (check the name against ICE's spelling):");
    for (const key of placement.unusedRows) lines.push(`  ${key}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatStats(stats: Stats): string {
  const row = (label: string, count: { agreements: number; agencies: number; states: number }) =>
    `${label.padEnd(26)}${String(count.agreements).padStart(11)}` +
    `${String(count.agencies).padStart(10)}${String(count.states).padStart(8)}`;
  const lines = [
    `ICE ${stats.snapshot.kind} list as of ${stats.snapshot.asOf} (${stats.snapshot.source})`,
    `${'Model'.padEnd(26)}${'Agreements'.padStart(11)}${'Agencies'.padStart(10)}${'States'.padStart(8)}`,
    row('Jail Enforcement Model', stats.models.JEM),
    row('Warrant Service Officer', stats.models.WSO),
    row('Task Force Model', stats.models.TFM),
    row('Total', stats.total),
  ];
  if (stats.byState) {
    lines.push(
      '',
      `${'State'.padEnd(8)}${'JEM'.padStart(6)}${'WSO'.padStart(6)}${'TFM'.padStart(6)}` +
        `${'Agreements'.padStart(12)}${'Agencies'.padStart(10)}`,
    );
    for (const [state, count] of Object.entries(stats.byState)) {
      lines.push(
        `${state.padEnd(8)}${String(count.models.JEM.agreements).padStart(6)}` +
          `${String(count.models.WSO.agreements).padStart(6)}${String(count.models.TFM.agreements).padStart(6)}` +
          `${String(count.total.agreements).padStart(12)}${String(count.total.agencies).padStart(10)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A participating list named by an imported date, or read from an ICE file (.xlsx, .csv) or snapshot (.json). */
async function loadList(reference: string, dir: string, io: CliIO): Promise<Snapshot> {
  if (isIsoDate(reference)) return (await loadDataset(dir, reference)).participating;
  if (reference.endsWith('.json')) return readSnapshot(path.resolve(io.cwd, reference));
  const bytes = await readInput(reference, io);
  const name = path.basename(reference);
  return importList({
    file: name,
    bytes,
    kind: 'participating',
    asOf: asOfFromFileName(name) ?? name,
    importedAt: io.now().toISOString(),
  });
}

async function runDiff(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { region: { type: 'string' }, json: { type: 'boolean' }, ...DATA_DIR_OPTION },
    'kit data diff',
  );
  if (values.help) return (io.stdout(HELP), 0);
  if (positionals.length !== 2)
    throw new KitError('usage', 'kit data diff takes two lists: OLD NEW.', {
      hint: 'kit data diff 2025-10-07 2026-05-18',
    });
  const dir = dataDir(values, io);
  const [before, after] = await Promise.all(positionals.map((reference) => loadList(reference, dir, io)));
  let old: Agreement[] = before!.agreements;
  let now: Agreement[] = after!.agreements;
  if (values.region) {
    const overrides = await loadOverrides(dir);
    const newAgencies = buildAgencies({ participating: after!, pending: null }, overrides);
    const region = pickRegion(buildCatalog(newAgencies), values.region);
    now = resolveRegion(region, newAgencies).agencies.flatMap((agency) => agency.agreements);
    old = resolveRegion(region, buildAgencies({ participating: before!, pending: null }, overrides)).agencies.flatMap(
      (agency) => agency.agreements,
    );
  }
  const diff = diffAgreements(old, now, { from: before!.asOf, to: after!.asOf });
  io.stdout(values.json ? `${JSON.stringify(diff, null, 2)}\n` : `${formatDiffLines(diff).join('\n')}\n`);
  return 0;
}
