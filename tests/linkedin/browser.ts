// Build the extension and start Chromium with it, outside vitest (npm run demo, bench:linkedin).
// Same recipe as tests/e2e/harness.ts (/work/shared/E2E.md), which needs vitest's inject().
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/chromium.ts';

export const ROOT = join(import.meta.dirname, '../..');
export { CHROMIUM_PATH };

/** `wxt build` through WXT's JS API in a child process, into `outDir`; returns the chrome-mv3 folder. */
export async function buildExtension(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const code = `const { build } = await import('wxt'); await build({ outDir: process.env.IL_OUT_DIR });`;
  const out = await new Promise<{ code: number | null; log: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      cwd: ROOT,
      env: { ...process.env, ...env, IL_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, log }));
  });
  if (out.code !== 0) throw new Error(`wxt build failed (exit ${out.code}):\n${out.log}`);
  return join(outDir, 'chrome-mv3');
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(extensionDir: string, { headless = true } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const profile = await mkdtemp(join(tmpdir(), 'impact-lens-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Stops the extension's service worker (as Chrome does when idle) so the next message starts it cold. */
export async function stopWorker(context: BrowserContext): Promise<void> {
  const workers = context.serviceWorkers();
  const gone = Promise.all(workers.map((w) => new Promise<void>((r) => w.once('close', () => r()))));
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
  } finally {
    await page.close();
  }
}
