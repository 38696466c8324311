// Remembers, per Google Doc, whether the sidebar is collapsed. One local storage item holds a small
// map (doc id -> state), capped to the most recently used documents. What storage returns is
// checked entry by entry: anything malformed reads as "not collapsed".
import { storage } from 'wxt/utils/storage';
import { isDocId } from './doc-url.ts';

export interface DocPrefs {
  collapsed: boolean;
  /** Last write, ms since epoch: the oldest entries go first when the map is full. */
  at: number;
}

export type DocPrefsMap = Record<string, DocPrefs>;

export const MAX_REMEMBERED_DOCS = 200;

export const docsSidebarItem = storage.defineItem<unknown>('local:docsSidebar', { fallback: {} });

/** Keeps only well-formed entries for well-formed ids, newest first, at most MAX_REMEMBERED_DOCS. */
export function sanitizePrefs(raw: unknown): DocPrefsMap {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const entries: [string, DocPrefs][] = [];
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isDocId(id) || typeof value !== 'object' || value === null) continue;
    const { collapsed, at } = value as Record<string, unknown>;
    if (typeof collapsed !== 'boolean' || typeof at !== 'number' || !Number.isFinite(at)) continue;
    entries.push([id, { collapsed, at }]);
  }
  entries.sort((a, b) => b[1].at - a[1].at);
  const out: DocPrefsMap = Object.create(null) as DocPrefsMap;
  for (const [id, prefs] of entries.slice(0, MAX_REMEMBERED_DOCS)) out[id] = prefs;
  return out;
}

export async function loadCollapsed(docId: string): Promise<boolean> {
  try {
    return sanitizePrefs(await docsSidebarItem.getValue())[docId]?.collapsed ?? false;
  } catch {
    return false;
  }
}

export async function saveCollapsed(docId: string, collapsed: boolean, now: number = Date.now()): Promise<void> {
  if (!isDocId(docId)) return;
  try {
    const prefs = sanitizePrefs(await docsSidebarItem.getValue());
    prefs[docId] = { collapsed, at: now };
    await docsSidebarItem.setValue({ ...sanitizePrefs(prefs) });
  } catch {
    /* a preference that fails to save is not worth an error on the page */
  }
}
