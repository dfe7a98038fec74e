// Prints what checking a workshop config changed to keep it (control characters removed, text cut), one note a line.

import type { ResolvedWorkshopConfig } from '../config/types.ts';
import { formatProblem } from '../errors.ts';
import type { CliIO } from './io.ts';

/** Writes each of `config.notes` to stderr as `Note: FILE:FIELD message (value)`. */
export function printConfigNotes(config: ResolvedWorkshopConfig, io: CliIO): void {
  for (const note of config.notes) io.stderr(`Note: ${formatProblem(note)}\n`);
}
