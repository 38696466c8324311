import { defineBulletRule } from './rule.ts';

const EFFECT_BEFORE = /\b(?:rais|increas|improv|lift|boost|grow|grew|cut|reduc|sav|lower|driv|drove|doubl)\w*\s+(?:[^\s,.;]+\s+){0,5}(?:by|to)\s+(?:over\s+|about\s+|nearly\s+|~)?$/i;

export default defineBulletRule({
  id: 'system-metric',
  name: 'System-only metric',
  category: 'product',
  severity: { pm: 'warning', engineer: 'info' },
  penalty: { pm: 10, engineer: 3 },
  message: 'The only number measures the machine, not users or the business.',
  why: 'The seed: a resume that "screams \'optimized database queries by 40%\'" signals "you care about the machine, not the user". Tie the speed-up to what users or the business got.',
  check({ text, quantities, system, business }) {
    if (quantities.length === 0 || system.length === 0 || business.length > 0) return [];
    // A second number that measures something else, after a verb of change ("raising completed
    // check-ins by 9%"), is what users or the business got.
    const near = (q: { start: number; end: number }) =>
      system.some((t) => {
        const [a, b] = q.start < t.start ? [q, t] : [t, q];
        const between = text.slice(a.end, b.start);
        return between.length <= 45 && !/[.;,]\s/.test(between);
      });
    if (quantities.some((q) => !near(q) && EFFECT_BEFORE.test(text.slice(Math.max(0, q.start - 70), q.start)))) return [];
    // The number must measure the machine: close to a system term, in the same clause.
    for (const term of system) {
      for (const q of quantities) {
        const [a, b] = q.start < term.start ? [q, term] : [term, q];
        const between = text.slice(a.end, b.start);
        if (between.length <= 45 && !/[.;]\s/.test(between)) return [{ start: a.start, end: b.end }];
      }
    }
    return [];
  },
});
