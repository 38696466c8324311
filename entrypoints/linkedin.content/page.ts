// One page session: everything the content script does for one URL. Watches the page (sections load
// lazily, forms open as modals) with a debounced MutationObserver, keeps the profile annotations and
// the edit-field annotators in step, and tears all of it down when its signal aborts (navigation).
import type { Analyze, Strategy } from './analyze.ts';
import { FieldAnnotator } from './annotate-field.tsx';
import { ProfileAnnotator, type ProfileAnnotatorOptions, type ShownBlock } from './annotate-profile.tsx';
import { extractProfile, type Markup } from './extract.ts';
import { findEditFields } from './fields.ts';
import type { MountHost } from './mount.ts';
import { routeOf, type Route } from './route.ts';
import { isOwnHost } from './text.ts';

export interface PageOptions {
  url: URL;
  doc: Document;
  signal: AbortSignal;
  analyze: Analyze;
  mount: MountHost;
  strategy?: Strategy;
  /** Quiet time before a rescan after the page changed. */
  scanDebounceMs?: number;
  typingDebounceMs?: number;
  /** Called with every failure instead of throwing into the page. */
  report?: (err: unknown) => void;
  /** The user's settings applied to the profile annotations (settings.ts). */
  present?: ProfileAnnotatorOptions['present'];
  onDismiss?: ProfileAnnotatorOptions['onDismiss'];
  /** Called after every scan and refresh, once its annotations are on the page. */
  onUpdated?: () => void;
}

export interface PageStatus {
  route: Route;
  markup: Markup | null;
  blocks: number;
  fields: number;
}

export interface PageSession {
  readonly status: PageStatus;
  /** Rescans now; resolves when the resulting annotations are on the page. */
  scan(): Promise<void>;
  /** Critiques everything shown again (lens or rules changed); annotations update in place. */
  refresh(): Promise<void>;
  /** Shows the last critiques again (dismissals changed). */
  rerender(): void;
  /** The profile blocks annotated now, in page order. */
  shown(): ShownBlock[];
}

export function startPage(options: PageOptions): PageSession {
  const { doc, signal } = options;
  const route = routeOf(options.url);
  const status: PageStatus = { route, markup: null, blocks: 0, fields: 0 };
  const report = options.report ?? (() => {});
  const onError = (err: unknown) => {
    report(err);
    // The worker may be restarting: try again a little later.
    retry();
  };
  const profile = new ProfileAnnotator({
    analyze: options.analyze,
    mount: options.mount,
    strategy: options.strategy,
    onError,
    present: options.present,
    onDismiss: options.onDismiss,
  });
  const updated = () => {
    if (!signal.aborted) options.onUpdated?.();
  };
  const editors = new Map<HTMLElement, FieldAnnotator>();
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let scanTimer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt: number | null = null;

  const scan = async (): Promise<void> => {
    if (signal.aborted || route.kind === 'other') return;
    try {
      const extracted = extractProfile(doc, route);
      status.markup = extracted.markup;
      status.blocks = extracted.blocks.length;
      const fields = findEditFields(doc);
      status.fields = fields.length;
      const live = new Set(fields.map((f) => f.el));
      for (const [el, annotator] of editors) {
        if (!live.has(el) || !el.isConnected) {
          annotator.dispose();
          editors.delete(el);
        }
      }
      for (const field of fields) {
        if (editors.has(field.el)) continue;
        editors.set(
          field.el,
          new FieldAnnotator(field, {
            analyze: options.analyze,
            mount: options.mount,
            debounceMs: options.typingDebounceMs,
            onError: report,
          }),
        );
      }
      await profile.update(extracted.blocks);
    } catch (err) {
      report(err);
    }
    updated();
  };

  const refresh = async (): Promise<void> => {
    if (signal.aborted) return;
    // Edit fields critique again too (their annotator debounces like a keystroke).
    for (const annotator of editors.values()) annotator.schedule();
    await profile.refresh();
    updated();
  };

  const rerender = () => {
    if (signal.aborted) return;
    profile.rerender();
    updated();
  };

  const schedule = () => {
    if (signal.aborted) return;
    const debounce = options.scanDebounceMs ?? 80;
    const now = performance.now();
    firstChangeAt ??= now;
    if (scanTimer) clearTimeout(scanTimer);
    // Lazy sections keep arriving while the user scrolls: scan at least every 4 debounces.
    const wait = Math.max(0, Math.min(debounce, firstChangeAt + debounce * 4 - now));
    scanTimer = setTimeout(() => {
      scanTimer = null;
      firstChangeAt = null;
      void scan();
    }, wait);
  };

  const retry = () => {
    if (signal.aborted || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void scan();
    }, 1000);
  };

  if (route.kind !== 'other') {
    const observer = new MutationObserver((records) => {
      try {
        if (records.some(relevant)) schedule();
      } catch (err) {
        report(err);
      }
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  signal.addEventListener(
    'abort',
    () => {
      if (scanTimer) clearTimeout(scanTimer);
      if (retryTimer) clearTimeout(retryTimer);
      profile.dispose();
      for (const annotator of editors.values()) annotator.dispose();
      editors.clear();
    },
    { once: true },
  );

  return { status, scan, refresh, rerender, shown: () => profile.shown() };
}

/** Our own hosts coming and going, and typing inside an edit field, are not page changes. */
function relevant(record: MutationRecord): boolean {
  if (record.type === 'characterData') {
    return !record.target.parentElement?.closest('[contenteditable]:not([contenteditable="false"])');
  }
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  if (nodes.length && nodes.every(isOwnHost)) return false;
  const target = record.target as Element;
  if (target.nodeType === 1 && target.closest?.('[contenteditable]:not([contenteditable="false"])')) return false;
  return true;
}
