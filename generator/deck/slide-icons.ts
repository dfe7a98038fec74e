// Which pictogram a curriculum slide carries: the rights and response slides (modules know-your-rights and
// response-steps), by slide key, from the kit's one icon set (generator/design/icons.ts). Other slides have none.

import type { IconName } from '../design/icons.ts';

/** The icon of each rights and response slide, by "module-key/slide-key". */
export const SLIDE_ICONS: Readonly<Record<string, IconName>> = {
  'know-your-rights/silent': 'silent',
  'know-your-rights/name': 'id',
  'know-your-rights/driving': 'driving',
  'know-your-rights/searches': 'no-search',
  'know-your-rights/do-not': 'do-not',
  'know-your-rights/lawyer': 'lawyer',
  'know-your-rights/task-force-area': 'street',
  'know-your-rights/at-home': 'home',
  'response-steps/share-kyr': 'people',
  'response-steps/write-down': 'write',
  'response-steps/details-287g': 'question',
  'response-steps/filming': 'camera',
  'response-steps/track-holds': 'time',
  'response-steps/complain': 'complain',
  'response-steps/policy-change': 'judge',
  'response-steps/allies': 'advocate',
  'response-steps/contacts': 'phone',
};

/** The icon of slide `slideKey` of module `moduleKey`, or null for a slide without one. */
export function slideIcon(moduleKey: string, slideKey: string): IconName | null {
  return SLIDE_ICONS[`${moduleKey}/${slideKey}`] ?? null;
}
