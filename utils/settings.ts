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

/** One finding dismissed on one bullet: `ruleId` stays quiet on that bullet, on that site. */
export interface Dismissal {
  ruleId: RuleId;
  /** The bullet as shown, whitespace collapsed (bulletKey): also what the options page lists. */
  bulletText: string;
  site: Site;
  /** When it was dismissed (ms since epoch): the list is newest first and capped. */
  at: number;
}

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
/** Longest bullet text kept for matching and display. */
export const MAX_BULLET_KEY = 2_000;

const RULE_IDS: ReadonlySet<string> = new Set<string>([...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS]);

// Version 1 is the first shape. When a shape changes, bump `version` and add `migrations[n]`
// (WXT runs them once, in order, when the item is defined); the sanitizers below still guard
// every read, so a failed migration or a value from a newer build (a downgrade, which WXT refuses
// to migrate and only logs) reads as the fallback, field by field.
const itemOptions = <T>(fallback: T) => ({ fallback, version: 1, migrations: {} as Record<number, (old: unknown) => unknown> });

// Typed `unknown`: what comes back is whatever is stored, until a sanitizer says otherwise.
export const lensItem = storage.defineItem<unknown>('local:lens', itemOptions<unknown>(DEFAULT_SETTINGS.lens));
export const disabledRulesItem = storage.defineItem<unknown>('local:disabledRules', itemOptions<unknown>([]));
export const sitesItem = storage.defineItem<unknown>('local:sites', itemOptions<unknown>({ ...DEFAULT_SETTINGS.sites }));
export const dismissedItem = storage.defineItem<unknown>('local:dismissed', itemOptions<unknown>([]));

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

const dismissalKey = (d: Pick<Dismissal, 'ruleId' | 'bulletText' | 'site'>) => `${d.site}\u0000${d.ruleId}\u0000${bulletKey(d.bulletText)}`;

/** Well-formed entries only, one per (site, rule, bullet), newest first, at most MAX_DISMISSED. */
export function sanitizeDismissed(raw: unknown): Dismissal[] {
  if (!Array.isArray(raw)) return [];
  const out: Dismissal[] = [];
  for (const entry of raw as unknown[]) {
    if (!isRecord(entry)) continue;
    const { ruleId, bulletText, site, at } = entry;
    if (typeof ruleId !== 'string' || !RULE_IDS.has(ruleId)) continue;
    if (typeof site !== 'string' || !(SITES as readonly string[]).includes(site)) continue;
    if (typeof bulletText !== 'string') continue;
    const text = bulletKey(bulletText);
    if (!text) continue;
    out.push({ ruleId: ruleId as RuleId, bulletText: text, site: site as Site, at: typeof at === 'number' && Number.isFinite(at) ? at : 0 });
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

export async function dismiss(entry: Omit<Dismissal, 'at'>, now: number = Date.now()): Promise<void> {
  const current = sanitizeDismissed(await dismissedItem.getValue().catch(() => []));
  await dismissedItem.setValue(sanitizeDismissed([{ ...entry, at: now }, ...current]));
}

/** Restores one dismissal (matched by site, rule and bullet), or every one when `entry` is 'all'. */
export async function restore(entry: Pick<Dismissal, 'ruleId' | 'bulletText' | 'site'> | 'all'): Promise<void> {
  if (entry === 'all') {
    await dismissedItem.setValue([]);
    return;
  }
  const key = dismissalKey(entry);
  const current = sanitizeDismissed(await dismissedItem.getValue().catch(() => []));
  await dismissedItem.setValue(current.filter((d) => dismissalKey(d) !== key));
}

/** A matcher for one site's dismissals: is `ruleId` dismissed on the bullet that reads `text`? */
export function dismissedMatcher(dismissed: readonly Dismissal[], site: Site): (ruleId: RuleId, text: string) => boolean {
  const keys = new Set(dismissed.filter((d) => d.site === site).map(dismissalKey));
  return (ruleId, text) => keys.size > 0 && keys.has(dismissalKey({ ruleId, bulletText: text, site }));
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
