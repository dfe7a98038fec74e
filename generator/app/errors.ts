// The app's errors as JSON: the kit's message, problems and hint, as the CLI prints them; never a stack.

import { formatProblem, KitError, type Problem } from '../errors.ts';

export interface ApiProblem {
  field?: string;
  message: string;
}

export interface ErrorBody {
  error: { message: string; problems?: ApiProblem[]; hint?: string };
}

/** An HTTP error the routes throw: a status (403, 404, 409, 413, 415) and the message the page shows. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A kit problem for the page: `field` is its column (the config field); the message exactly as the CLI prints it. */
export function toApiProblem(problem: Problem): ApiProblem {
  const message = formatProblem(problem);
  return problem.column ? { field: problem.column, message } : { message };
}

/** `{ error: { message, problems?, hint? } }`. */
export function errorBody(message: string, problems?: ApiProblem[], hint?: string): ErrorBody {
  return { error: { message, ...(problems?.length ? { problems } : {}), ...(hint ? { hint } : {}) } };
}

/**
 * The status and body for anything a route threw: 400/404 with the kit's message for a KitError (500 for its
 * 'failure'), the HttpError's own status, else 500 with a plain message; `log` gets the stack of what is not
 * the user's mistake.
 */
export type ErrorStatus = 400 | 403 | 404 | 409 | 413 | 415 | 500;

export function describeError(error: unknown, log: (text: string) => void): { status: ErrorStatus; body: ErrorBody } {
  if (error instanceof HttpError)
    return { status: error.status, body: errorBody(error.message, undefined, error.hint) };
  if (error instanceof KitError) {
    const status = error.code === 'failure' ? 500 : error.code === 'not-found' ? 404 : 400;
    if (status === 500) log(error.stack ?? error.message);
    return { status, body: errorBody(error.message, error.problems.map(toApiProblem), error.hint) };
  }
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return {
    status: 500,
    body: errorBody(
      'An unexpected error stopped this request. This is a bug in the kit; the terminal shows the details.',
    ),
  };
}
