// The protocol between the page-world bridge (which can reach Docs' annotated-canvas API) and the
// content script (which cannot). Messages travel as CustomEvents on `document` whose `detail` is a
// JSON string: a string crosses worlds unchanged in every browser, and anything on the page can
// dispatch these events, so each side validates every message before acting. Pure.

/** page world -> content script */
export const PAGE_EVENT = 'impact-lens:docs:page';
/** content script -> page world */
export const CONTENT_EVENT = 'impact-lens:docs:content';
/** The content script writes the extension id here at document_start for the page world to read. */
export const EXT_ID_ATTR = 'data-impact-lens-ext';
export const BRIDGE_VERSION = 1;

/** Far above any resume; a bigger text is reported as too long, not sent. */
export const MAX_BRIDGE_TEXT = 1_000_000;
const MAX_REASON = 200;
const MAX_EXPECTED = 10_000;

export type CanvasStatus = 'waiting' | 'ready' | 'unavailable';

export type PageMessage =
  | { v: 1; type: 'status'; canvas: CanvasStatus; overlays: number; reason?: string }
  /** The document text as getText() returned it; `seq` grows with every change. */
  | { v: 1; type: 'text'; text: string; seq: number }
  | { v: 1; type: 'too-long'; length: number; seq: number }
  | { v: 1; type: 'selected'; id: number; ok: boolean; start?: number; end?: number };

export type ContentMessage =
  /** Send the text now, changed or not. */
  | { v: 1; type: 'refresh' }
  /** Select [start, end) in the document if it still holds `expected` there (or nearby). */
  | { v: 1; type: 'select'; id: number; start: number; end: number; expected: string };

export const EXT_ID = /^[A-Za-z0-9@._{}-]{1,100}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function parse(detail: unknown): Record<string, unknown> | null {
  if (typeof detail !== 'string' || detail.length > MAX_BRIDGE_TEXT * 2 + 1_000) return null;
  try {
    const value: unknown = JSON.parse(detail);
    return isRecord(value) && value.v === BRIDGE_VERSION ? value : null;
  } catch {
    return null;
  }
}

export function encodeMessage(message: PageMessage | ContentMessage): string {
  return JSON.stringify(message);
}

/** A valid message from the page world, rebuilt field by field, or null. */
export function decodePageMessage(detail: unknown): PageMessage | null {
  const m = parse(detail);
  if (!m) return null;
  switch (m.type) {
    case 'status': {
      if (m.canvas !== 'waiting' && m.canvas !== 'ready' && m.canvas !== 'unavailable') return null;
      if (!isCount(m.overlays)) return null;
      const out: PageMessage = { v: 1, type: 'status', canvas: m.canvas, overlays: m.overlays };
      if (m.reason !== undefined) {
        if (typeof m.reason !== 'string') return null;
        out.reason = m.reason.slice(0, MAX_REASON);
      }
      return out;
    }
    case 'text':
      if (typeof m.text !== 'string' || m.text.length > MAX_BRIDGE_TEXT || !isCount(m.seq)) return null;
      return { v: 1, type: 'text', text: m.text, seq: m.seq };
    case 'too-long':
      if (!isCount(m.length) || !isCount(m.seq)) return null;
      return { v: 1, type: 'too-long', length: m.length, seq: m.seq };
    case 'selected': {
      if (!isCount(m.id) || typeof m.ok !== 'boolean') return null;
      const out: PageMessage = { v: 1, type: 'selected', id: m.id, ok: m.ok };
      if (m.ok) {
        if (!isCount(m.start) || !isCount(m.end) || m.end < m.start) return null;
        out.start = m.start;
        out.end = m.end;
      }
      return out;
    }
    default:
      return null;
  }
}

/** A valid request from the content script, rebuilt field by field, or null. */
export function decodeContentMessage(detail: unknown): ContentMessage | null {
  const m = parse(detail);
  if (!m) return null;
  switch (m.type) {
    case 'refresh':
      return { v: 1, type: 'refresh' };
    case 'select':
      if (!isCount(m.id) || !isCount(m.start) || !isCount(m.end) || m.end < m.start) return null;
      if (m.end > MAX_BRIDGE_TEXT || typeof m.expected !== 'string' || m.expected.length > MAX_EXPECTED) return null;
      return { v: 1, type: 'select', id: m.id, start: m.start, end: m.end, expected: m.expected };
    default:
      return null;
  }
}

/**
 * Where `expected` sits in `text`: at [start, end) if it is still there, else its occurrence
 * nearest to `start` (the user typed above it), else null (the bullet is gone).
 */
export function locateSpan(text: string, start: number, end: number, expected: string): { start: number; end: number } | null {
  if (!expected) return null;
  if (text.slice(start, end) === expected) return { start, end };
  let best: number | null = null;
  for (let i = text.indexOf(expected); i !== -1; i = text.indexOf(expected, i + 1)) {
    if (best === null || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best === null ? null : { start: best, end: best + expected.length };
}
