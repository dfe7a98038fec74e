// What a response file is, told by its first bytes and, for a zip, by the files inside it, never by its
// name: a trainer's "responses.csv" may well be a PDF or a Word file, and binary is never read as text.

import { unzipSync } from 'fflate';
import { looksBinary } from '../../data/decode.ts';

/** A file the scorer reads, or what else it is in words for a message ("a PDF document") and what to do instead. */
export type SniffedFile = { kind: 'csv' } | { kind: 'xlsx' } | { kind: 'other'; what: string; advice: string };

/** Where the form tools' spreadsheets come from, for every message about a file that is not one. */
export const EXPORT_ADVICE =
  'Download the responses as a spreadsheet instead: in Google Forms, Responses > Download responses (.csv), ' +
  'or in the linked Google Sheet, File > Download > Microsoft Excel (.xlsx); ' +
  'in Microsoft Forms, Responses > Open in Excel (.xlsx).';

const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

const other = (what: string, advice = EXPORT_ADVICE): SniffedFile => ({ kind: 'other', what, advice });

/** A zip told apart by what it holds: Office Open XML by its main part, OpenDocument by its mimetype entry. */
function sniffZip(bytes: Uint8Array): SniffedFile {
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    // Only the mimetype entry is inflated; the others are listed and left packed.
    files = unzipSync(bytes, { filter: (file) => (names.push(file.name), file.name === 'mimetype') });
  } catch {
    return other(
      'a damaged zip file (it may have been cut short while downloading)',
      `Download it again. ${EXPORT_ADVICE}`,
    );
  }
  if (names.includes('xl/workbook.xml')) return { kind: 'xlsx' };
  if (names.includes('word/document.xml')) return other('a Word document (.docx)');
  if (names.includes('ppt/presentation.xml')) return other('a PowerPoint presentation (.pptx)');
  const mimetype = files.mimetype ? new TextDecoder().decode(files.mimetype).trim() : '';
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') {
    return other(
      'an OpenDocument spreadsheet (.ods)',
      'Open it in LibreOffice Calc and save it as Excel 2007-365 (.xlsx) or Text CSV (.csv), then score that file.',
    );
  }
  if (mimetype.startsWith('application/vnd.oasis.opendocument.'))
    return other(`an OpenDocument file (${mimetype.slice('application/vnd.oasis.opendocument.'.length)})`);
  if (names.some((name) => name.startsWith('Index/') && name.endsWith('.iwa'))) {
    return other(
      'an Apple Numbers or Pages file',
      'In Numbers, File > Export To > Excel (.xlsx) or CSV, then score that file.',
    );
  }
  return other('a zip archive');
}

/** The kind of `bytes`: a CSV (any text), an .xlsx workbook, or something else named for the message. */
export function sniffResponseFile(bytes: Uint8Array): SniffedFile {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return sniffZip(bytes);
  if (ascii(bytes, 0, 5) === '%PDF-') return other('a PDF document');
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return other('a PNG image');
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return other('a JPEG image');
  if (ascii(bytes, 0, 4) === 'GIF8') return other('a GIF image');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return other('a WebP image');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return other(
      'an old-style Office file (an .xls workbook, a .doc, or a password-protected workbook)',
      'Open it in Excel and save it as Excel Workbook (.xlsx) ' +
        'without a password, or as CSV UTF-8, then score that file.',
    );
  }
  if (startsWith(bytes, 0x1f, 0x8b)) return other('a gzip archive');
  // UTF-16 text (Excel's "Unicode Text") is full of NUL bytes but is text.
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return { kind: 'csv' };
  return looksBinary(bytes) ? other('binary data, not text') : { kind: 'csv' };
}
