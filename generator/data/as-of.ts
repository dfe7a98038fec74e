// Works out the date a list was published from its file name, as ICE and the archives name them.

/**
 * `participatingAgencies05182026am.xlsx` (ICE's MMDDYYYY), `participating-2026-05-18.csv` (ISO) or
 * `participatingAgencies-20250221214937.xlsx` (YYYYMMDD...): the ISO date, or undefined.
 */
export function asOfFromFileName(name: string): string | undefined {
  const base = name.replace(/^.*[\\/]/, '');
  const iso = /(20\d\d)-(\d\d)-(\d\d)/.exec(base);
  if (iso) return valid(iso[1]!, iso[2]!, iso[3]!);
  const compact = /(?:^|\D)(20\d\d)(\d\d)(\d\d)(?:\d{6})?(?:\D|$)/.exec(base);
  if (compact) {
    const date = valid(compact[1]!, compact[2]!, compact[3]!);
    if (date) return date;
  }
  const ice = /(?:^|\D)(\d\d)(\d\d)(20\d\d)(?:am|pm|mid|pm\d)?(?:\D|$)/i.exec(base);
  if (ice) return valid(ice[3]!, ice[1]!, ice[2]!);
  return undefined;
}

function valid(year: string, month: string, day: string): string | undefined {
  const text = `${year}-${month}-${day}`;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : text;
}

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && valid(text.slice(0, 4), text.slice(5, 7), text.slice(8, 10)) === text;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
