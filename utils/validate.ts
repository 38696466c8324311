// Runtime guards for message payloads: TypeScript types vanish at runtime, and a message can come
// from a stale or compromised context, so the worker checks every field before acting on it.
import { BULLET_RULE_IDS, DOCUMENT_RULE_IDS, LENSES, type RuleId } from '../analysis/types.ts';
import type { AnalyzeRequest } from './protocol.ts';

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
