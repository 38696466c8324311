import { defineBulletRule, both, wholeSpan } from './rule.ts';

export const MAX_WORDS = 30;

export default defineBulletRule({
  id: 'too-long',
  name: 'Too long',
  category: 'clarity',
  severity: both('info'),
  penalty: both(6),
  message: `More than ${MAX_WORDS} words.`,
  why: 'The seed: "If a hiring manager cannot tell what business problem you solved in the first 10 seconds of reading, your resume is dead." Split it into the decision and its result.',
  check({ text, words }) {
    if (words <= MAX_WORDS) return [];
    return [{ ...wholeSpan(text), message: `${words} words: a reader decides in about ten seconds; aim for ${MAX_WORDS} or fewer.` }];
  },
});
