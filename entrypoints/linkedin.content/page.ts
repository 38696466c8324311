// One page session: everything the content script does for one URL. Watches the page (sections load
// lazily, forms open as modals) with a debounced MutationObserver, keeps the profile annotations and
// the edit-field annotators in step, and tears all of it down when its signal aborts (navigation).
// What the previous page left on screen is held back until the page changes it (stale.ts).
import type { Analyze, Strategy } from './analyze.ts';
import { FieldAnnotator, type FieldSettings } from './annotate-field.tsx';
import { ProfileAnnotator, type ProfileAnnotatorOptions, type ShownBlock } from './annotate-profile.tsx';
import { fieldText } from './editable.ts';
import { timeSlicer, yieldToPage } from '../../utils/yield.ts';
import { extractProfile, extractProfileSliced, type Markup } from './extract.ts';
import { findEditFields } from './fields.ts';
import type { MountHost } from './mount.ts';
import { pageKeyOf, routeOf, type Route } from './route.ts';
import { StaleGate, type OnScreen, type ReadBlock, type Seen } from './stale.ts';
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
  onDismissDocument?: ProfileAnnotatorOptions['onDismissDocument'];
  /** The user's settings for the edit-field annotators (their dismissals); default: settings.ts's. */
  fieldSettings?: FieldSettings | null;
  /** Called after every scan and refresh, once its annotations are on the page. */
  onUpdated?: () => void;
  /**
   * What the previous page left on screen (stale.ts leftOnScreen): those blocks and fields, while
   * still the same element with the same text, are held back until the page changes them or
   * `staleGraceMs` passes. Null or absent: everything is critiqued at once.
   */
  previous?: Seen | null;
  staleGraceMs?: number;
  /** This page's identity (route.ts pageKeyOf); default: from `url`. */
  pageKey?: string;
  /**
   * Whether the document still shows this page. Where the URL change is seen late (WXT polls the
   * URL where the Navigation API is missing), a scan after it may read the next page's content:
   * that is not this page's, so it is not recorded for the next session. Default: always.
   */
  isCurrent?: () => boolean;
}

export interface PageStatus {
  route: Route;
  markup: Markup | null;
  blocks: number;
  fields: number;
  /** Blocks and fields of the last scan held back as the previous page's (stale.ts). */
  held: number;
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
  /** What this session read while its page was current: for the next page's session. */
  seen(): Seen;
  /** The page a block on screen came from, as far as this session knows (stale.ts ReadBlock). */
  originOf(el: Element, text: string): string;
  /** The last scan held back blocks of the previous page: this page's critique is not complete. */
  holding(): boolean;
}

export function startPage(options: PageOptions): PageSession {
  const { doc, signal } = options;
  const route = routeOf(options.url);
  const status: PageStatus = { route, markup: null, blocks: 0, fields: 0, held: 0 };
  const report = options.report ?? (() => {});
  const gate = new StaleGate(options.previous ?? null, options.pageKey ?? pageKeyOf(options.url), {
    graceMs: options.staleGraceMs,
  });
  const isCurrent = options.isCurrent ?? (() => true);
  let seen = new WeakMap<Element, ReadBlock>();
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
    onDismissDocument: options.onDismissDocument,
  });
  const updated = () => {
    if (!signal.aborted) options.onUpdated?.();
  };
  const editors = new Map<HTMLElement, FieldAnnotator>();
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let scanTimer: ReturnType<typeof setTimeout> | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt: number | null = null;

  // Scans may overlap now that reading is sliced: only the latest read is acted on, and a scan
  // that a newer one overtook resolves with it (its callers wait for annotations either way).
  let generation = 0;
  let latest: Promise<void> = Promise.resolve();
  const scan = (): Promise<void> => {
    const run = scanOnce(++generation);
    latest = run;
    return run;
  };

  const scanOnce = async (mine: number): Promise<void> => {
    if (signal.aborted || route.kind === 'other') return;
    try {
      // Out of the task that asked (DOMContentLoaded, a mutation, LinkedIn's pushState), then read
      // in slices (extract.ts): a 30-position profile was one 50-90 ms task on a loaded machine.
      await yieldToPage();
      if (signal.aborted) return;
      const extracted = await extractProfileSliced(doc, route, timeSlicer());
      if (signal.aborted) return;
      if (mine !== generation) return latest;
      status.markup = extracted.markup;
      status.blocks = extracted.blocks.length;
      const found = findEditFields(doc);
      status.fields = found.length;
      // Read on this page (not after the URL moved on): what the next page's session holds back.
      const reading = isCurrent() ? new WeakMap<Element, ReadBlock>() : null;
      const blocks = gate.sift(extracted.blocks, (b) => ({ el: b.source, text: b.text }), reading);
      const fields = gate.sift(found, fieldOnScreen, reading);
      if (reading) seen = reading;
      status.held = blocks.held + fields.held;
      const live = new Set(fields.fresh.map((f) => f.el));
      for (const [el, annotator] of editors) {
        if (!live.has(el) || !el.isConnected) {
          annotator.dispose();
          editors.delete(el);
        }
      }
      for (const field of fields.fresh) {
        if (editors.has(field.el)) continue;
        editors.set(
          field.el,
          new FieldAnnotator(field, {
            analyze: options.analyze,
            mount: options.mount,
            debounceMs: options.typingDebounceMs,
            onError: report,
            ...(options.fieldSettings !== undefined ? { settings: options.fieldSettings } : {}),
          }),
        );
      }
      // Held blocks are left out, as if not there yet: nothing of them is critiqued or mounted.
      await profile.update(blocks.fresh);
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
    void profile.rerender().then(updated);
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

  // Past the grace period, whatever is still held is this page's own (a URL change that kept the
  // content): scan again. Content the page swaps in sooner is scanned by the observer below.
  if (route.kind !== 'other' && gate.remaining() > 0) {
    graceTimer = setTimeout(() => {
      graceTimer = null;
      gate.release();
      if (status.held) void scan();
    }, gate.remaining());
  }

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
      if (graceTimer) clearTimeout(graceTimer);
      profile.dispose();
      for (const annotator of editors.values()) annotator.dispose();
      editors.clear();
    },
    { once: true },
  );

  return {
    status,
    scan,
    refresh,
    rerender,
    shown: () => profile.shown(),
    seen: () => seen,
    originOf: (el, text) => {
      const read = seen.get(el);
      return read && read.text === text ? read.page : (gate.heldFrom(el, text) ?? gate.page);
    },
    holding: () => status.held > 0,
  };
}

/**
 * The blocks and edit fields on screen, as a session on `route` would read them: what index.tsx
 * records as the URL changes, before LinkedIn swaps the content (stale.ts).
 */
export function readOnScreen(doc: Document, route: Route): OnScreen[] {
  if (route.kind === 'other') return [];
  const blocks = extractProfile(doc, route).blocks.map((b) => ({ el: b.source, text: b.text }));
  return [...blocks, ...findEditFields(doc).map(fieldOnScreen)];
}

function fieldOnScreen(field: { el: HTMLElement }): OnScreen {
  return { el: field.el, text: fieldText(field.el).read() };
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
