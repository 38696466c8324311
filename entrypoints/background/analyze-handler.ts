// The `analyze` message: check who asks and what, then run the engine. Never throws: every
// failure becomes `{ ok: false, error }` so the sender always gets an answer.
import { browser } from 'wxt/browser';
import { critique } from '../../analysis/index.ts';
import type { AnalyzeResponse } from '../../utils/protocol.ts';
import { validateAnalyzeRequest } from '../../utils/validate.ts';

/** The part of `runtime.MessageSender` the handler reads. */
export interface Sender {
  id?: string | undefined;
}

export function handleAnalyze(
  data: unknown,
  sender: Sender | undefined,
  extensionId: string = browser.runtime.id,
): AnalyzeResponse {
  try {
    // Only our own pages and content scripts may ask; `onMessage` never sees other extensions,
    // but checking costs nothing and keeps the rule "check the sender" true for every handler.
    if (!sender || typeof sender.id !== 'string' || sender.id !== extensionId) {
      return { ok: false, error: 'analyze: sender is not this extension' };
    }
    const request = validateAnalyzeRequest(data);
    if (!request.ok) return request;
    const { text, ...options } = request.value;
    return { ok: true, report: critique(text, options) };
  } catch (err) {
    return { ok: false, error: `analyze: ${err instanceof Error ? err.message : String(err)}` };
  }
}
