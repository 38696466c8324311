import { defineBulletRule, wholeSpan } from './rule.ts';

export default defineBulletRule({
  id: 'no-metric',
  name: 'No metric',
  category: 'impact',
  severity: { pm: 'warning', engineer: 'warning' },
  penalty: { pm: 15, engineer: 12 },
  message: 'Nothing here is quantified.',
  why: 'The seed\'s model is "Action -> Impact, where the impact is a metric"; a number (%, $, users, time saved) lets a reader weigh the result in seconds.',
  check({ text, quantities }) {
    if (quantities.length > 0 || !/\p{L}/u.test(text)) return [];
    const { start, end } = wholeSpan(text);
    return [{ start, end }];
  },
});
