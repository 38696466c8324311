import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../analysis/types.ts';
import { BRIDGE_SILENCE_MS, CANVAS_WAIT_MS, DocsController, EXPORT_REFRESH_MS, MAX_DOC_CHARS, type ControllerDeps } from '../../entrypoints/google-docs.content/controller.ts';
import type { BridgeClient, BridgeHandlers, SelectResult } from '../../entrypoints/google-docs.content/bridge-client.ts';
import type { AnalyzeResponse, FetchDocExportResponse } from '../../utils/protocol.ts';
import type { DocsState } from '../../components/docs/types.ts';

const ref = { docId: '1fixtureDocId0123456789abcdef' };

const reportFor = (text: string): Report => ({
  lens: 'pm',
  score: 80,
  categories: { impact: 80, ownership: 80, clarity: 80, product: 80 },
  documentFindings: [],
  bullets: text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const start = text.indexOf(line);
      return { start, end: start + line.length, text: line, score: 80, categories: { impact: 80, ownership: 80, clarity: 80, product: 80 }, findings: [], signals: [], rewrite: null, section: 0, position: null };
    }),
  sections: [],
  positions: [],
  notes: [],
});

/** A clock and timers the test advances by hand. */
function harness(over: Partial<ControllerDeps> & { exportAnswers?: FetchDocExportResponse[]; withBridge?: boolean } = {}) {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  let handlers: BridgeHandlers | null = null;
  const selects: [number, number, string][] = [];
  let selectResult: SelectResult = { ok: true, start: 0, end: 0 };
  const bridge: BridgeClient = {
    refresh: vi.fn(),
    select: async (s, e, x) => (selects.push([s, e, x]), selectResult),
    dispose: vi.fn(),
  };
  const answers = [...(over.exportAnswers ?? [])];
  const fetchExport = vi.fn(async (): Promise<FetchDocExportResponse> => answers.shift() ?? { ok: true, text: '* Led X\n' });
  const analyze = vi.fn(async (text: string): Promise<AnalyzeResponse> => ({ ok: true, report: reportFor(text) }));
  let visible = true;
  const deps: ControllerDeps = {
    ref,
    analyze,
    fetchExport,
    createBridge: (h) => {
      handlers = h;
      return over.withBridge === false ? null : bridge;
    },
    now: () => now,
    random: () => 0.5,
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
    isVisible: () => visible,
    ...over,
  };
  const c = new DocsController(deps);
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    c,
    deps,
    fetchExport,
    analyze,
    bridge,
    selects,
    setSelectResult: (r: SelectResult) => (selectResult = r),
    page: () => handlers!,
    setVisible: (v: boolean) => (visible = v),
    pendingTimers: () => timers.map((t) => t.at - now),
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > until) break;
        timers.shift();
        now = next.at;
        next.fn();
        await flush();
      }
      now = until;
      await flush();
    },
    flush,
  };
}

describe('DocsController', () => {
  it('uses the annotated canvas when it answers, without touching the export', async () => {
    const h = harness();
    h.c.start();
    expect(h.c.current.status.kind).toBe('loading');
    h.page().onStatus('ready', 12);
    h.page().onText('\u0003Jordan\nLed X\n', 1);
    await h.flush();
    expect(h.c.current).toMatchObject({ source: 'canvas', status: { kind: 'ready' } });
    expect(h.c.current.text).toBe('\nJordan\nLed X\n'); // same offsets as Docs
    expect(h.analyze).toHaveBeenCalledWith('\nJordan\nLed X\n');
    await h.advance(CANVAS_WAIT_MS + EXPORT_REFRESH_MS * 2);
    expect(h.fetchExport).not.toHaveBeenCalled();
  });

  it('falls back to the export when the canvas stays silent, then refreshes slowly', async () => {
    const h = harness({ exportAnswers: [{ ok: true, text: '\ufeffJordan\r\n* Led X\r\n' }] });
    h.c.start();
    await h.advance(CANVAS_WAIT_MS);
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
    expect(h.c.current).toMatchObject({ source: 'export', status: { kind: 'ready' } });
    expect(h.c.current.text).toBe('Jordan\n• Led X\n');
    await h.advance(EXPORT_REFRESH_MS);
    expect(h.fetchExport).toHaveBeenCalledTimes(2);
    expect(h.analyze).toHaveBeenCalledTimes(2); // new text (default answer) -> new critique
  });

  it('goes to the export at once when the bridge reports the canvas unavailable', async () => {
    const h = harness();
    h.c.start();
    h.page().onStatus('unavailable', 0);
    await h.flush();
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
  });

  it('goes to the export at once when there is no bridge', async () => {
    const h = harness({ withBridge: false });
    h.c.start();
    await h.flush();
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
  });

  it('reads the export once, however often the verdict is repeated', async () => {
    const h = harness();
    h.c.start();
    h.page().onStatus('unavailable', 0);
    h.page().onStatus('unavailable', 0); // the answer to a later refresh
    await h.advance(CANVAS_WAIT_MS);
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
  });

  it('goes to the export at once when the page bridge stays silent (never injected)', async () => {
    const h = harness();
    h.c.start();
    h.c.expectBridge();
    await h.advance(BRIDGE_SILENCE_MS - 1);
    expect(h.fetchExport).not.toHaveBeenCalled();
    await h.advance(1);
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
    expect(h.c.current.source).toBe('export');
  });

  it('waits for the canvas while the page bridge says Docs is loading', async () => {
    const h = harness();
    h.c.start();
    h.page().onStatus('waiting', 0);
    h.c.expectBridge();
    await h.advance(CANVAS_WAIT_MS - 1);
    expect(h.fetchExport).not.toHaveBeenCalled();
    h.page().onText('\u0003Led X\n', 1);
    await h.advance(EXPORT_REFRESH_MS);
    expect(h.fetchExport).not.toHaveBeenCalled();
    expect(h.c.current.source).toBe('canvas');
  });

  it('Refresh while still waiting for the canvas reads the export now', async () => {
    const h = harness();
    h.c.start();
    h.c.refresh();
    await h.flush();
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
    expect(h.c.current).toMatchObject({ source: 'export', status: { kind: 'ready' } });
    await h.advance(CANVAS_WAIT_MS);
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
  });

  it('from the export to the canvas in one step: the list and its offsets never mix sources', async () => {
    const h = harness({ exportAnswers: [{ ok: true, text: 'Jordan\r\n* Led X\r\n' }] });
    const seen: DocsState[] = [];
    h.c.subscribe((s) => seen.push(s));
    h.c.start();
    h.page().onStatus('unavailable', 0);
    await h.flush();
    const exported = h.c.current;
    expect(exported).toMatchObject({ source: 'export', text: 'Jordan\n• Led X\n' });

    let release!: () => void;
    h.analyze.mockImplementationOnce(async (text) => {
      await new Promise<void>((r) => (release = r));
      return { ok: true, report: reportFor(text) };
    });
    h.page().onText('\u0003Jordan\nLed X\n', 1);
    await h.flush();
    // The canvas's critique runs: the export's list stays, still the export's, not selectable.
    expect(h.c.current).toMatchObject({ source: 'export', report: exported.report, text: exported.text, refreshing: true });
    expect(await h.c.select({ start: 8, end: 13 })).toBe(false);
    release();
    await h.flush();
    expect(h.c.current).toMatchObject({ source: 'canvas', text: '\nJordan\nLed X\n', status: { kind: 'ready' } });
    expect(await h.c.select({ start: 8, end: 13 })).toBe(true);
    // Every state shown paired a list with the text of its own source.
    for (const s of seen.filter((x) => x.report)) {
      expect(s.text).toBe(s.source === 'canvas' ? '\nJordan\nLed X\n' : 'Jordan\n• Led X\n');
    }
    await h.advance(EXPORT_REFRESH_MS * 3);
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
  });

  it('an export read still running when the canvas answers is dropped', async () => {
    let answer!: (r: FetchDocExportResponse) => void;
    const h = harness({ fetchExport: () => new Promise<FetchDocExportResponse>((r) => (answer = r)) });
    h.c.start();
    h.page().onStatus('unavailable', 0);
    h.page().onText('\u0003Led X\n', 1);
    await h.flush();
    answer({ ok: true, text: '* Led Y\n' });
    await h.flush();
    expect(h.c.current).toMatchObject({ source: 'canvas', text: '\nLed X\n' });
    expect(h.analyze).toHaveBeenCalledTimes(1);
  });

  it('new settings during the switch critique the canvas text, not the export’s', async () => {
    const h = harness();
    h.c.start();
    h.page().onStatus('unavailable', 0);
    await h.flush();
    h.analyze.mockImplementationOnce(() => new Promise(() => {})); // the canvas's first critique hangs
    h.page().onText('\u0003Led X\n', 1);
    h.c.recritique();
    await h.flush();
    expect(h.analyze).toHaveBeenLastCalledWith('\nLed X\n');
    expect(h.c.current).toMatchObject({ source: 'canvas', text: '\nLed X\n' });
  });

  it('a document grown too long on the canvas clears the export’s list', async () => {
    const h = harness();
    h.c.start();
    h.page().onStatus('unavailable', 0);
    await h.flush();
    expect(h.c.current.report).not.toBeNull();
    h.page().onTooLong(2_000_000);
    expect(h.c.current).toMatchObject({ source: 'canvas', report: null, status: { kind: 'too-long' } });
  });

  it('switches to the canvas if it answers late, and stops the export timer', async () => {
    const h = harness();
    h.c.start();
    await h.advance(CANVAS_WAIT_MS);
    expect(h.c.current.source).toBe('export');
    h.page().onText('\u0003Led X\n', 1);
    await h.flush();
    expect(h.c.current.source).toBe('canvas');
    await h.advance(EXPORT_REFRESH_MS * 3);
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
  });

  it('recovers from a 429: waits Retry-After, then shows the report', async () => {
    const h = harness({ exportAnswers: [{ ok: false, state: 'rate-limited', retryAfterMs: 10_000 }, { ok: true, text: '* Led X\n' }] });
    h.c.start();
    await h.advance(CANVAS_WAIT_MS);
    expect(h.c.current.status).toEqual({ kind: 'rate-limited', retryAt: CANVAS_WAIT_MS + 10_000 });
    await h.advance(9_999);
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
    await h.advance(1);
    expect(h.fetchExport).toHaveBeenCalledTimes(2);
    expect(h.c.current.status.kind).toBe('ready');
  });

  it('backs off on network errors, then waits for the user', async () => {
    const h = harness({ exportAnswers: Array(10).fill({ ok: false, state: 'network' }) });
    h.c.start();
    await h.advance(CANVAS_WAIT_MS);
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const s = h.c.current.status;
      if (s.kind !== 'retry' || s.retryAt === null) break;
      delays.push(h.pendingTimers()[0]!);
      await h.advance(h.pendingTimers()[0]!);
    }
    expect(delays).toEqual([2000, 4000, 8000, 16000, 32000]);
    expect(h.c.current.status).toEqual({ kind: 'retry', retryAt: null });
    expect(h.fetchExport).toHaveBeenCalledTimes(6);
    h.c.retry();
    await h.flush();
    expect(h.fetchExport).toHaveBeenCalledTimes(7);
  });

  it('reports sign-in and does not retry on its own', async () => {
    const h = harness({ exportAnswers: [{ ok: false, state: 'signin' }] });
    h.c.start();
    await h.advance(CANVAS_WAIT_MS);
    expect(h.c.current.status).toEqual({ kind: 'signin' });
    await h.advance(10 * 60_000);
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
    h.c.retry();
    await h.flush();
    expect(h.c.current.status.kind).toBe('ready');
  });

  it('keeps the last report on screen when a refresh fails', async () => {
    const h = harness({ exportAnswers: [{ ok: true, text: '* Led X\n' }, { ok: false, state: 'network' }] });
    h.c.start();
    await h.advance(CANVAS_WAIT_MS);
    const report = h.c.current.report;
    h.c.refresh();
    await h.flush();
    expect(h.c.current.status.kind).toBe('retry');
    expect(h.c.current.report).toBe(report);
  });

  it('does not re-critique or re-render for the same text', async () => {
    const h = harness({ exportAnswers: [{ ok: true, text: '* Led X\n' }, { ok: true, text: '* Led X\n' }] });
    h.c.start();
    await h.advance(CANVAS_WAIT_MS);
    const report = h.c.current.report;
    h.c.refresh();
    await h.flush();
    expect(h.analyze).toHaveBeenCalledTimes(1);
    expect(h.c.current.report).toBe(report);
  });

  it('skips the slow refresh while the tab is hidden and catches up when shown', async () => {
    const h = harness();
    h.c.start();
    await h.advance(CANVAS_WAIT_MS);
    h.setVisible(false);
    await h.advance(EXPORT_REFRESH_MS * 3);
    expect(h.fetchExport).toHaveBeenCalledTimes(1);
    h.setVisible(true);
    h.c.onVisibilityChange();
    await h.flush();
    expect(h.fetchExport).toHaveBeenCalledTimes(2);
  });

  it('reports a too-long document instead of critiquing it', async () => {
    const h = harness();
    h.c.start();
    h.page().onText('x'.repeat(MAX_DOC_CHARS + 1), 1);
    await h.flush();
    expect(h.c.current.status).toEqual({ kind: 'too-long', length: MAX_DOC_CHARS + 1, limit: MAX_DOC_CHARS });
    expect(h.analyze).not.toHaveBeenCalled();
    h.page().onTooLong(2_000_000);
    expect(h.c.current.status).toEqual({ kind: 'too-long', length: 2_000_000, limit: MAX_DOC_CHARS });
  });

  it('retries a failed critique with backoff', async () => {
    const h = harness();
    h.analyze.mockResolvedValueOnce({ ok: false, error: 'worker restarting' });
    h.c.start();
    h.page().onText('\u0003Led X\n', 1);
    await h.flush();
    expect(h.c.current.status).toEqual({ kind: 'retry', retryAt: 2000 });
    await h.advance(2000);
    expect(h.c.current.status.kind).toBe('ready');
  });

  it('drops a stale critique when newer text arrived meanwhile', async () => {
    const h = harness();
    let release!: () => void;
    h.analyze.mockImplementationOnce(async (text) => {
      await new Promise<void>((r) => (release = r));
      return { ok: true, report: reportFor(text) };
    });
    h.c.start();
    h.page().onText('\u0003Old\n', 1);
    await h.flush();
    h.page().onText('\u0003New\n', 2);
    await h.flush();
    release();
    await h.flush();
    expect(h.c.current.text).toBe('\nNew\n');
  });

  it('selects a bullet through the bridge with its current text', async () => {
    const h = harness();
    h.c.start();
    h.page().onText('\u0003Jordan\nLed X\n', 1);
    await h.flush();
    h.setSelectResult({ ok: true, start: 8, end: 13 });
    expect(await h.c.select({ start: 8, end: 13 })).toBe(true);
    expect(h.selects).toEqual([[8, 13, 'Led X']]);
    expect(h.c.current.selection).toEqual({ start: 8, ok: true });
  });

  it('cannot select from the export', async () => {
    const h = harness({ withBridge: false });
    h.c.start();
    await h.flush();
    expect(await h.c.select({ start: 0, end: 3 })).toBe(false);
  });

  it('a worker that throws counts as a network failure', async () => {
    const h = harness({ fetchExport: async () => Promise.reject(new Error('Could not establish connection')) });
    h.c.start();
    await h.advance(CANVAS_WAIT_MS);
    expect(h.c.current.status).toEqual({ kind: 'retry', retryAt: CANVAS_WAIT_MS + 2000 });
  });

  it('stops everything on dispose', async () => {
    const h = harness();
    h.c.start();
    h.c.dispose();
    expect(h.bridge.dispose).toHaveBeenCalled();
    expect(h.pendingTimers()).toEqual([]);
  });
});
