import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDocsExportHandler, type ExportSender } from '../../entrypoints/background/docs-export.ts';

const ID = '1fixtureDocId0123456789abcdef';
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const EXPORT = `https://docs.google.com/document/d/${ID}/export?format=txt`;
const exportTxt = readFileSync(join(import.meta.dirname, '../fixtures/google-docs/export-resume.txt'));
const signin = readFileSync(join(import.meta.dirname, '../fixtures/google-docs/signin.html'), 'utf8');

const sender: ExportSender = { id: EXT, url: `https://docs.google.com/document/d/${ID}/edit?tab=t.0` };

function respond(body: BodyInit | null, init: ResponseInit & { url?: string } = {}): Response {
  const res = new Response(body, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, ...init });
  Object.defineProperty(res, 'url', { value: init.url ?? EXPORT });
  return res;
}

function setup(fetchImpl: (url: string, init?: RequestInit) => Promise<Response>, extra = {}) {
  const fetch = vi.fn(fetchImpl);
  let now = 1_000_000;
  const handler = createDocsExportHandler({
    fetch: fetch as unknown as typeof globalThis.fetch,
    extensionId: EXT,
    now: () => now,
    timeoutMs: 200,
    reuseMs: 3_000,
    ...extra,
  });
  return { handler, fetch, advance: (ms: number) => (now += ms) };
}

describe('fetchDocExport handler', () => {
  it('fetches the export with the user’s cookies, keeping tab and authuser', async () => {
    const { handler, fetch } = setup(async () => respond(exportTxt));
    const res = await handler({ docId: ID, tab: 't.0', authuser: '1' }, sender);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(`${EXPORT}&tab=t.0&authuser=1`);
    expect(init).toMatchObject({ credentials: 'include', cache: 'no-store', redirect: 'follow' });
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.text).toContain('* Responsible for the roadmap');
  });

  it.each<[string, ExportSender | undefined]>([
    ['no sender', undefined],
    ['another extension', { ...sender, id: 'someoneelse' }],
    ['a page that is not a Doc', { id: EXT, url: 'https://example.com/' }],
    ['another document’s tab', { id: EXT, url: 'https://docs.google.com/document/d/1anotherDocId000000000000/edit' }],
  ])('refuses %s without fetching', async (_name, who) => {
    const { handler, fetch } = setup(async () => respond('x'));
    expect(await handler({ docId: ID }, who)).toEqual({ ok: false, state: 'error' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('takes the tab URL when the sender has no frame URL', async () => {
    const { handler } = setup(async () => respond('x'));
    expect(await handler({ docId: ID }, { id: EXT, tab: { url: sender.url } })).toEqual({ ok: true, text: 'x' });
  });

  it.each<[string, unknown]>([
    ['not an object', 'doc'],
    ['a bad id', { docId: '../../../etc' }],
    ['an unknown field', { docId: ID, url: 'https://evil.example' }],
    ['a bad tab', { docId: ID, tab: 'x&format=html' }],
  ])('refuses a payload with %s', async (_name, data) => {
    const { handler, fetch } = setup(async () => respond('x'));
    expect(await handler(data, sender)).toEqual({ ok: false, state: 'error' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports the sign-in page as signin', async () => {
    const { handler } = setup(async () =>
      respond(signin, { headers: { 'content-type': 'text/html; charset=utf-8' }, url: 'https://accounts.google.com/v3/signin/identifier' }),
    );
    expect(await handler({ docId: ID }, sender)).toEqual({ ok: false, state: 'signin' });
  });

  it('tells a blocked sign-in redirect from a network failure', async () => {
    const redirected = setup(async (_url, init) => {
      if (init?.redirect === 'manual') return Object.defineProperty(respond(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
      throw new TypeError('Failed to fetch');
    });
    expect(await redirected.handler({ docId: ID }, sender)).toEqual({ ok: false, state: 'signin' });
    expect(redirected.fetch).toHaveBeenCalledTimes(2);

    const offline = setup(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await offline.handler({ docId: ID }, sender)).toEqual({ ok: false, state: 'network' });
  });

  it('passes Retry-After on a 429', async () => {
    const { handler } = setup(async () => respond('Too many requests', { status: 429, headers: { 'retry-after': '7', 'content-type': 'text/html' } }));
    expect(await handler({ docId: ID }, sender)).toEqual({ ok: false, state: 'rate-limited', retryAfterMs: 7_000 });
  });

  it('gives up on a hung request after the timeout', async () => {
    const { handler } = setup(
      (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      { timeoutMs: 20 },
    );
    expect(await handler({ docId: ID }, sender)).toEqual({ ok: false, state: 'network' });
  });

  it('stops reading a runaway body', async () => {
    const { handler } = setup(async () => respond('x'.repeat(1_200_000)));
    expect(await handler({ docId: ID }, sender)).toEqual({ ok: false, state: 'too-long' });
  });

  it('makes one request for concurrent asks and reuses a success briefly, never a failure', async () => {
    let status = 200;
    const { handler, fetch, advance } = setup(async () => respond(status === 200 ? 'doc' : 'busy', { status }));
    const [a, b] = await Promise.all([handler({ docId: ID }, sender), handler({ docId: ID }, sender)]);
    expect(a).toEqual(b);
    expect(fetch).toHaveBeenCalledTimes(1);
    advance(1_000);
    await handler({ docId: ID }, sender);
    expect(fetch).toHaveBeenCalledTimes(1);
    advance(3_000);
    status = 429;
    expect(await handler({ docId: ID }, sender)).toEqual({ ok: false, state: 'rate-limited' });
    expect(await handler({ docId: ID }, sender)).toEqual({ ok: false, state: 'rate-limited' });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
