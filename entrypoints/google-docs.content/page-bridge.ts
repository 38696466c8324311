// Runs in the PAGE world (Docs' own JavaScript realm), the only place Docs' annotated-canvas API is
// reachable. Two jobs: before Docs starts, ask it for the annotated canvas by setting
// `_docs_annotate_canvas_by_ext`; afterwards, relay the document text and selection requests to
// the content script as CustomEvents, and say as soon as it is clear that the annotated canvas is
// not coming (the content script reads the export then). Everything is wrapped: an error here must
// never reach Docs.
import {
  CONTENT_EVENT,
  EXT_ID,
  EXT_ID_ATTR,
  MAX_BRIDGE_TEXT,
  PAGE_EVENT,
  decodeContentMessage,
  encodeMessage,
  locateSpan,
  type CanvasStatus,
  type PageMessage,
} from '../../utils/docs/bridge-protocol.ts';
import { normalizeAnnotatedText } from '../../utils/docs/annotated-text.ts';
import { DOCS_SELECTORS } from './selectors.ts';

export const FLAG = '_docs_annotate_canvas_by_ext';
export const API = '_docs_annotate_getAnnotatedText';

interface AnnotatedText {
  getText(): unknown;
  setSelection?(start: number, end: number): unknown;
}

type PageWindow = Window & Record<string, unknown>;

/**
 * Asks Docs for the annotated canvas. Another extension may already have asked (the flag is
 * global, any id turns it on for everyone): then keep theirs. The content script may not have
 * written our id yet (both run at document_start, in no promised order), so the flag reads the id
 * lazily: Docs' own scripts, which read it, run after both.
 */
export function installCanvasFlag(win: Window, doc: Document): 'kept' | 'set' | 'deferred' {
  try {
    const w = win as PageWindow;
    const current = w[FLAG];
    if (typeof current === 'string' && current) return 'kept';
    const id = doc.documentElement?.getAttribute(EXT_ID_ATTR);
    if (id && EXT_ID.test(id)) {
      w[FLAG] = id;
      return 'set';
    }
    Object.defineProperty(w, FLAG, {
      configurable: true,
      enumerable: true,
      get() {
        const lazy = doc.documentElement?.getAttribute(EXT_ID_ATTR);
        return lazy && EXT_ID.test(lazy) ? lazy : undefined;
      },
      set(value: unknown) {
        // Someone else sets it: become a plain property holding their value.
        Object.defineProperty(w, FLAG, { configurable: true, enumerable: true, writable: true, value });
      },
    });
    return 'deferred';
  } catch {
    return 'kept';
  }
}

export interface BridgeOptions {
  /** How often to look for the API while Docs loads. */
  probeMs?: number;
  /**
   * Docs has drawn the document (page tiles, or HTML lines) but neither the API nor an annotation
   * overlay came with it for this long: report 'unavailable' (and keep probing, slower).
   */
  verdictMs?: number;
  /** After this long without the API, report 'unavailable' whatever the page shows (and keep probing, slower). */
  detectTimeoutMs?: number;
  /** Quiet time after the last canvas change before re-reading ("after typing stops"). */
  debounceMs?: number;
  /** Backstop re-read interval while ready (a change the observer missed). */
  pollMs?: number;
  /** A getter call that takes longer than this counts as failed. */
  callTimeoutMs?: number;
}

const DEFAULTS: Required<BridgeOptions> = {
  probeMs: 250,
  verdictMs: 1_000,
  detectTimeoutMs: 20_000,
  debounceMs: 600,
  pollMs: 4_000,
  callTimeoutMs: 3_000,
};

/** Starts relaying; returns a function that stops every timer and listener. */
export function startPageBridge(win: Window, doc: Document, options: BridgeOptions = {}): () => void {
  const opt = { ...DEFAULTS, ...options };
  const w = win as PageWindow;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;
  let status: CanvasStatus = 'waiting';
  let lastText: string | null = null;
  let seq = 0;
  let observer: MutationObserver | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  const later = (fn: () => void, ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!stopped) fn();
    }, ms);
    timers.add(t);
    return t;
  };

  const emit = (message: PageMessage) => {
    try {
      doc.dispatchEvent(new CustomEvent(PAGE_EVENT, { detail: encodeMessage(message) }));
    } catch {
      /* never throw into the page */
    }
  };

  const overlays = () => {
    try {
      return doc.querySelectorAll(DOCS_SELECTORS.canvasOverlay).length;
    } catch {
      return 0;
    }
  };

  /** How Docs has drawn the document so far: on canvas tiles, as HTML lines, or not yet. */
  const rendering = (): 'canvas' | 'html' | null => {
    try {
      if (doc.querySelector(DOCS_SELECTORS.canvasTile)) return 'canvas';
      if (doc.querySelector(DOCS_SELECTORS.htmlLine)) return 'html';
    } catch {
      /* unknown: wait for the API or the timeout */
    }
    return null;
  };

  const emitStatus = (canvas: CanvasStatus, reason?: string) => {
    status = canvas;
    emit(reason ? { v: 1, type: 'status', canvas, overlays: overlays(), reason } : { v: 1, type: 'status', canvas, overlays: overlays() });
  };

  /** A fresh annotated-text object (Docs' snapshot goes stale, so never cache it), or null. */
  const api = async (): Promise<AnnotatedText | null> => {
    const getter = w[API];
    if (typeof getter !== 'function') return null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const flag = w[FLAG];
      const result = await Promise.race([
        Promise.resolve((getter as (id?: unknown) => unknown).call(win, typeof flag === 'string' ? flag : undefined)),
        new Promise((resolve) => (timer = setTimeout(() => resolve(null), opt.callTimeoutMs))),
      ]);
      if (typeof result !== 'object' || result === null) return null;
      return typeof (result as AnnotatedText).getText === 'function' ? (result as AnnotatedText) : null;
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  };

  const readText = async (): Promise<string | null> => {
    const a = await api();
    if (!a) return null;
    try {
      const text = a.getText();
      return typeof text === 'string' ? text : null;
    } catch {
      return null;
    }
  };

  /** Sends the text if it changed (or always, when forced). */
  const publish = (text: string, force: boolean) => {
    if (stopped || (!force && text === lastText)) return;
    lastText = text;
    seq++;
    if (text.length > MAX_BRIDGE_TEXT) emit({ v: 1, type: 'too-long', length: text.length, seq });
    else emit({ v: 1, type: 'text', text, seq });
  };

  const sync = async (force = false) => {
    const text = await readText();
    if (text !== null) publish(text, force);
  };

  const schedule = () => {
    if (debounce !== undefined) clearTimeout(debounce), timers.delete(debounce);
    debounce = later(() => void sync(), opt.debounceMs);
  };

  const watch = () => {
    try {
      const target = doc.querySelector(DOCS_SELECTORS.editor) ?? doc.documentElement;
      observer = new MutationObserver(() => schedule());
      observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
    } catch {
      observer = null;
    }
    const poll = () => {
      void sync();
      later(poll, opt.pollMs);
    };
    later(poll, opt.pollMs);
  };

  // When the annotated canvas is not coming. Docs reads the flag once, while it boots (public
  // reads of its client code show a non-empty-string test on it, where an id allowlist used to
  // be), and then either draws its annotation layer (an svg of rect[aria-label] beside each page
  // tile) with the tiles and defines the API, or does neither: the flag ignored, the gate changed,
  // the document rendered as HTML. So once the tiles are up, the API or the overlays follow
  // promptly or not at all: `verdictMs` of tiles with neither is the answer, where waiting for the
  // timeout kept the sidebar empty for nothing. Overlays without the API yet mean it is on its
  // way: wait (the timeout still bounds that). A wrong verdict costs one export read, and the
  // content script still switches to the canvas when its text comes.
  const started = Date.now();
  let bare: number | null = null; // since when Docs has shown the document without annotations
  const probe = async () => {
    const text = await readText();
    if (stopped) return;
    if (text !== null) {
      emitStatus('ready');
      publish(text, true);
      watch();
      return;
    }
    if (status === 'waiting') {
      const now = Date.now();
      const drawn = rendering();
      const apiReason = typeof w[API] === 'function' ? 'api-error' : 'no-api';
      bare = drawn && overlays() === 0 ? (bare ?? now) : null;
      if (bare !== null && now - bare >= opt.verdictMs) {
        emitStatus('unavailable', `${apiReason}: ${drawn === 'html' ? 'html-rendering' : 'not-annotated'}`);
      } else if (now - started >= opt.detectTimeoutMs) {
        emitStatus('unavailable', apiReason);
      }
    }
    // Docs may still come round (slow load): keep looking, less often once reported missing, and
    // least often past the timeout (until then an early verdict may have been wrong).
    const every = status === 'waiting' ? opt.probeMs : Date.now() - started < opt.detectTimeoutMs ? opt.probeMs * 4 : opt.probeMs * 20;
    later(() => void probe(), every);
  };

  const select = async (id: number, start: number, end: number, expected: string) => {
    const a = await api();
    let span: { start: number; end: number } | null = null;
    try {
      const raw = a?.getText();
      if (a && typeof raw === 'string' && typeof a.setSelection === 'function') {
        span = locateSpan(normalizeAnnotatedText(raw), start, end, expected);
        if (span) {
          a.setSelection(span.start, span.end);
          focusEditor();
        }
      }
    } catch {
      span = null;
    }
    emit(span ? { v: 1, type: 'selected', id, ok: true, start: span.start, end: span.end } : { v: 1, type: 'selected', id, ok: false });
  };

  /** Gives Docs' input target the focus so a paste replaces the selection. */
  const focusEditor = () => {
    try {
      const frame = doc.querySelector<HTMLIFrameElement>(DOCS_SELECTORS.textEventTarget);
      const inner = frame?.contentDocument?.querySelector<HTMLElement>('[contenteditable="true"]');
      (inner ?? frame)?.focus();
    } catch {
      /* focus is a nicety */
    }
  };

  const onRequest = (event: Event) => {
    try {
      const message = decodeContentMessage((event as CustomEvent<unknown>).detail);
      if (!message) return;
      if (message.type === 'refresh') {
        // The content script may have started after our first messages: repeat the status.
        emitStatus(status);
        if (status === 'ready') void sync(true);
      } else void select(message.id, message.start, message.end, message.expected);
    } catch {
      /* ignore */
    }
  };

  doc.addEventListener(CONTENT_EVENT, onRequest);
  emitStatus('waiting');
  void probe();

  return () => {
    stopped = true;
    for (const t of timers) clearTimeout(t);
    timers.clear();
    observer?.disconnect();
    doc.removeEventListener(CONTENT_EVENT, onRequest);
  };
}
