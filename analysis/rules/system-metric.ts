import { defineBulletRule } from './rule.ts';

export default defineBulletRule({
  id: 'system-metric',
  name: 'System-only metric',
  category: 'product',
  severity: { pm: 'warning', engineer: 'info' },
  penalty: { pm: 10, engineer: 3 },
  message: 'The only number measures the machine, not users or the business.',
  why: 'The seed: a resume that "screams \'optimized database queries by 40%\'" signals "you care about the machine, not the user". Tie the speed-up to what users or the business got.',
  check({ quantities, system, business }) {
    if (quantities.length === 0 || system.length === 0 || business.length > 0) return [];
    const term = system[0]!;
    // The span runs from the measured thing to its nearest number.
    const nearest = quantities.reduce((a, b) => (Math.abs(b.start - term.start) < Math.abs(a.start - term.start) ? b : a));
    return [{ start: Math.min(term.start, nearest.start), end: Math.max(term.end, nearest.end) }];
  },
});
