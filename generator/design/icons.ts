// The kit's icons, by what they mean: one set for print (drawn as vector paths by generator/pdf) and for the deck
// (inline SVG in the slides), so that a right looks the same on the handout, the card and the slide.
//
// The paths are Material Design Icons (Pictogrammers, https://pictogrammers.com/library/mdi/), from the npm package
// @mdi/js, under the Apache License 2.0. Each is one SVG path on a 24 x 24 grid, filled with the non-zero rule.

import {
  mdiAccountGroup,
  mdiAccountTie,
  mdiAlert,
  mdiCalendar,
  mdiBullhorn,
  mdiCameraOutline,
  mdiCancel,
  mdiCar,
  mdiCardAccountDetails,
  mdiCheckBold,
  mdiClockOutline,
  mdiCommentQuote,
  mdiDoorClosedLock,
  mdiFileDocumentMultipleOutline,
  mdiFileDocumentOutline,
  mdiFileSign,
  mdiGavel,
  mdiHandBackLeftOff,
  mdiHandcuffs,
  mdiHelpCircle,
  mdiInformation,
  mdiLockOutline,
  mdiMapMarker,
  mdiMicrophoneOff,
  mdiNotebookEdit,
  mdiPassport,
  mdiPhone,
  mdiPoliceBadge,
  mdiScaleBalance,
  mdiWeb,
} from '@mdi/js';

/** The icons' names, by meaning. */
export const ICONS = {
  silent: mdiMicrophoneOff, // remain silent
  'no-search': mdiHandBackLeftOff, // do not consent to a search
  lawyer: mdiScaleBalance, // ask for a lawyer
  driving: mdiCar,
  home: mdiDoorClosedLock, // keep the door closed
  'do-not': mdiCancel, // do not lie, run, sign
  sign: mdiFileSign, // papers, signing
  id: mdiCardAccountDetails, // your name
  papers: mdiPassport, // immigration papers
  camera: mdiCameraOutline, // filming, photos
  complain: mdiBullhorn, // a complaint, speaking up
  agreements: mdiFileDocumentMultipleOutline, // several agreements
  phone: mdiPhone,
  web: mdiWeb,
  write: mdiNotebookEdit, // write down what happened
  warrant: mdiFileDocumentOutline,
  judge: mdiGavel,
  jail: mdiLockOutline, // in the jail (JEM, WSO)
  arrest: mdiHandcuffs,
  street: mdiCar, // on the street (TFM)
  police: mdiPoliceBadge,
  place: mdiMapMarker,
  people: mdiAccountGroup,
  advocate: mdiAccountTie,
  date: mdiCalendar,
  time: mdiClockOutline,
  say: mdiCommentQuote, // the words to say
  warning: mdiAlert,
  info: mdiInformation,
  question: mdiHelpCircle,
  check: mdiCheckBold,
} as const;

export type IconName = keyof typeof ICONS;

/** The side of the square every path is drawn in, in the path's own units. */
export const ICON_GRID = 24;

/** The credit every output that draws an icon carries (the README and the facilitator guide's sources). */
export const ICON_CREDIT = {
  name: 'Material Design Icons',
  by: 'Pictogrammers',
  url: 'https://pictogrammers.com/library/mdi/',
  package: '@mdi/js',
  license: 'Apache-2.0',
} as const;

/** The SVG path of `name` on the 24 x 24 grid. */
export function iconPath(name: IconName): string {
  return ICONS[name];
}
