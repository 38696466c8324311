// Every rule's metadata as plain data: its weights (rule-weights.ts) plus its name and why, for the
// options page and the popup, which need them without the rules' checks (those pull in the NLP
// library, compromise, through features.ts). The rules in rules/*.ts stay the source;
// tests/analysis/rule-info.test.ts fails when this table and a rule's meta differ in any field, so
// the copy cannot drift.
import { RULE_WEIGHTS, type RuleWeights } from './rule-weights.ts';
import type { BulletRuleId, DocumentRuleId, RuleId } from './types.ts';

export interface RuleInfo<Id extends RuleId = RuleId> extends RuleWeights<Id> {
  name: string;
  why: string;
}

const TEXT: Record<RuleId, { name: string; why: string }> = {
  'weak-ownership': {
    name: 'Weak ownership',
    why: "The seed: \"Remove any mention of 'responsible for' or 'tasked with'. These phrases imply you were handed work.\" Open with what you decided or drove.",
  },
  'passive-voice': {
    name: 'Passive voice',
    why: 'Every bullet should show "Action -> Impact" with you as the actor (the seed); "was built" leaves the reader guessing who decided and did it.',
  },
  'no-metric': {
    name: 'No metric',
    why: "The seed's model is \"Action -> Impact, where the impact is a metric\"; a number (%, $, users, time saved) lets a reader weigh the result in seconds.",
  },
  'no-outcome': {
    name: 'No outcome',
    why: "The seed: \"Every bullet point must follow the 'Action -> Impact' model\" — a hiring manager must see what business problem you solved within ten seconds.",
  },
  'tech-first': {
    name: 'Tech first',
    why: 'The seed: "Stop listing technologies and start listing trade-offs." Instead of "Built a React dashboard", say "Chose React over Angular to reduce time-to-market by 3 weeks".',
  },
  'system-metric': {
    name: 'System-only metric',
    why: "The seed: a resume that \"screams 'optimized database queries by 40%'\" signals \"you care about the machine, not the user\". Tie the speed-up to what users or the business got.",
  },
  'team-size-only': {
    name: 'Team size only',
    why: "The seed: \"'Led a team of 5 engineers' is weak. 'Directed a cross-functional squad to launch Feature X, resulting in a 12% increase in Day-30 retention' is strong.\" Say what the team shipped and what it changed.",
  },
  'first-person': {
    name: 'First person',
    why: 'Common resume practice: the reader knows it is you; "I" and "my" spend words and push the action verb back.',
  },
  'buzzword': {
    name: 'Buzzword',
    why: "Common resume practice: \"show, don't claim\". The seed's strong lines carry no adjectives about the author — the decision and the number do the work.",
  },
  'too-long': {
    name: 'Too long',
    why: 'The seed: "If a hiring manager cannot tell what business problem you solved in the first 10 seconds of reading, your resume is dead." Split it into the decision and its result.',
  },
  'weak-start': {
    name: 'Weak start',
    why: 'The seed: replace handed-down phrasing with verbs that "show agency" — "Initiated," "Defined," "Prioritized," "Killed". The first word is what a skimming reader sees.',
  },
  'stack-up-top': {
    name: 'Stack up top',
    why: "The seed: a resume listing languages and cloud certifications \"in the top third of the page ... screamed 'engineer trying to be safe'\". Bury the tech stack at the bottom; lead with decisions and outcomes.",
  },
  'verb-repetition': {
    name: 'Verb repetition',
    why: 'Common resume practice: a list that opens "Developed... Developed... Developed..." reads as one task repeated; precise verbs (Defined, Prioritized, Launched, Cut) show different kinds of agency.',
  },
  'tense-mix': {
    name: 'Tense mix',
    why: 'Common resume practice: past roles in the past tense; the current role in one tense throughout. Mixed tenses read as carelessness.',
  },
  'jargon-heavy': {
    name: 'Jargon heavy',
    why: "The seed's checklist: rewrite your projects \"to focus exclusively on the business problem and outcome, removing 90% of the technical jargon\".",
  },
};

/** In report order: the bullet rules (as BULLET_RULES), then the document rules (as DOCUMENT_RULES). */
export const RULE_INFO: readonly RuleInfo[] = RULE_WEIGHTS.map((w) => ({ ...w, ...TEXT[w.id] }));

export const RULE_INFO_BY_ID = Object.fromEntries(RULE_INFO.map((r) => [r.id, r])) as Record<RuleId, RuleInfo>;

export const BULLET_RULE_INFO = RULE_INFO.filter((r) => r.scope === 'bullet') as readonly RuleInfo<BulletRuleId>[];
export const DOCUMENT_RULE_INFO = RULE_INFO.filter((r) => r.scope === 'document') as readonly RuleInfo<DocumentRuleId>[];
