// When to ask for the export again after a failure. Exponential with jitter, never sooner than the
// server's Retry-After; states only the user can fix (sign in, missing doc) wait for the user. Pure:
// the random source is a parameter.
import type { ExportFailureState } from './export-response.ts';

export interface BackoffPolicy {
  baseMs: number;
  factor: number;
  maxMs: number;
  /** 0.2 = the delay varies ±20 % so many tabs do not retry in step. */
  jitter: number;
  /** Automatic retries before the sidebar waits for "Try again". */
  maxAutoRetries: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 2_000,
  factor: 2,
  maxMs: 5 * 60_000,
  jitter: 0.2,
  maxAutoRetries: 5,
};

/** States that retrying cannot fix without the user. */
const USER_STATES: ReadonlySet<ExportFailureState> = new Set(['signin', 'not-found', 'too-long']);

/**
 * Milliseconds to wait before automatic retry number `attempt` (0 = the first retry), or null
 * when no automatic retry should happen.
 */
export function retryDelay(
  state: ExportFailureState,
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number | null {
  if (USER_STATES.has(state)) return null;
  if (!Number.isInteger(attempt) || attempt < 0 || attempt >= policy.maxAutoRetries) return null;
  const exp = Math.min(policy.maxMs, policy.baseMs * policy.factor ** attempt);
  const spread = 1 - policy.jitter + 2 * policy.jitter * Math.min(Math.max(random(), 0), 1);
  const delay = Math.round(Math.min(policy.maxMs, exp * spread));
  return Math.max(delay, retryAfterMs ?? 0);
}
