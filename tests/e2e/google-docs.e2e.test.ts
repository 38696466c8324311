// Google Docs sidebar in real headless Chromium with the built extension. The Docs editor page and
// its txt export are fixtures fulfilled by routing (tests/fixtures/google-docs/); the worker's
// export fetch goes through the same routes. One document id per test keeps routes apart.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/google-docs');
const EDIT_PAGE = readFileSync(join(FIXTURES, 'edit-page.html'), 'utf8');
const EMULATION = readFileSync(join(FIXTURES, 'annotated-canvas.js'), 'utf8');
const EXPORT_TXT = readFileSync(join(FIXTURES, 'export-resume.txt')); // bytes: BOM, CRLF, `* `
const SIGNIN = readFileSync(join(FIXTURES, 'signin.html'), 'utf8');
const SHOTS = join(import.meta.dirname, '../../test-results');

const HOST = 'impact-lens-docs-sidebar';
const BULLETS = [
  'Responsible for the roadmap of the reporting product.',
  'Led a team of 8 engineers to launch self-serve dashboards, growing weekly active users 35% in two quarters.',
  'Was tasked with improving the onboarding flow for new accounts.',
  'Helped with various projects across the payments team.',
  'Cut checkout drop-off 18% by redesigning the card form after an A/B test with 40k users.',
];

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

const docUrl = (id: string, query = '') => `https://docs.google.com/document/d/${id}/edit${query}`;

/** Serves the editor page (optionally with the annotated-canvas emulation) and the export. */
async function routeDoc(id: string, opts: { annotated?: boolean; html?: boolean; exportRoute?: (route: Route, n: number) => Promise<void> } = {}) {
  const exportCalls: string[] = [];
  // Without `annotated`, the emulation paints the document but ignores the flag: Docs without
  // the annotated canvas, so the sidebar must fall back to the export. With `html`, Docs renders
  // the document as HTML instead of canvas (no annotated canvas either).
  const mode = opts.html ? '__docsFixtureHtml' : opts.annotated ? '' : '__docsFixtureIgnoreFlag';
  const before = mode ? `<script>window.${mode} = true;</script>` : '';
  const html = EDIT_PAGE.replace('<!--FIXTURE-SCRIPTS-->', `${before}<script>${EMULATION}</script>`);
  await session.context.route(`https://docs.google.com/document/d/${id}/edit**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await session.context.route(`https://docs.google.com/document/d/${id}/export**`, async (route) => {
    exportCalls.push(route.request().url());
    if (opts.exportRoute) await opts.exportRoute(route, exportCalls.length);
    else await route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: EXPORT_TXT });
  });
  return exportCalls;
}

async function openDoc(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

const bulletTexts = (page: Page) =>
  page.locator(`${HOST} [data-il-bullet]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-il-bullet')));
const rulesOf = (page: Page, text: string) =>
  page.locator(`${HOST} [data-il-bullet]`).evaluateAll((els, t) => els.find((e) => e.getAttribute('data-il-bullet') === t)?.getAttribute('data-rules') ?? null, text);

describe('Google Docs sidebar', () => {
  it('reads the txt export and lists the resume’s bullets with findings', async () => {
    const id = '1exportDocId0000000000000000';
    const calls = await routeDoc(id);
    const { page, errors } = await openDoc(docUrl(id, '?tab=t.0'));

    const host = page.locator(HOST);
    await expect.poll(() => host.evaluate((h) => h.shadowRoot?.mode)).toBe('open');
    await page.locator(`${HOST} [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    expect(await bulletTexts(page)).toEqual(BULLETS);
    expect(calls[0]).toBe(`https://docs.google.com/document/d/${id}/export?format=txt&tab=t.0`);
    expect(await page.locator(`${HOST} [data-il-sidebar]`).getAttribute('data-il-source')).toBe('export');
    // Engine-dependent: weak lines are flagged, strong ones are not.
    expect((await rulesOf(page, BULLETS[0]!))!.split(' ')).toContain('weak-ownership');
    expect((await rulesOf(page, BULLETS[3]!))!.split(' ')).toContain('weak-ownership');
    expect(await rulesOf(page, BULLETS[1]!)).toBe('');
    const weakRow = page.locator(`${HOST} .il-docs-row`, { hasText: BULLETS[0]! });
    await expect.poll(() => weakRow.locator('[data-rule="weak-ownership"]').count()).toBe(1);
    expect(await weakRow.locator('[data-il-action="copy"]').count()).toBe(1);
    // Export text cannot be selected in the document.
    expect(await page.locator(`${HOST} [data-il-select]`).count()).toBe(0);

    // Docked right, below Docs' header, left of the companion rail; Docs' menus stay on top.
    const panel = await page.locator(`${HOST} [data-il-sidebar]`).boundingBox();
    const header = await page.locator('#docs-chrome').boundingBox();
    const rail = await page.locator('.companion-app-switcher-container').boundingBox();
    expect(panel!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(Math.round(panel!.x + panel!.width)).toBeLessThanOrEqual(Math.round(rail!.x));
    const onTop = await page.evaluate(() => {
      const menu = document.createElement('div');
      menu.className = 'goog-menu';
      menu.style.cssText = 'position:absolute;z-index:1002;top:120px;right:120px;width:220px;height:300px;background:#fff';
      document.body.append(menu);
      const hit = document.elementFromPoint(1280 - 200, 200);
      menu.remove();
      return hit === menu;
    });
    expect(onTop).toBe(true);

    await page.locator(`${HOST} [data-il-sidebar]`).screenshot({ path: join(SHOTS, 'google-docs-sidebar-export.png') });
    await page.screenshot({ path: join(SHOTS, 'google-docs-page-export.png') });
    await page.locator(`${HOST} .il-docs-body`).evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.locator(`${HOST} [data-il-sidebar]`).screenshot({ path: join(SHOTS, 'google-docs-sidebar-export-end.png') });
    expect(errors).toEqual([]);

    // Collapse: remembered for this document across a reload, not for others.
    await page.locator(`${HOST} [data-il-action="collapse"]`).click();
    await page.locator(`${HOST} [data-il-action="expand"]`).waitFor();
    await page.reload();
    await page.locator(`${HOST} [data-il-action="expand"]`).waitFor({ timeout: 10_000 });
    expect(await page.locator(`${HOST} [data-il-sidebar="open"]`).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'google-docs-page-collapsed.png') });
    // The collapsed tab leaves the rest of the edge to Docs.
    const tab = await page.locator(`${HOST} [data-il-sidebar="collapsed"]`).boundingBox();
    expect(tab!.width).toBeLessThan(60);
    expect(tab!.height).toBeLessThan(200);
    expect(Math.round(tab!.x + tab!.width)).toBeLessThanOrEqual(Math.round(rail!.x));
    expect(tab!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    await page.locator(`${HOST} [data-il-action="expand"]`).click();
    await page.locator(`${HOST} [data-il-sidebar="open"]`).waitFor();
    await page.reload();
    await page.locator(`${HOST} [data-il-sidebar="open"]`).waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('recovers from a 429: rate limited, then the critique', async () => {
    const id = '1rateLimitedDoc0000000000000';
    const calls = await routeDoc(id, {
      exportRoute: (route, n) =>
        n === 1
          ? route.fulfill({ status: 429, contentType: 'text/html', headers: { 'retry-after': '1' }, body: '<html>Too Many Requests</html>' })
          : route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: EXPORT_TXT }),
    });
    const { page, errors } = await openDoc(docUrl(id));
    const status = page.locator(`${HOST} [data-il-status="rate-limited"]`);
    await status.waitFor({ timeout: 20_000 });
    expect(await status.textContent()).toContain('slow down');
    await page.locator(`${HOST} [data-il-sidebar]`).screenshot({ path: join(SHOTS, 'google-docs-sidebar-rate-limited.png') });
    await page.locator(`${HOST} [data-il-bullet]`).first().waitFor({ timeout: 15_000 });
    expect(await bulletTexts(page)).toEqual(BULLETS);
    expect(await status.count()).toBe(0);
    expect(calls).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports the sign-in page as such (redirect to accounts.google.com)', async () => {
    const id = '1signedOutDoc000000000000000';
    await session.context.route('https://accounts.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: SIGNIN }),
    );
    await routeDoc(id, {
      exportRoute: (route) =>
        route.fulfill({ status: 302, headers: { location: `https://accounts.google.com/ServiceLogin?continue=${encodeURIComponent(route.request().url())}` } }),
    });
    const { page, errors } = await openDoc(docUrl(id));
    const status = page.locator(`${HOST} [data-il-status="signin"]`);
    await status.waitFor({ timeout: 20_000 });
    expect(await status.textContent()).toContain('Sign in to Google');
    expect(await page.locator(`${HOST} [data-il-bullet]`).count()).toBe(0);
    await page.locator(`${HOST} [data-il-sidebar]`).screenshot({ path: join(SHOTS, 'google-docs-sidebar-signin.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports a sign-in page served as HTML by docs.google.com itself', async () => {
    const id = '1signInHtmlDoc00000000000000';
    await routeDoc(id, { exportRoute: (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: SIGNIN }) });
    const { page } = await openDoc(docUrl(id));
    await page.locator(`${HOST} [data-il-status="signin"]`).waitFor({ timeout: 20_000 });
    await page.close();
  });

  it('drives the sidebar from the annotated canvas: live text, click-to-select, typing', async () => {
    const id = '1annotatedDocId0000000000000';
    const calls = await routeDoc(id, { annotated: true });
    const started = Date.now();
    const { page, errors } = await openDoc(docUrl(id));

    // Our MAIN-world script set the flag to this extension's id before "Docs" booted.
    expect(await page.evaluate(() => (window as any).__docsFixture.flag)).toBe(session.extensionId);
    expect(await page.locator('.kix-canvas-tile-content svg rect[aria-label]').count()).toBeGreaterThan(10);

    await page.locator(`${HOST} [data-il-sidebar][data-il-source="canvas"] [data-il-bullet]`).first().waitFor({ timeout: 10_000 });
    console.log(`annotated canvas: navigation to bullets listed in ${Date.now() - started} ms`);
    expect(await bulletTexts(page)).toEqual(BULLETS);
    expect((await rulesOf(page, BULLETS[2]!))!.split(' ')).toContain('weak-ownership');
    expect(calls).toEqual([]); // the export was never needed

    // Click a bullet: Docs selects exactly that text (offsets into getText()).
    await page.locator(`${HOST} [data-il-select]`, { hasText: BULLETS[2]! }).click();
    await expect.poll(() => page.evaluate(() => (window as any).__docsFixture.state.setSelectionCalls.length)).toBe(1);
    const selected = await page.evaluate(() => {
      const f = (window as any).__docsFixture;
      const [s, e] = f.state.setSelectionCalls[0];
      return f.text().slice(s, e);
    });
    expect(selected).toBe(BULLETS[2]);
    await page.locator(`${HOST} .il-docs-selected`).waitFor();
    await page.locator(`${HOST} [data-il-sidebar]`).screenshot({ path: join(SHOTS, 'google-docs-sidebar-canvas.png') });
    await page.screenshot({ path: join(SHOTS, 'google-docs-page-canvas.png') });

    // Typing: the list updates in place after the typing stops: rows never vanish, scroll stays.
    const body = page.locator(`${HOST} .il-docs-body`);
    await body.evaluate((el) => (el.scrollTop = 150));
    const before = await body.evaluate((el) => el.scrollTop);
    await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      (window as any).__minRows = Infinity;
      new MutationObserver(() => {
        (window as any).__minRows = Math.min((window as any).__minRows, root.querySelectorAll('[data-il-bullet]').length);
      }).observe(root, { subtree: true, childList: true, attributes: true });
    }, HOST);
    const typedAt = Date.now();
    await page.evaluate((old) => {
      const f = (window as any).__docsFixture;
      f.setText(f.text().slice(1).replace(old, 'Cut payment failures 22% by rebuilding retries, saving $1.2M a year.'));
    }, BULLETS[3]!);
    await expect.poll(() => bulletTexts(page), { timeout: 10_000 }).toContain('Cut payment failures 22% by rebuilding retries, saving $1.2M a year.');
    console.log(`annotated canvas: edit to updated sidebar in ${Date.now() - typedAt} ms`);
    expect(await rulesOf(page, 'Cut payment failures 22% by rebuilding retries, saving $1.2M a year.')).toBe('');
    expect(await page.evaluate(() => (window as any).__minRows)).toBeGreaterThan(0);
    expect(await body.evaluate((el) => el.scrollTop)).toBe(before);

    // Suggestion mode is reported.
    await page.evaluate(() => (document.querySelector('#docs-toolbar-mode-switcher span')!.textContent = 'Suggesting'));
    await page.locator(`${HOST} [data-il-notice="suggesting"]`).waitFor({ timeout: 5_000 });

    // A very long document is reported, not critiqued.
    await page.evaluate(() => (window as any).__docsFixture.setText('Led the launch of a new product line.\n'.repeat(2_000)));
    await page.locator(`${HOST} [data-il-status="too-long"]`).waitFor({ timeout: 10_000 });
    expect(await page.locator(`${HOST} [data-il-status="too-long"]`).textContent()).toContain('too long');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('falls back to the export when Docs ignores the flag (no annotated canvas)', async () => {
    // Same fixture page as the first test: Docs without the API. Measures the fallback delay.
    const id = '1fallbackDocId00000000000000';
    const calls = await routeDoc(id);
    const started = Date.now();
    const { page } = await openDoc(docUrl(id));
    expect(await page.evaluate(() => typeof (window as any)._docs_annotate_getAnnotatedText)).toBe('undefined');
    await page.locator(`${HOST} [data-il-sidebar][data-il-source="export"] [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    console.log(`export fallback: navigation to bullets listed in ${Date.now() - started} ms`);
    expect(calls).toHaveLength(1);
    await page.close();
  });

  it('falls back to the export when Docs renders the document as HTML', async () => {
    const id = '1htmlRenderedDoc000000000000';
    const calls = await routeDoc(id, { html: true });
    const started = Date.now();
    const { page, errors } = await openDoc(docUrl(id));
    await page.locator(`${HOST} [data-il-sidebar][data-il-source="export"] [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    console.log(`export fallback (HTML-rendered Docs): navigation to bullets listed in ${Date.now() - started} ms`);
    expect(await page.locator('.kix-lineview').count()).toBeGreaterThan(10);
    expect(await bulletTexts(page)).toEqual(BULLETS);
    expect(calls).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when the canvas comes after the export, swaps the list once: no double rows, no empty list', async () => {
    const id = '1lateCanvasDocId000000000000';
    const calls = await routeDoc(id);
    const { page, errors } = await openDoc(docUrl(id));
    await page.locator(`${HOST} [data-il-sidebar][data-il-source="export"] [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    expect(await bulletTexts(page)).toEqual(BULLETS);
    // Watch every rendering of the sidebar from here: the rows it lists and the source it names.
    await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      const w = window as any;
      w.__rows = { min: Infinity, max: 0, sources: [] as string[] };
      new MutationObserver(() => {
        const n = root.querySelectorAll('[data-il-bullet]').length;
        w.__rows.min = Math.min(w.__rows.min, n);
        w.__rows.max = Math.max(w.__rows.max, n);
        const source = root.querySelector('[data-il-sidebar]')?.getAttribute('data-il-source') ?? '';
        if (w.__rows.sources.at(-1) !== source) w.__rows.sources.push(source);
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }, HOST);
    // Docs comes round late (the page bridge keeps looking, slowly, after its verdict).
    const lateAt = Date.now();
    await page.evaluate(() => (window as any).__docsFixture.enableAnnotations());
    await page.locator(`${HOST} [data-il-sidebar][data-il-source="canvas"] [data-il-select]`).first().waitFor({ timeout: 15_000 });
    console.log(`late canvas: annotations on to canvas list in ${Date.now() - lateAt} ms`);
    expect(await bulletTexts(page)).toEqual(BULLETS);
    const rows = await page.evaluate(() => (window as any).__rows);
    expect(rows.min).toBe(BULLETS.length);
    expect(rows.max).toBe(BULLETS.length);
    expect(rows.sources.filter((s: string) => s !== 'export')).toEqual(['canvas']);
    // The canvas is live from now on: no more export reads.
    await page.waitForTimeout(1_000);
    expect(calls).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
