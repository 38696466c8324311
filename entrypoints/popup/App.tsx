// The popup's wiring: which tab, what its content script says, settings, and the worker's
// `analyze` for pasted text. Everything browser-facing comes in through `deps`, so component tests
// drive every state with plain functions. The view is components/popup/PopupView.tsx.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lens } from '../../analysis/types.ts';
import { initialPaste, type PasteState } from '../../components/popup/PastePanel.tsx';
import { PopupView, type PopupPage } from '../../components/popup/PopupView.tsx';
import { sendMessage } from '../../utils/messaging.ts';
import type { AnalyzeRequest, AnalyzeResponse, TopFix } from '../../utils/protocol.ts';
import * as settingsApi from '../../utils/settings.ts';
import type { Settings, Site } from '../../utils/settings.ts';
import { validatePageState } from '../../utils/validate.ts';

export interface PopupDeps {
  /** The tab to summarise: `?tab=<id>` when given (tests open the popup in a tab of its own), else the active tab. */
  resolveTab(): Promise<number | null>;
  getPageState(tabId: number): Promise<unknown>;
  revealBullet(tabId: number, bulletId: string): Promise<unknown>;
  analyze(request: AnalyzeRequest): Promise<AnalyzeResponse>;
  getSettings(): Promise<Settings>;
  watchSettings(cb: (settings: Settings) => void): () => void;
  setLens(lens: Lens): Promise<void>;
  setSiteEnabled(site: Site, enabled: boolean): Promise<void>;
  openOptions(): void;
  /** After a reveal: close the popup so the page is in view (not when told which tab to inspect). */
  afterReveal(): void;
  /** How often to ask the tab again while the popup is open (its numbers change with settings). */
  pollMs: number;
}

/** `?tab=<id>`: a non-negative integer, else null. */
export function tabFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

export function browserDeps(search: string = location.search): PopupDeps {
  const given = tabFromSearch(search);
  return {
    async resolveTab() {
      if (given !== null) return given;
      // No `tabs` permission needed: the active tab's id is always readable, its URL is not (and not needed).
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    // frameId 0: only the top frame's content script answers for the page.
    getPageState: (tabId) => sendMessage('getPageState', undefined, { tabId, frameId: 0 }),
    revealBullet: (tabId, bulletId) => sendMessage('revealBullet', { bulletId }, { tabId, frameId: 0 }),
    analyze: (request) => sendMessage('analyze', request),
    getSettings: settingsApi.getSettings,
    watchSettings: settingsApi.watchSettings,
    setLens: settingsApi.setLens,
    setSiteEnabled: settingsApi.setSiteEnabled,
    openOptions: () => void browser.runtime.openOptionsPage(),
    afterReveal: () => {
      if (given === null) window.close();
    },
    pollMs: 500,
  };
}

export function App({ deps: given }: { deps?: PopupDeps } = {}) {
  const deps = useRef(given ?? browserDeps()).current;
  const [page, setPage] = useState<PopupPage>({ kind: 'asking' });
  const [settings, setSettings] = useState<Settings>(settingsApi.DEFAULT_SETTINGS);
  const [paste, setPaste] = useState<PasteState>(initialPaste);
  const [notice, setNotice] = useState<string | null>(null);
  const tab = useRef<number | null>(null);
  const pasteRef = useRef(paste);
  pasteRef.current = paste;
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  useEffect(() => {
    let live = true;
    void deps.getSettings().then((s) => live && setSettings(s));
    const stop = deps.watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);

  // Ask the tab, then keep asking while the popup is open: the page's numbers follow settings live.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      let next: PopupPage = { kind: 'none' };
      try {
        tab.current ??= await deps.resolveTab();
        if (tab.current !== null) {
          const state = validatePageState(await deps.getPageState(tab.current));
          if (state) next = { kind: 'page', state };
        }
      } catch {
        // No content script in that tab (any other site, a browser page): nothing to summarise.
      }
      if (!live) return;
      setPage(next);
      // A tab with no content script will not grow one while the popup is open: stop asking.
      if (next.kind === 'page') timer = setTimeout(ask, deps.pollMs);
    };
    void ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);

  const critique = useCallback(async (text: string, s: Settings) => {
    setPaste((p) => ({ ...p, busy: true, error: null }));
    let res: AnalyzeResponse;
    try {
      res = await deps.analyze({ text, lens: s.lens, disabled: s.disabledRules, mode: 'document' });
    } catch (err) {
      res = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    setPaste((p) =>
      p.text !== text
        ? { ...p, busy: false }
        : res.ok
          ? { ...p, busy: false, report: res.report, error: null }
          : { ...p, busy: false, report: null, error: `Could not critique that text (${res.error}).` },
    );
  }, []);

  // A pasted text's critique follows the lens and the rule switches too.
  const lastCritiqued = useRef<Settings | null>(null);
  useEffect(() => {
    const prev = lastCritiqued.current;
    lastCritiqued.current = settings;
    if (!prev || !pasteRef.current.report) return;
    if (prev.lens !== settings.lens || prev.disabledRules.join() !== settings.disabledRules.join()) {
      void critique(pasteRef.current.text, settings);
    }
  }, [settings]);

  const onReveal = async (fix: TopFix) => {
    setNotice(null);
    let found = false;
    try {
      found = tab.current !== null && (await deps.revealBullet(tab.current, fix.bulletId)) === true;
    } catch {
      found = false;
    }
    if (found) deps.afterReveal();
    else setNotice('That bullet is no longer on the page: it may have changed. Try again in a moment.');
  };

  return (
    <PopupView
      page={page}
      lens={settings.lens}
      onLens={(lens) => {
        setSettings((s) => ({ ...s, lens }));
        void deps.setLens(lens);
      }}
      onReveal={(fix) => void onReveal(fix)}
      onOpenOptions={deps.openOptions}
      onEnableSite={(site) => void deps.setSiteEnabled(site, true)}
      paste={paste}
      onPasteChange={(text) => setPaste((p) => ({ ...p, text }))}
      onPasteSubmit={() => void critique(pasteRef.current.text, settingsRef.current)}
      notice={notice}
    />
  );
}
