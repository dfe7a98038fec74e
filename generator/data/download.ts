// Reads one URL over HTTP(S) for `kit data update`: a browser-like User-Agent, one timeout for the whole request
// (headers and body), a size limit, no retries. Failures become a KitError that says what happened in words a
// trainer can act on; the caller adds how to do the same by hand.

import { KitError, errorCode } from '../errors.ts';

// ICE's site answers scripts without a browser's User-Agent with an error page.
export const BROWSER_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

export interface DownloadOptions {
  timeoutMs: number; // for the whole request, body included
  maxBytes: number; // a longer body is refused
  what: string; // what is being read, for messages: `ICE's 287(g) page`, `participatingAgencies05182026am.xlsx`
  accept?: string; // the Accept header
}

// The system error codes of a network that cannot be reached, as Node's fetch puts them on the error's cause.
const NO_NETWORK = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** The KitError for a request that failed before a full answer arrived: timeout, no network, or something else. */
function explainFailure(error: unknown, url: string, options: DownloadOptions): KitError {
  if (isTimeout(error)) {
    return new KitError(
      'not-found',
      `${options.what} did not arrive within ${options.timeoutMs / 1000} s (${url}); the network is slow or the site ` +
        'is not answering.',
      { cause: error },
    );
  }
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  // Node tries each address of a host in turn and may report the failures together, each with its code.
  const first: unknown = cause instanceof AggregateError ? cause.errors[0] : undefined;
  const code = errorCode(cause) ?? errorCode(first) ?? errorCode(error);
  const host = new URL(url).host;
  if (code && NO_NETWORK.has(code)) {
    return new KitError(
      'not-found',
      `Could not reach ${host} to read ${options.what} (${code}): this computer seems to have no network, ` +
        'or the site is down.',
      { cause: error },
    );
  }
  const reason = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return new KitError('not-found', `Could not read ${options.what} from ${url}: ${reason}.`, { cause: error });
}

/**
 * The body of `url` as bytes, read in one GET (redirects followed) within `timeoutMs`. Throws KitError('not-found')
 * for no network, a timeout, an HTTP status other than 2xx or a body over `maxBytes`, naming `what` and the URL.
 */
export async function downloadBytes(url: string, options: DownloadOptions): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: {
        'User-Agent': BROWSER_USER_AGENT,
        Accept: options.accept ?? '*/*',
        'Accept-Language': 'en-US,en;q=0.9',
      },
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new KitError(
        'not-found',
        `${options.what}: the site answered HTTP ${`${response.status} ${response.statusText}`.trim()} (${url}).`,
      );
    }
    const tooBig = () =>
      new KitError(
        'not-found',
        `${options.what} is larger than ${Math.round(options.maxBytes / 1_048_576)} MB (${url}); ` +
          'that is not the file the kit expects.',
      );
    const length = Number(response.headers.get('content-length'));
    if (length > options.maxBytes) {
      await response.body?.cancel();
      throw tooBig();
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (response.body) {
      for await (const chunk of response.body) {
        total += chunk.byteLength;
        // Leaving the loop by a throw cancels the rest of the body.
        if (total > options.maxBytes) throw tooBig();
        chunks.push(chunk);
      }
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof KitError) throw error;
    throw explainFailure(error, url, options);
  }
}
