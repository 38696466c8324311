// Hardening, privacy (issue 6): while the extension works on the LinkedIn and Google Docs fixtures
// (profiles, SPA navigation, details, an edit form, a Docs export and a Docs annotated canvas, the
// popup and options pages), every request of the browser is recorded. The extension's own
// contexts may request nothing but the open document's txt export (from the worker) and its own
// chrome-extension:// files:
// - the service worker: Playwright reports its requests with request.serviceWorker();
// - extension pages (popup, options): requests of frames whose URL is chrome-extension://;
// - content scripts: their fetches are attributed to the page's frame, so they are told apart by
//   URL: anything but the documents the test opened and our own chrome-extension:// files.
// A catch-all route answers 404 to anything that is not a fixture, so nothing reaches the network.
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import {
  LEGACY_DETAILS,
  LEGACY_EDIT,
  LEGACY_PROFILE,
  SDUI_PROFILE,
  annotatedBullets,
  routeLinkedIn,
  spaNavigate,
  waitForHosts,
} from '../linkedin/e2e-pages.ts';
import { launchWithExtension, stopServiceWorkers, type ExtensionSession } from './harness.ts';

const DOCS = join(import.meta.dirname, '../fixtures/google-docs');
const EDIT_PAGE = readFileSync(join(DOCS, 'edit-page.html'), 'utf8');
const EMULATION = readFileSync(join(DOCS, 'annotated-canvas.js'), 'utf8');
const EXPORT_TXT = readFileSync(join(DOCS, 'export-resume.txt'));
const DOCS_HOST = 'impact-lens-docs-sidebar';
const EXPORT_URL = /^https:\/\/docs\.google\.com\/document\/d\/[A-Za-z0-9_-]+\/export\?format=txt(&[a-z]+=[^&]*)*$/;

interface Seen {
  url: string;
  /** 'worker' (a service worker), 'extension-page' or 'web-page' (by the frame's URL). */
  by: 'worker' | 'extension-page' | 'web-page';
  frameUrl: string;
  navigation: boolean;
  type: string;
}

let session: ExtensionSession;
const seen: Seen[] = [];
const unrouted: string[] = [];
const opened = new Set<string>(); // documents the test itself navigated to

function record(r: Request): void {
  if (r.serviceWorker()) {
    seen.push({ url: r.url(), by: 'worker', frameUrl: r.serviceWorker()!.url(), navigation: false, type: r.resourceType() });
    return;
  }
  let frameUrl = '';
  try {
    frameUrl = r.frame().url();
  } catch {
    /* no frame: reported below as a web-page request with an empty frame URL */
  }
  const by = frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'web-page';
  seen.push({ url: r.url(), by, frameUrl, navigation: r.isNavigationRequest(), type: r.resourceType() });
}

/** One of our build's files (by path: a use_dynamic_url address has a random host). */
function isOwnFile(url: string): boolean {
  if (!url.startsWith('chrome-extension://')) return false;
  const path = decodeURIComponent(new URL(url).pathname);
  return existsSync(join(inject('extensionDir'), path));
}

beforeAll(async () => {
  session = await launchWithExtension();
  session.context.on('request', record);
  // Lowest priority (registered first): no http(s) request that is not a fixture reaches the
  // network. (A glob would also catch chrome-extension:// requests and break our own pages.)
  await session.context.route(/^(https?|wss?):\/\//, (route) => {
    unrouted.push(route.request().url());
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
  });
  await routeLinkedIn(session.context);
  // Record the worker's start-up too: the next message starts it cold, with the recorder on.
  await stopServiceWorkers(session.context);
});

afterAll(async () => {
  await session?.close();
});

async function openPage(url: string) {
  opened.add(url);
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  return page;
}

async function routeDoc(id: string, annotated: boolean): Promise<string> {
  const ignore = annotated ? '' : '<script>window.__docsFixtureIgnoreFlag = true;</script>';
  const html = EDIT_PAGE.replace('<!--FIXTURE-SCRIPTS-->', `${ignore}<script>${EMULATION}</script>`);
  await session.context.route(`https://docs.google.com/document/d/${id}/edit**`, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await session.context.route(`https://docs.google.com/document/d/${id}/export**`, (r) =>
    r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: EXPORT_TXT }),
  );
  return `https://docs.google.com/document/d/${id}/edit`;
}

it('the extension requests nothing but the Docs export and its own files', { timeout: 120_000 }, async () => {
  // LinkedIn: a profile, an SPA navigation to another, the details page, an edit form with typing.
  const profile = await openPage(LEGACY_PROFILE);
  await waitForHosts(profile, 6);
  await profile.locator('impact-lens-annotations [data-il-bullet]').first().click();
  opened.add(SDUI_PROFILE);
  await spaNavigate(profile, SDUI_PROFILE);
  await waitForHosts(profile, 5);
  await profile.close();
  const details = await openPage(LEGACY_DETAILS);
  await waitForHosts(details, 5);
  await details.close();
  const edit = await openPage(LEGACY_EDIT);
  await edit.locator('impact-lens-editor [data-il-bullet]').first().waitFor({ timeout: 10_000 });
  await edit.locator('textarea[id$="-description"]').focus();
  await edit.keyboard.press('Control+End');
  await edit.keyboard.type('\n• Helped with hiring');
  await expect.poll(() => annotatedBullets(edit)).toContain('Helped with hiring');
  await edit.close();

  // Google Docs: the export fallback, then the annotated canvas (no export needed), on a cold worker.
  await stopServiceWorkers(session.context);
  const exportDoc = await openPage(await routeDoc('1networkExportDoc00000000000', false));
  await exportDoc.locator(`${DOCS_HOST} [data-il-sidebar][data-il-source="export"] [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
  await exportDoc.close();
  const canvasDoc = await openPage(await routeDoc('1networkCanvasDoc00000000000', true));
  await canvasDoc.locator(`${DOCS_HOST} [data-il-sidebar][data-il-source="canvas"] [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
  await canvasDoc.locator(`${DOCS_HOST} [data-il-select]`, { hasText: 'Was tasked with improving the onboarding flow' }).click();
  await canvasDoc.waitForTimeout(500);
  await canvasDoc.close();

  // The extension's own pages, as the user opens them.
  const manifest = JSON.parse(readFileSync(join(inject('extensionDir'), 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  for (const path of [manifest.action?.default_popup, manifest.options_ui?.page]) {
    if (!path) continue;
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    await page.waitForTimeout(1000);
    await page.close();
  }

  // ----- what was requested -----
  const summary = seen.map((s) => `${s.by.padEnd(14)} ${s.type.padEnd(10)} ${s.url.slice(0, 140)}`);
  console.log(`requests seen (${seen.length}):\n${summary.join('\n')}`);

  const worker = seen.filter((s) => s.by === 'worker');
  const offending: string[] = [];
  for (const s of worker) {
    if (!EXPORT_URL.test(s.url) && !isOwnFile(s.url)) offending.push(`worker: ${s.url}`);
  }
  for (const s of seen.filter((x) => x.by === 'extension-page')) {
    if (!isOwnFile(s.url)) offending.push(`extension page ${s.frameUrl}: ${s.url}`);
  }
  for (const s of seen.filter((x) => x.by === 'web-page')) {
    const own = s.navigation && s.type === 'document' && opened.has(s.url);
    if (!own && !isOwnFile(s.url)) offending.push(`web page ${s.frameUrl} (content script?): ${s.url}`);
  }
  expect(offending).toEqual([]);
  expect(unrouted).toEqual([]);

  // The Docs sidebar's stylesheet is bundled into its content script, so a Docs page loads no file
  // of ours. With WXT's cssInjectionMode 'ui' every page load fetched it, which Chrome recorded as
  // two requests (its use_dynamic_url address, redirected to the extension's own).
  const fromDocs = seen.filter((s) => s.by === 'web-page' && s.frameUrl.startsWith('https://docs.google.com/') && s.url.startsWith('chrome-extension://'));
  expect(fromDocs.map((s) => s.url)).toEqual([]);

  // Positive control: the recorder does see the worker's export request, and only the worker's.
  const exports = seen.filter((s) => EXPORT_URL.test(s.url));
  expect(exports.map((s) => s.by)).toEqual(['worker']);
  expect(exports[0]!.url).toBe('https://docs.google.com/document/d/1networkExportDoc00000000000/export?format=txt');
  expect(worker.length).toBeGreaterThanOrEqual(1);
});
