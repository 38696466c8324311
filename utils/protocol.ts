// The one message protocol between content scripts / popup and the background worker.
// Message names say who talks to whom. Types vanish at runtime: the worker validates every
// payload with the guards below before acting on it.
import type { CategoryScores, CritiqueOptions, Lens, Report, RuleId } from '../analysis/types.ts';
import type { ExportFailureState } from './docs/export-response.ts';
import type { Site } from './settings.ts';

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

/**
 * What a supported page is showing, for the popup:
 * - loading: the page is ours and its critique is still running;
 * - ready: annotations are on the page (the numbers below are theirs);
 * - empty: nothing to critique was found (no experience section yet);
 * - off: the user switched Impact Lens off on this site;
 * - unsupported: a page of the site that is not a profile or a document (the feed).
 */
export type PageStatus = 'loading' | 'ready' | 'empty' | 'off' | 'unsupported';

export type PageSite = Site;

/** One of the page's most valuable fixes: `bulletId` is what `revealBullet` takes. */
export interface TopFix {
  bulletId: string;
  rule: RuleId;
  message: string;
  /** The bullet's text (the popup shows a short excerpt). */
  bullet: string;
  /** Score points the bullet gains when this is fixed. */
  gain: number;
}

export interface PageState {
  status: PageStatus;
  site: PageSite;
  /** The page's score 0-100: the mean of the shown block scores weighted by their bullets. */
  score: number | null;
  categories: CategoryScores | null;
  /** Bullets critiqued on the page. */
  bullets: number;
  /** Findings on the page, by rule (dismissed and switched-off rules excluded). */
  counts: Partial<Record<RuleId, number>>;
  /** At most three, best first. */
  topFixes: TopFix[];
  /** Why an `empty` page shows nothing, when the site knows better than "nothing found" (Docs: sign in). */
  note?: string;
}

export interface RevealBulletRequest {
  bulletId: string;
}

export interface PageScoreReport {
  /** null clears the toolbar badge (no score on this page). */
  score: number | null;
}

export interface ProtocolMap {
  /** content script / popup -> worker: critique this text. */
  analyze(data: AnalyzeRequest): AnalyzeResponse;
  /** Google Docs content script -> worker: fetch this document's txt export with the user's cookies. */
  fetchDocExport(data: FetchDocExportRequest): FetchDocExportResponse;
  /** popup -> a tab's content script (tabs.sendMessage): what the page shows now. */
  getPageState(): PageState;
  /** popup -> a tab's content script: scroll to this bullet and open its annotation; false if gone. */
  revealBullet(data: RevealBulletRequest): boolean;
  /** content script -> worker: the page's score, for this tab's toolbar badge. */
  pageScore(data: PageScoreReport): void;
}
