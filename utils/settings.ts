// The user's settings: lens, rules switched off, per-site switches and dismissed findings. Each is
// one @wxt-dev/storage item (so a write to one never races a write to another) with a fallback
// and a version. Nothing read from storage is trusted: every read goes through a sanitizer that
// checks field by field and falls back, so a corrupt, old or hand-edited value never throws.
// Storage is `local:` on purpose: nothing about the user (dismissed bullets hold their text) is
// synced off the machine.
import { storage } from 'wxt/utils/storage';
import { BULLET_RULE_IDS, DOCUMENT_RULE_IDS, LENSES, type Lens, type RuleId } from '../analysis/types.ts';

export type Site = 'linkedin' | 'googleDocs';
export const SITES: readonly Site[] = ['linkedin', 'googleDocs'];
export const SITE_NAME: Record<Site, string> = { linkedin: 'LinkedIn', googleDocs: 'Google Docs' };

/**
 * Where a dismissal applies. 'bullet' (the only kind before version 2 of the stored list): one
 * finding on one bullet. 'document': a finding about the whole text (verb repetition, tense mix…)
 * of one LinkedIn block (a position's description, About, the headline) or of one Google Doc.
 */
export type DismissalScope = 'bullet' | 'document';
export const DISMISSAL_SCOPES: readonly DismissalScope[] = ['bullet', 'document'];

/** One finding dismissed: `ruleId` stays quiet on that bullet (or that whole text), on that site. */
export interface Dismissal {
  ruleId: RuleId;
  scope: DismissalScope;
  /**
   * What it is matched on, whitespace collapsed (bulletKey). Scope 'bullet': the bullet as shown,
   * also what the options page lists. Scope 'document': on LinkedIn the block's whole text (so a
   * dismissal made on the profile holds in the edit form showing the same text, and the other way
   * round); on Google Docs the document's id (the text changes with every keystroke, the id not).
   */
  bulletText: string;
  /** Scope 'document' only: what the options page calls it ("Senior PM · Lumen Health", the Doc's title). */
  label?: string;
  site: Site;
  /** When it was dismissed (ms since epoch): the list is newest first and capped. */
  at: number;
}

/** What `dismiss` takes: scope 'bullet' unless told. */
export type DismissalInput = Omit<Dismissal, 'at' | 'scope'> & { scope?: DismissalScope };
/** What identifies one dismissal (`restore`): site, scope (default 'bullet'), rule and text. */
export type DismissalRef = Pick<Dismissal, 'ruleId' | 'bulletText' | 'site'> & { scope?: DismissalScope };

export interface Settings {
  lens: Lens;
  disabledRules: RuleId[];
  sites: Record<Site, boolean>;
  dismissed: Dismissal[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  lens: 'pm',
  disabledRules: [],
  sites: { linkedin: true, googleDocs: true },
  dismissed: [],
});

/** The most dismissals kept (oldest dropped first): a few per bullet of a long profile. */
export const MAX_DISMISSED = 500;
/** Longest bullet text kept for matching and display (LinkedIn's own limit for a description). */
export const MAX_BULLET_KEY = 2_000;
/** Longest label kept for a document dismissal. */
export const MAX_LABEL = 200;

const RULE_IDS: ReadonlySet<string> = new Set<string>([...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS]);

// Version 1 is the first shape. When a shape changes, bump the item's `version` and add
// `migrations[n]` (WXT runs them once, in order, when the item is defined); the sanitizers below
// still guard every read, so a failed migration or a value from a newer build (a downgrade, which
// WXT refuses to migrate and only logs) reads as the fallback, field by field.
const itemOptions = <T>(fallback: T, version = 1, migrations: Record<number, (old: unknown) => unknown> = {}) => ({
  fallback,
  version,
  migrations,
});

/**
 * The dismissed list, version 2: every entry says its `scope` (document findings became
 * dismissable). Version 1 entries were all bullet dismissals. Anything that is not an array, or
 * an entry that is not an object, is left for the sanitizer to drop.
 */
export function migrateDismissedV2(old: unknown): unknown {
  if (!Array.isArray(old)) return old;
  return old.map((entry: unknown) => (isRecord(entry) && entry.scope === undefined ? { ...entry, scope: 'bullet' } : entry));
}

// Typed `unknown`: what comes back is whatever is stored, until a sanitizer says otherwise.
export const lensItem = storage.defineItem<unknown>('local:lens', itemOptions<unknown>(DEFAULT_SETTINGS.lens));
export const disabledRulesItem = storage.defineItem<unknown>('local:disabledRules', itemOptions<unknown>([]));
export const sitesItem = storage.defineItem<unknown>('local:sites', itemOptions<unknown>({ ...DEFAULT_SETTINGS.sites }));
export const dismissedItem = storage.defineItem<unknown>('local:dismissed', itemOptions<unknown>([], 2, { 2: migrateDismissedV2 }));

const ITEMS = [lensItem, disabledRulesItem, sitesItem, dismissedItem] as const;

// ---------- sanitizers: unknown in, a valid value out, never a throw ----------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sanitizeLens(raw: unknown): Lens {
  return typeof raw === 'string' && (LENSES as readonly string[]).includes(raw) ? (raw as Lens) : DEFAULT_SETTINGS.lens;
}

/** Known rule ids only, each once, in the engine's order. */
export function sanitizeDisabledRules(raw: unknown): RuleId[] {
  if (!Array.isArray(raw)) return [];
  const set = new Set(raw.filter((id): id is string => typeof id === 'string' && RULE_IDS.has(id)));
  return [...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS].filter((id) => set.has(id));
}

/** Each site on unless stored as exactly `false`. */
export function sanitizeSites(raw: unknown): Record<Site, boolean> {
  const out = { ...DEFAULT_SETTINGS.sites };
  if (!isRecord(raw)) return out;
  for (const site of SITES) if (typeof raw[site] === 'boolean') out[site] = raw[site] as boolean;
  return out;
}

/** The text a dismissal is matched on: whitespace collapsed, trimmed, capped. */
export function bulletKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_BULLET_KEY);
}

const dismissalKey = (d: DismissalRef) =>
  `${d.site}\u0000${d.scope ?? 'bullet'}\u0000${d.ruleId}\u0000${bulletKey(d.bulletText)}`;

/** A label as stored: one line, trimmed, capped; empty is none. */
function sanitizeLabel(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const label = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
  return label || undefined;
}

/**
 * Well-formed entries only, one per (site, scope, rule, text), newest first, at most MAX_DISMISSED.
 * An entry without a scope is a bullet dismissal (version 1); one with a scope this build does not
 * know (a newer build's) is dropped rather than guessed at.
 */
export function sanitizeDismissed(raw: unknown): Dismissal[] {
  if (!Array.isArray(raw)) return [];
  const out: Dismissal[] = [];
  for (const entry of raw as unknown[]) {
    if (!isRecord(entry)) continue;
    const { ruleId, bulletText, site, at, scope = 'bullet', label } = entry;
    if (typeof ruleId !== 'string' || !RULE_IDS.has(ruleId)) continue;
    if (typeof site !== 'string' || !(SITES as readonly string[]).includes(site)) continue;
    if (typeof scope !== 'string' || !(DISMISSAL_SCOPES as readonly string[]).includes(scope)) continue;
    if (typeof bulletText !== 'string') continue;
    const text = bulletKey(bulletText);
    if (!text) continue;
    const d: Dismissal = {
      ruleId: ruleId as RuleId,
      scope: scope as DismissalScope,
      bulletText: text,
      site: site as Site,
      at: typeof at === 'number' && Number.isFinite(at) ? at : 0,
    };
    const name = scope === 'document' ? sanitizeLabel(label) : undefined;
    if (name) d.label = name;
    out.push(d);
  }
  // Stable sort keeps stored order among equal times; the newest copy of a duplicate wins.
  out.sort((a, b) => b.at - a.at);
  const seen = new Set<string>();
  const unique: Dismissal[] = [];
  for (const d of out) {
    const key = dismissalKey(d);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(d);
  }
  return unique.slice(0, MAX_DISMISSED);
}

// ---------- reading and writing ----------

/** Reads every setting; a storage failure reads as the defaults (never throws). */
export async function getSettings(): Promise<Settings> {
  const read = (item: (typeof ITEMS)[number]) => item.getValue().catch(() => undefined);
  const [lens, disabledRules, sites, dismissed] = await Promise.all(ITEMS.map(read));
  return {
    lens: sanitizeLens(lens),
    disabledRules: sanitizeDisabledRules(disabledRules),
    sites: sanitizeSites(sites),
    dismissed: sanitizeDismissed(dismissed),
  };
}

export async function setLens(lens: Lens): Promise<void> {
  await lensItem.setValue(sanitizeLens(lens));
}

export async function setRuleEnabled(ruleId: RuleId, enabled: boolean): Promise<void> {
  const current = sanitizeDisabledRules(await disabledRulesItem.getValue().catch(() => []));
  const next = enabled ? current.filter((id) => id !== ruleId) : [...current, ruleId];
  await disabledRulesItem.setValue(sanitizeDisabledRules(next));
}

export async function setSiteEnabled(site: Site, enabled: boolean): Promise<void> {
  const current = sanitizeSites(await sitesItem.getValue().catch(() => undefined));
  await sitesItem.setValue({ ...current, [site]: enabled });
}

// Dismiss and restore read, change and write the whole list: two in a row from one context (two
// quick clicks) would both read the old list and the first write would be lost. They run one
// after another here; a failed one does not stop the next.
let dismissedWrites: Promise<unknown> = Promise.resolve();
function updateDismissed(change: (current: Dismissal[]) => unknown[]): Promise<void> {
  const run = dismissedWrites.then(async () => {
    const current = sanitizeDismissed(await dismissedItem.getValue().catch(() => []));
    await dismissedItem.setValue(sanitizeDismissed(change(current)));
  });
  dismissedWrites = run.catch(() => {});
  return run;
}

export function dismiss(entry: DismissalInput, now: number = Date.now()): Promise<void> {
  return updateDismissed((current) => [{ scope: 'bullet', ...entry, at: now }, ...current]);
}

/** Restores one dismissal (matched by site, scope, rule and text), or every one when `entry` is 'all'. */
export function restore(entry: DismissalRef | 'all'): Promise<void> {
  if (entry === 'all') return updateDismissed(() => []);
  const key = dismissalKey(entry);
  return updateDismissed((current) => current.filter((d) => dismissalKey(d) !== key));
}

/**
 * A matcher for one site's dismissals: is `ruleId` dismissed on the bullet that reads `text` (or,
 * with scope 'document', on the block whose text, or the Doc whose id, is `text`)?
 */
export function dismissedMatcher(
  dismissed: readonly Dismissal[],
  site: Site,
): (ruleId: RuleId, text: string, scope?: DismissalScope) => boolean {
  const keys = new Set(dismissed.filter((d) => d.site === site).map(dismissalKey));
  return (ruleId, text, scope = 'bullet') => keys.size > 0 && keys.has(dismissalKey({ ruleId, bulletText: text, site, scope }));
}

/**
 * Calls `cb` with the whole, sanitized settings after any of them changes (in this or another
 * context: options page, popup, another tab). Returns the unwatch function. Reads are sequenced
 * so a slow read never overwrites a newer one.
 */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  let seq = 0;
  let delivered = 0;
  let stopped = false;
  const onChange = () => {
    const mine = ++seq;
    void getSettings().then((s) => {
      if (stopped || mine < delivered) return;
      delivered = mine;
      cb(s);
    });
  };
  const unwatchers = ITEMS.map((item) => item.watch(onChange));
  return () => {
    stopped = true;
    for (const u of unwatchers) u();
  };
}
