// Severity and rule naming shared by every component: one visual language everywhere.
import type { Finding, RuleId, Severity } from '../analysis/types.ts';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Fix', warning: 'Improve', info: 'Consider' };

/** The most severe level among findings, or null when there are none. */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  for (const level of SEVERITY_ORDER) if (findings.some((f) => f.severity === level)) return level;
  return null;
}

/** "weak-ownership" -> "Weak ownership". */
export function ruleLabel(rule: RuleId | string): string {
  const words = rule.split('-');
  return [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' ');
}

/** Distinct rule ids of findings, in order of first appearance. */
export function ruleIds(findings: readonly Pick<Finding, 'rule'>[]): RuleId[] {
  return Array.from(new Set(findings.map((f) => f.rule)));
}

export type ScoreBand = 'strong' | 'fair' | 'weak';

export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return 'strong';
  if (score >= 60) return 'fair';
  return 'weak';
}
