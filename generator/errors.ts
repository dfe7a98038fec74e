// Typed errors: a user's mistake carries the facts (file, row, column, value) and how to fix it.

/** One problem found in an input, reported as `FILE:ROW[:COLUMN] reason (value)`. */
export interface Problem {
  file?: string;
  row?: number;
  column?: string;
  value?: string;
  message: string;
}

export type ErrorCode =
  | 'usage' // wrong command-line words
  | 'bad-input' // a file or config the user gave is wrong
  | 'not-found' // a region, snapshot or file that does not exist
  | 'failure'; // something broke that is not the user's fault

export class KitError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly problems: Problem[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { hint?: string; problems?: Problem[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KitError';
    this.code = code;
    this.hint = options.hint;
    this.problems = options.problems ?? [];
  }

  /** 2 for the user's mistakes (usage, bad input, unknown names), 1 for failures. */
  get exitCode(): number {
    return this.code === 'failure' ? 1 : 2;
  }
}

/** `FILE:ROW[:COLUMN] message (value)`, leaving out the parts a problem does not have. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.row, problem.column]
    .filter((part) => part !== undefined && part !== '')
    .join(':');
  const value = problem.value === undefined ? '' : ` (${JSON.stringify(problem.value)})`;
  return `${where ? `${where} ` : ''}${problem.message}${value}`;
}

/** The message of anything thrown: an Error's message, else the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first line of a thrown value's message (a YAML error adds a picture of the line below it). */
export function firstLineOf(error: unknown): string {
  return errorMessage(error).split('\n')[0] ?? '';
}

/** True for the error of a failed file, process or network call: an Error on which Node set a string `code`. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error && typeof error.code === 'string';
}

/** The system error code of a failed call (`ENOENT`, `EADDRINUSE`, ...); undefined for any other thrown value. */
export function errorCode(error: unknown): string | undefined {
  return isSystemError(error) ? error.code : undefined;
}
