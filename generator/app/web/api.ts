/// <reference lib="dom" />
// The page's one way to talk to the app's server (/work/brief/i19-api.md): JSON in and out, and every failure turned
// into an ApiError carrying the kit's message, the problems by field and the hint, never a stack.

/** A problem the kit found, by config field (dotted path such as "contacts.hotline.phone") when it has one. */
export interface ApiProblem {
  field?: string;
  message: string;
}

/** A refused or failed request: `status` 0 when the server could not be reached at all. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: ApiProblem[] = [],
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProblem(value: unknown): value is ApiProblem {
  return (
    isRecord(value) &&
    typeof value.message === 'string' &&
    (value.field === undefined || typeof value.field === 'string')
  );
}

/** Reads a response as JSON; throws ApiError with the server's `{ error }` when the status is not 2xx. */
async function readResponse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = null;
  if (text)
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's or the browser's error page): the status alone says what happened.
    }
  // The app's server is the kit's own and answers in the shapes its routes document, so the body is trusted:
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
  if (response.ok && body !== null) return body as T;
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  throw new ApiError(
    typeof error.message === 'string' ? error.message : '',
    response.status,
    Array.isArray(error.problems) ? error.problems.filter(isProblem) : [],
    typeof error.hint === 'string' ? error.hint : undefined,
  );
}

async function send<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin' });
  } catch {
    throw new ApiError('', 0);
  }
  return readResponse<T>(response);
}

/** GET `url` as JSON. */
export function getJson<T>(url: string): Promise<T> {
  return send<T>(url);
}

/** POST `body` as JSON to `url`. */
export function postJson<T>(url: string, body: unknown): Promise<T> {
  return send<T>(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** POST plain text (a YAML config) to `url`. */
export function postText<T>(url: string, text: string): Promise<T> {
  return send<T>(url, { method: 'POST', headers: { 'Content-Type': 'text/yaml' }, body: text });
}

/** POST a multipart form (uploads) to `url`. */
export function postForm<T>(url: string, form: FormData): Promise<T> {
  return send<T>(url, { method: 'POST', body: form });
}

/** A URL path with each segment of `relative` ("deck-en/dist/index.html") encoded. */
export function encodePath(relative: string): string {
  return relative
    .split('/')
    .filter((segment) => segment !== '')
    .map(encodeURIComponent)
    .join('/');
}

/** Offers `text` to the user as a file download named `fileName`. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `fn` called once `ms` milliseconds after the last call (search and checks as the user types). */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** A caught value as an Error for the error box (the kit's requests only throw ApiError; anything else is a bug). */
export function asError(caught: unknown): Error {
  return caught instanceof Error ? caught : new Error(String(caught));
}

/**
 * A problem's message without its leading "FILE:FIELD" (the CLI's way of saying where), for showing under the
 * field itself: "workshop.yaml:organization.website must be …" becomes "must be …".
 */
export function describeProblem(problem: ApiProblem): string {
  const field = problem.field;
  if (!field) return problem.message;
  const at = problem.message.indexOf(field);
  if (at < 0 || /\s/.test(problem.message.slice(0, at))) return problem.message;
  return problem.message.slice(at + field.length).replace(/^[\s:]+/, '');
}
