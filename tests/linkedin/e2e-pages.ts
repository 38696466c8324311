// LinkedIn URLs served from the fixtures in the e2e tests, the demo and the benchmark (never the
// live site), plus the in-page helpers those share.
import type { BrowserContext, Page } from 'playwright-core';
import { fixtureHtml } from './fixtures.ts';

export const LEGACY_PROFILE = 'https://www.linkedin.com/in/maria-jose-nunez/';
export const SDUI_PROFILE = 'https://www.linkedin.com/in/aleksei-smirnov/';
export const LEGACY_DETAILS = 'https://www.linkedin.com/in/hanako-yamada/details/experience/';
export const SDUI_DETAILS = 'https://www.linkedin.com/in/aleksei-smirnov/details/experience/';
export const LEGACY_EDIT = 'https://www.linkedin.com/in/maria-jose-nunez/edit/forms/position/2084137629/';
export const SDUI_EDIT = 'https://www.linkedin.com/in/aleksei-smirnov/edit/forms/position/1718293031/';
export const FEED = 'https://www.linkedin.com/feed/';

export const PAGES: Record<string, string> = {
  [LEGACY_PROFILE]: 'profile-legacy.html',
  [SDUI_PROFILE]: 'profile-sdui.html',
  [LEGACY_DETAILS]: 'details-experience-legacy.html',
  [SDUI_DETAILS]: 'details-experience-sdui.html',
  [LEGACY_EDIT]: 'edit-position-legacy.html',
  [SDUI_EDIT]: 'edit-position-sdui.html',
  'https://www.linkedin.com/in/maria-jose-nunez/edit/forms/summary/new/': 'edit-about-legacy.html',
  'https://www.linkedin.com/in/maria-jose-nunez/edit/intro/': 'edit-intro-legacy.html',
  [FEED]: 'feed.html',
};

/** Fulfils every www.linkedin.com request from the fixtures; anything else there is a 404. */
export async function routeLinkedIn(context: BrowserContext): Promise<void> {
  await context.route('https://www.linkedin.com/**', (route) => {
    const url = new URL(route.request().url());
    const file = PAGES[`${url.origin}${url.pathname}`];
    if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the fixtures' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(file) });
  });
}

/** Every injected host on the page (the test contract: tags start with impact-lens-). */
export const HOSTS = 'impact-lens-annotations, impact-lens-editor';

/**
 * LinkedIn-style SPA navigation inside the page: history.pushState first, the new page's content
 * a little later (LinkedIn fetches it), without a reload.
 */
export async function spaNavigate(page: Page, url: string, options: { domDelayMs?: number } = {}): Promise<void> {
  const html = fixtureHtml(PAGES[url]!);
  // No named inner functions in page callbacks: tsx (esbuild keepNames) would wrap them in a
  // __name() helper that does not exist in the page.
  await page.evaluate(
    ({ url, html, delay }) => {
      history.pushState({}, '', url);
      setTimeout(() => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.body.replaceChildren(...Array.from(next.body.childNodes).map((n) => document.importNode(n, true)));
      }, delay);
    },
    { url, html, delay: options.domDelayMs ?? 100 },
  );
}

/** The bullets annotated on the page, from the markers' data-il-bullet. */
export function annotatedBullets(page: Page): Promise<string[]> {
  return page.locator('[data-il-bullet]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.ilBullet ?? ''));
}

/** Resolves in the page when `count` hosts with markers exist; returns performance.now() then. */
export async function waitForHosts(page: Page, count: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ({ sel, count }) => {
      const hosts = Array.from(document.querySelectorAll(sel));
      return hosts.length === count && hosts.every((h) => h.shadowRoot?.querySelector('[data-il-bullet]'));
    },
    { sel: HOSTS, count },
    { timeout, polling: 25 },
  );
}

/**
 * Types one character at a time at the end of the field's last line and measures, in the page,
 * from the keydown to the marker carrying the new bullet text.
 */
export async function measureKeystrokes(page: Page, fieldSelector: string, samples: number): Promise<number[]> {
  const field = page.locator(fieldSelector);
  await field.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n• Grew weekly active teams 1');
  await page.locator('impact-lens-editor [data-il-bullet="Grew weekly active teams 1"]').waitFor({ timeout: 10_000 });
  const out: number[] = [];
  let expected = 'Grew weekly active teams 1';
  for (let i = 0; i < samples; i++) {
    const key = String((i + 2) % 10);
    expected += key;
    await page.evaluate(
      ({ sel, expected }) => {
        const w = window as unknown as { __ilWait?: Promise<number> };
        const root = document.querySelector('impact-lens-editor')!.shadowRoot!;
        const field = document.querySelector(sel)!;
        w.__ilWait = new Promise<number>((resolve, reject) => {
          let t0: number | null = null;
          field.addEventListener('keydown', () => (t0 ??= performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (t0 === null) return;
            const hit = Array.from(root.querySelectorAll<HTMLElement>('[data-il-bullet]')).some((m) => m.dataset.ilBullet === expected);
            if (hit) {
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          });
          observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
          setTimeout(() => reject(new Error(`no annotation for "${expected}"`)), 5000);
        });
      },
      { sel: fieldSelector, expected },
    );
    await page.keyboard.press(key);
    out.push(await page.evaluate(() => (window as unknown as { __ilWait: Promise<number> }).__ilWait));
    await page.waitForTimeout(120);
  }
  return out;
}
