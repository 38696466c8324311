// Reads a Google Docs page URL (doc id, document tab, signed-in account) and builds the txt export
// URL for the same document, tab and account. Pure: no DOM, no browser.*.

export interface DocRef {
  docId: string;
  /** Document tab (`?tab=t.xxxx`): the export then holds that tab only. */
  tab?: string;
  /** Which signed-in Google account (`?authuser=1`, `/u/1/`): without it the export uses account 0. */
  authuser?: string;
}

export const DOCS_ORIGIN = 'https://docs.google.com';
// Real ids are 44 characters; older ones are shorter. Bounded so a hostile page cannot pass a novel.
const DOC_ID = /^[A-Za-z0-9_-]{10,128}$/;
const TAB_ID = /^t\.[A-Za-z0-9_-]{1,64}$/;
// authuser is an account index or the account's e-mail address.
const AUTHUSER = /^(?:\d{1,2}|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190})$/;

export const isDocId = (v: unknown): v is string => typeof v === 'string' && DOC_ID.test(v);
export const isTabId = (v: unknown): v is string => typeof v === 'string' && TAB_ID.test(v);
export const isAuthuser = (v: unknown): v is string => typeof v === 'string' && AUTHUSER.test(v);

/** The document a Docs editor URL points at, or null when it is not a Docs document URL. */
export function parseDocUrl(href: string): DocRef | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.origin !== DOCS_ORIGIN) return null;
  // /document/d/<id>/edit, /document/u/<n>/d/<id>/edit
  const m = /^\/document\/(?:u\/(\d{1,2})\/)?d\/([^/]+)(?:\/|$)/.exec(url.pathname);
  if (!m || !isDocId(m[2])) return null;
  const ref: DocRef = { docId: m[2] };
  const tab = url.searchParams.get('tab');
  if (isTabId(tab)) ref.tab = tab;
  const authuser = url.searchParams.get('authuser') ?? m[1] ?? null;
  if (isAuthuser(authuser)) ref.authuser = authuser;
  return ref;
}

/** `https://docs.google.com/document/d/<id>/export?format=txt[&tab=…][&authuser=…]` */
export function buildExportUrl(ref: DocRef): string {
  if (!isDocId(ref.docId)) throw new Error('buildExportUrl: not a document id');
  const params = new URLSearchParams({ format: 'txt' });
  if (ref.tab !== undefined && isTabId(ref.tab)) params.set('tab', ref.tab);
  if (ref.authuser !== undefined && isAuthuser(ref.authuser)) params.set('authuser', ref.authuser);
  return `${DOCS_ORIGIN}/document/d/${ref.docId}/export?${params.toString()}`;
}
