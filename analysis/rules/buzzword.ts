import { defineBulletRule, both, type RawFinding } from './rule.ts';
import { BUZZWORDS } from '../lexicon/phrases.ts';
import { phraseMatcher } from '../lexicon/match.ts';

const match = phraseMatcher(BUZZWORDS);

export default defineBulletRule({
  id: 'buzzword',
  name: 'Buzzword',
  category: 'clarity',
  severity: both('info'),
  penalty: both(6),
  message: 'Self-praise or filler a reader skips.',
  why: 'Common resume practice: "show, don\'t claim". The seed\'s strong lines carry no adjectives about the author — the decision and the number do the work.',
  check({ text }) {
    const out: RawFinding[] = [];
    for (const m of match(text)) {
      // Part of a name ("Dynamic Yield") or a quoted title: capitalised mid-sentence, or inside quotes.
      const before = text.slice(0, m.start);
      const midSentence = m.start > 0 && !/(?:^|[.;:!?•]\s*)$/.test(before);
      if (midSentence && /^[A-Z]/.test(m.text) && /^\s+[A-Z]/.test(text.slice(m.end))) continue;
      // Straight or typographic quotes: earned a “Highly Successful” rating quotes a title.
      if ((before.match(/"/g) ?? []).length % 2 === 1) continue;
      if ((before.match(/[“„]/g) ?? []).length > (before.match(/”/g) ?? []).length) continue;
      // "Played a key role in ...": the phrase is `weak-ownership`'s, which reports it (RULES.md:
      // one span gets one finding, the most specific rule wins).
      if (/^key\s+role$/i.test(m.text) && /\bplay(?:ed|s|ing)?\s+an?\s+$/i.test(before)) continue;
      // "dynamic pricing", "dynamic programming": a technical term, not praise.
      if (/^dynamic$/i.test(m.text) && /^\s+(?:pricing|programming|routing|content|pages?|typing|range|analysis|allocation|loading|scaling|imports?|forms?|data|queries|dashboards?|reports?|rendering|linking|memory|modeling|systems?)\b/i.test(text.slice(m.end))) continue;
      // "etc." keeps its dot in the span so deleting it leaves clean text.
      const end = /^etc$/i.test(m.text) && text[m.end] === '.' ? m.end + 1 : m.end;
      // Deleting it (and one space beside it) is the fix: "show, don't claim".
      const del = text[end] === ' ' ? { start: m.start, end: end + 1 } : m.start > 0 && text[m.start - 1] === ' ' ? { start: m.start - 1, end } : { start: m.start, end };
      out.push({ start: m.start, end, message: `"${text.slice(m.start, end)}" claims rather than shows.`, suggestions: [{ ...del, text: '' }] });
    }
    return out;
  },
});
