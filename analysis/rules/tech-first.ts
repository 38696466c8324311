import { defineBulletRule } from './rule.ts';
import { wordSet } from '../lexicon/match.ts';
import { IMPLEMENTATION_VERBS } from '../lexicon/verbs.ts';

const IMPLEMENTATION = wordSet(IMPLEMENTATION_VERBS);
// "Chose React over Angular", "instead of", "rather than": technology framed as a decision.
const TRADE_OFF = /\b(?:chose|choosing|selected|picked|opted for|decided|instead of|rather than|over\s+(?!\d)(?=[A-Z]))/;

export default defineBulletRule({
  id: 'tech-first',
  name: 'Tech first',
  category: 'product',
  severity: { pm: 'warning', engineer: 'info' },
  penalty: { pm: 14, engineer: 5 },
  message: 'Leads with the technology, not the decision or its business effect.',
  why: 'The seed: "Stop listing technologies and start listing trade-offs." Instead of "Built a React dashboard", say "Chose React over Angular to reduce time-to-market by 3 weeks".',
  check({ text, tech, opening, tokens, outcome }) {
    if (tech.length === 0 || outcome.business) return [];
    if (TRADE_OFF.test(text) && outcome.any) return [];
    const distinct = new Set(tech.map((t) => t.text.toLowerCase().replace(/\.js$|js$/, '')));
    const early = opening.index >= 0 ? (tokens[Math.min(tokens.length - 1, opening.index + 7)]?.end ?? text.length) : 0;
    const implementationLed = opening.verb !== null && IMPLEMENTATION.has(opening.verb.inf) && tech.some((t) => t.start < early);
    const techLed = opening.kind !== 'action' && opening.kind !== 'label' && tech.some((t) => t.start <= (tokens[opening.index + 2]?.end ?? 0));
    if (!(implementationLed || techLed || distinct.size >= 2)) return [];
    const first = tech[0]!;
    const last = tech[tech.length - 1]!;
    return [{ start: Math.min(opening.span.start, first.start), end: implementationLed || techLed ? first.end : last.end }];
  },
});
