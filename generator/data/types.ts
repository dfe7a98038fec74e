// The shapes of ICE's agreement lists once imported: what a snapshot file on disk holds.

import type { Problem } from '../errors.ts';

export const MODELS = ['JEM', 'WSO', 'TFM'] as const;
export type Model = (typeof MODELS)[number];

/** One value per model, `make(model)`, keyed in MODELS order (JEM, WSO, TFM), as JSON output lists them. */
export function mapModels<T>(make: (model: Model) => T): Record<Model, T> {
  return { JEM: make('JEM'), WSO: make('WSO'), TFM: make('TFM') };
}

export const MODEL_NAMES: Record<Model, string> = {
  JEM: 'Jail Enforcement Model',
  WSO: 'Warrant Service Officer',
  TFM: 'Task Force Model',
};

/**
 * Where an agreement of each model works (FACTS.md §3): Jail Enforcement and Warrant Service Officer agreements only
 * inside the agency's own jails or prisons, on people held there; Task Force agreements in the field (on the street),
 * within the agency's jurisdiction. The region's answers, its table and the map all read it here.
 */
export const MODEL_REACH: Record<Model, 'jail' | 'field'> = { JEM: 'jail', WSO: 'jail', TFM: 'field' };

export type AgencyType = 'county' | 'municipal' | 'state' | 'other';
export type ListKind = 'participating' | 'pending';

/** A link cell: ICE writes `link` (a hyperlink) or `link pending` (plain text). */
export interface Link {
  status: 'linked' | 'pending' | 'unlinked' | 'none';
  url: string | null; // the real document address, SafeLinks and other wrappers removed
}

/** One row of ICE's list: one agency under one model. */
export interface Agreement {
  id: string; // `${state}:${agencyKey}:${model}`, stable across snapshots
  row: number; // spreadsheet row number in the source file (header is row 1)
  state: string; // USPS code
  agency: string; // published text, trimmed
  agencyKey: string; // normalized for matching
  type: AgencyType;
  typeText: string | null; // published TYPE, trimmed; null when the file has no TYPE column
  county: string | null; // published COUNTY, trimmed; null when missing or #N/A
  model: Model;
  signed: string | null; // ISO date; null in pending lists or when the cell could not be read
  signedText: string | null; // the published cell when it was text rather than a date
  moa: Link;
  addendum: Link;
}

export interface SnapshotSource {
  file: string; // file name as imported
  sha256: string;
  bytes: number;
  sheet: string | null; // worksheet name for workbooks
  format: 'xlsx' | 'csv';
}

export interface Snapshot {
  format: 1;
  kind: ListKind;
  asOf: string; // ISO date the list was published
  importedAt: string; // ISO timestamp
  source: SnapshotSource;
  // read = agreements + rejected + duplicates; duplicates (rows repeating an earlier row exactly) is absent
  // in snapshots imported before the kit counted them.
  rows: { read: number; agreements: number; rejected: number; duplicates?: number; blank: number };
  rejected: Problem[]; // rows that did not become agreements
  warnings: Problem[]; // rows kept, with something the reader should know
  agreements: Agreement[];
}

/** A participating list with the pending list current at the same time. */
export interface Dataset {
  participating: Snapshot;
  pending: Snapshot | null;
}
