/// <reference types="chrome" />
// (`chrome` below runs in the extension's worker, through evaluate.)
// SPA navigation on LinkedIn, in real headless Chromium with the built extension: the URL changes
// (pushState, or popstate on back/forward) before the page's content does, and the content script
// hears of it at once (WXT, through the Navigation API). The previous page's blocks, still on
// screen, must not be critiqued or annotated as the new page's (stale.ts): counted in the worker
// (the `analyze` messages and their texts) and in the page (no host of ours mounted into the old
// content after the URL changed).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FEED,
  HOSTS,
  LEGACY_EDIT,
  LEGACY_PROFILE,
  PAGES,
  SDUI_DETAILS,
  SDUI_PROFILE,
  annotatedBullets,
  routeLinkedIn,
  spaNavigate,
  waitForHosts,
} from '../linkedin/e2e-pages.ts';
import { fixtureHtml } from '../linkedin/fixtures.ts';
import { launchWithExtension, recordAnalyzeTexts, type ExtensionSession } from './harness.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeLinkedIn(session.context);
});

afterAll(async () => {
  await session?.close();
});

/** The `analyze` texts the worker receives from now on; the empty warm-up critique left out. */
async function recordAnalyze(): Promise<() => Promise<string[]>> {
  const texts = await recordAnalyzeTexts(session);
  return async () => (await texts()).filter(Boolean);
}

/**
 * From now on, counts the hosts of ours mounted inside the content on screen now (the old page):
 * once the URL changed, none may be. Call right before the navigation, with the old UI settled.
 */
async function watchOldContent(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __ilIntoOld: number };
    const old = Array.from(document.body.children);
    w.__ilIntoOld = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) {
          if (n.nodeType !== 1 || !(n as Element).tagName.toLowerCase().startsWith('impact-lens-')) continue;
          if (old.some((o) => o.contains(n))) w.__ilIntoOld += 1;
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __ilIntoOld: number }).__ilIntoOld);
}

/** Back or forward (popstate), LinkedIn-style: the page's content swapped `delayMs` after. */
async function spaTraverse(page: Page, direction: 'back' | 'forward', url: string, delayMs: number): Promise<void> {
  const html = fixtureHtml(PAGES[url]!);
  await page.evaluate(
    ({ direction, html, delayMs }) => {
      addEventListener(
        'popstate',
        () => {
          setTimeout(() => {
            const next = new DOMParser().parseFromString(html, 'text/html');
            document.title = next.title;
            document.body.replaceChildren(...Array.from(next.body.childNodes).map((n) => document.importNode(n, true)));
          }, delayMs);
        },
        { once: true },
      );
      if (direction === 'back') history.back();
      else history.forward();
    },
    { direction, html, delayMs },
  );
  await page.waitForURL(url);
}

async function open(url: string, hosts: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  if (hosts) await waitForHosts(page, hosts);
  return page;
}

/** The texts a page's own first session critiques (a full load, nothing before it). */
async function ownTexts(url: string, hosts: number): Promise<string[]> {
  const texts = await recordAnalyze();
  const page = await open(url, hosts);
  await page.waitForTimeout(300);
  const out = await texts();
  await page.close();
  return out;
}

describe('SPA navigation: the previous page is never critiqued', () => {
  it('profile -> profile: only the new profile is critiqued, nothing mounts into the old one', async () => {
    const sduiTexts = await ownTexts(SDUI_PROFILE, 5);
    const legacyTexts = await ownTexts(LEGACY_PROFILE, 6);
    const page = await open(LEGACY_PROFILE, 6);
    for (const delay of [300, 0]) {
      const [to, hosts, own] = delay ? [SDUI_PROFILE, 5, sduiTexts] : [LEGACY_PROFILE, 6, legacyTexts];
      const texts = await recordAnalyze();
      const intoOld = await watchOldContent(page);
      await spaNavigate(page, to, { domDelayMs: delay });
      await waitForHosts(page, hosts);
      await page.waitForTimeout(300); // late work on the old page would show now
      const sent = await texts();
      console.log(`-> ${to} (content ${delay} ms after pushState): ${sent.length} analyze messages with text (the page's own: ${own.length})`);
      expect(await intoOld(), 'hosts mounted into the old page').toBe(0);
      expect([...sent].sort(), 'the new page, each block once').toEqual([...own].sort());
      expect(await page.locator(HOSTS).count()).toBe(hosts);
    }
    await page.close();
  });

  it('profile -> details -> back -> forward (pushState, popstate): each page annotated only once it is on screen', async () => {
    const detailsTexts = await ownTexts(SDUI_DETAILS, 4);
    const profileTexts = await ownTexts(SDUI_PROFILE, 5);
    const page = await open(SDUI_PROFILE, 5);
    const steps = [
      { go: () => spaNavigate(page, SDUI_DETAILS, { domDelayMs: 200 }), hosts: 4, own: detailsTexts, name: 'pushState to details' },
      { go: () => spaTraverse(page, 'back', SDUI_PROFILE, 200), hosts: 5, own: profileTexts, name: 'back to the profile' },
      { go: () => spaTraverse(page, 'forward', SDUI_DETAILS, 0), hosts: 4, own: detailsTexts, name: 'forward to details' },
    ];
    for (const step of steps) {
      const texts = await recordAnalyze();
      const intoOld = await watchOldContent(page);
      await step.go();
      await waitForHosts(page, step.hosts);
      await page.waitForTimeout(300);
      const sent = await texts();
      console.log(`${step.name}: ${sent.length} analyze messages with text (the page's own: ${step.own.length})`);
      expect(await intoOld(), `${step.name}: hosts mounted into the old page`).toBe(0);
      expect([...sent].sort(), step.name).toEqual([...step.own].sort());
    }
    await page.close();
  });

  it("the toolbar badge never shows the previous profile's score once the URL changed", async () => {
    const badgeOf = async (page: Page) => {
      await page.bringToFront();
      return session.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.action.getBadgeText({ tabId: tab!.id! });
      });
    };
    const sdui = await open(SDUI_PROFILE, 5);
    await expect.poll(() => badgeOf(sdui)).not.toBe('');
    const sduiScore = await badgeOf(sdui);
    await sdui.close();
    const page = await open(LEGACY_PROFILE, 6);
    await expect.poll(() => badgeOf(page)).not.toBe('');
    const legacyScore = await badgeOf(page);
    expect(legacyScore, 'the two fixtures score differently').not.toBe(sduiScore);
    // The new profile's data takes a second to come: the badge is sampled all along.
    await spaNavigate(page, SDUI_PROFILE, { domDelayMs: 1000 });
    const samples: string[] = [];
    while ((await page.locator(HOSTS).count()) !== 5 || samples[samples.length - 1] !== sduiScore) {
      samples.push(await badgeOf(page));
      expect(samples.length, 'the badge reaches the new score').toBeLessThan(400);
      await page.waitForTimeout(25);
    }
    console.log(`badge after pushState: ${[...new Set(samples)].map((s) => JSON.stringify(s)).join(' -> ')}`);
    expect(samples).not.toContain(legacyScore);
    await page.close();
  });

  it('feed -> profile: the profile is critiqued as it arrives', async () => {
    const page = await open(FEED, 0);
    const texts = await recordAnalyze();
    await spaNavigate(page, SDUI_PROFILE, { domDelayMs: 150 });
    await waitForHosts(page, 5);
    expect(await annotatedBullets(page)).toContain('Was responsible for the payments API');
    expect((await texts()).length).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it('an edit form of the same profile: the profile keeps its annotations (the same hosts); only the form is critiqued', async () => {
    const page = await open(LEGACY_PROFILE, 6);
    await page.evaluate((sel) => document.querySelectorAll(sel).forEach((h) => h.setAttribute('data-test-before', '')), HOSTS);
    const texts = await recordAnalyze();
    const form = fixtureHtml('edit-position-legacy.html');
    await page.evaluate(
      ({ form, url }) => {
        history.pushState({}, '', url);
        const modal = new DOMParser().parseFromString(form, 'text/html').getElementById('artdeco-modal-outlet')!;
        document.body.append(document.importNode(modal, true));
      },
      { form, url: LEGACY_EDIT },
    );
    await page.locator('impact-lens-editor [data-il-bullet]').first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    expect(await page.locator('impact-lens-annotations[data-test-before]').count()).toBe(6);
    expect(await page.locator('impact-lens-annotations').count()).toBe(6);
    const sent = await texts();
    expect(sent).toHaveLength(1); // the form's description
    expect(sent[0]).toContain('Responsible for maintaining the CI pipeline');
    // Closing the form (back to the profile's URL) keeps them too.
    await page.evaluate(() => {
      document.getElementById('artdeco-modal-outlet')?.remove();
      history.back();
    });
    await page.waitForURL(LEGACY_PROFILE);
    await page.waitForTimeout(300);
    expect(await page.locator('impact-lens-annotations[data-test-before]').count()).toBe(6);
    expect(await page.locator('impact-lens-editor').count()).toBe(0);
    await page.close();
  });

  it('a URL change that keeps the content: the same page keeps its hosts; another page annotates it after the grace period', async () => {
    const page = await open(SDUI_PROFILE, 5);
    await page.evaluate((sel) => document.querySelectorAll(sel).forEach((h) => h.setAttribute('data-test-before', '')), HOSTS);
    const texts = await recordAnalyze();
    // The same profile with a query string: the same page, nothing to do.
    await page.evaluate((url) => history.pushState({}, '', `${url}?miniProfileUrn=abc`), SDUI_PROFILE);
    await page.waitForTimeout(300);
    expect(await page.locator('impact-lens-annotations[data-test-before]').count()).toBe(5);
    expect(await texts()).toEqual([]);
    // Another page (details) whose content never comes: held back for the grace period (2 s: a
    // lower bound, which a slow machine only makes longer), then annotated all the same.
    const heldMs = await page.evaluate(
      ({ url, sel }) =>
        new Promise<number>((resolve, reject) => {
          const t0 = performance.now();
          history.pushState({}, '', url);
          const id = setInterval(() => {
            if (!document.querySelectorAll(sel).length) return;
            clearInterval(id);
            resolve(performance.now() - t0);
          }, 10);
          setTimeout(() => reject(new Error('never annotated')), 10_000);
        }),
      { url: SDUI_DETAILS, sel: HOSTS },
    );
    console.log(`pushState that kept the content: annotated after ${heldMs.toFixed(0)} ms`);
    expect(heldMs).toBeGreaterThanOrEqual(1500);
    await page.close();
  });
});
