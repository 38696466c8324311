// One stronger version of a weak bullet. It opens with an agency verb, drops the weak phrase,
// passive construction, pronoun or filler the findings marked, keeps every other word and number,
// and never invents a number: a missing result becomes a visible slot such as "[X]%".
import { pastOf, toInfinitive } from './nlp.ts';
import { verbForm, type BulletFeatures } from './features.ts';
import type { RawFinding } from './rules/rule.ts';
import type { BulletRuleId } from './types.ts';
import { wordSet } from './lexicon/match.ts';
import { ACTION_VERBS, EFFECT_VERBS, WEAK_VERBS } from './lexicon/verbs.ts';

const STRONG = wordSet([...ACTION_VERBS, ...EFFECT_VERBS]);
const WEAK = wordSet(WEAK_VERBS);

/** Slots the user fills in: never a number we made up. */
export const SLOTS = {
  outcome: ', which [let whom do what], [raising metric by X%]',
  metric: ', [raising metric by X%]',
  userMetric: ', raising [user or business metric] by [X]%',
  teamResult: ' to launch [X], resulting in [metric]',
  result: ', resulting in [metric]',
  business: ', so [who gained what]',
} as const;

/** Nouns of action that open "Development of ...": their verb. */
const NOMINAL_VERBS: Record<string, string> = {
  development: 'develop', creation: 'create', implementation: 'implement', design: 'design', management: 'manage',
  migration: 'migrate', integration: 'integrate', deployment: 'deploy', automation: 'automate', optimization: 'optimize',
  optimisation: 'optimise', analysis: 'analyze', maintenance: 'maintain', coordination: 'coordinate', installation: 'install',
  configuration: 'configure', construction: 'build', administration: 'administer', organization: 'organize',
  organisation: 'organise', planning: 'plan', preparation: 'prepare', execution: 'execute', delivery: 'deliver',
  establishment: 'establish', evaluation: 'evaluate', introduction: 'introduce', launch: 'launch', research: 'research',
  support: 'support', testing: 'test', training: 'train', auditing: 'audit',
};

/** What a weak opening becomes when the object is a noun phrase, not a verb. */
const OWNERSHIP_NOUN_VERB: Array<[RegExp, string]> = [
  [/^(?:(?:was|were|am|is|are) )?(?:responsible (?:for|of)|in charge of|tasked with)|^(?:main |key |primary |daily |my )?(?:duties|responsibilities)/i, 'own'],
  [/.*/, 'deliver'],
];

export interface RewriteContext {
  /** The bullet belongs to the current role (present tense allowed), false/null: past. */
  current: boolean | null;
}


function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  // Keep acronyms and names ("API", "Kubernetes") as written; lower a plain leading word ("The").
  return /^[A-Z][a-z]+\b/.test(s) && /^(?:The|A|An|Our|This|These|Those|Their|Its|All|Each|Every|Several|Multiple|Many|Some|New)\b/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

/** Reads the next word of `rest` as a verb and returns the sentence re-opened with it in `tense`. */
function reopenWithVerb(rest: string, tense: 'past' | 'present', fallbackInf: string): string {
  const m = /^(\s*)([\p{L}-]+)(.*)$/su.exec(rest);
  if (!m) return `${capitalise(verb(fallbackInf, tense))} ${rest.trim()}`;
  const word = m[2]!;
  const form = verbForm(word);
  // "helping build ..." after a weak phrase: the verb that matters is the one after "help".
  if (form && form.inf === 'help') {
    const after = /^\s+(?:to\s+)?([\p{L}-]+)(.*)$/su.exec(m[3]!);
    const inner = after ? verbForm(after[1]!) : null;
    if (after && inner && inner.tense === 'present' && STRONG.has(inner.inf)) return `${capitalise(verb(inner.inf, tense))}${after[2]}`;
    return `${capitalise(verb(fallbackInf, tense))} ${m[3]!.trim()}`;
  }
  if (form && form.tense === 'gerund' && !WEAK.has(form.inf)) return `${capitalise(verb(form.inf, tense))}${m[3]}`;
  if (form && form.tense === 'present' && STRONG.has(form.inf) && /^(?:\s|$)/.test(m[3]!) && !/^\s+(?:of|and)\b/.test(m[3]!)) {
    return `${capitalise(verb(form.inf, tense))}${m[3]}`;
  }
  if (form && form.tense === 'past' && STRONG.has(form.inf)) return `${capitalise(verb(form.inf, tense))}${m[3]}`;
  return `${capitalise(verb(fallbackInf, tense))} ${lowerFirst(rest.trim())}`;
}

function verb(inf: string, tense: 'past' | 'present'): string {
  return tense === 'past' ? pastOf(inf) : inf;
}

/** Removes [start, end) spans from text and tidies the seams. */
function cut(text: string, spans: Array<{ start: number; end: number }>): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + out.slice(s.end);
  return out
    .replace(/\s+(?:as|like)\s+an?\s*(?=[,.;]|$)/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/,\s*(?=[,.;]|$)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .trim();
}

function appendBeforeFinalStop(text: string, slot: string): string {
  const m = /^(.*?)([.!;]*)$/s.exec(text)!;
  return `${m[1]}${slot}${m[2] ? '.' : ''}`;
}

export function rewriteBullet(f: BulletFeatures, hits: ReadonlyMap<BulletRuleId, RawFinding[]>, ctx: RewriteContext): string | null {
  const original = f.text;
  const tense: 'past' | 'present' = ctx.current === true && f.opening.verb?.tense === 'present' ? 'present' : 'past';
  let text = original;
  let changedOpening = false;

  // 1. Filler and pronouns: delete the marked words.
  const drop: Array<{ start: number; end: number }> = [];
  for (const b of hits.get('buzzword') ?? []) drop.push(b);
  const firstPerson = hits.get('first-person') ?? [];
  const openingPronoun = firstPerson.find((p) => /^I$/.test(original.slice(p.start, p.end)) && p.start === f.opening.span.start);
  if (openingPronoun) {
    // "I built ..." -> "Built ..."; "I was responsible for" falls to the ownership step below.
    drop.push({ start: openingPronoun.start, end: openingPronoun.end });
  }

  // 2. The opening.
  const ownership = (hits.get('weak-ownership') ?? []).find((o) => o.start <= Math.max(f.opening.span.end, (openingPronoun?.end ?? 0) + 5));
  const passive = (hits.get('passive-voice') ?? []).find((p) => f.opening.kind === 'pronoun' || f.opening.kind === 'noun' ? p.start < 80 && !/[.;]/.test(original.slice(0, p.start)) : false);
  let head = '';
  let tailStart = 0;
  if (ownership) {
    const phrase = original.slice(ownership.start, ownership.end);
    const rest = original.slice(ownership.end).replace(/^\s*(?:the )?(?=\S)/i, (m) => (/the/i.test(m) ? 'the ' : ''));
    const nounVerb = OWNERSHIP_NOUN_VERB.find(([re]) => re.test(phrase))![1];
    // "Was part of the team that redesigned ...": the work was the team's; no honest rewrite claims it.
    if (/^(?:the |a |an |our |my )?(?:[\w-]+ ){0,3}(?:team|group|squad|committee|crew|organi[sz]ation|department|division|unit|org|company)\b/i.test(rest.trim())) return null;
    head = reopenWithVerb(rest.replace(/^\s*(?:with|on|in|to)\s+/i, ''), tense, /\b(?:stand-?ups?|meetings?|planning|reviews?|sessions?|workshops?|retrospectives?)\b/i.test(rest) ? 'run' : nounVerb);
    tailStart = original.length;
    changedOpening = true;
  } else if (passive) {
    const subject = original.slice(f.opening.span.start, passive.start).trim();
    const phrase = original.slice(passive.start, passive.end);
    const participle = /([\p{L}-]+)$/u.exec(phrase)?.[1] ?? '';
    const inf = toInfinitive(participle, 'PastTense');
    let rest = original.slice(passive.end).replace(/^\s*by (?:me|myself|us|my team|our team)\b/i, '');
    if (subject && inf && (STRONG.has(inf) || verbForm(participle)?.tense === 'past')) {
      head = `${capitalise(verb(inf, tense))} ${lowerFirst(subject)}${rest}`;
      tailStart = original.length;
      changedOpening = true;
    }
  } else if (f.opening.kind === 'gerund' && f.opening.verb) {
    head = `${capitalise(verb(f.opening.verb.inf, tense))}`;
    tailStart = f.opening.span.end;
    changedOpening = true;
  } else if (f.opening.kind === 'noun') {
    const word = original.slice(f.opening.span.start, f.opening.span.end).toLowerCase();
    const inf = NOMINAL_VERBS[word];
    const after = original.slice(f.opening.span.end);
    const of = /^\s+of\s+/i.exec(after);
    const and = /^\s+and\s+([\p{L}]+)\s+of\s+/iu.exec(after);
    if (inf && of) {
      head = capitalise(verb(inf, tense));
      tailStart = f.opening.span.end + of[0].length - 1;
      changedOpening = true;
    } else if (inf && and && NOMINAL_VERBS[and[1]!.toLowerCase()]) {
      head = `${capitalise(verb(inf, tense))} and ${verb(NOMINAL_VERBS[and[1]!.toLowerCase()]!, tense)}`;
      tailStart = f.opening.span.end + and[0].length - 1;
      changedOpening = true;
    }
  } else if (f.opening.kind === 'weak-verb' && f.opening.verb) {
    const after = original.slice(f.opening.span.end);
    const used = /^\s+(.+?)\s+to\s+([\p{L}-]+)(.*)$/su.exec(after);
    if ((f.opening.verb.inf === 'use' || f.opening.verb.inf === 'utilize' || f.opening.verb.inf === 'utilise') && used && STRONG.has(used[2]!.toLowerCase())) {
      // "Used Python to automate reports" -> "Automated reports with Python".
      const [, tool, v, rest] = used;
      const restMatch = /^(.*?)([.;]?)$/s.exec(rest!)!;
      head = `${capitalise(verb(v!.toLowerCase(), tense))}${restMatch[1]} with ${tool}${restMatch[2]}`;
      tailStart = original.length;
      changedOpening = true;
    } else if (f.opening.verb.inf === 'handle') {
      head = capitalise(verb('manage', tense));
      tailStart = f.opening.span.end;
      changedOpening = true;
    }
  } else if (f.opening.kind === 'label' && f.opening.verb && STRONG.has(f.opening.verb.inf)) {
    const next = f.tokens[f.opening.index];
    if (next) {
      head = '';
      tailStart = next.start;
      changedOpening = true;
    }
  } else if (openingPronoun) {
    changedOpening = true;
  }

  if (changedOpening || drop.length > 0) {
    const tail = original.slice(tailStart);
    const tailDrops = drop.filter((d) => d.start >= tailStart).map((d) => ({ start: d.start - tailStart, end: d.end - tailStart }));
    const body = cut(tail, tailDrops);
    text = head ? `${head}${head.endsWith(' ') || /^[\s,.;]/.test(body) || !body ? '' : ' '}${body}` : capitalise(body);
    // Anything the head already consumed that the drops marked (e.g. a buzzword inside the rest).
    if (head && tailStart === original.length) {
      for (const d of drop.filter((d) => d.start >= (ownership?.end ?? passive?.end ?? 0))) {
        const word = original.slice(d.start, d.end);
        text = text.replace(new RegExp(`\\s*\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'), '');
      }
      text = cut(text, []);
    }
    text = capitalise(text.trim());
  }

  // 3. The missing impact, as slots.
  if (hits.has('team-size-only')) text = appendBeforeFinalStop(text, /\bto\s+\w+/.test(text) ? SLOTS.result : SLOTS.teamResult);
  else if (hits.has('no-outcome')) text = appendBeforeFinalStop(text, SLOTS.outcome);
  else if (hits.has('system-metric')) text = appendBeforeFinalStop(text, SLOTS.userMetric);
  else if (hits.has('no-metric')) text = appendBeforeFinalStop(text, SLOTS.metric);
  else if (hits.has('tech-first')) text = appendBeforeFinalStop(text, SLOTS.business);

  // A rewrite must open with an agency verb and differ from what the user wrote; otherwise none.
  // An opening we did not change must already have been an action ("Advanced frontend work" stays
  // an adjective however we append to it).
  if (!changedOpening && f.opening.kind !== 'action' && f.opening.kind !== 'none') return null;
  text = capitalise(text);
  // A present-tense opening in a past role takes the past tense ("Mentor interns" -> "Mentored interns").
  const lead = /^([\p{L}-]+)(.*)$/su.exec(text);
  if (lead && tense === 'past') {
    const leadForm = verbForm(lead[1]!);
    if (leadForm && leadForm.tense === 'present' && STRONG.has(leadForm.inf)) text = capitalise(pastOf(leadForm.inf)) + lead[2];
  }
  const first = /^([\p{L}-]+)/u.exec(text)?.[1] ?? '';
  const form = verbForm(first);
  if (!form || form.tense === 'gerund' || WEAK.has(form.inf) || !STRONG.has(form.inf)) return null;
  if (tense === 'past' && form.tense !== 'past' && !/^(?:cut|set|put|led|ran|read|hit|shut|spread|split|quit)$/i.test(first)) return null;
  if (text === original) return null;
  return text;
}
