import { defineBulletRule, both, type RawFinding } from './rule.ts';
import { verbForm } from '../features.ts';

const AUX = new Set(['was', 'were', 'is', 'are', 'am', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting']);
const BETWEEN = new Set(['not', 'also', 'then', 'later', 'fully', 'first', 'successfully', 'eventually', 'recently', 'all', 'both', 'never', 'always', 'often', 'quickly', 'widely', 'then', 'subsequently', 'initially', 'ultimately', 'officially', 'formally', 'directly', 'manually', 'automatically']);
// States, not actions: "was responsible" (weak-ownership's), "is based in", "was excited".
const STATES = new Set([
  'responsible', 'excited', 'interested', 'based', 'located', 'able', 'unable', 'involved', 'tasked', 'passionate',
  'happy', 'proud', 'pleased', 'thrilled', 'honored', 'honoured', 'fascinated', 'dedicated', 'committed',
  'experienced', 'skilled', 'qualified', 'focused', 'motivated', 'used to', 'supposed', 'expected', 'required',
  'known', 'familiar', 'done', 'engaged', 'married', 'born', 'aligned', 'concerned', 'related', 'tired', 'bored',
  'well-versed', 'versed', 'exposed', 'interested', 'inclined', 'situated', 'headquartered', 'positioned',
]);
const IRREGULAR_PARTICIPLES = new Set([
  'built', 'made', 'done', 'given', 'taken', 'written', 'sold', 'run', 'led', 'held', 'set', 'put', 'cut', 'shown',
  'known', 'seen', 'chosen', 'driven', 'grown', 'begun', 'brought', 'bought', 'caught', 'taught', 'sent', 'spent',
  'found', 'kept', 'left', 'lost', 'paid', 'told', 'understood', 'won', 'thrown', 'drawn', 'broken', 'spoken',
  'stolen', 'frozen', 'hidden', 'risen', 'shaken', 'forgotten', 'proven', 'rewritten', 'rebuilt', 'overseen',
  'undertaken', 'withdrawn', 'shut', 'spun', 'hit', 'read', 'sought', 'thought', 'meant', 'dealt', 'felt', 'heard',
]);
// Actors that are the author themselves: "was managed by me" is still the author's action turned passive.
const SELF = /^(?:me|myself|us|our team|my team|the author)\b/i;

function isParticiple(word: string, tags: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (STATES.has(w)) return false;
  if (IRREGULAR_PARTICIPLES.has(w)) return true;
  if (tags.has('Participle') || tags.has('Passive') || (tags.has('PastTense') && /ed$/.test(w))) return true;
  // compromise sometimes tags a participle as an adjective ("was replaced with").
  if (/[a-z]{2,}ed$/.test(w)) return verbForm(w)?.tense === 'past';
  return false;
}

export default defineBulletRule({
  id: 'passive-voice',
  name: 'Passive voice',
  category: 'ownership',
  severity: both('warning'),
  penalty: both(12),
  message: 'Passive voice hides who acted.',
  why: 'Every bullet should show "Action -> Impact" with you as the actor (the seed); "was built" leaves the reader guessing who decided and did it.',
  check({ text, tokens }) {
    const out: RawFinding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const aux = tokens[i]!;
      if (!AUX.has(aux.normal)) continue;
      // A clause break right after the auxiliary ends the phrase.
      if (/[.;:,!?]/.test(aux.post)) continue;
      let j = i + 1;
      while (j < tokens.length && BETWEEN.has(tokens[j]!.normal) && !/[.;:,]/.test(tokens[j - 1]!.post)) j++;
      const part = tokens[j];
      if (!part || /[.;:!?]/.test(tokens[j - 1]!.post)) continue;
      if (!isParticiple(part.text, part.tags)) continue;
      // "was adopted by three teams" names its actor; "by 40%" or "by me" does not rescue it.
      const rest = text.slice(part.end, part.end + 60);
      const by = /^[\s,]*(?:\S+\s+){0,3}?by\s+(\S.*)$/i.exec(rest.split(/[.;]/)[0] ?? '');
      if (by && !/^[\d$€£~>]/.test(by[1]!) && !SELF.test(by[1]!)) continue;
      // "has been reduced", "will be migrated": the span starts at the auxiliary that carries tense.
      const before = tokens[i - 1];
      const start = before && /^(?:has|have|had|will|would|could|can|may|might|should|must)$/.test(before.normal) && !/[.;:,]/.test(before.post) ? before.start : aux.start;
      out.push({ start, end: part.end });
      i = j;
    }
    return out;
  },
});
