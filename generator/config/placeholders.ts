// The fields of a workshop config that still carry the example's made-up values: the example organization's name,
// a 555-01xx or area-code-555 phone number (reserved for fiction), an example.org/.com/.net address. Printed on a
// handout, they would send people at risk to a number that does not answer, so every build names each to the trainer.

import type { Contact, ResolvedWorkshopConfig } from './types.ts';

/** The made-up names data/workshops/example.yaml carries (a test checks that each of them is still found there). */
export const EXAMPLE_NAMES: readonly string[] = [
  'Example Rapid Response Network',
  'Example Legal Aid',
  'Rapid-response hotline',
  'Alex Example',
  'Community Hall, 100 Main Street',
];

/** A config field that still carries a placeholder: its path as written in the config, its value and why. */
export interface PlaceholderField {
  field: string; // e.g. contacts.hotline.phone
  value: string;
  why: 'example-name' | 'fictional-phone' | 'example-address';
}

/**
 * Whether a phone number is made up: 555-0100 to 555-0199 (the North American numbers set aside for fiction, with
 * any area code) or any number in area code 555, which no place has (the example's "(555) 010-0100").
 */
function isFictionalPhone(value: string): boolean {
  let digits = value.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length === 10 && digits.startsWith('555')) return true;
  const local = digits.length === 10 ? digits.slice(3) : digits;
  return local.length === 7 && local.startsWith('55501');
}
// example.org, example.com and example.net and their subdomains (RFC 2606): reserved, they lead nowhere.
const EXAMPLE_DOMAIN = /(?:^|\.)example\.(?:org|com|net)$/i;

/** Whether the host of a web address (with or without its scheme) or of an e-mail address is an example domain. */
function isExampleAddress(value: string): boolean {
  const text = value.trim();
  const host = text.includes('@') && !text.includes('/') ? text.slice(text.lastIndexOf('@') + 1) : hostOf(text);
  return host !== null && EXAMPLE_DOMAIN.test(host.replace(/\.$/, ''));
}

function hostOf(address: string): string | null {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`).hostname;
  } catch {
    return null;
  }
}

/** Why `value` is a placeholder, or null when it looks real. */
function placeholderReason(value: string): PlaceholderField['why'] | null {
  if (EXAMPLE_NAMES.some((name) => name.toLowerCase() === value.trim().toLowerCase())) return 'example-name';
  if (isFictionalPhone(value)) return 'fictional-phone';
  if (isExampleAddress(value)) return 'example-address';
  return null;
}

/** Every field of `config` that still carries the example's placeholder, in the order the config lists them. */
export function findPlaceholderFields(config: ResolvedWorkshopConfig): PlaceholderField[] {
  const contact = (key: string, value: Contact | null): [string, string | null][] =>
    value
      ? [
          [`contacts.${key}.name`, value.name],
          [`contacts.${key}.phone`, value.phone],
          [`contacts.${key}.website`, value.website],
        ]
      : [];
  const fields: [string, string | null][] = [
    ['organization.name', config.organization.name],
    ['organization.website', config.organization.website],
    ['presenter', config.presenter],
    ['workshop.place', config.place],
    ...contact('hotline', config.contacts.hotline),
    ...contact('legal_aid', config.contacts.legalAid),
    ['contacts.website', config.contacts.website],
  ];
  return fields.flatMap(([field, value]) => {
    const why = value ? placeholderReason(value) : null;
    return why && value ? [{ field, value, why }] : [];
  });
}
