import { both, defineBulletRule, wholeSpan } from './rule.ts';

export default defineBulletRule({
  id: 'no-outcome',
  name: 'No outcome',
  category: 'impact',
  severity: both('warning'),
  penalty: { pm: 18, engineer: 14 },
  message: 'Says what you did, not what it changed.',
  why: 'The seed: "Every bullet point must follow the \'Action -> Impact\' model" — a hiring manager must see what business problem you solved within ten seconds.',
  check({ text, outcome, opening }) {
    if (outcome.any || opening.kind === 'none' || !/\p{L}{2}/u.test(text)) return [];
    const { start, end } = wholeSpan(text);
    return [{ start, end }];
  },
});

