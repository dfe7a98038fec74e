// The workshop config as the trainer writes it (...Options) and once checked, with defaults (Resolved...).

import type { Problem } from '../errors.ts';

export const LENGTHS = [60, 90, 120] as const;
export type WorkshopLength = (typeof LENGTHS)[number];
export const PAPERS = ['letter', 'a4'] as const;
export type Paper = (typeof PAPERS)[number];

export interface CustomRegionOptions {
  name: string;
  counties: string[]; // region ids or names of counties
  agencies: string[]; // region ids or names of agencies
}

export interface Contact {
  name: string | null;
  phone: string | null;
  website: string | null;
}

export interface ResolvedWorkshopConfig {
  file: string | null; // where it was read from
  region: string | null; // a region id or query
  customRegion: CustomRegionOptions | null;
  languages: string[];
  organization: { name: string; website: string | null };
  presenter: string | null;
  date: string | null; // ISO date of the workshop
  start: string | null; // HH:MM, 24-hour
  place: string | null;
  length: WorkshopLength;
  contacts: { hotline: Contact | null; legalAid: Contact | null; website: string | null };
  paper: Paper;
  snapshot: string | null; // as-of date of the participating list to use; null = newest
  compareTo: string | null; // as-of date of an earlier list, for "what changed"
  notes: Problem[]; // what validation changed to keep a value (control characters removed, text cut), by field
}
