// The content script's end of the page bridge (page-bridge.ts): turns validated page events into
// callbacks, and requests into events. Nothing from the page is trusted past decodePageMessage.
import {
  CONTENT_EVENT,
  PAGE_EVENT,
  decodePageMessage,
  encodeMessage,
  type CanvasStatus,
  type ContentMessage,
} from '../../utils/docs/bridge-protocol.ts';

export interface BridgeHandlers {
  onStatus(status: CanvasStatus, overlays: number): void;
  onText(text: string, seq: number): void;
  onTooLong(length: number): void;
}

export type SelectResult = { ok: true; start: number; end: number } | { ok: false };

export interface BridgeClient {
  refresh(): void;
  select(start: number, end: number, expected: string): Promise<SelectResult>;
  dispose(): void;
}

export function createBridgeClient(doc: Document, handlers: BridgeHandlers, selectTimeoutMs = 3_000): BridgeClient {
  let nextId = 1;
  let lastSeq = -1;
  const pending = new Map<number, (r: SelectResult) => void>();

  const send = (message: ContentMessage) => {
    try {
      doc.dispatchEvent(new CustomEvent(CONTENT_EVENT, { detail: encodeMessage(message) }));
    } catch {
      /* ignore */
    }
  };

  const onEvent = (event: Event) => {
    try {
      const m = decodePageMessage((event as CustomEvent<unknown>).detail);
      if (!m) return;
      switch (m.type) {
        case 'status':
          handlers.onStatus(m.canvas, m.overlays);
          break;
        case 'text':
          // A refresh repeats the current seq on purpose; an older one is stale.
          if (m.seq < lastSeq) return;
          lastSeq = m.seq;
          handlers.onText(m.text, m.seq);
          break;
        case 'too-long':
          lastSeq = Math.max(lastSeq, m.seq);
          handlers.onTooLong(m.length);
          break;
        case 'selected': {
          const resolve = pending.get(m.id);
          pending.delete(m.id);
          resolve?.(m.ok && m.start !== undefined && m.end !== undefined ? { ok: true, start: m.start, end: m.end } : { ok: false });
          break;
        }
      }
    } catch {
      /* a handler error must not escape into the page's event dispatch */
    }
  };

  doc.addEventListener(PAGE_EVENT, onEvent);

  return {
    refresh: () => send({ v: 1, type: 'refresh' }),
    select(start, end, expected) {
      const id = nextId++;
      return new Promise<SelectResult>((resolve) => {
        pending.set(id, resolve);
        setTimeout(() => {
          if (pending.delete(id)) resolve({ ok: false });
        }, selectTimeoutMs);
        send({ v: 1, type: 'select', id, start, end, expected });
      });
    },
    dispose() {
      doc.removeEventListener(PAGE_EVENT, onEvent);
      for (const resolve of pending.values()) resolve({ ok: false });
      pending.clear();
    },
  };
}
