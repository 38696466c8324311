import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyExportAnswer, parseRetryAfter, type ExportAnswer } from '../../utils/docs/export-response.ts';

const signin = readFileSync(new URL('../fixtures/google-docs/signin.html', import.meta.url), 'utf8');
const EXPORT = 'https://docs.google.com/document/d/1fixtureDocId0123456789abcdef/export?format=txt';
const NOW = Date.parse('2026-01-01T00:00:00Z');

const answer = (over: Partial<ExportAnswer>): ExportAnswer => ({
  status: 200,
  contentType: 'text/plain; charset=utf-8',
  url: EXPORT,
  retryAfter: null,
  body: 'Jordan\n* Led X\n',
  ...over,
});

describe('classifyExportAnswer', () => {
  it('takes a text/plain 200 as the document', () => {
    expect(classifyExportAnswer(answer({}), NOW)).toEqual({ ok: true, text: 'Jordan\n* Led X\n' });
  });

  it.each<[string, Partial<ExportAnswer>, unknown]>([
    ['sign-in page after a redirect', { contentType: 'text/html; charset=utf-8', url: 'https://accounts.google.com/v3/signin/identifier?x=1', body: signin }, { ok: false, state: 'signin' }],
    ['sign-in page served from docs.google.com', { contentType: 'text/html', body: signin }, { ok: false, state: 'signin' }],
    ['any answer from accounts.google.com', { url: 'https://accounts.google.com/ServiceLogin' }, { ok: false, state: 'signin' }],
    ['401', { status: 401, contentType: 'text/html', body: '' }, { ok: false, state: 'signin' }],
    ['403', { status: 403, contentType: 'text/html', body: '<html>Access denied</html>' }, { ok: false, state: 'signin' }],
    ['other HTML is not the document', { contentType: 'text/html', body: '<html><title>Google Docs</title>Something went wrong</html>' }, { ok: false, state: 'error' }],
    ['JSON is not the document', { contentType: 'application/json', body: '{}' }, { ok: false, state: 'error' }],
    ['no content type', { contentType: null }, { ok: false, state: 'error' }],
    ['429 without Retry-After', { status: 429, contentType: 'text/html', body: 'Too many' }, { ok: false, state: 'rate-limited' }],
    ['429 with Retry-After seconds', { status: 429, retryAfter: '30' }, { ok: false, state: 'rate-limited', retryAfterMs: 30_000 }],
    ['503 with Retry-After date', { status: 503, retryAfter: 'Thu, 01 Jan 2026 00:02:00 GMT' }, { ok: false, state: 'rate-limited', retryAfterMs: 120_000 }],
    ['503 without Retry-After', { status: 503, contentType: 'text/html' }, { ok: false, state: 'error' }],
    ['404', { status: 404, contentType: 'text/html' }, { ok: false, state: 'not-found' }],
    ['500', { status: 500, contentType: 'text/html' }, { ok: false, state: 'error' }],
    ['too long', { body: 'x'.repeat(1_000_001) }, { ok: false, state: 'too-long' }],
  ])('%s', (_name, over, expected) => {
    expect(classifyExportAnswer(answer(over), NOW)).toEqual(expected);
  });
});

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    [null, undefined],
    ['0', 0],
    ['12', 12_000],
    [' 5 ', 5_000],
    ['999999', 3_600_000],
    ['Thu, 01 Jan 2026 00:00:10 GMT', 10_000],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 0],
    ['soon', undefined],
  ])('%s', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });
});
