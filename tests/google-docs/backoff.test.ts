import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, retryDelay } from '../../utils/docs/backoff.ts';

const mid = () => 0.5; // no jitter

describe('retryDelay', () => {
  it('doubles from 2 s', () => {
    expect([0, 1, 2, 3, 4].map((n) => retryDelay('network', n, undefined, mid))).toEqual([2000, 4000, 8000, 16000, 32000]);
  });

  it('stops after the automatic retries: the user clicks Try again', () => {
    expect(retryDelay('network', DEFAULT_BACKOFF.maxAutoRetries, undefined, mid)).toBeNull();
  });

  it('never retries on its own what only the user can fix', () => {
    expect(retryDelay('signin', 0, undefined, mid)).toBeNull();
    expect(retryDelay('not-found', 0, undefined, mid)).toBeNull();
    expect(retryDelay('too-long', 0, undefined, mid)).toBeNull();
  });

  it('waits at least as long as Retry-After says', () => {
    expect(retryDelay('rate-limited', 0, 30_000, mid)).toBe(30_000);
    expect(retryDelay('rate-limited', 3, 1_000, mid)).toBe(16_000);
  });

  it('spreads by ±20 % and caps at 5 minutes', () => {
    expect(retryDelay('error', 0, undefined, () => 0)).toBe(1600);
    expect(retryDelay('error', 0, undefined, () => 1)).toBe(2400);
    expect(retryDelay('error', 4, undefined, () => 1, { ...DEFAULT_BACKOFF, baseMs: 100_000 })).toBe(300_000);
  });

  it('rejects nonsense attempts', () => {
    expect(retryDelay('network', -1, undefined, mid)).toBeNull();
    expect(retryDelay('network', 1.5, undefined, mid)).toBeNull();
  });
});
