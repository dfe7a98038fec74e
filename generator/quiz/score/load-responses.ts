// A response file's bytes to a ResponseSet: a CSV (any encoding the tools write) or an .xlsx workbook, told apart
// by their bytes; anything else stops here with what it is and what to export instead, and is never read as text.

import { decodeText } from '../../data/decode.ts';
import { KitError } from '../../errors.ts';
import { checkFileSize } from './limits.ts';
import type { Quiz } from '../types.ts';
import { readResponseRows, readResponses, type ReadResponsesOptions } from './read-responses.ts';
import { readXlsxRows } from './read-xlsx.ts';
import { sniffResponseFile } from './sniff-file.ts';
import type { ResponseSet } from './types.ts';

/**
 * The responses in `bytes` (the file named `file` in the set and in messages) read against `quiz`.
 * Throws KitError('bad-input') for a PDF, an image, a Word, OpenDocument or old Excel file, a zip or other binary
 * data, for a workbook that cannot be opened, and for a file past LIMITS (size, rows, columns, cell length).
 */
export async function loadResponses(
  bytes: Uint8Array,
  file: string,
  quiz: Quiz,
  options: ReadResponsesOptions = {},
): Promise<ResponseSet> {
  checkFileSize(bytes.length, file);
  const sniffed = sniffResponseFile(bytes);
  if (sniffed.kind === 'other') {
    throw new KitError(
      'bad-input',
      `${file}: this is ${sniffed.what}, not a table of form responses; nothing in it was read.`,
      { hint: sniffed.advice },
    );
  }
  if (sniffed.kind === 'xlsx') return readResponseRows((await readXlsxRows(bytes, file)).rows, file, quiz, options);
  return readResponses(decodeText(bytes).text, file, quiz, options);
}
