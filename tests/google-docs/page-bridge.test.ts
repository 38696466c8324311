// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API, FLAG, installCanvasFlag, startPageBridge } from '../../entrypoints/google-docs.content/page-bridge.ts';
import {
  CONTENT_EVENT,
  EXT_ID_ATTR,
  PAGE_EVENT,
  decodePageMessage,
  encodeMessage,
  type ContentMessage,
  type PageMessage,
} from '../../utils/docs/bridge-protocol.ts';

type W = Window & Record<string, unknown>;
const w = window as unknown as W;

function collect() {
  const messages: PageMessage[] = [];
  const listener = (e: Event) => {
    const m = decodePageMessage((e as CustomEvent).detail);
    if (m) messages.push(m);
  };
  document.addEventListener(PAGE_EVENT, listener);
  return { messages, stop: () => document.removeEventListener(PAGE_EVENT, listener) };
}

const send = (m: ContentMessage) => document.dispatchEvent(new CustomEvent(CONTENT_EVENT, { detail: encodeMessage(m) }));

/** A stand-in for Docs' annotated-text API. */
function fakeDocs(initial: string) {
  const docs = { text: initial, selections: [] as [number, number][], calls: 0 };
  w[API] = async () => {
    docs.calls++;
    return {
      getText: () => docs.text,
      setSelection: (s: number, e: number) => void docs.selections.push([s, e]),
    };
  };
  return docs;
}

const until = async (check: () => boolean, ms = 2000) => {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

beforeEach(() => {
  delete w[FLAG];
  delete w[API];
  document.documentElement.removeAttribute(EXT_ID_ATTR);
  document.body.innerHTML = '<div class="kix-appview-editor"><div class="kix-canvas-tile-content"><svg></svg></div></div>';
});

describe('installCanvasFlag', () => {
  it('sets our id when the content script already wrote it', () => {
    document.documentElement.setAttribute(EXT_ID_ATTR, 'abcdefghijklmnopabcdefghijklmnop');
    expect(installCanvasFlag(window, document)).toBe('set');
    expect(w[FLAG]).toBe('abcdefghijklmnopabcdefghijklmnop');
  });

  it('reads the id lazily when the content script runs second', () => {
    expect(installCanvasFlag(window, document)).toBe('deferred');
    expect(w[FLAG]).toBeUndefined();
    document.documentElement.setAttribute(EXT_ID_ATTR, 'abcdefghijklmnopabcdefghijklmnop');
    expect(w[FLAG]).toBe('abcdefghijklmnopabcdefghijklmnop');
  });

  it('keeps another extension’s flag, set before or after ours', () => {
    w[FLAG] = 'other-extension';
    expect(installCanvasFlag(window, document)).toBe('kept');
    expect(w[FLAG]).toBe('other-extension');

    delete w[FLAG];
    installCanvasFlag(window, document);
    w[FLAG] = 'late-extension';
    document.documentElement.setAttribute(EXT_ID_ATTR, 'abcdefghijklmnopabcdefghijklmnop');
    expect(w[FLAG]).toBe('late-extension');
  });

  it('ignores a malformed id', () => {
    document.documentElement.setAttribute(EXT_ID_ATTR, '"><script>');
    installCanvasFlag(window, document);
    expect(w[FLAG]).toBeUndefined();
  });
});

describe('startPageBridge', () => {
  let stop: (() => void) | undefined;
  let log: ReturnType<typeof collect>;
  beforeEach(() => {
    log = collect();
  });
  afterEach(() => {
    stop?.();
    log.stop();
  });

  const opts = { probeMs: 5, detectTimeoutMs: 60, debounceMs: 20, pollMs: 10_000, callTimeoutMs: 50 };

  it('waits for Docs, then reports ready and sends the text', async () => {
    stop = startPageBridge(window, document, opts);
    expect(log.messages[0]).toMatchObject({ type: 'status', canvas: 'waiting' });
    fakeDocs('\u0003Jordan\nLed X\n');
    await until(() => log.messages.some((m) => m.type === 'text'));
    const kinds = log.messages.map((m) => (m.type === 'status' ? m.canvas : m.type));
    expect(kinds.slice(-2)).toEqual(['ready', 'text']);
    expect(log.messages.at(-1)).toEqual({ v: 1, type: 'text', text: '\u0003Jordan\nLed X\n', seq: 1 });
  });

  it('reports unavailable when Docs never offers the API, and recovers if it comes later', async () => {
    stop = startPageBridge(window, document, { ...opts, probeMs: 2 });
    await until(() => log.messages.some((m) => m.type === 'status' && m.canvas === 'unavailable'));
    expect(log.messages.at(-1)).toMatchObject({ canvas: 'unavailable', reason: 'no-api' });
    fakeDocs('late');
    await until(() => log.messages.some((m) => m.type === 'text'), 3000);
  });

  describe('the verdict once Docs has drawn the document', () => {
    const tile = () => {
      const canvas = document.createElement('canvas');
      canvas.className = 'kix-canvas-tile-content';
      document.querySelector('.kix-appview-editor')!.append(canvas);
    };
    const overlay = () => {
      const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      rect.setAttribute('aria-label', 'Jordan');
      document.querySelector('.kix-canvas-tile-content svg')!.append(rect);
    };
    const unavailable = () => log.messages.find((m) => m.type === 'status' && m.canvas === 'unavailable');
    const slow = { ...opts, verdictMs: 40, detectTimeoutMs: 60_000 };

    it('page tiles without overlays or API: unavailable after verdictMs, not the timeout', async () => {
      stop = startPageBridge(window, document, slow);
      await new Promise((r) => setTimeout(r, 80));
      expect(unavailable()).toBeUndefined(); // nothing drawn yet: Docs is still loading
      const drawnAt = Date.now();
      tile();
      await until(() => unavailable() !== undefined);
      expect(Date.now() - drawnAt).toBeGreaterThanOrEqual(40);
      expect(unavailable()).toMatchObject({ reason: 'no-api: not-annotated', overlays: 0 });
      // Docs comes round after all: the text follows.
      fakeDocs('\u0003late\n');
      await until(() => log.messages.some((m) => m.type === 'text'), 3000);
    });

    it('a document rendered as HTML: unavailable, said so', async () => {
      stop = startPageBridge(window, document, slow);
      document.querySelector('.kix-appview-editor')!.insertAdjacentHTML('beforeend', '<div class="kix-lineview">Jordan</div>');
      await until(() => unavailable() !== undefined);
      expect(unavailable()).toMatchObject({ reason: 'no-api: html-rendering' });
    });

    it('overlays drawn: the API is on its way, no verdict before the timeout', async () => {
      tile();
      overlay();
      stop = startPageBridge(window, document, slow);
      await new Promise((r) => setTimeout(r, 150));
      expect(unavailable()).toBeUndefined();
      fakeDocs('\u0003Jordan\n');
      await until(() => log.messages.some((m) => m.type === 'text'));
      expect(unavailable()).toBeUndefined();
    });

    it('the API answers as soon as it is there, tiles or not', async () => {
      tile();
      fakeDocs('\u0003Jordan\n');
      stop = startPageBridge(window, document, slow);
      await until(() => log.messages.some((m) => m.type === 'text'));
      expect(unavailable()).toBeUndefined();
    });
  });

  it('re-reads after the canvas changes and the typing stops, sending only changes', async () => {
    const docs = fakeDocs('\u0003A\n');
    stop = startPageBridge(window, document, opts);
    await until(() => log.messages.some((m) => m.type === 'text'));
    const svg = document.querySelector('svg')!;
    docs.text = '\u0003AB\n';
    for (const label of ['A', 'AB']) {
      const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      rect.setAttribute('aria-label', label);
      svg.appendChild(rect);
    }
    await until(() => log.messages.filter((m) => m.type === 'text').length === 2);
    expect(log.messages.at(-1)).toEqual({ v: 1, type: 'text', text: '\u0003AB\n', seq: 2 });
    svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'rect'));
    await new Promise((r) => setTimeout(r, 60));
    expect(log.messages.filter((m) => m.type === 'text')).toHaveLength(2); // same text: nothing sent
  });

  it('answers refresh with the status and the text, changed or not', async () => {
    fakeDocs('\u0003A\n');
    stop = startPageBridge(window, document, opts);
    await until(() => log.messages.some((m) => m.type === 'text'));
    const before = log.messages.length;
    send({ v: 1, type: 'refresh' });
    await until(() => log.messages.length >= before + 2);
    expect(log.messages.slice(before).map((m) => m.type)).toEqual(['status', 'text']);
  });

  it('selects a bullet, following it when the text above changed', async () => {
    const docs = fakeDocs('\u0003Jordan\nLed X\n');
    stop = startPageBridge(window, document, opts);
    await until(() => log.messages.some((m) => m.type === 'text'));
    send({ v: 1, type: 'select', id: 1, start: 8, end: 13, expected: 'Led X' });
    await until(() => log.messages.some((m) => m.type === 'selected'));
    expect(docs.selections).toEqual([[8, 13]]);
    docs.text = '\u0003Jordan R.\nLed X\n';
    send({ v: 1, type: 'select', id: 2, start: 8, end: 13, expected: 'Led X' });
    await until(() => log.messages.filter((m) => m.type === 'selected').length === 2);
    expect(docs.selections.at(-1)).toEqual([11, 16]);
    expect(log.messages.at(-1)).toEqual({ v: 1, type: 'selected', id: 2, ok: true, start: 11, end: 16 });
    send({ v: 1, type: 'select', id: 3, start: 8, end: 13, expected: 'Gone' });
    await until(() => log.messages.filter((m) => m.type === 'selected').length === 3);
    expect(log.messages.at(-1)).toEqual({ v: 1, type: 'selected', id: 3, ok: false });
  });

  it('ignores forged or malformed requests', async () => {
    const docs = fakeDocs('\u0003A\n');
    stop = startPageBridge(window, document, opts);
    await until(() => log.messages.some((m) => m.type === 'text'));
    document.dispatchEvent(new CustomEvent(CONTENT_EVENT, { detail: { v: 1, type: 'select', id: 1, start: 0, end: 1, expected: 'A' } }));
    document.dispatchEvent(new CustomEvent(CONTENT_EVENT, { detail: '{"v":1,"type":"select","start":-5}' }));
    await new Promise((r) => setTimeout(r, 30));
    expect(docs.selections).toEqual([]);
  });

  it('never throws into the page when Docs’ API misbehaves', async () => {
    w[API] = () => {
      throw new Error('Docs internal error');
    };
    const onError = vi.fn();
    window.addEventListener('error', onError);
    stop = startPageBridge(window, document, opts);
    send({ v: 1, type: 'select', id: 1, start: 0, end: 1, expected: 'x' });
    await until(() => log.messages.some((m) => m.type === 'status' && m.canvas === 'unavailable'));
    expect(log.messages.find((m) => m.type === 'status' && m.canvas === 'unavailable')).toMatchObject({ reason: 'api-error' });
    w[API] = async () => ({ getText: () => 42 });
    await new Promise((r) => setTimeout(r, 30));
    expect(log.messages.some((m) => m.type === 'text')).toBe(false);
    window.removeEventListener('error', onError);
    expect(onError).not.toHaveBeenCalled();
  });

  it('a getter that never resolves times out instead of hanging', async () => {
    w[API] = () => new Promise(() => {});
    stop = startPageBridge(window, document, opts);
    await until(() => log.messages.some((m) => m.type === 'status' && m.canvas === 'unavailable'), 3000);
  });

  it('stops cleanly', async () => {
    fakeDocs('\u0003A\n');
    stop = startPageBridge(window, document, opts);
    stop();
    stop = undefined;
    const n = log.messages.length;
    send({ v: 1, type: 'refresh' });
    await new Promise((r) => setTimeout(r, 40));
    expect(log.messages).toHaveLength(n);
  });
});
