// pdf-lib writes every number of a PDF (each coordinate of each operator) with numberToString, which formats the
// number two or three times and splits the text to look for an exponent: a twentieth of a batch worker's time.
// JavaScript writes no exponent for magnitudes from 1e-6 up to 1e21, where pdf-lib's answer is String(n) itself, so
// those are formatted once here and only the rest go to pdf-lib's own function: the same text for every number.
// Imported for its effect by document.ts.

import { createRequire } from 'node:module';

type Numbers = { numberToString: (num: number) => string };
const isNumbers = (value: unknown): value is Numbers =>
  typeof value === 'object' &&
  value !== null &&
  'numberToString' in value &&
  typeof value.numberToString === 'function';

const require = createRequire(import.meta.url);
const requirePdfLib = createRequire(require.resolve('pdf-lib'));
// PDFNumber calls it through utils/index.js, which holds its own copy of the function, not a live binding.
const numbers: unknown = requirePdfLib('./utils/numbers.js');
const utils: unknown = requirePdfLib('./utils/index.js');
if (!isNumbers(numbers) || !isNumbers(utils))
  throw new Error('number-format.ts: pdf-lib has no utils/numbers.js with numberToString; reinstall with npm ci.');

/** pdf-lib's numberToString (no exponent notation), for the numbers outside the range String() writes plainly. */
export const formatNumberSlowly = numbers.numberToString;

/** The decimal text of `num` without exponent notation, exactly as pdf-lib 1.17's numberToString writes it. */
export function formatNumber(num: number): string {
  const magnitude = Math.abs(num);
  return (magnitude >= 1e-6 && magnitude < 1e21) || magnitude === 0 ? String(num) : formatNumberSlowly(num);
}

numbers.numberToString = formatNumber;
utils.numberToString = formatNumber;
