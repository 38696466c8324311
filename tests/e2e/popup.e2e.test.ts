// The popup and the options page end to end, in headless Chromium with the built extension: the
// popup summarises a fixture LinkedIn profile with exactly the page's numbers; settings changed in
// the options page or the popup reach the open tab at once, without a reload; a dismissed finding
// stays dismissed after a reload; the toolbar badge shows the score; axe finds no violation in light
// and dark; screenshots of both pages land in test-results/ for a person to look at.
//
// The popup is opened as chrome-extension://<id>/popup.html?tab=<id> in a tab of its own: a tab
// is not a toolbar popup, so `?tab=` names the tab to summarise (the real popup uses the active tab).
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGACY_PROFILE, HOSTS, routeLinkedIn, waitForHosts } from '../linkedin/e2e-pages.ts';
import { ROOT } from './builds.ts';
import { launchWithExtension, type ExtensionSession } from './harness.ts';

const SHOTS = join(ROOT, 'test-results');

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeLinkedIn(session.context);
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

type Scheme = 'light' | 'dark';

async function openPopup(tabId: number, scheme: Scheme = 'light'): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return page;
}

async function openOptions(scheme: Scheme = 'light'): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('.il-options main').waitFor();
  return page;
}

let axeSource: Promise<string> | undefined;

/** axe-core's violations on the page as it is (real layout and colours, so contrast counts). */
async function axe(page: Page): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Through CDP's evaluate, which the extension pages' CSP does not apply to.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(await axeSource);
  const { violations, contrastChecked } = await page.evaluate(async () => {
    type Result = { id: string; help: string; nodes: Array<{ target: string[] }> };
    const { axe } = globalThis as unknown as { axe: { run(ctx: Document): Promise<{ violations: Result[]; passes: Result[] }> } };
    const res = await axe.run(document);
    return {
      violations: res.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      contrastChecked: [...res.passes, ...res.violations].some((r) => r.id === 'color-contrast' && r.nodes.length > 0),
    };
  });
  // Contrast is the point of running axe here (happy-dom cannot): make sure it was judged.
  expect(contrastChecked, 'axe judged no text for colour contrast').toBe(true);
  return violations;
}

describe('the pages on their own', () => {
  it('a tab without our content script: the popup offers to critique pasted text, via the worker', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(999_999_999, scheme); // no such tab: nothing answers
      await popup.locator('[data-il-state="none"]').waitFor();
      expect(await axe(popup)).toEqual([]);
      await popup.fill('#il-paste-text', 'Responsible for maintaining the CI pipeline\nLed a team of 5 engineers\nCut checkout abandonment 12% by shipping one-page checkout to 1.7M merchants');
      await popup.click('[data-il-action="critique"]');
      await popup.locator('[data-il-paste-result]').waitFor();
      expect(Number(await popup.locator('.il-gauge').getAttribute('data-score'))).toBeGreaterThan(0);
      expect(await popup.locator('[data-il-bullet]').count()).toBe(3);
      const weak = popup.locator('[data-il-bullet="Responsible for maintaining the CI pipeline"]');
      expect(await weak.getAttribute('data-rules')).toContain('weak-ownership');
      await weak.click();
      await popup.locator('.il-finding[data-rule="weak-ownership"]').waitFor();
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot({ path: join(SHOTS, `popup-paste-${scheme}.png`), fullPage: true });
      await popup.close();
    }
  });

  it('a long pasted resume: the popup stays within Chrome’s 600 px, header, Critique and Settings in view; the critique scrolls inside', async () => {
    const sample = await readFile(join(ROOT, 'cli/sample-resume.txt'), 'utf8');
    const resume = `${sample}\n${sample}`; // two resumes' worth: far taller than any popup
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(999_999_999, scheme); // 360 x 600: Chrome's largest popup is 800 x 600
      await popup.locator('[data-il-state="none"]').waitFor();
      await popup.fill('#il-paste-text', resume);
      await popup.click('[data-il-action="critique"]');
      const result = popup.getByRole('region', { name: 'Critique of the pasted text' });
      await result.waitFor();
      expect(await popup.locator('[data-il-bullet]').count()).toBeGreaterThan(40);
      const measure = () =>
        popup.evaluate(() => {
          const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
          const region = document.querySelector('[data-il-paste-result]')!;
          return {
            documentHeight: document.documentElement.scrollHeight,
            popupHeight: box('.il-popup').height,
            headerTop: box('.il-bar').top,
            critiqueBottom: box('[data-il-action="critique"]').bottom,
            settingsBottom: box('[data-il-action="options"]').bottom,
            resultScrolls: region.scrollHeight > region.clientHeight + 100,
          };
        });
      const m = await measure();
      console.log(`popup with a ${resume.length}-character resume (${scheme}): ${JSON.stringify(m)}`);
      // The document never needs the popup window's own scrollbar: nothing scrolls away.
      expect(m.documentHeight).toBeLessThanOrEqual(600);
      expect(m.popupHeight).toBeLessThanOrEqual(600);
      expect(m.headerTop).toBeGreaterThanOrEqual(0);
      expect(m.critiqueBottom).toBeLessThanOrEqual(600);
      expect(m.settingsBottom).toBeLessThanOrEqual(600);
      expect(m.resultScrolls).toBe(true);
      // The last bullet is reached by scrolling the critique, not the popup.
      const last = popup.locator('[data-il-bullet]').last();
      await last.scrollIntoViewIfNeeded();
      expect(await popup.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
      const lastBox = (await last.boundingBox())!;
      expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(600);
      expect(await popup.getByRole('button', { name: 'Settings' }).isVisible()).toBe(true);
      // Opening a row keeps the bounds (the panel grows inside the scroll box).
      await last.click();
      await expect.poll(() => last.getAttribute('aria-expanded')).toBe('true');
      expect((await measure()).documentHeight).toBeLessThanOrEqual(600);
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot({ path: join(SHOTS, `popup-paste-long-${scheme}.png`) });

      // Unbounded by the window (a taller viewport), the popup's own box still stops at 600 px.
      await popup.setViewportSize({ width: 360, height: 900 });
      expect((await measure()).popupHeight).toBeLessThanOrEqual(600);
      await popup.close();
    }
  });

  it('options: every rule, the sites, the lens; no axe violations in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const options = await openOptions(scheme);
      expect(await options.locator('.il-setting[data-rule]').count()).toBe(15);
      expect(await axe(options)).toEqual([]);
      await options.screenshot({ path: join(SHOTS, `options-${scheme}.png`), fullPage: true });
      await options.close();
    }
  });
});

// ---------- with a LinkedIn profile open ----------

const CI = 'Responsible for maintaining the CI pipeline';
const TASKED = 'Was tasked with improving the checkout flow';

/** The few extension APIs the tests call in the worker (the project's types leave `chrome` out). */
interface WorkerChrome {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

const badgeText = (tabId: number) =>
  session.worker.evaluate((tabId) => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({ tabId }), tabId);

/** The browser's id for a page's tab: the active tab once the page is brought to the front. */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return session.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
  });
}

/** What the page's annotations show: every row opened, findings counted by rule, block scores weighted by bullets. */
async function pageNumbers(page: Page) {
  await setAllOpen(page, true);
  return page.evaluate((sel) => {
    let weighted = 0;
    let bullets = 0;
    const counts: Record<string, number> = {};
    for (const host of Array.from(document.querySelectorAll(sel))) {
      const root = host.shadowRoot!;
      const n = root.querySelectorAll('[data-il-bullet]').length;
      weighted += Number(root.querySelector('[data-score]')?.getAttribute('data-score') ?? 0) * n;
      bullets += n;
      for (const f of Array.from(root.querySelectorAll('.il-finding[data-rule]'))) {
        const rule = f.getAttribute('data-rule')!;
        counts[rule] = (counts[rule] ?? 0) + 1;
      }
    }
    return { score: Math.round(weighted / bullets), bullets, counts };
  }, HOSTS);
}

/** Opens (or closes) every annotation row on the page, as a click on each marker would. */
async function setAllOpen(page: Page, open: boolean): Promise<void> {
  await page.evaluate(
    ({ open, sel }) => {
      for (const host of Array.from(document.querySelectorAll(sel))) {
        for (const m of Array.from(host.shadowRoot!.querySelectorAll<HTMLElement>('[data-il-bullet]'))) {
          if ((m.getAttribute('aria-expanded') === 'true') !== open) m.click();
        }
      }
    },
    { open, sel: HOSTS },
  );
  await expect.poll(() => page.locator(`[data-il-bullet][aria-expanded="${!open}"]`).count()).toBe(0);
}

/** What the popup shows: gauge score, bullets, findings by rule. */
async function popupNumbers(popup: Page) {
  await popup.locator('[data-il-state="ready"]').waitFor();
  const score = Number(await popup.locator('.il-gauge').getAttribute('data-score'));
  const totals = await popup.locator('[data-il-totals]').innerText();
  const counts = Object.fromEntries(
    await popup.locator('.il-count').evaluateAll((els) => els.map((e) => [e.getAttribute('data-rule')!, Number(e.getAttribute('data-count'))])),
  ) as Record<string, number>;
  return { score, bullets: Number(/^(\d+)/.exec(totals)![1]), counts };
}

const rulesOf = async (page: Page, bullet: string) =>
  ((await page.locator(`[data-il-bullet="${bullet}"]`).getAttribute('data-rules')) ?? '').split(' ').filter(Boolean);

describe('with a LinkedIn profile open', () => {
  let profile: Page;
  let tabId: number;

  beforeAll(async () => {
    profile = await session.context.newPage();
    await profile.goto(LEGACY_PROFILE);
    await waitForHosts(profile, 6);
    tabId = await tabIdOf(profile);
    // Gone after any reload: proves the live updates below needed none.
    await profile.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  });

  const notReloaded = () => profile.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

  it("the popup's score and counts equal the page's; the badge shows the score", async () => {
    const popup = await openPopup(tabId);
    const shown = await popupNumbers(popup);
    const onPage = await pageNumbers(profile);
    expect(shown).toEqual(onPage);
    expect(Object.keys(shown.counts)).toContain('weak-ownership');
    expect(await badgeText(tabId)).toBe(String(shown.score));
    await popup.close();
  });

  it('a top fix scrolls the page to its bullet and opens its annotation', async () => {
    await profile.evaluate(() => window.scrollTo(0, 0));
    await setAllOpen(profile, false);
    const popup = await openPopup(tabId);
    const fix = popup.locator('[data-il-fix]').first();
    await fix.waitFor();
    const bullet = (await fix.locator('.il-fix-bullet').innerText()).replace(/^“|”$/g, '');
    await fix.click();
    const marker = profile.locator(`[data-il-bullet="${bullet}"]`);
    await expect.poll(() => marker.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => marker.evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);
    await popup.close();
  });

  it("the popup's lens switch changes the page's severities live", async () => {
    const marker = profile.locator(`[data-il-bullet="${CI}"]`);
    const severity = () => profile.locator('.il-row', { has: marker }).locator('.il-finding[data-rule="tech-first"]').getAttribute('data-severity');
    if ((await marker.getAttribute('aria-expanded')) !== 'true') await marker.click();
    expect(await severity()).toBe('warning');
    const popup = await openPopup(tabId);
    const before = await popupNumbers(popup);
    await popup.getByRole('radio', { name: 'Engineer' }).check();
    await expect.poll(severity).toBe('info');
    // The popup follows: its numbers are the page's again.
    await expect.poll(async () => (await popupNumbers(popup)).score).not.toBe(before.score);
    expect(await popupNumbers(popup)).toEqual(await pageNumbers(profile));
    await popup.getByRole('radio', { name: 'PM' }).check();
    await expect.poll(severity).toBe('warning');
    expect(await notReloaded()).toBe(true);
    await popup.close();
  });

  it('turning a rule off in options removes its annotations from the open tab, no reload; on brings them back', async () => {
    expect(await profile.locator('[data-rules~="no-metric"]').count()).toBeGreaterThan(0);
    const options = await openOptions();
    await options.locator('[data-il-switch="rule-no-metric"]').uncheck();
    await expect.poll(() => profile.locator('[data-rules~="no-metric"]').count()).toBe(0);
    expect(await profile.locator('.il-finding[data-rule="no-metric"]').count()).toBe(0);
    const popup = await openPopup(tabId);
    await expect.poll(async () => (await popupNumbers(popup)).counts['no-metric']).toBeUndefined();
    await options.locator('[data-il-switch="rule-no-metric"]').check();
    await expect.poll(() => profile.locator('[data-rules~="no-metric"]').count()).toBeGreaterThan(0);
    expect(await notReloaded()).toBe(true);
    await popup.close();
    await options.close();
  });

  it('a finding dismissed from its annotation stays dismissed after reload, and Restore in options brings it back', async () => {
    const marker = profile.locator(`[data-il-bullet="${CI}"]`);
    if ((await marker.getAttribute('aria-expanded')) !== 'true') await marker.click();
    const row = profile.locator('.il-row', { has: marker });
    await row.locator('.il-finding[data-rule="weak-ownership"] [data-il-action="dismiss"]').click();
    await expect.poll(() => rulesOf(profile, CI)).not.toContain('weak-ownership');
    expect(await rulesOf(profile, TASKED)).toContain('weak-ownership'); // one bullet only

    await profile.reload();
    await waitForHosts(profile, 6);
    expect(await rulesOf(profile, CI)).not.toContain('weak-ownership');
    expect(await rulesOf(profile, CI)).toContain('no-metric');
    expect(await rulesOf(profile, TASKED)).toContain('weak-ownership');
    await profile.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    const options = await openOptions();
    const item = options.locator('.il-dismissed[data-rule="weak-ownership"]');
    expect(await item.innerText()).toContain(CI);
    await options.screenshot({ path: join(SHOTS, 'options-dismissed-light.png'), fullPage: true });
    await item.getByRole('button', { name: /^Restore/ }).click();
    await expect.poll(() => rulesOf(profile, CI)).toContain('weak-ownership');
    expect(await notReloaded()).toBe(true);
    await options.close();
  });

  it('the LinkedIn switch off removes every annotation; the popup says so; on brings them back', async () => {
    const options = await openOptions();
    await options.locator('[data-il-switch="site-linkedin"]').uncheck();
    await expect.poll(() => profile.locator(HOSTS).count()).toBe(0);
    const popup = await openPopup(tabId);
    await popup.locator('[data-il-state="off"]').waitFor();
    await popup.screenshot({ path: join(SHOTS, 'popup-off-light.png') });
    expect(await badgeText(tabId)).toBe('');
    await popup.getByRole('button', { name: 'Turn on for LinkedIn' }).click();
    await waitForHosts(profile, 6);
    await popup.locator('[data-il-state="ready"]').waitFor();
    expect(await options.locator('[data-il-switch="site-linkedin"]').isChecked()).toBe(true);
    expect(await notReloaded()).toBe(true);
    await popup.close();
    await options.close();
  });

  it('the ready popup: no axe violations, light and dark (screenshots in test-results/)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(tabId, scheme);
      await popup.locator('[data-il-state="ready"]').waitFor();
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot({ path: join(SHOTS, `popup-ready-${scheme}.png`), fullPage: true });
      await popup.close();
    }
    // The page's own annotations, a panel open with its Dismiss links.
    const marker = profile.locator(`[data-il-bullet="${CI}"]`);
    if ((await marker.getAttribute('aria-expanded')) !== 'true') await marker.click();
    await marker.scrollIntoViewIfNeeded();
    await profile.screenshot({ path: join(SHOTS, 'linkedin-profile-settings.png') });
  });
});

// ---------- with a Google Doc open ----------

const DOCS_FIXTURES = join(import.meta.dirname, '../fixtures/google-docs');
const DOCS_HOST = 'impact-lens-docs-sidebar';
const DOC_WEAK = 'Responsible for the roadmap of the reporting product.';

describe('with a Google Doc open (the txt export)', () => {
  let doc: Page;
  let tabId: number;

  beforeAll(async () => {
    const id = '1popupDocId00000000000000000';
    // The editor page with the canvas emulation told to ignore the flag: the sidebar reads the export.
    const html = (await readFile(join(DOCS_FIXTURES, 'edit-page.html'), 'utf8')).replace(
      '<!--FIXTURE-SCRIPTS-->',
      `<script>window.__docsFixtureIgnoreFlag = true;</script><script>${await readFile(join(DOCS_FIXTURES, 'annotated-canvas.js'), 'utf8')}</script>`,
    );
    const text = await readFile(join(DOCS_FIXTURES, 'export-resume.txt'));
    await session.context.route(`https://docs.google.com/document/d/${id}/edit**`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await session.context.route(`https://docs.google.com/document/d/${id}/export**`, (r) => r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text }));
    doc = await session.context.newPage();
    await doc.setViewportSize({ width: 1280, height: 900 });
    await doc.goto(`https://docs.google.com/document/d/${id}/edit`);
    await doc.locator(`${DOCS_HOST} [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    tabId = await tabIdOf(doc);
  });

  /** The sidebar's numbers: its score badge, its bullets, every finding shown (rows with findings start open). */
  const sidebarNumbers = () =>
    doc.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const counts: Record<string, number> = {};
      for (const f of Array.from(root.querySelectorAll('.il-finding[data-rule]'))) counts[f.getAttribute('data-rule')!] = (counts[f.getAttribute('data-rule')!] ?? 0) + 1;
      return {
        score: Number(root.querySelector('.il-docs-head [data-score]')!.getAttribute('data-score')),
        bullets: root.querySelectorAll('[data-il-bullet]').length,
        counts,
      };
    }, DOCS_HOST);

  it("the popup's numbers equal the sidebar's; the badge shows the score; a top fix opens its row", async () => {
    const popup = await openPopup(tabId);
    expect(await popupNumbers(popup)).toEqual(await sidebarNumbers());
    expect(await badgeText(tabId)).toBe(String((await sidebarNumbers()).score));
    // Close the first fix's row in the sidebar, then reveal it from the popup.
    const fix = popup.locator('[data-il-fix]').first();
    const key = (await fix.getAttribute('data-il-fix'))!;
    const marker = doc.locator(`${DOCS_HOST} [data-il-key="${key}"] .il-marker`);
    await marker.click();
    await expect.poll(() => marker.getAttribute('aria-expanded')).toBe('false');
    await fix.click();
    await expect.poll(() => marker.getAttribute('aria-expanded')).toBe('true');
    await popup.close();
  });

  it('rules, lens and dismissals apply to the sidebar live; a dismissal survives a reload', async () => {
    const row = doc.locator(`${DOCS_HOST} .il-docs-row`, { hasText: DOC_WEAK });
    const options = await openOptions();
    // A rule off: gone from the sidebar at once.
    expect(await row.locator('.il-finding[data-rule="no-metric"]').count()).toBe(1);
    await options.locator('[data-il-switch="rule-no-metric"]').uncheck();
    await expect.poll(() => doc.locator(`${DOCS_HOST} .il-finding[data-rule="no-metric"]`).count()).toBe(0);
    await options.locator('[data-il-switch="rule-no-metric"]').check();
    await expect.poll(() => row.locator('.il-finding[data-rule="no-metric"]').count()).toBe(1);
    // The lens: this resume has no lens-dependent severity, but the weights change the score.
    const before = (await sidebarNumbers()).score;
    await options.getByRole('radio', { name: /Engineer lens/ }).check();
    await expect.poll(async () => (await sidebarNumbers()).score).toBeGreaterThan(before);
    await options.getByRole('radio', { name: /Product lens/ }).check();
    await expect.poll(async () => (await sidebarNumbers()).score).toBe(before);
    // Dismiss, reload, still dismissed; the popup agrees with the sidebar.
    await row.locator('.il-finding[data-rule="weak-ownership"] [data-il-action="dismiss"]').click();
    await expect.poll(() => row.locator('.il-finding[data-rule="weak-ownership"]').count()).toBe(0);
    await doc.reload();
    await doc.locator(`${DOCS_HOST} [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    expect(await row.locator('.il-finding[data-rule="no-metric"]').count()).toBe(1);
    expect(await row.locator('.il-finding[data-rule="weak-ownership"]').count()).toBe(0);
    const popup = await openPopup(tabId);
    expect(await popupNumbers(popup)).toEqual(await sidebarNumbers());
    await popup.close();
    // Restore in options: back at once.
    await options.reload();
    await options.locator('.il-dismissed[data-site="googleDocs"]').getByRole('button', { name: /^Restore/ }).click();
    await expect.poll(() => row.locator('.il-finding[data-rule="weak-ownership"]').count()).toBe(1);
    await options.close();
  });

  it('a finding about the whole document: Dismiss in this document, rescored, kept after a reload, listed by title, Restore', async () => {
    // Another document whose bullets open with "Built" three times: verb repetition.
    const id = '1popupDocIdWhole00000000000';
    const html = (await readFile(join(DOCS_FIXTURES, 'edit-page.html'), 'utf8')).replace(
      '<!--FIXTURE-SCRIPTS-->',
      `<script>window.__docsFixtureIgnoreFlag = true;</script><script>${await readFile(join(DOCS_FIXTURES, 'annotated-canvas.js'), 'utf8')}</script>`,
    );
    const text = (await readFile(join(DOCS_FIXTURES, 'export-resume.txt'), 'utf8')).replace(
      '* Cut checkout drop-off',
      '* Built the card form in React.\n* Built the fraud rules with the risk team.\n* Built a payouts dashboard for merchants.\n* Cut checkout drop-off',
    );
    await session.context.route(`https://docs.google.com/document/d/${id}/edit**`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await session.context.route(`https://docs.google.com/document/d/${id}/export**`, (r) => r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text }));
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`https://docs.google.com/document/d/${id}/edit`);
    await page.locator(`${DOCS_HOST} [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    const whole = page.locator(`${DOCS_HOST} [data-il-document-findings] .il-finding[data-rule="verb-repetition"]`);
    await whole.waitFor();
    const score = async () => Number(await page.locator(`${DOCS_HOST} .il-docs-head [data-score]`).getAttribute('data-score'));
    const before = await score();
    await whole.getByRole('button', { name: 'Dismiss Verb repetition in this document' }).click();
    await expect.poll(() => whole.count()).toBe(0);
    expect(await score()).toBeGreaterThan(before);
    const after = await score();
    // The popup reads the same numbers.
    const popup = await openPopup(await tabIdOf(page));
    const shown = await popupNumbers(popup);
    expect(shown.score).toBe(after);
    expect(shown.counts['verb-repetition']).toBeUndefined();
    await popup.close();
    // A reload: still dismissed for this document.
    await page.reload();
    await page.locator(`${DOCS_HOST} [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    await expect.poll(score).toBe(after);
    expect(await whole.count()).toBe(0);
    // Settings lists it by the document's title (never its id); Restore brings it back at once.
    const options = await openOptions();
    const item = options.locator('.il-dismissed[data-scope="document"][data-rule="verb-repetition"]');
    expect(await item.innerText()).toContain('Jordan Rivera - Resume');
    expect(await item.innerText()).not.toContain(id);
    await options.screenshot({ path: join(SHOTS, 'options-dismissed-document-light.png'), fullPage: true });
    await item.getByRole('button', { name: 'Restore Verb repetition on Jordan Rivera - Resume' }).click();
    await expect.poll(() => whole.count()).toBe(1);
    await expect.poll(score).toBe(before);
    await options.close();
    await page.close();
  });

  it('the Google Docs switch off removes the sidebar; on brings it back', async () => {
    const options = await openOptions();
    await options.locator('[data-il-switch="site-googleDocs"]').uncheck();
    await expect.poll(() => doc.locator(`${DOCS_HOST} [data-il-sidebar]`).count()).toBe(0);
    const popup = await openPopup(tabId);
    await popup.locator('[data-il-state="off"]').waitFor();
    await options.locator('[data-il-switch="site-googleDocs"]').check();
    await doc.locator(`${DOCS_HOST} [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    await popup.locator('[data-il-state="ready"]').waitFor();
    await popup.close();
    await options.close();
  });
});
