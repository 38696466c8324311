// E2E harness: the built extension in real headless Chromium (recipe: /work/shared/E2E.md).
//
//   const session = await launchWithExtension();        // fresh profile, extension loaded
//   await routeHtml(session.context, 'https://www.linkedin.com/**', html);  // fixture, never the live site
//   const page = await openExtensionPage(session);      // a document in the extension's origin
//   const res = await sendFromExtensionPage(page, 'analyze', { text: '...' });
//   await stopServiceWorkers(session.context);          // the next message meets a cold worker
//   await session.close();                              // closes Chromium, deletes the profile
//
// The extension comes from tests/e2e/global-setup.ts, which builds it once per run (`inject`).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { inject } from 'vitest';
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { ProtocolMap } from '../../utils/protocol.ts';

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

export { CHROMIUM_FLAGS, CHROMIUM_PATH };

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker; after stopServiceWorkers it reaches the restarted one. */
  worker: Worker;
  /** Closes Chromium and deletes the temporary profile. Safe to call twice. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked MV3 build to load; defaults to the one global-setup built for this run. */
  extensionDir?: string;
}

/** Starts headless Chromium with a fresh profile and the extension loaded; waits for its worker. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the e2e tests need it. ` +
        'Install it with `apt-get install -y chromium` (.ci/run does) or set CHROMIUM_PATH.',
    );
  }
  const extensionDir = options.extensionDir ?? inject('extensionDir');
  const profile = await mkdtemp(join(tmpdir(), 'impact-lens-profile-'));
  let context: BrowserContext | undefined;
  try {
    // Only a persistent context loads an unpacked MV3 extension, and only with both flags.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    let closed = false;
    const ctx = context;
    return {
      context: ctx,
      extensionId,
      worker,
      async close() {
        if (closed) return;
        closed = true;
        await ctx.close().catch(() => {});
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context?.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
}

/** Serves `html` for every request matching `url` (a glob or RegExp, as `context.route` takes). */
export async function routeHtml(context: BrowserContext, url: string | RegExp, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

/**
 * Stops every service worker through CDP (what Chrome does to an idle MV3 worker) and resolves
 * once CDP reports them all stopped, so the next event has to start the worker cold.
 * Playwright does not notice the stop: `session.worker` stays and reaches the restarted worker
 * (a fresh global scope), but an evaluate on it while stopped hangs until something starts it.
 */
export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = await context.newPage(); // a CDP session needs a page target; a blank one will do
  try {
    const cdp = await context.newCDPSession(page);
    const status = new Map<string, string>(); // versionId -> runningStatus
    let stopRequested = false;
    let onStopped = () => {};
    const stopped = new Promise<void>((resolve) => (onStopped = resolve));
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) status.set(v.versionId, v.runningStatus);
      if (stopRequested && status.size > 0 && [...status.values()].every((s) => s === 'stopped')) onStopped();
    });
    await cdp.send('ServiceWorker.enable'); // replays the current versions as events
    stopRequested = true;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await withTimeout(stopped, 10_000, 'CDP did not report the service workers stopped');
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/**
 * Opens a document in the extension's origin. The extension ships no page of its own yet, so the
 * default is its manifest: any chrome-extension:// document gets the `chrome.runtime` API, and the
 * test needs no test-only page in the shipped build. Pass e.g. 'popup.html' once there is one.
 */
export async function openExtensionPage(session: ExtensionSession, path = 'manifest.json'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

let messagingIife: Promise<string> | undefined;

/**
 * Sends a ProtocolMap message from an extension page with the real @webext-core/messaging client
 * (its IIFE build), as the popup and content scripts do. Resolves to the worker's answer; rejects
 * if the worker throws or nothing listens.
 */
export async function sendFromExtensionPage<K extends keyof ProtocolMap>(
  page: Page,
  type: K,
  data: GetDataType<ProtocolMap[K]>,
): Promise<GetReturnType<ProtocolMap[K]>> {
  messagingIife ??= readFile(
    join(dirname(createRequire(import.meta.url).resolve('@webext-core/messaging')), 'index.iife.js'),
    'utf8',
  );
  // A string goes through CDP's Runtime.evaluate, which the page's CSP (no eval, no inline
  // scripts) does not apply to. It defines the global `webExtCoreMessaging`.
  if (!(await page.evaluate(() => 'webExtCoreMessaging' in globalThis))) await page.evaluate(await messagingIife);
  return page.evaluate(
    async ({ type, data }) => {
      const { webExtCoreMessaging } = globalThis as unknown as {
        webExtCoreMessaging: {
          defineExtensionMessaging(): { sendMessage(type: string, data: unknown): Promise<unknown> };
        };
      };
      return webExtCoreMessaging.defineExtensionMessaging().sendMessage(type, data);
    },
    { type: type as string, data: data as unknown },
  ) as Promise<GetReturnType<ProtocolMap[K]>>;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Records, in the worker, the text of every `analyze` message it receives (a listener next to its
 * own), and returns a reader of the texts received since this call, the empty warm-up included.
 * A restarted worker starts a new record.
 */
export async function recordAnalyzeTexts(session: ExtensionSession): Promise<() => Promise<string[]>> {
  const from = await session.worker.evaluate(() => {
    const g = globalThis as unknown as { __ilTexts?: string[] };
    if (!g.__ilTexts) {
      const texts: string[] = [];
      g.__ilTexts = texts;
      chrome.runtime.onMessage.addListener((message: unknown) => {
        const m = message as { type?: unknown; data?: { text?: unknown } } | null;
        if (m?.type === 'analyze') texts.push(typeof m.data?.text === 'string' ? m.data.text : '');
        return false;
      });
    }
    return g.__ilTexts.length;
  });
  return () => session.worker.evaluate((n) => ((globalThis as unknown as { __ilTexts?: string[] }).__ilTexts ?? []).slice(n), from);
}
