/// <reference types="chrome" />
// (`chrome` below runs in the extension's worker and pages, through evaluate.)
// Small helpers for the hardening e2e tests (tests/e2e/hardening-*.e2e.test.ts), on top of
// harness.ts: a browser with other extensions (or none) loaded, a stranger extension, CDP metrics.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS as FLAGS, CHROMIUM_PATH } from './chromium.ts';


export interface PlainSession {
  context: BrowserContext;
  /** Every extension's service worker, by the extension's manifest name. */
  workers: Map<string, Worker>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with exactly these unpacked extensions (none: a plain browser, the baseline of
 * the performance test). Same flags and persistent-context recipe as harness.ts.
 */
export async function launchContext(extensionDirs: string[] = []): Promise<PlainSession> {
  const profile = await mkdtemp(join(tmpdir(), 'impact-lens-hardening-'));
  const args = extensionDirs.length
    ? [`--disable-extensions-except=${extensionDirs.join(',')}`, `--load-extension=${extensionDirs.join(',')}`, ...FLAGS]
    : FLAGS;
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args });
  const workers = new Map<string, Worker>();
  try {
    const deadline = Date.now() + 15_000;
    while (context.serviceWorkers().length < extensionDirs.length) {
      if (Date.now() > deadline) throw new Error(`only ${context.serviceWorkers().length} of ${extensionDirs.length} extension workers started`);
      await context.waitForEvent('serviceworker', { timeout: 15_000 });
    }
    for (const w of context.serviceWorkers()) {
      workers.set(await w.evaluate(() => chrome.runtime.getManifest().name), w);
    }
  } catch (err) {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
  let closed = false;
  return {
    context,
    workers,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** An unrelated MV3 extension (worker only, no permissions), written to a temporary folder. */
export async function writeStrangerExtension(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'impact-lens-stranger-'));
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Stranger', version: '1.0', background: { service_worker: 'bg.js' } }),
  );
  await writeFile(join(dir, 'bg.js'), '// a stranger: the test drives it through evaluate\n');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface PageMetrics {
  /** DOM nodes alive in the renderer (the page and every world), after a forced GC. */
  nodes: number;
  /** Event listeners registered in the page, isolated worlds (content scripts) included. */
  listeners: number;
  /** Used JS heap of the page's isolate (page world and content-script worlds share it). */
  heapUsed: number;
  documents: number;
}

/** Forces a full GC in the page's renderer, then reads CDP Performance.getMetrics. */
export async function pageMetrics(cdp: CDPSession): Promise<PageMetrics> {
  await cdp.send('Performance.enable').catch(() => {});
  // Twice: the first pass can leave objects whose finalizers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { nodes: get('Nodes'), listeners: get('JSEventListeners'), heapUsed: get('JSHeapUsedSize'), documents: get('Documents') };
}

/** A CDP session on `page` (for pageMetrics). */
export function cdpFor(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}
