// Google Docs: the resume sidebar. At document_start it hands the page-world bridge this
// extension's id (for `_docs_annotate_canvas_by_ext`) and starts listening to it; once the page
// has a body it mounts the sidebar in a shadow root and wires the controller (text source,
// critique, states) to it. Any failure leaves Docs untouched: nothing here throws into the page.
// The stylesheet is bundled as a string (cssInjectionMode 'manual' + `?inline`, as on LinkedIn).
// With 'ui', createShadowRootUi fetched it from the extension on every page load, and Chrome
// served that one fetch as two requests (the use_dynamic_url address, redirected to the
// extension's own), after the body was parsed and before the sidebar could mount; it also made
// the file web-accessible to docs.google.com (on Firefox to every page: a sign the extension is
// installed). tests/e2e/hardening-network.e2e.test.ts fails if a Docs page loads a file of ours.
import { ignoreForgedRestarts } from '../../utils/forged-restart.ts';
import baseCss from '../../components/impact-lens.css?inline';
import sidebarCss from '../../components/docs/sidebar.css?inline';
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { injectScript } from 'wxt/utils/inject-script';
import { DocsSidebar, type SidebarLayout } from '../../components/docs/DocsSidebar.tsx';
import type { DocsState } from '../../components/docs/types.ts';
import { copyText } from '../../components/clipboard.ts';
import { EXT_ID, EXT_ID_ATTR } from '../../utils/docs/bridge-protocol.ts';
import { parseDocUrl, type DocRef } from '../../utils/docs/doc-url.ts';
import { loadCollapsed, saveCollapsed } from '../../utils/docs/sidebar-store.ts';
import { onMessage, sendMessage } from '../../utils/messaging.ts';
import { scoreReporter } from '../../utils/page-summary.ts';
import { SiteSettings, type DismissScope, type SettingsChange } from '../../utils/site-settings.ts';
import { validateRevealBullet } from '../../utils/validate.ts';
import { createBridgeClient } from './bridge-client.ts';
import { DocsController } from './controller.ts';
import { readSuggesting, watchLayout } from './layout.ts';
import { docsPageState, revealRow, sidebarBullets } from './page-state.ts';
import { DOCS_SELECTORS, SUGGESTING_LABEL } from './selectors.ts';

const HOST = 'impact-lens-docs-sidebar';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      ignoreForgedRestarts(ctx);
      requestAnnotatedCanvas();
      const ref = parseDocUrl(location.href);
      if (!ref) return;
      await start(ctx, ref);
    } catch {
      // Fail soft: the page keeps working without the sidebar.
    }
  },
});

/**
 * Docs turns on its annotated canvas for an extension that set `_docs_annotate_canvas_by_ext`
 * before Docs starts. Chrome: the MAIN-world script (docs-annotate.content.ts) sets it and reads our
 * id from an attribute we write now. Firefox MV2 has no MAIN-world content scripts, but its Xray
 * view lets this script set the page's property directly.
 */
function requestAnnotatedCanvas(): void {
  const id = browser.runtime.id;
  if (!EXT_ID.test(id)) return;
  document.documentElement?.setAttribute(EXT_ID_ATTR, id);
  if (import.meta.env.FIREFOX) {
    const page = (window as unknown as { wrappedJSObject?: Record<string, unknown> }).wrappedJSObject;
    if (page && !page._docs_annotate_canvas_by_ext) page._docs_annotate_canvas_by_ext = id;
  }
}

/** The document's title as Docs puts it in the tab ("Resume - Google Docs"), for Settings' list. */
function docTitle(): string {
  return document.title.replace(/\s+-\s+Google Docs\s*$/, '').trim() || 'Untitled document';
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading' && document.body) return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

function createController(ref: DocRef, prefs: SiteSettings): DocsController {
  // The user's lens and rules go with every critique (read from storage before the first).
  const send = prefs.wrap((request) => sendMessage('analyze', request));
  return new DocsController({
    ref,
    analyze: async (text) => {
      await prefs.ready;
      return send({ text, mode: 'document' });
    },
    fetchExport: (r) => sendMessage('fetchDocExport', { docId: r.docId, ...(r.tab && { tab: r.tab }), ...(r.authuser && { authuser: r.authuser }) }),
    createBridge: (handlers) => createBridgeClient(document, handlers),
    now: Date.now,
    random: Math.random,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    isVisible: () => document.visibilityState === 'visible',
  });
}

async function start(ctx: ContentScriptContext, initial: DocRef): Promise<void> {
  let ref = initial;
  // The user's settings (utils/site-settings.ts), followed live: the site switch shows or hides the
  // sidebar, lens and rules critique again, dismissals change what is shown.
  // Until the sidebar exists there is nothing to update: its first render reads the settings.
  let onSettings = (_change: SettingsChange): void => {};
  const prefs = new SiteSettings('googleDocs', (change) => onSettings(change));
  // Listen to the page bridge from document_start: it may speak before the body exists.
  let controller = createController(ref, prefs);
  controller.start();
  const abort = new AbortController();
  ctx.onInvalidated(() => {
    abort.abort();
    controller.dispose();
    prefs.dispose();
  });

  await domReady();
  await prefs.ready;
  if (ctx.isInvalid) return;
  if (!prefs.enabled) controller.dispose();
  if (import.meta.env.FIREFOX) {
    // The page bridge as a script element (MV2: WXT inlines its text, after reading it from the
    // extension). If Docs' CSP refuses it, the bridge stays silent and the export takes over.
    injectScript('/docs-bridge.js').catch(() => {});
  }
  // The page bridge runs by now (Chrome started it at document_start; Firefox's runs as it is
  // appended, a moment from now): silence from here on means it is not there.
  controller.expectBridge();

  // What the sidebar renders besides the controller's state. A tiny store: the component reads
  // the snapshot after subscribing, so a change made before its effect ran is not lost.
  interface View {
    controller: DocsController;
    collapsed: boolean;
    layout: SidebarLayout;
    /** The user's switch for Google Docs: off, no sidebar and no critique. */
    enabled: boolean;
    /** Bumped when settings change what is shown (dismissals, rules): the report is presented again. */
    shown: number;
  }
  let view: View = {
    controller,
    collapsed: await loadCollapsed(ref.docId),
    layout: { top: 112, right: 0 },
    enabled: prefs.enabled,
    shown: 0,
  };
  const listeners = new Set<(v: View) => void>();
  const update = (patch: Partial<View>) => {
    view = { ...view, ...patch };
    listeners.forEach((l) => l(view));
  };
  const represent = () => update({ shown: view.shown + 1 });
  onSettings = (change) => {
    if (change.site) setEnabled(prefs.enabled);
    else if (change.critique) controller.recritique();
    represent();
  };
  const setEnabled = (on: boolean) => {
    if (on === view.enabled) return;
    controller.dispose();
    if (on) {
      controller = createController(ref, prefs);
      controller.start();
      controller.expectBridge();
    }
    update({ controller, enabled: on });
  };

  // Findings about the whole document are dismissed for this document (its id: the text changes
  // with every keystroke), under its title in Settings.
  const scope = (): DismissScope => ({ text: ref.docId, label: docTitle() });
  // What the sidebar shows, and so what the popup and the badge report: the report after settings.
  const presented = () => (view.controller.current.report ? prefs.present(view.controller.current.report, scope()) : null);
  const pageState = () => docsPageState(view.enabled, view.controller.current, presented());
  const badge = scoreReporter((score) => sendMessage('pageScore', { score }));

  function App() {
    const [v, setV] = useState<View>(view);
    const [state, setState] = useState<DocsState>(v.controller.current);
    useEffect(() => {
      listeners.add(setV);
      setV(view);
      return () => void listeners.delete(setV);
    }, []);
    useEffect(() => v.controller.subscribe(setState), [v.controller]);
    const report = useMemo(() => (state.report ? prefs.present(state.report, scope()) : null), [state.report, v.shown]);
    useEffect(() => badge(pageState()), [state, v]);
    if (!v.enabled) return null;
    return (
      <DocsSidebar
        state={report === state.report ? state : { ...state, report }}
        onDismiss={(bullet, finding) => prefs.dismiss(bullet, finding, represent)}
        onDismissDocument={(finding) => prefs.dismissDocument(scope(), finding, represent)}
        collapsed={v.collapsed}
        layout={v.layout}
        onCollapse={(collapsed) => {
          update({ collapsed });
          void saveCollapsed(ref.docId, collapsed);
        }}
        onRefresh={() => v.controller.refresh()}
        onRetry={() => v.controller.retry()}
        onSelect={(b) => void v.controller.select(b)}
        onCopy={copyText}
      />
    );
  }

  const ui = await createShadowRootUi(ctx, {
    name: HOST,
    css: `${baseCss}\n${sidebarCss}`,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = document.createElement('div');
      container.append(root);
      render(<App />, root);
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  if (ctx.isInvalid) return;
  ui.mount();

  // The popup's questions (page-state.ts).
  const answers = [
    onMessage('getPageState', () => pageState()),
    onMessage('revealBullet', async ({ data }) => {
      const request = validateRevealBullet(data);
      const report = presented();
      const bullet = request.ok && report ? sidebarBullets(report).find((b) => b.key === request.value.bulletId) : undefined;
      if (!request.ok || !bullet || !view.enabled) return false;
      if (view.collapsed) update({ collapsed: false });
      // Preact renders the opened sidebar on its next tick.
      let found = false;
      for (let i = 0; i < 20 && !found; i++) {
        await new Promise((r) => setTimeout(r, 25));
        found = revealRow(ui.shadow, bullet.key);
      }
      // On the annotated canvas the bullet is selected in the document too (Docs scrolls to it).
      if (found && view.controller.current.source === 'canvas') void view.controller.select(bullet);
      return found;
    }),
  ];
  ctx.onInvalidated(() => answers.forEach((remove) => remove()));

  watchLayout(document, window, (layout) => update({ layout }), abort.signal);

  const syncSuggesting = () => controller.setSuggesting(readSuggesting(document, SUGGESTING_LABEL));
  syncSuggesting();
  try {
    const switcher = document.querySelector(DOCS_SELECTORS.modeSwitcher);
    if (switcher) {
      const observer = new MutationObserver(syncSuggesting);
      observer.observe(switcher, { subtree: true, childList: true, characterData: true, attributes: true });
      abort.signal.addEventListener('abort', () => observer.disconnect());
    }
  } catch {
    /* no notice then */
  }

  document.addEventListener('visibilitychange', () => controller.onVisibilityChange(), { signal: abort.signal });

  // Docs changes `?tab=` without reloading when the user switches document tabs: the export must
  // follow (the canvas text already does). Another document means a new page load anyway.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    const next = parseDocUrl(newUrl.href);
    if (!next || next.docId !== ref.docId) return;
    if (next.tab === ref.tab && next.authuser === ref.authuser) return;
    ref = next;
    controller.dispose();
    if (!view.enabled) return;
    controller = createController(ref, prefs);
    controller.start();
    controller.expectBridge();
    syncSuggesting();
    update({ controller });
  });
}
