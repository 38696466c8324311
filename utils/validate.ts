// Runtime guards for message payloads: TypeScript types vanish at runtime, and a message can come
// from a stale or compromised context, so the worker checks every field before acting on it.
import { BULLET_RULE_IDS, CATEGORIES, DOCUMENT_RULE_IDS, LENSES, type CategoryScores, type RuleId } from '../analysis/types.ts';
import type { AnalyzeRequest, PageScoreReport, PageState, PageStatus, RevealBulletRequest, TopFix } from './protocol.ts';
import { SITES } from './settings.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

export const MAX_TEXT_LENGTH = 1_000_000;
const MODES: readonly NonNullable<AnalyzeRequest['mode']>[] = ['document', 'lines'];
const RULE_IDS: ReadonlySet<string> = new Set<string>([...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS]);
// Duplicates are harmless but an unbounded list is not: no honest sender repeats a rule id this often.
const MAX_DISABLED = RULE_IDS.size * 4;
const ANALYZE_KEYS: ReadonlySet<string> = new Set(['text', 'lens', 'mode', 'disabled']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Checks an `analyze` payload field by field and returns a fresh object holding only known fields. */
export function validateAnalyzeRequest(data: unknown): Validated<AnalyzeRequest> {
  if (!isPlainObject(data)) return { ok: false, error: 'analyze: payload must be an object' };
  for (const key of Object.keys(data)) {
    if (!ANALYZE_KEYS.has(key)) return { ok: false, error: `analyze: unknown field "${key}"` };
  }
  const { text, lens, mode, disabled } = data;
  if (typeof text !== 'string') return { ok: false, error: 'analyze: text must be a string' };
  if (text.length > MAX_TEXT_LENGTH) {
    return { ok: false, error: `analyze: text is longer than ${MAX_TEXT_LENGTH} characters` };
  }
  if (lens !== undefined && !isOneOf(LENSES, lens)) {
    return { ok: false, error: `analyze: lens must be one of ${LENSES.join(', ')}` };
  }
  if (mode !== undefined && !isOneOf(MODES, mode)) {
    return { ok: false, error: `analyze: mode must be one of ${MODES.join(', ')}` };
  }
  const value: AnalyzeRequest = { text };
  if (lens !== undefined) value.lens = lens;
  if (mode !== undefined) value.mode = mode;
  if (disabled !== undefined) {
    if (!Array.isArray(disabled)) return { ok: false, error: 'analyze: disabled must be an array' };
    if (disabled.length > MAX_DISABLED) return { ok: false, error: 'analyze: disabled is too long' };
    const ids: RuleId[] = [];
    for (const id of disabled as unknown[]) {
      if (typeof id !== 'string' || !RULE_IDS.has(id)) {
        return { ok: false, error: `analyze: unknown rule id in disabled: ${String(id).slice(0, 40)}` };
      }
      ids.push(id as RuleId);
    }
    value.disabled = ids;
  }
  return { ok: true, value };
}

const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;

/** A `pageScore` payload: `{ score }`, an integer 0-100 or null, nothing else. */
export function validatePageScore(data: unknown): Validated<PageScoreReport> {
  if (!isPlainObject(data)) return { ok: false, error: 'pageScore: payload must be an object' };
  for (const key of Object.keys(data)) {
    if (key !== 'score') return { ok: false, error: `pageScore: unknown field "${key}"` };
  }
  const { score } = data;
  if (score !== null && !isScore(score)) return { ok: false, error: 'pageScore: score must be an integer 0-100 or null' };
  return { ok: true, value: { score } };
}

/** A `revealBullet` payload: `{ bulletId }`, a short string. */
export function validateRevealBullet(data: unknown): Validated<RevealBulletRequest> {
  if (!isPlainObject(data) || typeof data.bulletId !== 'string' || data.bulletId.length > 200) {
    return { ok: false, error: 'revealBullet: bulletId must be a string' };
  }
  return { ok: true, value: { bulletId: data.bulletId } };
}

const PAGE_STATUSES: readonly PageStatus[] = ['loading', 'ready', 'empty', 'off', 'unsupported'];
const MAX_TEXT = 2_000;

/**
 * What a content script answered to `getPageState`, checked before the popup renders it: the
 * answer crosses a process boundary from a page we do not control. Anything malformed is null.
 */
export function validatePageState(data: unknown): PageState | null {
  if (!isPlainObject(data)) return null;
  const { status, site, score, categories, bullets, counts, topFixes, note } = data;
  if (note !== undefined && (typeof note !== 'string' || note.length > 300)) return null;
  if (!isOneOf(PAGE_STATUSES, status) || !isOneOf(SITES, site)) return null;
  if (score !== null && !isScore(score)) return null;
  if (typeof bullets !== 'number' || !Number.isInteger(bullets) || bullets < 0) return null;
  let cats: CategoryScores | null = null;
  if (categories !== null) {
    if (!isPlainObject(categories)) return null;
    cats = {} as CategoryScores;
    for (const c of CATEGORIES) {
      const v = categories[c];
      if (!isScore(v)) return null;
      cats[c] = v;
    }
  }
  if (!isPlainObject(counts)) return null;
  const outCounts: Partial<Record<RuleId, number>> = {};
  for (const [rule, n] of Object.entries(counts)) {
    if (!RULE_IDS.has(rule) || typeof n !== 'number' || !Number.isInteger(n) || n < 0) return null;
    outCounts[rule as RuleId] = n;
  }
  if (!Array.isArray(topFixes) || topFixes.length > 3) return null;
  const fixes: TopFix[] = [];
  for (const f of topFixes as unknown[]) {
    if (!isPlainObject(f)) return null;
    const { bulletId, rule, message, bullet, gain } = f;
    if (typeof bulletId !== 'string' || bulletId.length > 200) return null;
    if (typeof rule !== 'string' || !RULE_IDS.has(rule)) return null;
    if (typeof message !== 'string' || typeof bullet !== 'string' || typeof gain !== 'number' || !Number.isFinite(gain)) return null;
    fixes.push({ bulletId, rule: rule as RuleId, message: message.slice(0, MAX_TEXT), bullet: bullet.slice(0, MAX_TEXT), gain });
  }
  const state: PageState = { status, site, score, categories: cats, bullets, counts: outCounts, topFixes: fixes };
  if (note !== undefined) state.note = note;
  return state;
}
