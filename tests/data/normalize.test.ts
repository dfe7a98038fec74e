// Unit tests of the pure readers behind the import: dates, links, models, agency types, COUNTY cells,
// dates in file names and text decoding.

import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { asOfFromFileName, daysBetween, isIsoDate } from '../../generator/data/as-of.ts';
import { decodeText, looksBinary } from '../../generator/data/decode.ts';
import { cleanUrl, parseLinkCell } from '../../generator/data/links.ts';
import {
  cleanText,
  excelSerialToIso,
  inferAgencyType,
  normalizeKey,
  parseAgencyType,
  parseCountyCell,
  parseDateText,
  parseModel,
  slugify,
} from '../../generator/data/normalize.ts';

describe('parseDateText', () => {
  test.each([
    ['2025-05-08', '2025-05-08'],
    ['2025-5-8', '2025-05-08'],
    ['2025-05-08T00:00:00', '2025-05-08'],
    ['05/08/2025', '2025-05-08'],
    ['5/8/2025', '2025-05-08'],
    ['09-22-25', '2025-09-22'],
    ['5.8.25', '2025-05-08'],
    [' 05/08/2025 ', '2025-05-08'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j exactly as %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ iso, exact: true });
  });

  test('reads ICE\'s malformed "05/082025" by its digits as 2025-05-08 and marks it inexact', () => {
    expect(parseDateText('05/082025')).toEqual({ iso: '2025-05-08', exact: false });
    expect(parseDateText('05082025')).toEqual({ iso: '2025-05-08', exact: false });
  });

  test('reads a whole Excel serial written as text, marked inexact', () => {
    expect(parseDateText('45785')).toEqual({ iso: '2025-05-08', exact: false });
  });

  test.each([
    '2025-02-30',
    '2025-02-29',
    '2025-13-01',
    '13/01/2025',
    '2025-04-31',
    '00/10/2025',
    '1875-01-01',
    'soon',
    'link pending',
    '',
    '12345678',
  ])('rejects %j, which is not a date', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });
});

describe('excelSerialToIso', () => {
  test.each([
    [45785, '2025-05-08'],
    [45658, '2025-01-01'],
    [45351, '2024-02-29'],
    [42448, '2016-03-19'], // the oldest SIGNED on 2026-05-18
  ])('turns serial %d into %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 60])(
    'gives undefined for %d, which is no plausible signing date',
    (serial) => {
      expect(excelSerialToIso(serial)).toBeUndefined();
    },
  );
});

describe('cleanUrl', () => {
  test('unwraps an Outlook SafeLinks address to the encoded ice.gov address', () => {
    const wrapped =
      'https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov%2Fdoclib%2F287gMOA%2FLeeCoSOFL_TFM_MOA%2520signed.pdf&data=05%7C02%7Cx%40ice.dhs.gov&sdata=abc%3D&reserved=0';
    expect(cleanUrl(wrapped)).toBe('https://www.ice.gov/doclib/287gMOA/LeeCoSOFL_TFM_MOA%20signed.pdf');
  });

  test('unwraps a SafeLinks address whose inner address is http:// and upgrades it', () => {
    expect(
      cleanUrl('https://nam10.safelinks.protection.outlook.com/?url=http%3A%2F%2Fwww.ice.gov%2Fdoclib%2Fa.pdf&data=1'),
    ).toBe('https://www.ice.gov/doclib/a.pdf');
  });

  test('gives null for a SafeLinks address without a url parameter', () => {
    expect(cleanUrl('https://gcc02.safelinks.protection.outlook.com/?data=05%7C02')).toBeNull();
  });

  test('unwraps the chrome-extension PDF viewer wrapper and repairs its https:/', () => {
    expect(
      cleanUrl(
        'chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/https:/www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf',
      ),
    ).toBe('https://www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf');
  });

  test('puts back the missing slash of https:/www.ice.gov', () => {
    expect(cleanUrl('https:/www.ice.gov/doclib/287gMOA/CherokeePDAL_TFM_%20MOA_02142026.pdf')).toBe(
      'https://www.ice.gov/doclib/287gMOA/CherokeePDAL_TFM_%20MOA_02142026.pdf',
    );
  });

  test('upgrades http:// to https:// for ice.gov only', () => {
    expect(cleanUrl('http://www.ice.gov/doclib/a.pdf')).toBe('https://www.ice.gov/doclib/a.pdf');
    expect(cleanUrl('http://ice.gov/doclib/a.pdf')).toBe('https://ice.gov/doclib/a.pdf');
    expect(cleanUrl('http://example.org/a.pdf')).toBe('http://example.org/a.pdf');
    expect(cleanUrl('http://notice.gov/a.pdf')).toBe('http://notice.gov/a.pdf');
  });

  test('keeps percent-encoding and encodes a raw space', () => {
    expect(cleanUrl('https://www.ice.gov/doclib/287gMOA/287gJEM_%20etowahCoAL_06-09-2020.pdf')).toBe(
      'https://www.ice.gov/doclib/287gMOA/287gJEM_%20etowahCoAL_06-09-2020.pdf',
    );
    expect(cleanUrl(' https://www.ice.gov/doclib/a b.pdf\u00A0')).toBe('https://www.ice.gov/doclib/a%20b.pdf');
  });

  test.each([
    '',
    '   ',
    'link',
    'not a url',
    'www.ice.gov/doclib/a.pdf',
    'javascript:alert(1)',
    'mailto:someone@ice.dhs.gov',
    'ftp://www.ice.gov/a.pdf',
    'https://',
  ])('gives null for %j', (garbage) => {
    expect(cleanUrl(garbage)).toBeNull();
  });
});

describe('parseLinkCell', () => {
  test('a `link` cell with a hyperlink is linked to the cleaned address', () => {
    expect(parseLinkCell('link ', 'http://www.ice.gov/doclib/a.pdf')).toEqual({
      status: 'linked',
      url: 'https://www.ice.gov/doclib/a.pdf',
    });
  });

  test('`link pending` without a hyperlink is pending, whatever its spacing and case', () => {
    expect(parseLinkCell('link pending', undefined)).toEqual({ status: 'pending', url: null });
    expect(parseLinkCell('Link Pending ', undefined)).toEqual({ status: 'pending', url: null });
  });

  test('an empty cell has no link', () => {
    expect(parseLinkCell('', undefined)).toEqual({ status: 'none', url: null });
    expect(parseLinkCell(undefined, undefined)).toEqual({ status: 'none', url: null });
  });

  test('"link | addendum" with no hyperlink (2025-02-21) is unlinked', () => {
    expect(parseLinkCell('link | addendum', undefined)).toEqual({ status: 'unlinked', url: null });
  });

  test('a `link` whose hyperlink is garbage is unlinked rather than linked to nothing', () => {
    expect(parseLinkCell('link', 'not a url')).toEqual({ status: 'unlinked', url: null });
  });

  test('an address typed as the cell text (the from-html list) is linked', () => {
    const wayback =
      'https://web.archive.org/web/20250215122413/https://www.ice.gov/doclib/287gMOA/287gWSO_DeptOfCorrectionsAK_07-24-2020.pdf';
    expect(parseLinkCell(wayback, undefined)).toEqual({ status: 'linked', url: wayback });
  });
});

describe('parseModel', () => {
  test.each([
    ['Jail Enforcement Model', 'JEM'],
    ['Jail Enforcement Model ', 'JEM'],
    ['Warrant Service Officer ', 'WSO'],
    ['Task Force Model  ', 'TFM'],
    ['TASK FORCE MODEL', 'TFM'],
    ['task\u00A0force model', 'TFM'],
    ['WSO', 'WSO'],
  ])('reads %j as %s', (text, model) => {
    expect(parseModel(text)).toBe(model);
  });

  test.each(['', 'Detention Model', 'Jail Enforcement Model, Task Force Model'])(
    'does not read %j as a model',
    (text) => {
      expect(parseModel(text)).toBeUndefined();
    },
  );
});

describe('parseAgencyType and inferAgencyType', () => {
  test.each([
    ['County', 'county'],
    ['County ', 'county'],
    ['Municipality ', 'municipal'],
    ['State Agency', 'state'],
    ['State', 'state'],
  ])('reads TYPE %j as %s', (text, type) => {
    expect(parseAgencyType(text)).toBe(type);
  });

  test('does not read an unknown TYPE', () => {
    expect(parseAgencyType('Tribal')).toBeUndefined();
  });

  test('infers the type from the agency name for lists without TYPE', () => {
    expect(inferAgencyType("Etowah County Sheriff's Office")).toBe('county');
    expect(inferAgencyType('Kodiak Police Department')).toBe('municipal');
    expect(inferAgencyType('Florida Highway Patrol')).toBe('state');
    expect(inferAgencyType('Albemarle District Jail')).toBe('other');
  });
});

describe('parseCountyCell', () => {
  test.each(['#N/A', '#NA', 'N/A', 'n/a', '  ', '', '#REF!'])('reads %j as no county', (text) => {
    expect(parseCountyCell(text)).toBeNull();
  });

  test.each([
    ['Harris County', 'Harris County'],
    ['\nSchuylkill County', 'Schuylkill County'],
    ['\r\nSchuylkill County', 'Schuylkill County'],
    ['Jackson County  ', 'Jackson County'],
    ['Kattan District ', 'Kattan District'],
    ['Decatur', 'Decatur'],
    ['Nassau County', 'Nassau County'],
  ])('reads %j as %j', (text, county) => {
    expect(parseCountyCell(text)).toBe(county);
  });
});

describe('cleanText, normalizeKey and slugify', () => {
  test('cleanText trims, and turns line breaks and non-breaking spaces into spaces', () => {
    expect(cleanText('  Kansas\u00A0Bureau\r\nOf Investigation ')).toBe('Kansas Bureau Of Investigation');
  });

  test('normalizeKey ignores case, doubled spaces and the apostrophe style', () => {
    expect(normalizeKey('Calhoun County Sheriff’s Office')).toBe(normalizeKey("Calhoun County Sheriff's Office "));
    expect(normalizeKey('Kansas  Bureau Of Investigation')).toBe('kansas bureau of investigation');
  });

  test('slugify makes a file-name-safe id', () => {
    expect(slugify("St. Mary's Parish")).toBe('st-marys-parish');
    expect(slugify('San José Police Department')).toBe('san-jose-police-department');
    expect(slugify('!!!')).toBe('unnamed');
  });

  test('slugify keeps names in another script apart with a short hash of the name (sha256sum of its key)', () => {
    expect(slugify('東京都警視庁 Police Department')).toBe('police-department-77b54d');
    expect(slugify('大阪府警察 Police Department')).toBe('police-department-3fd4b2');
    expect(slugify('東京都警視庁')).toBe('name-bdbc9b');
    // Case and spacing do not change it; Latin letters with accents keep the slug they always had.
    expect(slugify('  東京都警視庁   POLICE department')).toBe('police-department-77b54d');
    expect(slugify('Peñasco Police Department')).toBe('penasco-police-department');
  });
});

describe('asOfFromFileName', () => {
  test.each([
    ['participatingAgencies05182026am.xlsx', '2026-05-18'],
    ['participatingAgencies10072025pm.xlsx', '2025-10-07'],
    ['participatingAgencies09222025pm2.xlsx', '2025-09-22'],
    ['pendingAgencies02272026am.xlsx', '2026-02-27'],
    ['participating-2026-05-18.csv', '2026-05-18'],
    ['participating-2025-02-15.from-html.csv', '2025-02-15'],
    ['participatingAgencies-20250221214937.xlsx', '2025-02-21'],
    ['/downloads/ice/participatingAgencies05182026am.xlsx', '2026-05-18'],
  ])('reads %s as %s', (name, iso) => {
    expect(asOfFromFileName(name)).toBe(iso);
  });

  test.each([
    'participatingAgencies.xlsx',
    'participating-2025-02-30.csv',
    'participatingAgencies13012026.xlsx',
    'list.csv',
  ])('finds no date in %s', (name) => {
    expect(asOfFromFileName(name)).toBeUndefined();
  });

  test('isIsoDate and daysBetween agree with the calendar', () => {
    expect(isIsoDate('2026-05-18')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-5-18')).toBe(false);
    expect(daysBetween('2026-05-18', '2026-11-28')).toBe(194);
  });
});

describe('decodeText', () => {
  test('reads UTF-8 and leaves out a byte-order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFSTATE,San José', 'utf8'))).toEqual({
      text: 'STATE,San José',
      encoding: 'utf-8',
    });
    expect(decodeText(Buffer.from('Sheriff’s', 'utf8'))).toEqual({ text: 'Sheriff’s', encoding: 'utf-8' });
  });

  test('reads Windows-1252 when the bytes are not UTF-8, including 0x80-0x9F', () => {
    const bytes = Buffer.from([
      0x53, 0x68, 0x65, 0x72, 0x69, 0x66, 0x66, 0x92, 0x73, 0x20, 0x96, 0x20, 0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x80,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Sheriff’s – José €', encoding: 'windows-1252' });
  });

  test('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const text = 'STATE,San José’s';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
  });

  test('looksBinary tells text from binary bytes', () => {
    expect(looksBinary(Buffer.from('STATE,LAW ENFORCEMENT AGENCY\r\nTEXAS,x\r\n'))).toBe(false);
    expect(looksBinary(Buffer.from([0x41, 0x00, 0x42]))).toBe(true);
    expect(looksBinary(new Uint8Array(0))).toBe(false);
  });
});

describe('fixes found by review', () => {
  test('reads a fractional Excel serial as the day it falls on, not the next one', async () => {
    const { excelSerialToIso } = await import('../../generator/data/normalize.ts');
    expect(excelSerialToIso(45785.75)).toBe('2025-05-08');
    expect(excelSerialToIso(45785)).toBe('2025-05-08');
  });

  test('does not pair different kinds of agency of one place as a rename', async () => {
    const { nameSimilarity } = await import('../../generator/data/diff.ts');
    expect(nameSimilarity("Galveston County Sheriff's Office", 'Galveston Police Department')).toBeLessThan(0.8);
    expect(nameSimilarity("Harris County Sheriff's Office", 'Harris County Constable Precinct 1')).toBeLessThan(0.8);
    expect(
      nameSimilarity("Flathead County Sheriff's Department", "Flathead County Sheriff's Office"),
    ).toBeGreaterThanOrEqual(0.8);
  });
});
