// `kit quiz score`: placeholder until the scoring module lands (replaced below).
import { KitError } from '../../errors.ts';
import type { CliIO } from '../io.ts';

export async function runQuizScore(_argv: string[], _io: CliIO): Promise<number> {
  throw new KitError('failure', 'kit quiz score is not built yet.');
}
