// Every rule's weights as plain data: category, severity and penalty per lens. score.ts reads its
// budgets from here, so the content scripts that rescore after a dismissal (analysis/adjust.ts) load
// neither the rules' checks (and compromise with them) nor their prose (rule-info.ts adds it).
// tests/analysis/rule-info.test.ts fails when this table and a rule's meta differ in any field.
import type { BulletRuleId, Category, DocumentRuleId, Lens, RuleId, Severity } from './types.ts';

export interface RuleWeights<Id extends RuleId = RuleId> {
  id: Id;
  /** Bullet rules judge one bullet; document rules the whole text. */
  scope: 'bullet' | 'document';
  category: Category;
  severity: Record<Lens, Severity>;
  penalty: Record<Lens, number>;
}

const both = <T>(value: T): Record<Lens, T> => ({ pm: value, engineer: value });

/** In report order: the bullet rules (as BULLET_RULES), then the document rules (as DOCUMENT_RULES). */
export const RULE_WEIGHTS: readonly RuleWeights[] = [
  { id: 'weak-ownership', scope: 'bullet', category: 'ownership', severity: both('error'), penalty: both(20) },
  { id: 'passive-voice', scope: 'bullet', category: 'ownership', severity: both('warning'), penalty: both(12) },
  { id: 'no-metric', scope: 'bullet', category: 'impact', severity: both('warning'), penalty: { pm: 15, engineer: 12 } },
  { id: 'no-outcome', scope: 'bullet', category: 'impact', severity: both('warning'), penalty: { pm: 18, engineer: 14 } },
  { id: 'tech-first', scope: 'bullet', category: 'product', severity: { pm: 'warning', engineer: 'info' }, penalty: { pm: 14, engineer: 5 } },
  { id: 'system-metric', scope: 'bullet', category: 'product', severity: { pm: 'warning', engineer: 'info' }, penalty: { pm: 10, engineer: 3 } },
  { id: 'team-size-only', scope: 'bullet', category: 'ownership', severity: both('warning'), penalty: both(15) },
  { id: 'first-person', scope: 'bullet', category: 'clarity', severity: both('info'), penalty: both(5) },
  { id: 'buzzword', scope: 'bullet', category: 'clarity', severity: both('info'), penalty: both(6) },
  { id: 'too-long', scope: 'bullet', category: 'clarity', severity: both('info'), penalty: both(6) },
  { id: 'weak-start', scope: 'bullet', category: 'ownership', severity: both('warning'), penalty: both(8) },
  { id: 'stack-up-top', scope: 'document', category: 'product', severity: { pm: 'warning', engineer: 'info' }, penalty: { pm: 6, engineer: 2 } },
  { id: 'verb-repetition', scope: 'document', category: 'clarity', severity: both('info'), penalty: both(3) },
  { id: 'tense-mix', scope: 'document', category: 'clarity', severity: both('info'), penalty: both(3) },
  { id: 'jargon-heavy', scope: 'document', category: 'product', severity: { pm: 'warning', engineer: 'info' }, penalty: { pm: 6, engineer: 2 } },
];

export const BULLET_RULE_WEIGHTS = RULE_WEIGHTS.filter((r) => r.scope === 'bullet') as readonly RuleWeights<BulletRuleId>[];
export const DOCUMENT_RULE_WEIGHTS = RULE_WEIGHTS.filter((r) => r.scope === 'document') as readonly RuleWeights<DocumentRuleId>[];
