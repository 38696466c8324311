// What a rule is: data (id, category, severity and weight per lens, message, why) and one check.
import type { BulletFeatures } from '../features.ts';
import type { BulletRuleId, Category, DocumentRuleId, Edit, Lens, Severity } from '../types.ts';

export interface RuleMeta<Id extends string> {
  id: Id;
  /** Human name, for settings and docs. */
  name: string;
  category: Category;
  severity: Record<Lens, Severity>;
  /** Score points one finding costs, per lens. */
  penalty: Record<Lens, number>;
  /** Default short message. */
  message: string;
  /** Why it matters, traceable to the seed article or common resume practice. */
  why: string;
}

/** A finding as a check reports it: offsets relative to the text the check saw. */
export interface RawFinding {
  start: number;
  end: number;
  message?: string;
  suggestions?: Edit[];
}

export interface BulletRule extends RuleMeta<BulletRuleId> {
  check(bullet: BulletFeatures): RawFinding[];
}

export const both = <T>(value: T): Record<Lens, T> => ({ pm: value, engineer: value });

export const defineBulletRule = (rule: BulletRule): BulletRule => rule;
export const defineDocumentMeta = (meta: RuleMeta<DocumentRuleId>): RuleMeta<DocumentRuleId> => meta;

/** Whole-bullet span, trimmed of trailing punctuation. */
export function wholeSpan(text: string): { start: number; end: number } {
  const start = text.search(/\S/);
  const end = text.replace(/[\s.;,]+$/, '').length;
  return { start: Math.max(0, start), end: Math.max(start, end) };
}
