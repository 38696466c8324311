// Facts about one bullet that several rules need: its opening, its quantities, its technologies,
// its outcome. Computed once per bullet from one compromise parse plus regex scans of the text.
import { conjugate, lexiconTag, pastOf, toInfinitive, tokenize, type Token } from './nlp.ts';
import type { Span } from './types.ts';
import { phraseMatcher, wordSet, type PhraseMatch } from './lexicon/match.ts';
import {
  ACTION_VERBS,
  EFFECT_VERBS,
  PARTICIPIAL_ADJECTIVES,
  PARTICIPLES_BEFORE_PREPOSITION,
  WEAK_VERBS,
} from './lexicon/verbs.ts';
import { CASE_SENSITIVE_TECH, TECH_TERMS_ANY_SPELLING } from './lexicon/tech.ts';
import { BENEFICIARY_ROLES, BUSINESS_METRIC_TERMS, PEOPLE_NOUNS, STAKEHOLDER_TERMS, SYSTEM_METRIC_TERMS_WITH_PLURALS } from './lexicon/metrics.ts';

// ---------- verb tables, built once ----------

const ACTION = wordSet(ACTION_VERBS);
const WEAK = wordSet(WEAK_VERBS);
const EFFECT = wordSet(EFFECT_VERBS);
const ADJ_PARTICIPLES = wordSet(PARTICIPIAL_ADJECTIVES);
const STATE_PARTICIPLES = wordSet(PARTICIPLES_BEFORE_PREPOSITION);

/** Inflected form -> infinitive, for every listed verb (so "drove" and "leads" resolve without a parse). */
const FORMS = new Map<string, { inf: string; tense: 'past' | 'present' | 'gerund' }>();
for (const inf of new Set([...ACTION, ...WEAK, ...EFFECT])) {
  const c = conjugate(inf);
  const add = (form: string | undefined, tense: 'past' | 'present' | 'gerund') => {
    if (form && !form.includes(' ') && !FORMS.has(form)) FORMS.set(form, { inf, tense });
  };
  add(pastOf(inf), 'past');
  if (c.Participle !== inf) add(c.Participle, 'past');
  add(inf, 'present');
  add(c.PresentTense, 'present');
  add(c.Gerund, 'gerund');
}
// Irregular forms compromise spells differently or that lists above do not reach.
for (const [form, inf] of [['was', 'be'], ['were', 'be'], ['is', 'be'], ['am', 'be'], ['are', 'be'], ['had', 'have'], ['has', 'have'], ['got', 'get'], ['did', 'do']] as const) {
  FORMS.set(form, { inf, tense: form === 'is' || form === 'am' || form === 'are' || form === 'has' ? 'present' : 'past' });
}

export interface VerbForm {
  inf: string;
  tense: 'past' | 'present' | 'gerund';
}

/** Reads a word as a verb form when it plausibly is one; null otherwise. */
export function verbForm(word: string): VerbForm | null {
  const w = word.toLowerCase();
  const known = FORMS.get(w);
  if (known) return known;
  if (/^[a-z-]{3,}ing$/.test(w)) {
    const inf = toInfinitive(w, 'Gerund');
    return inf !== w ? { inf, tense: 'gerund' } : null;
  }
  if (/^[a-z-]{2,}ed$/.test(w)) return { inf: toInfinitive(w, 'PastTense'), tense: 'past' };
  const tag = lexiconTag(w);
  if (tag === 'Infinitive') return { inf: w, tense: 'present' };
  if (tag === 'PastTense' || tag === 'Participle') return { inf: toInfinitive(w, 'PastTense'), tense: 'past' };
  return null;
}

// ---------- the opening ----------

export type OpeningKind =
  | 'action'
  | 'weak-verb'
  | 'gerund'
  | 'noun'
  | 'pronoun'
  | 'adjective'
  | 'number'
  | 'label'
  | 'other'
  | 'none';

export interface Opening {
  kind: OpeningKind;
  /** The first word's token index (after any "Label:"), or -1 for an empty bullet. */
  index: number;
  /** Span of the opening word, or of the label when kind is 'label'. */
  span: Span;
  verb: VerbForm | null;
}

const PRONOUNS = wordSet(['i', 'we', 'my', 'our', 'you', 'your', 'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'me', 'us', 'its', 'their']);
const DETERMINERS = wordSet(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'my', 'their', 'its', 'his', 'her', 'all', 'each', 'every', 'several', 'multiple', 'many', 'some', 'new', 'key', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'over', 'more', 'up', 'out', 'and', 'both', 'end-to-end', 'cross-functional']);
const PREPOSITIONS = wordSet(['in', 'as', 'for', 'to', 'at', 'by', 'on', 'with', 'from', 'of', 'into', 'under', 'within', 'across', 'among']);
/** Verbs that are also job titles: "Lead architect for...", "Head of Delivery". */
const TITLE_VERBS = wordSet(['lead', 'head', 'chair', 'captain', 'engineer', 'architect', 'mentor', 'coach', 'host', 'model', 'partner', 'intern', 'volunteer', 'founder', 'manager', 'design', 'support', 'research', 'program', 'product', 'project']);
const ROLE_NOUNS = wordSet(['architect', 'engineer', 'developer', 'designer', 'manager', 'analyst', 'consultant', 'intern', 'scientist', 'lead', 'officer', 'director', 'specialist', 'researcher', 'assistant', 'associate', 'administrator', 'technician', 'programmer', 'contributor', 'maintainer', 'owner', 'role', 'position', 'member']);
const AS_ROLE = wordSet(['serve', 'start', 'act', 'function', 'join', 'work', 'begin', 'continue', 'remain', 'stay']);
const NOMINAL_SUFFIX = /(?:tion|sion|ment|ance|ence|ity|ship|ness|ism|ure|ology|ics)$/;

function isNumberish(text: string): boolean {
  return /^[$€£¥>~<#]?\d/.test(text);
}

export function findOpening(text: string, tokens: Token[]): Opening {
  if (tokens.length === 0) return { kind: 'none', index: -1, span: { start: 0, end: 0 }, verb: null };
  let i = 0;
  // "Goal Achievement: Overachieved ..." — a short label ending in a colon before the verb.
  // A line that opens with an action verb and then lists after a colon ("Engineer LLM features: ...")
  // has no label.
  const firstForm = verbForm(tokens[0]!.text);
  const opensWithVerb = firstForm !== null && firstForm.tense !== 'gerund' && (ACTION.has(firstForm.inf) || EFFECT.has(firstForm.inf));
  for (let j = 0; j < Math.min(tokens.length - 1, 5) && !opensWithVerb; j++) {
    if (/^\s*[:：]/.test(tokens[j]!.post) || /[:：]\s*$/.test(tokens[j]!.post)) {
      if (tokens[j]!.post.includes(':') || tokens[j]!.post.includes('：')) {
        const label = { start: tokens[0]!.start, end: tokens[j]!.end };
        return { kind: 'label', index: j + 1, span: label, verb: verbForm(tokens[j + 1]!.text) };
      }
    }
    if (/[.;!?]/.test(tokens[j]!.post)) break;
  }
  const t = tokens[i]!;
  // "Co-authored" may reach us as "Co" + "authored": read the joined word.
  const joined = t.post === '-' && tokens[i + 1] ? `${t.text}-${tokens[i + 1]!.text}` : null;
  const w = (joined && verbForm(joined) ? joined : t.text).replace(/[’']s$/, '');
  const lower = w.toLowerCase();
  const next = tokens[i + 1];
  const nextLower = next?.normal ?? '';
  const span = { start: t.start, end: t.end };
  const make = (kind: OpeningKind, verb: VerbForm | null = null): Opening => ({ kind, index: i, span, verb });

  if (isNumberish(w)) return make('number');
  if (PRONOUNS.has(lower) || (DETERMINERS.has(lower) && lower !== 'new' && lower !== 'key' && !ACTION.has(lower))) return make('pronoun');
  if (t.pre.includes('(')) return make('noun');

  // A verb split in two by a typo or the tokenizer ("Trouble shot"): read the joined word.
  const joinedForm = next && !/[.;:,]/.test(t.post) ? FORMS.get(`${lower}${nextLower}`) : undefined;
  if (joinedForm && joinedForm.tense !== 'gerund' && ACTION.has(joinedForm.inf)) return make('action', joinedForm);
  const form = verbForm(lower);
  const endsSentence = /[.;:!?]/.test(t.post);
  // Participles and adjectives that open noun phrases.
  if (ADJ_PARTICIPLES.has(lower) && !(next && (DETERMINERS.has(nextLower) || isNumberish(next.text)))) return make('adjective');
  if (STATE_PARTICIPLES.has(lower) && next && PREPOSITIONS.has(nextLower)) return make('adjective');

  // A title-case line ("United Health Care India Pvt. Ltd") is a name, whatever its first word.
  const capitalised = tokens.slice(i, i + 4).filter((x) => /^[A-Z]/.test(x.text)).length;
  if (capitalised >= 3 && tokens.length >= 3 && !/[.;:,]/.test(t.post) && !FORMS.has(lower)) return make('noun');

  if (form) {
    if (WEAK.has(form.inf)) return make('weak-verb', form);
    // "Served as Tech Lead", "Started as a developer": a role, not an action.
    if (nextLower === 'as' && AS_ROLE.has(form.inf)) return make('weak-verb', form);
    if (form.tense === 'gerund') return make('gerund', form);
    if (form.tense === 'present' && !endsSentence && next) {
      // "Lead architect for", "Head of Delivery", "Design and implementation of": a title or noun phrase.
      const titleLike = TITLE_VERBS.has(lower) && (ROLE_NOUNS.has(nextLower) || PREPOSITIONS.has(nextLower));
      // The suffix test is for nouns ("Design and implementation of"), not for verbs that merely end
      // like one ("Design and implement", "Build and ship", "Plan and measure"): a listed verb after
      // "and" is a second action unless "of" follows it ("Design and structure of the schema").
      const second = tokens[i + 2]?.normal ?? '';
      const secondIsVerb = FORMS.get(second)?.tense === 'present' && tokens[i + 3]?.normal !== 'of';
      const nominal = nextLower === 'of' || (nextLower === 'and' && NOMINAL_SUFFIX.test(second) && !secondIsVerb);
      if (titleLike || nominal) return make('noun');
    }
    if (form.tense === 'present' && !ACTION.has(form.inf) && !EFFECT.has(form.inf)) {
      // A word compromise knows as a verb but that we do not: trust its tag in context.
      if (!t.tags.has('Verb')) return make('noun');
    }
    return make('action', form);
  }
  if (/ly$/.test(lower) && next) {
    const nextForm = verbForm(next.text);
    if (nextForm && nextForm.tense !== 'gerund' && !WEAK.has(nextForm.inf)) return { kind: 'action', index: i + 1, span: { start: next.start, end: next.end }, verb: nextForm };
  }
  // A line that opens with a preposition ("As an engineer, contributed ...", "In my role as lead,
  // ...") puts a label before the verb (RULES.md judgment notes: openings).
  if (PREPOSITIONS.has(lower) && next) return make('label');
  // Compound verbs a tokenizer splits: "Trouble shot", "Pair programmed".
  const nextForm = next ? verbForm(next.text) : null;
  if (next && nextForm && nextForm.tense === 'past' && /^(?:[A-Z][a-z]+|[A-Z]\/[A-Z])$/.test(t.text) && !/[.;:,]/.test(t.post) && !t.tags.has('Determiner')) {
    return make('action', nextForm);
  }
  // An unknown word followed by an article or "and <verb>" is an imperative verb ("Appraise and wipe").
  if (next && !t.tags.has('Noun') && (/^(?:a|an|the|our|all|their)$/.test(nextLower) || (nextLower === 'and' && tokens[i + 2] && verbForm(tokens[i + 2]!.text)?.tense === 'present'))) {
    return make('action', { inf: lower, tense: 'present' });
  }
  if (t.tags.has('Adjective')) return make('adjective');
  if (t.tags.has('Noun') || t.tags.has('Value') || /^[A-Z]/.test(w)) return make('noun');
  return make('other');
}

// ---------- quantities ----------

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const TIME_UNITS = /^(?:years?|yrs?|months?|mos?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b/i;
const SPELLED = /(?<![\p{L}-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|doubled|doubling|double|tripled|tripling|triple|quadrupled|halved|halving|twice|tenfold|twofold|threefold|(?:\w+)-fold|one(?! of\b)(?=\s+(?:week|month|day|year|quarter|sprint|team|hire|engineer|person)))(?![\p{L}-])/giu;
const NUMBER = /(?<![\p{L}\p{N}_.])([$€£¥]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|x|k|m|mm|b|bn|t|ms|s|gb|mb|kb|tb|pb|h|hrs?|mins?|k\+|m\+|\+))*(?![\p{L}\p{N}_])/giu;

const BY_AMOUNT = /\bby\s+(?:over\s+|nearly\s+|about\s+|almost\s+|more than\s+)?((?:an?|one|several|many)\s+(?:hour|day|week|month|minute|second|order of magnitude)s?|(?:several\s+|many\s+)?(?:gbs|tbs|mbs|hours|days|weeks|minutes|seconds|orders of magnitude))\b/gi;

export interface Quantity extends Span {
  text: string;
}

/**
 * Quantities a reader counts as a metric. Not: years and dates, employment durations, versions
 * and model names ("Python 3", "iPhone 12"), ordinals, identifiers that mix letters and digits.
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const raw = m[0];
    const digits = raw.replace(/[^\d.]/g, '');
    const before = text.slice(Math.max(0, s - 24), s);
    const after = text.slice(e, e + 24);
    const prevWord = /([\p{L}\p{N}.+#-]+)[\s(]*$/u.exec(before)?.[1] ?? '';
    const nextWord = /^[\s)]*([\p{L}]+)/u.exec(after)?.[1] ?? '';
    const hasUnit = /[%$€£¥x+kmbKMB]/.test(raw.replace(/^\d[\d,.]*/, '')) || /^[$€£¥]/.test(raw);
    // Glued to letters or ordinals ("3rd", "L1", "PS3") were excluded by the regex boundaries.
    if (/^(?:st|nd|rd|th)\b/i.test(after)) continue;
    if (/^[/]7\b/.test(after)) continue; // 24/7
    if (!hasUnit) {
      const n = Number(digits);
      // Years and dates: "2019", "Jan 2020", "2019-2021", "(Jun 2020)".
      if (/^\d{4}$/.test(digits) && !raw.includes(',') && n >= 1950 && n <= 2039 && !/^,\d/.test(after)) continue;
      if (MONTHS.test(prevWord) || MONTHS.test(nextWord)) continue;
      if (/^[\/.-]\d/.test(after) && /\d[\/.-]$/.test(before) === false && /^\d{1,2}$/.test(digits) && /^[\/-]\d{2,4}\b/.test(after)) continue; // 03/2020
      // Versions and model names: "Python 3", "iPhone 12", "Spring 3.2", "Windows 10", "Fortune 500".
      // A capital at the start of a sentence is grammar, not a name: "Sold 40 licences".
      const prevAtStart = /(?:^|[.;:!?•]\s+)\s*[\p{L}\p{N}.+#-]+[\s(]*$/u.test(text.slice(0, s));
      const prevIsName = !prevAtStart && /^[A-Z]|^[a-z]+[A-Z]/.test(prevWord) && !/^(?:Top|Over|Under|About|Around|Nearly|Almost|By|To|From|Of|In|With|And|Led|Managed|Hired|Mentored|Supervised|Grew|Built|Cut|Reduced|Increased|Saved|Served|Trained|Onboarded|Shipped|Launched|Closed|Won|Raised|Handled|Processed|Delivered|Wrote|Published|Created|Added|Migrated|Automated|Resolved|Deployed|Managing|Leading|Supervising)$/.test(prevWord);
      if (prevIsName && (n < 1000 || /\./.test(digits)) && !(/^(?:[a-z]+s|people|k|m)$/.test(nextWord) && !/^(?:across|as|is|was|has|plus|its|this|thus|towards|versus|always|unless|whereas|perhaps)$/.test(nextWord))) continue;
      if (/^v$/i.test(prevWord)) continue;
      // Employment durations: "for 3 years", "over 10 months", "1 Year", "3 yrs 2 mos".
      if (TIME_UNITS.test(nextWord) && (/(?:for|over|since|during|within|of|past)\s*$/i.test(before) || /^\s*[·•|]/.test(after.replace(/^[\s\w]*?(?=[·•|])/, '')) || /(?:^|\s)(?:yrs?|mos?)\b/i.test(nextWord))) continue;
    }
    out.push({ start: s, end: e, text: raw });
  }
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // The size of a change in words: "decrease execution time by over an hour", "reduce memory usage
  // by GBs", "cut the release cycle by a week". A quantity like "hundreds" (RULES.md judgment notes);
  // only after "by", where it measures a change, never an employment duration.
  BY_AMOUNT.lastIndex = 0;
  for (let m = BY_AMOUNT.exec(text); m; m = BY_AMOUNT.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (!out.some((q) => q.start < start + m![1]!.length && start < q.end)) out.push({ start, end: start + m[1]!.length, text: m[1]! });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------- technologies, metrics, stakeholders ----------

const techCI = phraseMatcher(TECH_TERMS_ANY_SPELLING);
const techCS = phraseMatcher(CASE_SENSITIVE_TECH, true);
export const systemTerms = phraseMatcher(SYSTEM_METRIC_TERMS_WITH_PLURALS);
export const businessTerms = phraseMatcher(BUSINESS_METRIC_TERMS);
const stakeholderTerms = phraseMatcher(STAKEHOLDER_TERMS);

export function findTech(text: string): PhraseMatch[] {
  const all = [...techCI(text), ...techCS(text)].sort((a, b) => a.start - b.start);
  // Drop overlaps (a phrase and a word inside it) keeping the longer.
  const out: PhraseMatch[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

// ---------- outcomes ----------

const EFFECT_STEMS = String.raw`(?:increas|reduc|cut|grow|grew|grown|improv|boost|sav|lower|rais|doubl|tripl|halv|decreas|accelerat|eliminat|prevent|achiev|generat|lift|shorten|sped|speed|expand|recover|avoid|minimi[sz]|maximi[sz]|exceed|surpass|outperform|attain|earn|drove|driv|enabl|unblock|retain|convert|secur|slash|trim|shrank|shrink|drop|free|recoup|captur|deliver|won|win)[a-z]*`;
const EFFECT_GERUNDS = String.raw`(?:improving|reducing|increasing|enhancing|expediting|boosting|cutting|saving|lowering|raising|growing|eliminating|preventing|accelerating|streamlining|doubling|halving|tripling|closing|minimi[sz]ing|maximi[sz]ing|speeding|shortening|decreasing|generating|becoming|resulting|leading to|earning|winning|securing|achieving|enabling|allowing|helping|freeing|avoiding|lifting|slashing|recovering|unlocking|unblocking|empowering|making it|turning|converting|retaining|attracting|surpassing|exceeding|outperforming|building a culture)`;
const RESULT_CONNECTOR = new RegExp(
  [
    String.raw`\b(?:result(?:ing|ed|s)? in|leading to|(?<!^)led to|which (?:led|resulted|helped|allowed|enabled|let|made)|so that|thereby)\b`,
    // ", improving navigation", "— significantly reducing P1 incidents", "and boosting sales".
    // An adverb of degree marks the result clause even without a comma: "observability
    // significantly reducing P1 incidents".
    String.raw`(?:[,;:(—–]|\s-|\band|\bwhile|\bthereby)\s*(?:\w+ly\s+)?${EFFECT_GERUNDS}\b`,
    String.raw`\b(?:significantly|substantially|dramatically|drastically|greatly|considerably|sharply|markedly|measurably|noticeably)\s+${EFFECT_GERUNDS}\b`,
    String.raw`\b(?:that|which)\s+(?:\w+ly\s+)?${EFFECT_STEMS}\b`,
    // "contributed to the team's success", "contributed to quality control improvements": up to two
    // modifiers may stand between.
    String.raw`\bcontribut\w*\s+to\s+(?:the\s+|our\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}(?:success|growth|launch|win|revenue|adoption|improvements?)\b`,
    String.raw`\b(?:is|was|are|were|been)\s+used\s+(?:on|in|across|by)\s+(?:every|all|\d)`,
    String.raw`\b(?:halved|doubled|tripled|quadrupled|halving|doubling|tripling)\b`,
    String.raw`\b(?:grew|grown|growing|scaled|scaling)\s+(?:\S+\s+){0,3}?to\s+[$€£~]?\d`,
    String.raw`\b(?:placed|ranked|finished|won|awarded)\s+(?:in\s+)?(?:the\s+)?(?:top|first|second|third|1st|2nd|3rd|\d)`,
    // "cut churn by 8%". Not the agent of a participle of reach: "improved software used by ~18m
    // users" states who uses the product, not how much it changed (RULES.md judgment notes: reach).
    String.raw`\b${EFFECT_STEMS}\s+(?:[^\s.;]+\s+){0,5}?(?<!\b(?:used|accessed|visited|viewed|read|played|followed|trusted|relied\s+on)\s)by\s+(?:over\s+|about\s+|nearly\s+|~)?[$€£]?\d`,
    String.raw`\bby\s+(?:over\s+|about\s+|nearly\s+|~)?\d[\d,.]*\s?%`,
    // "increased 400%", "cut late deliveries 18%": a verb of change with a percentage or multiple.
    String.raw`\b${EFFECT_STEMS}\s+(?:[^\s.;,]+\s+){0,4}?(?:over\s+|nearly\s+|~)?\d[\d,.]*\s?(?:%|percent|x\b)`,
    String.raw`\d[\d,.]*\s?(?:%|percent|x)\s+(?:[\w-]+\s+){0,2}?(?:increase|decrease|reduction|improvement|growth|lift|rise|drop|gain|fewer|more|less|faster|cheaper|higher|lower|boost|uplift|savings?|speed-?up)`,
    String.raw`\bfrom\s+[$€£]?\d[\d,.]*\s?\S*\s+(?:\S+\s+){0,2}?(?:to|→|->)\s*[$€£]?\d`,
    String.raw`\d[\d,.]*\s?(?:x|times)\s+(?:faster|more|fewer|less|cheaper|higher|lower|improvement|speed)`,
    String.raw`\bin (?:annual |additional |new )?(?:revenue|savings|sales|arr|cost savings|funding|bookings)\b`,
    String.raw`\b(?:adopted|praised|recogni[sz]ed|cited|featured|endorsed) by\b`,
    String.raw`\bso (?:users?|customers?|clients?|teams?|people|patients?|students?) (?:could|can|would)\b`,
  ].join('|'),
  'i',
);
/** Roles a line's work may serve ("let nurses log shifts", "a portal for professors to ..."). */
const ROLES_ALTERNATION = BENEFICIARY_ROLES.join('|');
/** People who can be the beneficiaries of a line: stakeholders, people nouns, roles. */
const PEOPLE_ALTERNATION = [...STAKEHOLDER_TERMS.filter((t) => /s$/.test(t) || t === 'people' || t === 'staff'), ...PEOPLE_NOUNS.filter((t) => /s$/.test(t)), ...BENEFICIARY_ROLES]
  .map((p) => p.replace(/[.'*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
// Weaker signs of an effect: enough to say the line has a purpose for someone, not that the
// work produced a result.
const SOFT_RESULT = new RegExp(
  [
    String.raw`\b(?:allow|enabl|let|help|empower)\w*\s+(?:the\s+|our\s+|their\s+|\d[\d,.]*\+?\s+)?(?:users?|customers?|clients?|patients?|students?|teams?|merchants|members|people|visitors|businesses|agents|staff|employees|players|buyers|sellers|partners|readers|platoon|company|organi[sz]ation|${ROLES_ALTERNATION})\b`,
    // A participle clause with a number or a beneficiary: ", maintaining 10-12% turnover", ", updating the data shown to the user".
    // People met "with" ("conferring with users", "working with clients") are collaborators in the
    // method, not beneficiaries of a result; ", including ..." lists contents, not an effect; an
    // -ing word that is a list item (", marketing, and sales") is a noun.
    String.raw`[,;—–]\s*(?:\w+ly\s+)?(?!including\b|such\b)[a-z]+ing\b(?!\s*(?:,|&|and\b|or\b))[^.;]{0,60}?(?:\d|(?<!\bwith\s(?:the\s|our\s|their\s)?)\b(?:users?|customers?|clients?|patients?|students?|business|revenue|sales)\b)`,
    String.raw`\b(?:allow|enabl|let|help|empower)(?:s|ed|ing|es)?\s+(?:\S+\s+){1,3}?to\s+[a-z]+`,
    String.raw`\bused to\s+(?!be\b)[a-z]+`,
  ].join('|'),
  'i',
);
// A word for people or the business that modifies a piece of machinery names the machine, not whom
// it served: "a user search service", "an ad auction management system", "the sales dashboard",
// "to store user data". ("customer service", "sales pipeline", "business model" are business
// things: "service" needs a word between, "pipeline" and "model" are not listed.)
const MACHINE_HEAD = String.raw`(?:(?!(?:on|in|of|for|to|at|by|with|from|across|into|the|a|an|and|or|our|their|its)\b)[\w-]+\s+)?(?:systems?|databases?|apis?|apps?|applications?|software|platforms?|tools?|tooling|modules?|dashboards?|interfaces?|ui|backend|back-end|schemas?|tables?|data|portal|widgets?|endpoints?)\b|(?!(?:on|in|of|for|to|at|by|with|from|across|into|the|a|an|and|or|our|their|its)\b)[\w-]+\s+services?\b`;
const MACHINE_AFTER = new RegExp(String.raw`^[\s-]+(?:${MACHINE_HEAD})`, 'i');
function namesMachine(text: string, m: Span): boolean {
  return MACHINE_AFTER.test(text.slice(m.end, m.end + 48));
}

// A purpose counts when it is a change for someone or for the business, not a technical goal.
/** What a purpose or an assurance is for when it is someone's gain: people, business measures, protection. */
const BENEFIT = String.raw`(?:users?|customers?|clients?|patients?|students?|candidates|players|members|visitors|buyers|sellers|merchants|business|revenue|sales|costs?|churn|retention|conversion|engagement|adoption|satisfaction|experience|needs|time-to-market|growth|expansion|profit|market|cheating|fraud|downtime|risks?|security|privacy|safety|demand|onboarding|sign-?ups|leads|prospects|traffic|subscribers|donations|funding|funds|grants?|savings|productivity|efficiency|compliance|accessibility|decisions|user-friendly|delays?|goals|targets|objectives|kpis|okrs|usability)`;
const PURPOSE = new RegExp(
  [
    // Verbs that are a change in themselves; "to help", "to improve", "to ensure" need an object
    // that is someone's gain (below): "to improve climate models" is a technical goal.
    // An adverb may split the infinitive: "to significantly raise".
    String.raw`\b(?:to|in order to)\s+(?:\w+ly\s+)?(?:protect|prevent|attract|engage|unblock|increase|reduce|cut|grow|boost|save|lower|raise|accelerate|eliminate|avoid|minimi[sz]e|maximi[sz]e|retain|win|generate|capture|decrease|expand|speed up|shorten|reach|achieve|exceed|surpass)\b`,
    // "to enhance customer experience", "to suit business needs", "to match students ...": any verb whose object is someone's gain.
    // "to convert" is conversion only with such an object ("to convert trial users"); "to convert
    // Markdown into Jira issues" is a technical transformation. Security, privacy, safety and
    // demand are the business's gain like risk and fraud ("to enhance network security", "to
    // predict future demand"); funds and grants like funding; leads and prospects like sign-ups.
    // The object may be a list: "to strengthen performance, accessibility, & internationalization".
    String.raw`\b(?:to|in order to)\s+(?:\w+ly\s+)?[a-z]+\s+(?:[^\s.;]+\s+){0,4}?${BENEFIT}\b(?![\s-]+(?:${MACHINE_HEAD}))`,
    String.raw`\bso (?:that )?(?:\S+ ){1,3}?(?:could|can|would|will)\b`,
    // "ensuring zero downtime during peak marketing campaigns" (the seed's strong example),
    // "ensuring the safety of ...", "ensuring usability"; not "ensuring maintainable web applications".
    String.raw`\bensur(?:e|es|ed|ing)\s+(?:[^\s.;]+\s+){0,3}?${BENEFIT}\b`,
  ].join('|'),
  'i',
);
const PURPOSE_ALL = new RegExp(PURPOSE.source, 'gi');
/**
 * "to" before a purpose is an infinitive marker: "from market research to final negotiation",
 * "follow-up to dental patients" use the preposition and state no purpose.
 */
function infinitiveAfterTo(word: string): boolean {
  const w = word.toLowerCase();
  const known = FORMS.get(w);
  // "to cut", "to set up": an infinitive whose past tense is spelled the same.
  if (known) return known.tense === 'present' || known.inf === w;
  // compromise's lexicon lists many verbs as nouns ("to suit", "to match", "to fit"): only word
  // classes that are never a verb rule the infinitive out.
  const tag = lexiconTag(w);
  if (tag) return !/^(?:Adjective|Determiner|Possessive|Pronoun|Preposition|Conjunction|Value|TextValue|Cardinal|Ordinal|Plural|ProperNoun|Comparative|Superlative|Adverb|Gerund|PastTense|Participle)$/.test(tag);
  return !/(?:al|ic|ous|ive|ful|less|able|ible|ary|ed|ing|tion|sion|ment|ness|ity|[^s]s)$/.test(w);
}
// "a portal for professors to create courses", "a kiosk for patients to check in": what it lets
// someone do, like "allowing users to" (RULES.md judgment notes). Not "from research for prospective
// clients to final negotiation": "to" must start an infinitive.
const FOR_PEOPLE_TO = new RegExp(String.raw`\bfor\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:${PEOPLE_ALTERNATION})\s+(to\s+(?!be\b)[a-z-]{3,})`, 'gi');
function hasPurpose(text: string): boolean {
  for (const re of [PURPOSE_ALL, FOR_PEOPLE_TO]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const verb = /(?:^|\s)(?:to|in order to)\s+(?:\w+ly\s+)?([a-z-]+)/i.exec(m[1] ?? m[0]);
      if (!verb || infinitiveAfterTo(verb[1]!)) return true;
      re.lastIndex = m.index + 1;
    }
  }
  return false;
}

const OPENING_RESULT_VERBS = wordSet(['achieve', 'win', 'exceed', 'surpass', 'earn', 'overachieve', 'secure', 'attain', 'outperform', 'raise', 'save', 'double', 'triple', 'halve', 'grow', 'increase', 'reduce', 'cut', 'boost', 'lower', 'decrease', 'eliminate', 'prevent', 'generate', 'accelerate', 'improve', 'recover', 'close', 'land', 'sign', 'book', 'turn', 'streamline', 'shorten', 'speed', 'lift', 'slash', 'minimize', 'maximize', 'expand']);

// "Drove adoption", "driving $2M in sales": drive states a result only when what it drove is a
// measure of users or the business, growth or a number. "Drove feature development", "driving
// product vision, roadmap alignment" say what the author led, not what it changed.
const DRIVE = /\b(?:drove|driv(?:e|es|ing))\s+((?:[^\s.;,]+\s+){0,3}?[^\s.;,]+)/gi;
const DRIVE_OBJECT = /[$€£]?\d|\b(?:growth|adoption|efficienc\w*|results?|outcomes?|improvements?)\b/i;
function drivesResult(text: string, business: PhraseMatch[]): boolean {
  DRIVE.lastIndex = 0;
  for (let m = DRIVE.exec(text); m; m = DRIVE.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (DRIVE_OBJECT.test(m[1]!) || business.some((b) => b.start > start && b.start < end)) return true;
  }
  return false;
}

// A number that counts people ("50+ members", "12 direct reports") is a headcount (RULES.md: team
// size is a quantity that `team-size-only` judges), never a business result, whatever noun follows.
const HEADCOUNT_AFTER = new RegExp(String.raw`^\+?\s*(?:[\w'-]+\s+){0,2}?(?:${PEOPLE_NOUNS.map((p) => p.replace(/[.'*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\b`, 'i');

const POPULATION = /^(?:users|customers|clients|students|patients|members|subscribers|visitors|active users|dau|mau|audience)$/i;

/** Audiences inside engineering: serving them is still about the machinery (RULES.md tech-first). */
export const INTERNAL_AUDIENCE = new Set(['engineers', 'developers', 'analysts', 'researchers', 'engineer', 'developer', 'team', 'teams', 'staff', 'employees']);

export interface Outcome {
  /** Some result or purpose for someone is stated. */
  any: boolean;
  /** The outcome names users or the business (not only a system measure or a technical goal). */
  business: boolean;
  /** A stated result (not only a purpose): "resulting in", "by 40%", "from 45 to 5 minutes". */
  result: boolean;
  /** The only outcome is the machine's: a system measure and no user or business term. */
  systemOnly: boolean;
}

export function findOutcome(
  text: string,
  opening: Opening,
  quantities: Quantity[],
  business: PhraseMatch[],
  stakeholders: PhraseMatch[],
  system: PhraseMatch[],
): Outcome {
  const connector = RESULT_CONNECTOR.test(text);
  const purpose = hasPurpose(text);
  // "Cut churn", "Grew revenue": an opening verb of change is a result. A gerund opening ("Reducing
  // costs through ...") states one only with a business measure or a number to change.
  const openingEffect =
    opening.kind !== 'label' &&
    opening.verb !== null &&
    OPENING_RESULT_VERBS.has(opening.verb.inf) &&
    (opening.verb.tense !== 'gerund' || business.length > 0 || quantities.length > 0);
  // "$12M+ Annual Recurring Revenue", "200K+ followers": a business measure with its number is a result.
  // Populations ("used by 120k users", "30 students") are reach, not a result (RULES.md judgment notes).
  // A measure a product has ("Worked on Patari with 100K+ installs", "an app with 2M users") is its
  // reach, not a result of the work (RULES.md judgment notes).
  const measures = quantities.filter((q) => !HEADCOUNT_AFTER.test(text.slice(q.end, q.end + 40)) && !/\bwith\s+(?:over\s+|more than\s+|nearly\s+|about\s+|~)?$/i.test(text.slice(Math.max(0, q.start - 30), q.start)));
  const quantifiedBusiness = business.some((b) => !POPULATION.test(b.text) && measures.some((q) => (q.end <= b.start && b.start - q.end < 30) || (b.end <= q.start && q.start - b.end < 20)));
  const result = connector || openingEffect || quantifiedBusiness || drivesResult(text, business);
  const any = result || purpose || SOFT_RESULT.test(text);
  const named = business.length > 0 || stakeholders.some((s) => !INTERNAL_AUDIENCE.has(s.text.toLowerCase()));
  return { any, result, business: any && named, systemOnly: any && !named && system.length > 0 };
}

// ---------- the bullet context ----------

export interface BulletFeatures {
  text: string;
  tokens: Token[];
  opening: Opening;
  quantities: Quantity[];
  tech: PhraseMatch[];
  system: PhraseMatch[];
  business: PhraseMatch[];
  stakeholders: PhraseMatch[];
  outcome: Outcome;
  words: number;
}

export function bulletFeatures(text: string): BulletFeatures {
  const tokens = tokenize(text);
  const opening = findOpening(text, tokens);
  const quantities = findQuantities(text);
  const tech = findTech(text);
  const system = systemTerms(text);
  const business = businessTerms(text).filter((m) => !namesMachine(text, m));
  const stakeholders = stakeholderTerms(text).filter((m) => !namesMachine(text, m));
  const outcome = findOutcome(text, opening, quantities, business, stakeholders, system);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { text, tokens, opening, quantities, tech, system, business, stakeholders, outcome, words };
}
