// Decides what an answer from `export?format=txt` means. Only a text/plain body is the document:
// Docs answers a signed-out user with its sign-in page (HTML, often after a redirect to
// accounts.google.com), a busy server with 429, a missing or unshared doc with 404/403. Pure.

export type ExportFailureState = 'signin' | 'rate-limited' | 'network' | 'not-found' | 'too-long' | 'error';

export type ExportResult =
  | { ok: true; text: string }
  | { ok: false; state: ExportFailureState; retryAfterMs?: number };

/** The parts of a fetch Response the classifier reads (the body already read, and capped). */
export interface ExportAnswer {
  status: number;
  contentType: string | null;
  /** Final URL after redirects. */
  url: string;
  retryAfter: string | null;
  body: string;
}

/** Longer than any resume by far; the worker stops reading a body past this. */
export const MAX_EXPORT_CHARS = 1_000_000;
const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;
const SIGN_IN_HOSTS = new Set(['accounts.google.com']);
// Markers of Google's sign-in page; matched on the start of the body only.
const SIGN_IN_MARKERS = [/ServiceLogin/i, /accounts\.google\.com/i, /<title>[^<]*sign[ -]?in/i, /identifierId/];

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; capped at an hour. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  let ms: number;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function looksLikeSignIn(body: string): boolean {
  const head = body.slice(0, 20_000);
  return SIGN_IN_MARKERS.some((re) => re.test(head));
}

export function classifyExportAnswer(answer: ExportAnswer, now: number = Date.now()): ExportResult {
  const { status } = answer;
  const type = mediaType(answer.contentType);
  if (SIGN_IN_HOSTS.has(hostOf(answer.url))) return { ok: false, state: 'signin' };
  if (status === 429 || (status === 503 && answer.retryAfter != null)) {
    const retryAfterMs = parseRetryAfter(answer.retryAfter, now);
    return retryAfterMs === undefined
      ? { ok: false, state: 'rate-limited' }
      : { ok: false, state: 'rate-limited', retryAfterMs };
  }
  // The user has the document open, so "no access" means the export ran as another account (or
  // none): the fix is the same, sign in with the account that can open it.
  if (status === 401 || status === 403) return { ok: false, state: 'signin' };
  if (status === 404 || status === 410) return { ok: false, state: 'not-found' };
  if (status >= 200 && status < 300) {
    if (type === 'text/plain') {
      if (answer.body.length > MAX_EXPORT_CHARS) return { ok: false, state: 'too-long' };
      return { ok: true, text: answer.body };
    }
    if (type === 'text/html' && looksLikeSignIn(answer.body)) return { ok: false, state: 'signin' };
    return { ok: false, state: 'error' };
  }
  return { ok: false, state: 'error' };
}
