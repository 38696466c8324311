// The background worker in real Chromium: answers `analyze` from an extension page, and still
// answers after Chrome stops it (a cold start: the listener must be registered synchronously).
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  sendFromExtensionPage,
  stopServiceWorkers,
  type ExtensionSession,
} from './harness.ts';

const TEXT = 'Led the migration of billing to Postgres\nCut p95 checkout latency by 40%';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

it('answers analyze with a report', async () => {
  const page = await openExtensionPage(session);
  const res = await sendFromExtensionPage(page, 'analyze', { text: TEXT, lens: 'engineer' });
  expect(res.ok, JSON.stringify(res)).toBe(true);
  if (!res.ok) return;
  expect(res.report.lens).toBe('engineer');
  expect(res.report.bullets).toHaveLength(2);
  await page.close();
});

it('rejects a bad payload with { ok: false } instead of throwing', async () => {
  const page = await openExtensionPage(session);
  const res = await sendFromExtensionPage(page, 'analyze', { text: 42 } as never);
  expect(res).toEqual({ ok: false, error: 'analyze: text must be a string' });
  await page.close();
});

it('answers the first message after the worker was stopped (cold start)', async () => {
  const page = await openExtensionPage(session);
  await session.worker.evaluate(() => {
    (globalThis as { warmMark?: boolean }).warmMark = true;
  });
  await stopServiceWorkers(session.context);

  const started = Date.now();
  const res = await sendFromExtensionPage(page, 'analyze', { text: TEXT });
  const roundTripMs = Date.now() - started;
  expect(res.ok, JSON.stringify(res)).toBe(true);
  // The mark is gone: the answer came from a new worker, started by this very message.
  expect(await session.worker.evaluate(() => (globalThis as { warmMark?: boolean }).warmMark)).toBeUndefined();
  console.log(`e2e: analyze on a cold worker: ${roundTripMs} ms round trip`);
  await page.close();
});
