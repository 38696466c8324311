// The bullet rules, in report order.
import type { BulletRuleId } from '../types.ts';
import type { BulletRule } from './rule.ts';
import weakOwnership from './weak-ownership.ts';
import passiveVoice from './passive-voice.ts';
import noMetric from './no-metric.ts';
import noOutcome from './no-outcome.ts';
import techFirst from './tech-first.ts';
import systemMetric from './system-metric.ts';
import teamSizeOnly from './team-size-only.ts';
import firstPerson from './first-person.ts';
import buzzword from './buzzword.ts';
import tooLong from './too-long.ts';
import weakStart from './weak-start.ts';

export const BULLET_RULES: readonly BulletRule[] = [
  weakOwnership, passiveVoice, noMetric, noOutcome, techFirst, systemMetric, teamSizeOnly, firstPerson, buzzword, tooLong, weakStart,
];

export const BULLET_RULE_BY_ID = Object.fromEntries(BULLET_RULES.map((r) => [r.id, r])) as Record<BulletRuleId, BulletRule>;

/**
 * One problem, one finding: when `winner` fires on an overlapping span (or anywhere, for
 * whole-bullet losers), `loser` stays quiet (RULES.md: "the most specific rule wins").
 */
export const PRECEDENCE: ReadonlyArray<{ winner: BulletRuleId; loser: BulletRuleId; scope: 'overlap' | 'bullet' }> = [
  { winner: 'weak-ownership', loser: 'weak-start', scope: 'overlap' },
  { winner: 'weak-ownership', loser: 'passive-voice', scope: 'overlap' },
  { winner: 'team-size-only', loser: 'no-outcome', scope: 'bullet' },
  { winner: 'system-metric', loser: 'no-outcome', scope: 'bullet' },
];
