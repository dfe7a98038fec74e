// What kind of agency a row of ICE's list is, and whether its jurisdiction is the whole state or a local one. ICE's
// TYPE column says only "State", "County" or "Municipal", and its COUNTY column is often a state agency's
// headquarters; the agency's own name tells the rest. Every rule and exception of that reading is here.

import type { AgencyType } from '../data/types.ts';

/**
 * The kind of an agency, as a trainer would name it:
 * - sheriff: a county sheriff's office;
 * - police: a city, town, village, borough or township police department (or public safety department);
 * - campus: a college's or university's police, or its board of trustees;
 * - airport: an airport's or port authority's police;
 * - constable: a constable's office;
 * - prosecutor: a district attorney, state attorney, solicitor or attorney general;
 * - corrections: a prison system or a jail (a department of corrections, a regional jail authority);
 * - task-force: a drug or crime task force;
 * - state: another state agency (state police, highway patrol, public safety, wildlife, the National Guard);
 * - county: another county body (a county police department, a county marshal).
 */
export type AgencyKind =
  | 'sheriff'
  | 'police'
  | 'campus'
  | 'airport'
  | 'constable'
  | 'prosecutor'
  | 'corrections'
  | 'task-force'
  | 'state'
  | 'county';

// Checked in this order: "University of Florida Police Department" is campus police, not city police, and the
// "Okmulgee County Criminal Justice Authority" runs a jail.
const KINDS: [AgencyKind, RegExp][] = [
  ['sheriff', /\bsheriff/i],
  ['constable', /\bconstable/i],
  ['campus', /\b(university|college|school district|board of trustees)\b/i],
  ['airport', /\b(airport|port authority|aviation)\b/i],
  ['prosecutor', /\b(attorney|solicitor|prosecutor)/i],
  ['corrections', /\b(corrections?|correctional|jail|detention|criminal justice authority)\b/i],
  ['task-force', /\btask force\b/i],
];

// A police department by its name: ICE's TYPE says "County" for some town police (Shoshoni, Wyoming).
const POLICE = /\b(police|department of public safety|public safety department|marshal'?s? office)\b/i;
// A county's or parish's own police ("Saint Charles County Police Department"), not a town's, and not a regional
// department of several towns in one county ("Northern York County Regional Police Department"). A "Borough" police
// department is a town's (Pennsylvania, New Jersey).
const COUNTY_BODY = /\b(county|parish)\b(?!.*\bregional\b)/i;

/** The agency's kind, from its published name and ICE's TYPE (the name wins: ICE's TYPE is sometimes wrong). */
export function kindOf(name: string, type: AgencyType): AgencyKind {
  for (const [kind, pattern] of KINDS) if (pattern.test(name)) return kind;
  if (type === 'state') return 'state';
  if (POLICE.test(name)) return COUNTY_BODY.test(name) ? 'county' : 'police';
  if (type === 'municipal') return 'police';
  return 'county';
}

const ORDINAL =
  '(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|' +
  'thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)';
// A judicial circuit's or district's office, a multi-county body: "20th Judicial Circuit", "16th Judicial Distric"
// (ICE's spelling), "Eighth District", "Regional Jail Authority", "Northwest Regional Police Department".
const REGIONAL = new RegExp(
  `\\b(?:${ORDINAL}\\s+(?:judicial\\s+)?(?:district?|circuit)|judicial\\s+(?:district?|circuit)|regional|` +
    `district jail|tri-county|multi-county|bi-county)\\b`,
  'i',
);

/**
 * Whether the agency's jurisdiction is the whole state. A state agency is statewide (ICE's COUNTY is then its
 * headquarters: the Idaho State Police's "Jerome County") unless its name shows a local jurisdiction: a college, an
 * airport, a judicial circuit's or district's prosecutor, a district task force. Those are placed where they work.
 * County and municipal agencies are never statewide.
 */
export function isStatewide(name: string, type: AgencyType): boolean {
  if (type !== 'state') return false;
  const kind = kindOf(name, type);
  if (kind === 'campus' || kind === 'airport' || kind === 'task-force') return false;
  if (kind === 'prosecutor') return !REGIONAL.test(name);
  return true;
}

/**
 * Whether the name reads as an agency serving several counties or a part of a state (a judicial circuit, a
 * regional jail or police department, a multi-county task force). Such an agency's counties come from the table
 * in data/places.csv; one that is not in it is reported by `kit data stats`. A county's own constable districts
 * ("Bradley County Constable District 1") are not regional.
 */
export function looksRegional(name: string): boolean {
  return REGIONAL.test(name) && !/\bconstable/i.test(name);
}
