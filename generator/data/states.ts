// The states, DC and territories: USPS code, census FIPS code and name, for reading ICE's STATE column.

export interface State {
  code: string; // USPS, e.g. "TX"
  fips: string; // two digits, e.g. "48"
  name: string; // e.g. "Texas"
}

const TABLE: [string, string, string][] = [
  ['AL', '01', 'Alabama'],
  ['AK', '02', 'Alaska'],
  ['AZ', '04', 'Arizona'],
  ['AR', '05', 'Arkansas'],
  ['CA', '06', 'California'],
  ['CO', '08', 'Colorado'],
  ['CT', '09', 'Connecticut'],
  ['DE', '10', 'Delaware'],
  ['DC', '11', 'District of Columbia'],
  ['FL', '12', 'Florida'],
  ['GA', '13', 'Georgia'],
  ['HI', '15', 'Hawaii'],
  ['ID', '16', 'Idaho'],
  ['IL', '17', 'Illinois'],
  ['IN', '18', 'Indiana'],
  ['IA', '19', 'Iowa'],
  ['KS', '20', 'Kansas'],
  ['KY', '21', 'Kentucky'],
  ['LA', '22', 'Louisiana'],
  ['ME', '23', 'Maine'],
  ['MD', '24', 'Maryland'],
  ['MA', '25', 'Massachusetts'],
  ['MI', '26', 'Michigan'],
  ['MN', '27', 'Minnesota'],
  ['MS', '28', 'Mississippi'],
  ['MO', '29', 'Missouri'],
  ['MT', '30', 'Montana'],
  ['NE', '31', 'Nebraska'],
  ['NV', '32', 'Nevada'],
  ['NH', '33', 'New Hampshire'],
  ['NJ', '34', 'New Jersey'],
  ['NM', '35', 'New Mexico'],
  ['NY', '36', 'New York'],
  ['NC', '37', 'North Carolina'],
  ['ND', '38', 'North Dakota'],
  ['OH', '39', 'Ohio'],
  ['OK', '40', 'Oklahoma'],
  ['OR', '41', 'Oregon'],
  ['PA', '42', 'Pennsylvania'],
  ['RI', '44', 'Rhode Island'],
  ['SC', '45', 'South Carolina'],
  ['SD', '46', 'South Dakota'],
  ['TN', '47', 'Tennessee'],
  ['TX', '48', 'Texas'],
  ['UT', '49', 'Utah'],
  ['VT', '50', 'Vermont'],
  ['VA', '51', 'Virginia'],
  ['WA', '53', 'Washington'],
  ['WV', '54', 'West Virginia'],
  ['WI', '55', 'Wisconsin'],
  ['WY', '56', 'Wyoming'],
  ['AS', '60', 'American Samoa'],
  ['GU', '66', 'Guam'],
  ['MP', '69', 'Northern Mariana Islands'],
  ['PR', '72', 'Puerto Rico'],
  ['VI', '78', 'U.S. Virgin Islands'],
];

export const STATES: readonly State[] = TABLE.map(([code, fips, name]) => ({ code, fips, name }));

const byKey = new Map<string, State>();
for (const state of STATES) {
  byKey.set(state.code.toLowerCase(), state);
  byKey.set(state.name.toLowerCase(), state);
  byKey.set(state.fips, state);
}
// Other spellings seen in lists and typed by people.
for (const [alias, code] of [
  ['commonwealth of the northern mariana islands', 'MP'],
  ['northern marianas', 'MP'],
  ['cnmi', 'MP'],
  ['united states virgin islands', 'VI'],
  ['us virgin islands', 'VI'],
  ['virgin islands', 'VI'],
  ['washington dc', 'DC'],
  ['washington d.c.', 'DC'],
  ['d.c.', 'DC'],
] as const) {
  byKey.set(alias, byKey.get(code.toLowerCase())!);
}

/** Finds a state by USPS code, FIPS code or name in any case ("TEXAS", "tx", "48"); undefined if unknown. */
export function findState(text: string): State | undefined {
  return byKey.get(text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase());
}

export function stateByCode(code: string): State {
  const state = byKey.get(code.toLowerCase());
  if (!state) throw new Error(`unknown state code ${code}`);
  return state;
}
