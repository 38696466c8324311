import { defineBulletRule } from './rule.ts';
import { phraseMatcher, wordSet } from '../lexicon/match.ts';
import { IMPLEMENTATION_VERBS } from '../lexicon/verbs.ts';
import { GENERIC_TECH, TECH_NOUNS } from '../lexicon/tech.ts';
import { verbForm } from '../features.ts';
import type { Token } from '../nlp.ts';
import type { Span } from '../types.ts';

const IMPLEMENTATION = wordSet(IMPLEMENTATION_VERBS);
const techNouns = phraseMatcher(TECH_NOUNS);
const GENERIC = wordSet(GENERIC_TECH);
/** Verbs of change on a measure: a line they open leads with a result ("Reduced API latency by 50%"). */
const CHANGE_VERBS = wordSet(['reduce', 'cut', 'increase', 'improve', 'decrease', 'lower', 'boost', 'raise', 'speed', 'accelerate', 'shorten', 'halve', 'double', 'triple', 'quadruple', 'achieve', 'attain', 'slash', 'trim', 'shrink', 'drop', 'lift', 'minimize', 'maximize', 'eliminate']);
// "Design and implementation of ...", and with the kind of engineering work named first:
// "Performed regression testing on ...", "Owned backend development of ...".
const NOMINAL_IMPLEMENTATION = /^(?:the\s+)?(?:(?:regression|unit|integration|load|performance|smoke|functional|automated|end-to-end|e2e|software|web|mobile|data|database|backend|back-end|frontend|front-end|full-stack|api|server|cloud|system|platform|infrastructure)\s+)?(?:design|development|implementation|deployment|integration|migration|maintenance|configuration|installation|creation|construction|programming|coding|testing|automation)\b/i;
// "Chose React over Angular", "instead of", "rather than": technology framed as a decision.
const TRADE_OFF = /\b(?:chose|choosing|selected|picked|opted for|decided|instead of|rather than)\b/i;


function findTechIn(object: string, tech: { start: number; end: number }[], nouns: { start: number; end: number }[], offset: number): boolean {
  const end = offset + object.length;
  return [...tech, ...nouns].some((t) => t.start >= offset && t.end <= end);
}

interface SentenceLead {
  /** Infinitives of the verbs that open the sentence. */
  lead: string[];
  leadEnd: number;
  /** The rest of the first clause after the verbs, and where the verbs' object ends. */
  clause: string;
  objectEnd: number;
  objectIsTech: boolean;
  implementationLed: boolean;
  machineObject: boolean;
}

/** How one sentence of a bullet opens (from token `start`): its verbs and their object. */
function readSentence(text: string, tokens: Token[], start: number, tech: Span[], nouns: Span[]): SentenceLead {
  // "I built this using Kubernetes because it scales well" (the seed's bad example): the verb after
  // an opening "I"/"We" leads the sentence.
  const from = /^(?:i|we)$/i.test(tokens[start]?.text ?? '') && tokens[start + 1] && verbForm(tokens[start + 1]!.text) ? start + 1 : start;
  // The opening verbs, including a list ("Architected, designed, and developed ...") and the verb
  // after a weak phrase ("Helped develop", "Involved in developing", "Responsible for the design of").
  const lead: string[] = [];
  let leadEnd = tokens[from]?.end ?? 0;
  for (let i = from; i < Math.min(tokens.length, from + 8); i++) {
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
  const objectEnd = leadEnd + object.length;
  const namedInClause = findTechIn(clause, tech, [], leadEnd);
  const objectIsTech = namedInClause || findTechIn(object, [], nouns, leadEnd);
  // Implementation as the object of any verb needs a named technology in the clause: "Performed
  // regression testing after ... OpenShift" is; "Spearheaded the development of new features" is
  // about features.
  const nominal = NOMINAL_IMPLEMENTATION.test(text.slice(leadEnd).trimStart()) && namedInClause;
  const implementationLed = objectIsTech && (lead.some((v) => IMPLEMENTATION.has(v)) || nominal);
  // Whatever the verb ("Own", "Managed", "Administered"), a direct object whose head is a piece of
  // machinery and that names its technology ("an internal platform spanning Kubernetes", "the AWS
  // infrastructure", "Linux servers") makes the line about the machine. The machinery must be the
  // head: "frontend architecture decisions", "the AWS infrastructure budget" are about decisions
  // and money; a lone name ("Fell in love with TDD") is not a piece of machinery.
  const inObject = [...nouns, ...tech].filter((n) => n.start >= leadEnd && n.end <= objectEnd);
  const machineObject =
    findTechIn(object, tech, [], leadEnd) &&
    inObject.length >= 2 &&
    inObject.some((n) => {
      const next = /^\s*([\p{L}][\p{L}-]*)/u.exec(text.slice(n.end, objectEnd))?.[1];
      return !next || /ing$/i.test(next) || /^(?:that|which)$/i.test(next);
    });
  return { lead, leadEnd, clause, objectEnd, objectIsTech, implementationLed, machineObject };
}

export default defineBulletRule({
  id: 'tech-first',
  name: 'Tech first',
  category: 'product',
  severity: { pm: 'warning', engineer: 'info' },
  penalty: { pm: 14, engineer: 5 },
  message: 'About the technology, not the decision or its business effect.',
  why: 'The seed: "Stop listing technologies and start listing trade-offs." Instead of "Built a React dashboard", say "Chose React over Angular to reduce time-to-market by 3 weeks".',
  check({ text, tech, opening, tokens, outcome, business, system }) {
    // Any result, or a line that names who it served (customers, students, the support team), is
    // about more than the machinery.
    // A result for the machine alone ("reducing build times by 40%") does not rescue it.
    if (!outcome.systemOnly && (outcome.any || business.length > 0)) return [];
    // A trade-off rescues the line when its reason is the business's (RULES.md: "with a business
    // reason"); "by using Spark instead of Hive" argued only by a machine measure is still about the
    // machine.
    if (TRADE_OFF.test(text) && !outcome.systemOnly) return [];
    const nouns = techNouns(text);
    if (tech.length === 0 && nouns.length === 0) return [];
    const first = readSentence(text, tokens, Math.max(0, opening.index), tech, nouns);
    const { lead, leadEnd, objectEnd } = first;
    // Implementation named as a noun after a weak phrase ("Responsible for the design of", "Involved
    // in development of") or as the opening itself ("Development of ...").
    const afterPreposition = /^\s*(?:for|with|in|of|on)\s+/i.test(text.slice(opening.span.end));
    const afterOpening = text.slice(opening.span.end).replace(/^\s*(?:(?:for|with|in|of|on)\s+)?/i, '');
    const nominalOpening =
      first.objectIsTech &&
      (((afterPreposition || opening.kind !== 'action') && NOMINAL_IMPLEMENTATION.test(afterOpening)) || NOMINAL_IMPLEMENTATION.test(text.slice(opening.span.start)));
    // A bullet of several sentences (a LinkedIn description) is led by implementation when any of
    // its sentences is: "Implemented and maintained a high-load, distributed ... system. Refactored
    // the auction handling algorithm ...". (No sentence states an outcome: that returned above.)
    const later = tokens
      .flatMap((t, i) => (i > Math.max(0, opening.index) && /[.;!?]\s*$/.test(tokens[i - 1]!.post) && /^[A-Z]/.test(t.text) ? [i] : []))
      .map((i) => readSentence(text, tokens, i, tech, nouns));
    const implementationLed = nominalOpening || [first, ...later].some((x) => x.implementationLed);
    const machineObject = [first, ...later].some((x) => x.machineObject);
    // Led means in the first two words: "Head of Software Engineering for Client Delivery" is a title
    // whose third word names a department, not a line led by machinery.
    const firstWords = tokens[Math.min(tokens.length - 1, Math.max(0, opening.index) + 1)]?.end ?? 0;
    // A line led by a technology's name or an implementation noun ("Kubernetes and Terraform for
    // ...", "Backend development in Go"). A gerund is a verb in the wrong form, judged as a verb
    // above ("Integrating ...", "Covering financial services" is not led by machinery).
    const techLed = opening.kind !== 'action' && opening.kind !== 'gerund' && [...tech, ...nouns].some((t) => t.start < firstWords);
    const distinct = new Set(tech.map((t) => t.text.toLowerCase().replace(/\.?js$/, '')));
    // A line that leads with a measured change to the machine ("Reduced API latency by over 50% by
    // implementing caching", "Optimized invoice export performance from 45 to 5 minutes through
    // pipeline optimization") leads with a result, not with tools: `system-metric` speaks. It is
    // tech-first only when it names two or more technologies by name ("by using Spark instead of
    // Hive"); kinds of machinery ("API", "caching", "pipeline") are not technologies by name.
    const measureInObject = system.some((m) => m.start >= leadEnd && m.end <= objectEnd && !tech.some((t) => t.start < m.end && m.start < t.end));
    if (outcome.systemOnly && outcome.result && ((lead[0] !== undefined && CHANGE_VERBS.has(lead[0])) || measureInObject)) {
      const byName = new Set(tech.filter((t) => !GENERIC.has(t.text.toLowerCase().replace(/\s+/g, ' '))).map((t) => t.text.toLowerCase().replace(/\.?js$/, '')));
      if (byName.size < 2) return [];
    } else if (!(implementationLed || machineObject || techLed || distinct.size >= 2)) return [];
    const named = [...tech, ...nouns].sort((a, b) => a.start - b.start)[0]!;
    return [{ start: Math.min(opening.span.start, named.start), end: named.end }];
  },
});
