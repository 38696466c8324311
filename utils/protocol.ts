// The one message protocol between content scripts / popup and the background worker.
// Message names say who talks to whom. Types vanish at runtime: the worker validates every
// payload with the guards below before acting on it.
import type { CritiqueOptions, Lens, Report, RuleId } from '../analysis/types.ts';
import type { ExportFailureState } from './docs/export-response.ts';

export interface AnalyzeRequest {
  text: string;
  lens?: Lens;
  mode?: CritiqueOptions['mode'];
  disabled?: RuleId[];
}

export type AnalyzeResponse = { ok: true; report: Report } | { ok: false; error: string };

/** The open Google Doc to export; tab and authuser as in the page URL (utils/docs/doc-url.ts). */
export interface FetchDocExportRequest {
  docId: string;
  tab?: string;
  authuser?: string;
}

/** `text` is the raw text/plain body; utils/docs/export-text.ts normalises it. */
export type FetchDocExportResponse =
  | { ok: true; text: string }
  | { ok: false; state: ExportFailureState; retryAfterMs?: number };

export interface ProtocolMap {
  /** content script / popup -> worker: critique this text. */
  analyze(data: AnalyzeRequest): AnalyzeResponse;
  /** Google Docs content script -> worker: fetch this document's txt export with the user's cookies. */
  fetchDocExport(data: FetchDocExportRequest): FetchDocExportResponse;
}
