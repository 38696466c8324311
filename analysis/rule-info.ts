// Every rule's metadata as plain data: id, name, why, category, severity and penalty per lens.
// The options page, the popup and the content scripts (which rescore after a dismissal, through
// score.ts) need it without the rules' checks, which pull in the NLP library (compromise) through
// features.ts. The rules in rules/*.ts stay the source; tests/analysis/rule-info.test.ts fails
// when this table and a rule's meta differ in any field, so the copy cannot drift.
import type { Category, DocumentRuleId, BulletRuleId, Lens, RuleId, Severity } from './types.ts';

export interface RuleInfo<Id extends RuleId = RuleId> {
  id: Id;
  /** Bullet rules judge one bullet; document rules the whole text. */
  scope: 'bullet' | 'document';
  name: string;
  category: Category;
  severity: Record<Lens, Severity>;
  penalty: Record<Lens, number>;
  why: string;
}

const both = <T>(value: T): Record<Lens, T> => ({ pm: value, engineer: value });

/** In report order: the bullet rules (as BULLET_RULES), then the document rules (as DOCUMENT_RULES). */
export const RULE_INFO: readonly RuleInfo[] = [
  {
    id: 'weak-ownership',
    scope: 'bullet',
    name: 'Weak ownership',
    category: 'ownership',
    severity: both('error'),
    penalty: both(20),
    why: "The seed: \"Remove any mention of 'responsible for' or 'tasked with'. These phrases imply you were handed work.\" Open with what you decided or drove.",
  },
  {
    id: 'passive-voice',
    scope: 'bullet',
    name: 'Passive voice',
    category: 'ownership',
    severity: both('warning'),
    penalty: both(12),
    why: 'Every bullet should show "Action -> Impact" with you as the actor (the seed); "was built" leaves the reader guessing who decided and did it.',
  },
  {
    id: 'no-metric',
    scope: 'bullet',
    name: 'No metric',
    category: 'impact',
    severity: both('warning'),
    penalty: { pm: 15, engineer: 12 },
    why: "The seed's model is \"Action -> Impact, where the impact is a metric\"; a number (%, $, users, time saved) lets a reader weigh the result in seconds.",
  },
  {
    id: 'no-outcome',
    scope: 'bullet',
    name: 'No outcome',
    category: 'impact',
    severity: both('warning'),
    penalty: { pm: 18, engineer: 14 },
    why: "The seed: \"Every bullet point must follow the 'Action -> Impact' model\" — a hiring manager must see what business problem you solved within ten seconds.",
  },
  {
    id: 'tech-first',
    scope: 'bullet',
    name: 'Tech first',
    category: 'product',
    severity: { pm: 'warning', engineer: 'info' },
    penalty: { pm: 14, engineer: 5 },
    why: 'The seed: "Stop listing technologies and start listing trade-offs." Instead of "Built a React dashboard", say "Chose React over Angular to reduce time-to-market by 3 weeks".',
  },
  {
    id: 'system-metric',
    scope: 'bullet',
    name: 'System-only metric',
    category: 'product',
    severity: { pm: 'warning', engineer: 'info' },
    penalty: { pm: 10, engineer: 3 },
    why: "The seed: a resume that \"screams 'optimized database queries by 40%'\" signals \"you care about the machine, not the user\". Tie the speed-up to what users or the business got.",
  },
  {
    id: 'team-size-only',
    scope: 'bullet',
    name: 'Team size only',
    category: 'ownership',
    severity: both('warning'),
    penalty: both(15),
    why: "The seed: \"'Led a team of 5 engineers' is weak. 'Directed a cross-functional squad to launch Feature X, resulting in a 12% increase in Day-30 retention' is strong.\" Say what the team shipped and what it changed.",
  },
  {
    id: 'first-person',
    scope: 'bullet',
    name: 'First person',
    category: 'clarity',
    severity: both('info'),
    penalty: both(5),
    why: 'Common resume practice: the reader knows it is you; "I" and "my" spend words and push the action verb back.',
  },
  {
    id: 'buzzword',
    scope: 'bullet',
    name: 'Buzzword',
    category: 'clarity',
    severity: both('info'),
    penalty: both(6),
    why: "Common resume practice: \"show, don't claim\". The seed's strong lines carry no adjectives about the author — the decision and the number do the work.",
  },
  {
    id: 'too-long',
    scope: 'bullet',
    name: 'Too long',
    category: 'clarity',
    severity: both('info'),
    penalty: both(6),
    why: 'The seed: "If a hiring manager cannot tell what business problem you solved in the first 10 seconds of reading, your resume is dead." Split it into the decision and its result.',
  },
  {
    id: 'weak-start',
    scope: 'bullet',
    name: 'Weak start',
    category: 'ownership',
    severity: both('warning'),
    penalty: both(8),
    why: 'The seed: replace handed-down phrasing with verbs that "show agency" — "Initiated," "Defined," "Prioritized," "Killed". The first word is what a skimming reader sees.',
  },
  {
    id: 'stack-up-top',
    scope: 'document',
    name: 'Stack up top',
    category: 'product',
    severity: { pm: 'warning', engineer: 'info' },
    penalty: { pm: 6, engineer: 2 },
    why: "The seed: a resume listing languages and cloud certifications \"in the top third of the page ... screamed 'engineer trying to be safe'\". Bury the tech stack at the bottom; lead with decisions and outcomes.",
  },
  {
    id: 'verb-repetition',
    scope: 'document',
    name: 'Verb repetition',
    category: 'clarity',
    severity: both('info'),
    penalty: both(3),
    why: 'Common resume practice: a list that opens "Developed... Developed... Developed..." reads as one task repeated; precise verbs (Defined, Prioritized, Launched, Cut) show different kinds of agency.',
  },
  {
    id: 'tense-mix',
    scope: 'document',
    name: 'Tense mix',
    category: 'clarity',
    severity: both('info'),
    penalty: both(3),
    why: 'Common resume practice: past roles in the past tense; the current role in one tense throughout. Mixed tenses read as carelessness.',
  },
  {
    id: 'jargon-heavy',
    scope: 'document',
    name: 'Jargon heavy',
    category: 'product',
    severity: { pm: 'warning', engineer: 'info' },
    penalty: { pm: 6, engineer: 2 },
    why: "The seed's checklist: rewrite your projects \"to focus exclusively on the business problem and outcome, removing 90% of the technical jargon\".",
  },
];

export const RULE_INFO_BY_ID = Object.fromEntries(RULE_INFO.map((r) => [r.id, r])) as Record<RuleId, RuleInfo>;

export const BULLET_RULE_INFO = RULE_INFO.filter((r) => r.scope === 'bullet') as readonly RuleInfo<BulletRuleId>[];
export const DOCUMENT_RULE_INFO = RULE_INFO.filter((r) => r.scope === 'document') as readonly RuleInfo<DocumentRuleId>[];
