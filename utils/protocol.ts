// The one message protocol between content scripts / popup and the background worker.
// Message names say who talks to whom. Types vanish at runtime: the worker validates every
// payload with the guards below before acting on it.
import type { CritiqueOptions, Lens, Report, RuleId } from '../analysis/types.ts';

export interface AnalyzeRequest {
  text: string;
  lens?: Lens;
  mode?: CritiqueOptions['mode'];
  disabled?: RuleId[];
}

export type AnalyzeResponse = { ok: true; report: Report } | { ok: false; error: string };

export interface ProtocolMap {
  /** content script / popup -> worker: critique this text. */
  analyze(data: AnalyzeRequest): AnalyzeResponse;
}
