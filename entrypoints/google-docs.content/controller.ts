// Decides where the document text comes from and keeps the sidebar's state. The annotated canvas
// (live, offsets Docs can select) wins whenever it works; if the page bridge says it is not coming,
// or the bridge never speaks, or no verdict comes in time, the worker's txt export is used,
// refreshed on request and on a slow timer, with backoff on failure. Every critique runs in the
// worker. DOM-free: its inputs are injected, so unit tests drive it with fakes.
import type { AnalyzeResponse, FetchDocExportResponse } from '../../utils/protocol.ts';
import type { DocRef } from '../../utils/docs/doc-url.ts';
import { normalizeAnnotatedText } from '../../utils/docs/annotated-text.ts';
import { normalizeExportText } from '../../utils/docs/export-text.ts';
import { MAX_EXPORT_CHARS, type ExportFailureState } from '../../utils/docs/export-response.ts';
import { retryDelay } from '../../utils/docs/backoff.ts';
import type { CanvasStatus } from '../../utils/docs/bridge-protocol.ts';
import type { BridgeClient, BridgeHandlers } from './bridge-client.ts';
import { initialDocsState, type DocsSource, type DocsState, type DocsStatus } from '../../components/docs/types.ts';

/** A resume is 3-10 k characters; past this the sidebar says "too long" instead of guessing. */
export const MAX_DOC_CHARS = 60_000;
/**
 * The backstop: how long to wait for the annotated canvas when the page bridge gives no verdict
 * (Docs changed past recognition). Usually the bridge says 'unavailable' about a second after Docs
 * has drawn the document (page-bridge.ts), and the export starts then.
 */
export const CANVAS_WAIT_MS = 6_000;
/** Once the page bridge should be running, how long its silence may last before it counts as absent. */
export const BRIDGE_SILENCE_MS = 1_000;
/** The export's slow refresh while the tab is visible. */
export const EXPORT_REFRESH_MS = 60_000;

type Timer = unknown;

export interface ControllerDeps {
  ref: DocRef;
  analyze(text: string): Promise<AnalyzeResponse>;
  fetchExport(ref: DocRef): Promise<FetchDocExportResponse>;
  createBridge(handlers: BridgeHandlers): BridgeClient | null;
  now(): number;
  random(): number;
  setTimer(fn: () => void, ms: number): Timer;
  clearTimer(timer: Timer): void;
  isVisible(): boolean;
}

export interface BulletRef {
  start: number;
  end: number;
}

export class DocsController {
  private state: DocsState;
  private readonly listeners = new Set<(s: DocsState) => void>();
  private bridge: BridgeClient | null = null;
  /**
   * Where the text is read from now. `state.source` is where the text on screen came from: when
   * the canvas takes over from the export, the export's list stays until the canvas's critique
   * replaces it in one step (its offsets are the export's until then).
   */
  private mode: DocsSource | null = null;
  /** The page bridge has said something (so it runs). */
  private heard = false;
  /** The newest text read in the current mode (what a new critique reads). */
  private latest: string | null = null;
  private canvasWait: Timer | null = null;
  private bridgeSilence: Timer | null = null;
  private exportTimer: Timer | null = null;
  private engineTimer: Timer | null = null;
  private exportAttempt = 0;
  private engineAttempt = 0;
  private exportDueWhileHidden = false;
  private analyzeSeq = 0;
  private analyzed: string | null = null;
  private failedText: string | null = null;
  private disposed = false;

  constructor(private readonly deps: ControllerDeps) {
    this.state = initialDocsState(deps.ref.tab ?? null);
  }

  get current(): DocsState {
    return this.state;
  }

  subscribe(listener: (s: DocsState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.bridge = this.deps.createBridge({
      onStatus: (status) => this.onCanvasStatus(status),
      onText: (text) => this.onCanvasText(text),
      onTooLong: (length) => this.onCanvasTooLong(length),
    });
    if (!this.bridge) {
      this.startExport();
      return;
    }
    this.canvasWait = this.deps.setTimer(() => {
      this.canvasWait = null;
      this.startExport();
    }, CANVAS_WAIT_MS);
    // The page bridge started before us and may have spoken already: ask it to repeat (it answers
    // at once, a verdict included).
    this.bridge.refresh();
  }

  /**
   * Call when the page bridge must be running (Chrome: its MAIN-world script ran at document_start;
   * Firefox: it was just injected): if it has not spoken within `ms`, it is not there (Docs' CSP
   * refused the injected script) and the export is read at once.
   */
  expectBridge(ms = BRIDGE_SILENCE_MS): void {
    if (this.disposed || this.heard || this.mode !== null || this.bridgeSilence !== null) return;
    this.bridgeSilence = this.deps.setTimer(() => {
      this.bridgeSilence = null;
      if (!this.heard) this.startExport();
    }, ms);
  }

  /** The user's Refresh. */
  refresh(): void {
    if (this.disposed) return;
    if (this.mode === 'canvas') {
      this.set({ refreshing: true });
      this.bridge?.refresh();
    } else if (this.mode === 'export') void this.fetchExport();
    // Still waiting for the canvas: the user wants the text now.
    else this.startExport();
  }

  /** The user's Try again: start the backoff over. */
  retry(): void {
    if (this.disposed) return;
    this.exportAttempt = 0;
    this.engineAttempt = 0;
    if (this.failedText !== null && this.mode !== null) void this.critique(this.failedText, this.mode);
    else this.refresh();
  }

  /** Selects a bullet in the document; only the annotated canvas can. */
  async select(bullet: BulletRef): Promise<boolean> {
    if (this.disposed || this.state.source !== 'canvas' || !this.bridge) return false;
    const expected = this.state.text.slice(bullet.start, bullet.end);
    const result = await this.bridge.select(bullet.start, bullet.end, expected);
    this.set({ selection: { start: bullet.start, ok: result.ok } });
    return result.ok;
  }

  /** Critiques the current text again (the user changed the lens or the rules); the list stays meanwhile. */
  recritique(): void {
    if (this.disposed || this.mode === null) return;
    const text = this.failedText ?? this.latest;
    if (text === null) return;
    this.analyzed = null;
    void this.critique(text, this.mode);
  }

  setSuggesting(suggesting: boolean): void {
    if (suggesting !== this.state.suggesting) this.set({ suggesting });
  }

  /** Call on `visibilitychange`: a refresh that fell due while hidden runs now. */
  onVisibilityChange(): void {
    if (this.deps.isVisible() && this.exportDueWhileHidden && this.mode !== 'canvas') {
      this.exportDueWhileHidden = false;
      void this.fetchExport();
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const t of [this.canvasWait, this.bridgeSilence, this.exportTimer, this.engineTimer]) if (t !== null) this.deps.clearTimer(t);
    this.bridge?.dispose();
    this.listeners.clear();
  }

  // ---------- canvas ----------

  private onCanvasStatus(status: CanvasStatus): void {
    this.onBridge();
    if (status === 'unavailable' && this.mode === null) this.startExport();
  }

  private onCanvasText(raw: string): void {
    if (this.disposed) return;
    this.onBridge();
    if (this.mode !== 'canvas') this.useCanvas();
    this.latest = normalizeAnnotatedText(raw);
    void this.critique(this.latest, 'canvas');
  }

  private onCanvasTooLong(length: number): void {
    this.onBridge();
    if (this.mode !== 'canvas') this.useCanvas();
    this.analyzed = null;
    this.latest = null;
    // Nothing of the export's stays: its list would stand for a document that is now too long.
    this.set({ source: 'canvas', status: { kind: 'too-long', length, limit: MAX_DOC_CHARS }, report: null, refreshing: false });
  }

  private onBridge(): void {
    this.heard = true;
    if (this.bridgeSilence !== null) this.deps.clearTimer(this.bridgeSilence);
    this.bridgeSilence = null;
  }

  /**
   * The canvas answered: it replaces the export for good (live text, selectable offsets). What is
   * on screen changes source only with the canvas's first critique (critique()), never before:
   * an export list labelled 'canvas' would offer selection with the export's offsets.
   */
  private useCanvas(): void {
    for (const t of [this.canvasWait, this.exportTimer]) if (t !== null) this.deps.clearTimer(t);
    this.canvasWait = this.exportTimer = null;
    this.exportDueWhileHidden = false;
    this.mode = 'canvas';
    this.latest = null;
    this.failedText = null;
    // With nothing listed, the export's trouble (a retry, a sign-in) no longer applies.
    if (this.state.report === null) this.set({ source: 'canvas', status: { kind: 'loading' } });
  }

  // ---------- export ----------

  private startExport(): void {
    if (this.mode !== null || this.disposed) return;
    if (this.canvasWait !== null) this.deps.clearTimer(this.canvasWait);
    this.canvasWait = null;
    this.mode = 'export';
    this.set({ source: 'export' });
    void this.fetchExport();
  }

  private scheduleExport(ms: number, slow: boolean): void {
    if (this.exportTimer !== null) this.deps.clearTimer(this.exportTimer);
    this.exportTimer = this.deps.setTimer(() => {
      this.exportTimer = null;
      if (slow && !this.deps.isVisible()) {
        this.exportDueWhileHidden = true;
        return;
      }
      void this.fetchExport();
    }, ms);
  }

  private async fetchExport(): Promise<void> {
    if (this.disposed || this.mode === 'canvas') return;
    if (this.exportTimer !== null) this.deps.clearTimer(this.exportTimer);
    this.exportTimer = null;
    this.set({ refreshing: true });
    let res: FetchDocExportResponse;
    try {
      res = await this.deps.fetchExport(this.deps.ref);
    } catch {
      // The worker did not answer (restarting, extension updated): a network-like failure.
      res = { ok: false, state: 'network' };
    }
    // The canvas may have taken over while the request ran (TS cannot see that through the await).
    if (this.disposed || this.onCanvas()) return;
    if (res.ok) {
      this.exportAttempt = 0;
      this.scheduleExport(EXPORT_REFRESH_MS, true);
      this.latest = normalizeExportText(res.text).text;
      await this.critique(this.latest, 'export');
      return;
    }
    const delay = retryDelay(res.state, this.exportAttempt, res.retryAfterMs, this.deps.random);
    this.exportAttempt++;
    const retryAt = delay === null ? null : this.deps.now() + delay;
    if (delay !== null) this.scheduleExport(delay, false);
    this.set({ status: this.failureStatus(res.state, retryAt), refreshing: false });
  }

  private failureStatus(state: ExportFailureState, retryAt: number | null): DocsStatus {
    switch (state) {
      case 'signin':
        return { kind: 'signin' };
      case 'not-found':
        return { kind: 'not-found' };
      case 'too-long':
        return { kind: 'too-long', length: null, limit: MAX_EXPORT_CHARS };
      case 'rate-limited':
        return { kind: 'rate-limited', retryAt };
      default:
        return { kind: 'retry', retryAt };
    }
  }

  // ---------- critique ----------

  private async critique(text: string, source: DocsSource): Promise<void> {
    if (this.disposed) return;
    if (text.length > MAX_DOC_CHARS) {
      this.analyzed = null;
      this.set({ source, status: { kind: 'too-long', length: text.length, limit: MAX_DOC_CHARS }, report: null, refreshing: false });
      return;
    }
    if (text === this.analyzed && this.state.report && this.state.source === source) {
      // Same text: no new critique, no re-render of the list.
      this.set({ status: { kind: 'ready' }, refreshing: false, updatedAt: this.deps.now() });
      return;
    }
    const seq = ++this.analyzeSeq;
    this.set({ refreshing: true });
    let res: AnalyzeResponse;
    try {
      res = await this.deps.analyze(text);
    } catch (err) {
      res = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    if (this.disposed || seq !== this.analyzeSeq || this.mode !== source) return;
    if (res.ok) {
      this.analyzed = text;
      this.failedText = null;
      this.engineAttempt = 0;
      // Report, text and source together: the list and its offsets always belong to one source.
      this.set({ source, report: res.report, text, status: { kind: 'ready' }, refreshing: false, updatedAt: this.deps.now(), selection: null });
      return;
    }
    this.failedText = text;
    const delay = retryDelay('error', this.engineAttempt++, undefined, this.deps.random);
    if (this.engineTimer !== null) this.deps.clearTimer(this.engineTimer);
    this.engineTimer =
      delay === null
        ? null
        : this.deps.setTimer(() => {
            this.engineTimer = null;
            if (this.failedText !== null) void this.critique(this.failedText, source);
          }, delay);
    this.set({ status: { kind: 'retry', retryAt: delay === null ? null : this.deps.now() + delay }, refreshing: false });
  }

  private onCanvas(): boolean {
    return this.mode === 'canvas';
  }

  private set(patch: Partial<DocsState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) {
      try {
        listener(this.state);
      } catch {
        /* a listener bug must not stop the others */
      }
    }
  }
}
