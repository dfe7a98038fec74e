export const MAX_COLUMNS: number;
/** The lines of `text` over 120 columns that max-len reports; `line` is 1-based, `kind` what runs past column 120. */
export function findLongLines(
  file: string,
  text: string,
): { line: number; length: number; kind: 'comment' | 'string' | 'code' }[];
