// The `fetchDocExport` message: fetch the open Google Doc's txt export with the user's cookies and
// say plainly what came back (utils/docs/export-response.ts). Only the Docs content script of the
// tab showing that very document may ask, so the worker is no fetch proxy for other pages. Never
// throws: every failure is an `{ ok: false, state }` the sidebar can show.
import { browser } from 'wxt/browser';
import { buildExportUrl, parseDocUrl } from '../../utils/docs/doc-url.ts';
import { validateFetchDocExportRequest } from '../../utils/docs/export-request.ts';
import { MAX_EXPORT_CHARS, classifyExportAnswer } from '../../utils/docs/export-response.ts';
import type { FetchDocExportResponse } from '../../utils/protocol.ts';

/** The part of `runtime.MessageSender` the handler reads. */
export interface ExportSender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { url?: string | undefined } | undefined;
}

export interface DocsExportDeps {
  fetch: typeof fetch;
  extensionId: string;
  now: () => number;
  timeoutMs: number;
  /** A successful export is reused this long: several tabs or quick refreshes make one request. */
  reuseMs: number;
}

const defaults = (): DocsExportDeps => ({
  fetch: (...args) => globalThis.fetch(...args),
  extensionId: browser.runtime.id,
  now: Date.now,
  timeoutMs: 20_000,
  reuseMs: 3_000,
});

/** Reads at most `maxChars` characters of the body (a runaway answer is not read to the end). */
async function readCapped(res: Response, maxChars: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (text.length > maxChars) {
        await reader.cancel().catch(() => {});
        return text;
      }
    }
    return text + decoder.decode();
  } finally {
    reader.releaseLock?.();
  }
}

async function fetchExport(url: string, deps: DocsExportDeps): Promise<FetchDocExportResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
  try {
    let res: Response;
    try {
      res = await deps.fetch(url, { credentials: 'include', cache: 'no-store', redirect: 'follow', signal: controller.signal });
    } catch {
      if (controller.signal.aborted) return { ok: false, state: 'network' };
      // A redirect to a host this extension may not read (accounts.google.com: the sign-in page)
      // fails like a network error. Ask again without following to tell the two apart.
      try {
        const probe = await deps.fetch(url, { credentials: 'include', cache: 'no-store', redirect: 'manual', signal: controller.signal });
        if (probe.type === 'opaqueredirect') return { ok: false, state: 'signin' };
      } catch {
        /* offline indeed */
      }
      return { ok: false, state: 'network' };
    }
    const ok = res.status >= 200 && res.status < 300;
    const body = await readCapped(res, ok ? MAX_EXPORT_CHARS : 20_000);
    return classifyExportAnswer(
      {
        status: res.status,
        contentType: res.headers.get('content-type'),
        url: res.url || url,
        retryAfter: res.headers.get('retry-after'),
        body,
      },
      deps.now(),
    );
  } catch {
    return { ok: false, state: controller.signal.aborted ? 'network' : 'error' };
  } finally {
    clearTimeout(timer);
  }
}

/** Builds the handler; keeps one request per export URL in flight and briefly reuses a success. */
export function createDocsExportHandler(overrides: Partial<DocsExportDeps> = {}) {
  const deps = { ...defaults(), ...overrides };
  const inFlight = new Map<string, Promise<FetchDocExportResponse>>();
  const recent = new Map<string, { at: number; result: FetchDocExportResponse }>();

  return async function handleFetchDocExport(data: unknown, sender: ExportSender | undefined): Promise<FetchDocExportResponse> {
    try {
      if (!sender || sender.id !== deps.extensionId) return { ok: false, state: 'error' };
      const request = validateFetchDocExportRequest(data);
      if (!request.ok) return { ok: false, state: 'error' };
      // The asking page must be this document's editor: a content script elsewhere (or a
      // compromised one) cannot make the worker fetch other documents.
      const page = parseDocUrl(sender.url ?? sender.tab?.url ?? '');
      if (!page || page.docId !== request.value.docId) return { ok: false, state: 'error' };

      const url = buildExportUrl(request.value);
      const cached = recent.get(url);
      if (cached && deps.now() - cached.at < deps.reuseMs) return cached.result;
      const pending = inFlight.get(url);
      if (pending) return await pending;

      const job = fetchExport(url, deps).finally(() => inFlight.delete(url));
      inFlight.set(url, job);
      const result = await job;
      if (result.ok) recent.set(url, { at: deps.now(), result });
      else recent.delete(url);
      for (const [key, entry] of recent) if (deps.now() - entry.at >= deps.reuseMs) recent.delete(key);
      return result;
    } catch {
      return { ok: false, state: 'error' };
    }
  };
}

let shared: ReturnType<typeof createDocsExportHandler> | undefined;

/** The worker's one handler (its in-flight and reuse maps are shared by every tab). */
export function handleFetchDocExport(data: unknown, sender: ExportSender | undefined): Promise<FetchDocExportResponse> {
  shared ??= createDocsExportHandler();
  return shared(data, sender);
}
