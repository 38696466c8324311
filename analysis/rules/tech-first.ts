import { defineBulletRule } from './rule.ts';
import { phraseMatcher, wordSet } from '../lexicon/match.ts';
import { IMPLEMENTATION_VERBS } from '../lexicon/verbs.ts';
import { TECH_NOUNS } from '../lexicon/tech.ts';
import { verbForm } from '../features.ts';

const IMPLEMENTATION = wordSet(IMPLEMENTATION_VERBS);
const techNouns = phraseMatcher(TECH_NOUNS);
const NOMINAL_IMPLEMENTATION = /^(?:the\s+)?(?:design|development|implementation|deployment|integration|migration|maintenance|configuration|installation|creation|construction|programming|coding|testing|automation)\b/i;
// "Chose React over Angular", "instead of", "rather than": technology framed as a decision.
const TRADE_OFF = /\b(?:chose|choosing|selected|picked|opted for|decided|instead of|rather than)\b/i;


function findTechIn(object: string, tech: { start: number; end: number }[], nouns: { start: number; end: number }[], offset: number): boolean {
  const end = offset + object.length;
  return [...tech, ...nouns].some((t) => t.start >= offset && t.end <= end);
}

export default defineBulletRule({
  id: 'tech-first',
  name: 'Tech first',
  category: 'product',
  severity: { pm: 'warning', engineer: 'info' },
  penalty: { pm: 14, engineer: 5 },
  message: 'About the technology, not the decision or its business effect.',
  why: 'The seed: "Stop listing technologies and start listing trade-offs." Instead of "Built a React dashboard", say "Chose React over Angular to reduce time-to-market by 3 weeks".',
  check({ text, tech, opening, tokens, outcome, business }) {
    // Any result, or a line that names who it served (customers, students, the support team), is
    // about more than the machinery.
    // A result for the machine alone ("reducing build times by 40%") does not rescue it.
    if (!outcome.systemOnly && (outcome.any || business.length > 0)) return [];
    if (TRADE_OFF.test(text)) return [];
    const nouns = techNouns(text);
    if (tech.length === 0 && nouns.length === 0) return [];
    // The opening verbs, including a list ("Architected, designed, and developed ...") and the verb
    // after a weak phrase ("Helped develop", "Involved in developing", "Responsible for the design of").
    const lead: string[] = [];
    let leadEnd = opening.span.end;
    for (let i = Math.max(0, opening.index); i < Math.min(tokens.length, opening.index + 8); i++) {
      const t = tokens[i]!;
      if (/^(?:and|&|or)$/i.test(t.normal)) continue;
      const form = verbForm(t.text);
      if (form) lead.push(form.inf);
      else if (!/^(?:responsible|for|in|involved|helped|to|with|tasked|the|of|on)$/i.test(t.normal)) break;
      if (/[.;:]/.test(t.post)) break;
      leadEnd = t.end;
    }
    // The object of the opening verbs: up to the next clause break.
    // Named technologies anywhere in the first clause count; implementation nouns only as the
    // verb's object ("Wrote release notes for the mobile app" is about notes, not the app).
    const rest = text.slice(leadEnd);
    const clause = rest.slice(0, /[,;.:—(]|\s-\s/.exec(rest)?.index ?? rest.length);
    const object = clause.slice(0, /\s(?:for|to|with|using|in|on|at|from|into|across|via|by)\s/.exec(clause)?.index ?? clause.length);
    const objectIsTech = findTechIn(clause, tech, [], leadEnd) || findTechIn(object, [], nouns, leadEnd);
    const afterOpening = text.slice(opening.span.end).replace(/^\s*(?:for|with|in|of|on)\s+/i, '');
    const implementationLed = objectIsTech && (lead.some((v) => IMPLEMENTATION.has(v)) || NOMINAL_IMPLEMENTATION.test(afterOpening) || NOMINAL_IMPLEMENTATION.test(text.slice(opening.span.start)));
    const firstWords = tokens[Math.min(tokens.length - 1, Math.max(0, opening.index) + 2)]?.end ?? 0;
    const techLed = opening.kind !== 'action' && [...tech, ...nouns].some((t) => t.start < firstWords);
    const distinct = new Set(tech.map((t) => t.text.toLowerCase().replace(/\.?js$/, '')));
    if (!(implementationLed || techLed || distinct.size >= 2)) return [];
    const named = [...tech, ...nouns].sort((a, b) => a.start - b.start)[0]!;
    return [{ start: Math.min(opening.span.start, named.start), end: named.end }];
  },
});
