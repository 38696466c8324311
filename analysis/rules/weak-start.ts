import { defineBulletRule, both } from './rule.ts';
import type { OpeningKind } from '../features.ts';

const MESSAGES: Partial<Record<OpeningKind, string>> = {
  'weak-verb': 'Opens with a verb that says nothing about what you did.',
  gerund: 'Opens with an -ing form instead of an action verb.',
  noun: 'Opens with a noun phrase instead of an action verb.',
  pronoun: 'Opens with a pronoun or article instead of an action verb.',
  adjective: 'Opens with a description instead of an action verb.',
  number: 'Opens with a number instead of the action that produced it.',
  label: 'A label stands before the action verb.',
  other: 'Does not open with an action verb.',
};

export default defineBulletRule({
  id: 'weak-start',
  name: 'Weak start',
  category: 'ownership',
  severity: both('warning'),
  penalty: both(8),
  message: 'Does not open with an action verb.',
  why: 'The seed: replace handed-down phrasing with verbs that "show agency" — "Initiated," "Defined," "Prioritized," "Killed". The first word is what a skimming reader sees.',
  check({ opening, text }) {
    const message = MESSAGES[opening.kind];
    if (!message || opening.kind === 'none') return [];
    if (opening.span.end <= opening.span.start && text.trim() === '') return [];
    return [{ start: opening.span.start, end: opening.span.end, message }];
  },
});
