// LinkedIn content script: critiques profiles, their experience details page and the edit forms in
// place. LinkedIn is a single-page app, so it matches the whole site, decides by URL (route.ts) and
// starts a fresh page session on every navigation to another page, tearing the previous one down
// completely. The URL changes before LinkedIn swaps the content: the new session holds back what
// the previous page left on screen until the page changes it (stale.ts).
// The stylesheet is bundled as a string and handed to each shadow root. With cssInjectionMode 'ui'
// every createShadowRootUi() fetches it from the extension first: measured on the legacy profile
// fixture (6 hosts), mounting took 146 ms (median of 12) against 33 ms inline, so the scan took
// 228 ms against 132 ms. It also leaves nothing web-accessible on linkedin.com.
import css from '../../components/impact-lens.css?inline';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ignoreForgedRestarts } from '../../utils/forged-restart.ts';
import { onMessage, sendMessage } from '../../utils/messaging.ts';
import { validateRevealBullet } from '../../utils/validate.ts';
import { analyzeClient, type Strategy } from './analyze.ts';
import { mountIsolatedHost } from './mount.ts';
import { readOnScreen, startPage, type PageSession } from './page.ts';
import { scoreReporter } from '../../utils/page-summary.ts';
import { pageStateOf, revealBullet } from './page-state.ts';
import { pageKeyOf, routeOf, sameProfileEdit, type Route } from './route.ts';
import { linkedInSettings } from './settings.ts';
import { leftOnScreen, type OnScreen, type Seen } from './stale.ts';

export default defineContentScript({
  // HTTPS only: LinkedIn serves nothing else (http:// redirects before any document loads).
  matches: ['https://www.linkedin.com/*'],
  // Once the DOM is parsed, in a task of its own (see linkedin-wake.content.ts, which wakes the
  // worker at document_start meanwhile).
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  main(ctx) {
    ignoreForgedRestarts(ctx);
    // The user's settings (settings.ts): read before the first critique, followed live after.
    const prefs = linkedInSettings((change) => {
      if (change.site) return restart();
      if (change.shown || change.critique) current?.rerender(); // a rule switched off disappears at once
      if (change.critique) void current?.refresh();
    });
    ctx.onInvalidated(() => prefs.dispose());
    const analyze = prefs.wrap(analyzeClient((request) => sendMessage('analyze', request)));
    // Build-time switch for scripts/bench-linkedin.ts (WXT_IL_STRATEGY=batched); per-block ships.
    const env = import.meta.env as unknown as Record<string, string | undefined>;
    const strategy: Strategy = env.WXT_IL_STRATEGY === 'batched' ? 'batched' : 'per-block';
    const mount = mountIsolatedHost(css);
    let session: AbortController | null = null;
    /** The current page (route.ts pageKeyOf) and its route. */
    let page = '';
    let pageRoute: Route | null = null;
    ctx.onInvalidated(() => session?.abort());

    // The popup's questions (page-state.ts) and the toolbar badge.
    let current: PageSession | null = null;
    let scanned = false;
    const state = () =>
      pageStateOf({
        supported: routeOf(location.href).kind !== 'other',
        enabled: prefs.enabled,
        // Still "loading" while the previous page's blocks are held back: no score of either page.
        scanned: scanned && !current?.holding(),
        blocks: current?.shown() ?? [],
      });
    const badge = scoreReporter((score) => sendMessage('pageScore', { score }));
    const publish = () => badge(state());
    const listeners = [
      onMessage('getPageState', () => state()),
      onMessage('revealBullet', ({ data }) => {
        const request = validateRevealBullet(data);
        return request.ok && revealBullet(current?.shown() ?? [], request.value.bulletId);
      }),
    ];
    ctx.onInvalidated(() => listeners.forEach((remove) => remove()));

    // An empty critique: costs the worker nothing but its start-up, which is the point. Measured
    // feed -> profile with a stopped worker and the profile's data arriving 300 ms after the URL
    // change: 1162 ms to all annotations without, 808 ms with (medians of 8, interleaved).
    // Profile -> profile too: the old DOM, still on screen, is no longer critiqued (stale.ts), so
    // nothing else wakes the worker before the new content arrives.
    const warmUp = () => void analyze({ text: '' }).catch(() => {});

    /**
     * `navigation`: an SPA navigation, reported as it happens (`prompt`: by the Navigation API,
     * before LinkedIn touched the page) or late (polled). Otherwise the page as loaded, or started
     * over (the LinkedIn switch): nothing on it is stale.
     */
    const start = (url: URL, warm: boolean, navigation?: { prompt: boolean }) => {
      // A fragment (#section), a query string or an edit form of the same profile is not a new
      // page: keep the session and its annotations (route.ts pageKeyOf).
      const key = pageKeyOf(url);
      if (session && key === page) return;
      const route = routeOf(url);
      // What the previous page leaves on screen, read now, as the new page will read it: the
      // content is still the old page's (stale.ts). Each block is tagged with the page it came
      // from: the departing session knows (going back before LinkedIn swapped anything finds the
      // page's own blocks). Read here, during LinkedIn's pushState: a page that renders the next
      // content synchronously is read before it does. It is a DOM walk, no layout: 9 ms (median
      // of 15) on the 240-bullet profile of tests/e2e/fixtures-gen.ts. An edit form of the same
      // profile over another kind of page: the page under it stays, nothing is stale.
      let previous: Seen | null = null;
      if (navigation && route.kind !== 'other' && !sameProfileEdit(pageRoute, route)) {
        const departing = current;
        const from = page;
        let now: OnScreen[] = [];
        try {
          if (navigation.prompt) now = readOnScreen(document, route);
        } catch (err) {
          report(err); // then only what the departing session read is held back
        }
        previous = leftOnScreen(now, (el, text) => departing?.originOf(el, text) ?? from, departing?.seen() ?? null);
      }
      page = key;
      pageRoute = route;
      session?.abort();
      const controller = new AbortController();
      session = controller;
      current = null;
      scanned = false;
      publish();
      if (route.kind === 'other') return;
      // After an SPA navigation LinkedIn fetches the next page's data: boot the worker meanwhile.
      if (warm) warmUp();
      void prefs.ready.then(() => {
        if (controller.signal.aborted || !prefs.enabled) return;
        current = startPage({
          url, doc: document, signal: controller.signal, analyze, mount, strategy, report,
          present: prefs.present,
          onDismiss: (bullet, finding) => prefs.dismiss(bullet, finding, () => current?.rerender()),
          onDismissDocument: (finding, block) => prefs.dismissDocument(block, finding, () => current?.rerender()),
          fieldSettings: prefs,
          onUpdated: publish,
          previous,
          pageKey: key,
          // Without the Navigation API WXT polls the URL (every second): a scan may see the next page.
          isCurrent: () => pageKeyOf(location.href) === key,
        });
        void current.scan().then(() => {
          if (controller.signal.aborted) return;
          scanned = true;
          publish();
        });
      });
    };

    // The LinkedIn switch flipped: tear down (off) or start over (on) on the page as it is.
    const restart = () => {
      page = '';
      start(new URL(location.href), false);
    };
    // WXT reports URL changes through the Navigation API where there is one (Chromium: during
    // pushState, before the page can change anything); elsewhere it polls every second.
    const prompt = typeof (globalThis as { navigation?: { addEventListener?: unknown } }).navigation?.addEventListener === 'function';

    try {
      if (document.readyState === 'loading') {
        ctx.addEventListener(document, 'DOMContentLoaded', () => start(new URL(location.href), false), { once: true });
      } else {
        // document_end: linkedin-wake.content.ts already woke the worker for this page load.
        start(new URL(location.href), false);
      }
      ctx.addEventListener(window, 'wxt:locationchange', (event) => {
        try {
          start(new URL(event.newUrl.href), true, { prompt });
        } catch (err) {
          report(err);
        }
      });
    } catch (err) {
      report(err);
    }
  },
});

/** Never throw into LinkedIn's page: log quietly instead. */
function report(err: unknown): void {
  console.debug('[Impact Lens]', err);
}
