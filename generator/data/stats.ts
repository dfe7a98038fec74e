// Counts per model and state for a snapshot: agreements (rows), distinct agencies and states.

import { mapModels, type Agreement, type Model, type Snapshot } from './types.ts';

export interface Count {
  agreements: number;
  agencies: number;
  states: number;
}

export interface Stats {
  snapshot: { kind: Snapshot['kind']; asOf: string; source: string; sha256: string; importedAt: string };
  models: Record<Model, Count>;
  total: Count;
  byState?: Record<string, { models: Record<Model, Count>; total: Count }>;
}

export function countAgreements(agreements: Agreement[]): Count {
  return {
    agreements: agreements.length,
    agencies: new Set(agreements.map((agreement) => `${agreement.state}:${agreement.agencyKey}`)).size,
    states: new Set(agreements.map((agreement) => agreement.state)).size,
  };
}

function perModel(agreements: Agreement[]): Record<Model, Count> {
  return mapModels((model) => countAgreements(agreements.filter((agreement) => agreement.model === model)));
}

export function computeStats(snapshot: Snapshot, options: { byState?: boolean } = {}): Stats {
  const stats: Stats = {
    snapshot: {
      kind: snapshot.kind,
      asOf: snapshot.asOf,
      source: snapshot.source.file,
      sha256: snapshot.source.sha256,
      importedAt: snapshot.importedAt,
    },
    models: perModel(snapshot.agreements),
    total: countAgreements(snapshot.agreements),
  };
  if (options.byState) {
    const states = [...new Set(snapshot.agreements.map((agreement) => agreement.state))].sort();
    stats.byState = Object.fromEntries(
      states.map((state) => {
        const own = snapshot.agreements.filter((agreement) => agreement.state === state);
        return [state, { models: perModel(own), total: countAgreements(own) }];
      }),
    );
  }
  return stats;
}
