// Checks a `fetchDocExport` payload field by field (types vanish at runtime) and rebuilds it from
// the known fields only. Pure.
import type { FetchDocExportRequest } from '../protocol.ts';
import { isAuthuser, isDocId, isTabId } from './doc-url.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const KEYS: ReadonlySet<string> = new Set(['docId', 'tab', 'authuser']);

export function validateFetchDocExportRequest(data: unknown): Checked<FetchDocExportRequest> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'fetchDocExport: payload must be an object' };
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KEYS.has(key)) return { ok: false, error: `fetchDocExport: unknown field "${key.slice(0, 40)}"` };
  }
  const { docId, tab, authuser } = record;
  if (!isDocId(docId)) return { ok: false, error: 'fetchDocExport: docId is not a document id' };
  const value: FetchDocExportRequest = { docId };
  if (tab !== undefined) {
    if (!isTabId(tab)) return { ok: false, error: 'fetchDocExport: tab is not a tab id' };
    value.tab = tab;
  }
  if (authuser !== undefined) {
    if (!isAuthuser(authuser)) return { ok: false, error: 'fetchDocExport: authuser is malformed' };
    value.authuser = authuser;
  }
  return { ok: true, value };
}
