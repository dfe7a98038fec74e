/**
 * `text` (the content of `file`, a path ending in .ts, .mjs or .js) with over-long comments refilled to 120 columns.
 */
export function reflowComments(file: string, text: string): string;
