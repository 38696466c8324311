// What the Google Docs sidebar shows: the content script's controller produces it, the
// components render it. Plain data, no browser APIs.
import type { Report } from '../../analysis/types.ts';

export type DocsSource = 'canvas' | 'export';

export type DocsStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'signin' }
  /** Network or server trouble; `retryAt` is when the next automatic try runs, null = only on request. */
  | { kind: 'retry'; retryAt: number | null }
  | { kind: 'rate-limited'; retryAt: number | null }
  | { kind: 'not-found' }
  /** `length` null: longer than the export limit, exact size unknown. */
  | { kind: 'too-long'; length: number | null; limit: number };

export interface DocsState {
  status: DocsStatus;
  /** Where the text came from: Docs' annotated canvas (live) or the txt export (periodic). */
  source: DocsSource | null;
  report: Report | null;
  /** The analysed text; the report's offsets point into it. */
  text: string;
  /** A read or critique is running (the current report stays on screen meanwhile). */
  refreshing: boolean;
  updatedAt: number | null;
  /** Docs is in Suggesting mode: the text may hold pending suggestions. */
  suggesting: boolean;
  /** Document tab the export covers (`?tab=`), if any. */
  tab: string | null;
  /** The bullet last clicked for selection (its start offset) and whether Docs selected it. */
  selection: { start: number; ok: boolean } | null;
}

export const initialDocsState = (tab: string | null = null): DocsState => ({
  status: { kind: 'loading' },
  source: null,
  report: null,
  text: '',
  refreshing: false,
  updatedAt: null,
  suggesting: false,
  tab,
  selection: null,
});
