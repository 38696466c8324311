import { defineBulletRule, both, type RawFinding } from './rule.ts';
import { WEAK_OWNERSHIP_ANYWHERE, WEAK_OWNERSHIP_PATTERNS } from '../lexicon/phrases.ts';

// A phrase counts only where it opens a clause the author is the subject of: at the start, after
// a sentence break, a semicolon, a label, "I" or a leading "As a ..., ". Mid-clause ("a tool that
// helped customers cut costs") the phrase belongs to someone else.
const CLAUSE_START = String.raw`(?:^|[.;!?•|/]\s*|:\s+|\bI\s+(?:was\s+|am\s+)?|^[^,.;]{0,40}?,\s+|(?:,|\s[-–—])\s+(?=contributing)|\band\s+(?:was\s+|also\s+)?)`;
const PATTERN = new RegExp(`${CLAUSE_START}(${WEAK_OWNERSHIP_PATTERNS.join('|')})(?![\\p{L}])|()(${WEAK_OWNERSHIP_ANYWHERE.join('|')})(?![\\p{L}])`, 'giu');
// "helped customers cut costs": helped + a beneficiary + a verb is a result, not a role.
const HELPED_SOMEONE = /^help(?:ed|ing)\s+(?:our\s+|the\s+|\d[\d,]*\s+|many\s+|over\s+\S+\s+)?(?:customers?|clients?|users?|patients?|students?|teams?|companies|businesses|merchants|partners|members|people|families|startups|organi[sz]ations|colleagues|stakeholders)\b/i;

export default defineBulletRule({
  id: 'weak-ownership',
  name: 'Weak ownership',
  category: 'ownership',
  severity: both('error'),
  penalty: both(20),
  message: 'Says the work was handed to you, not that you owned it.',
  why: 'The seed: "Remove any mention of \'responsible for\' or \'tasked with\'. These phrases imply you were handed work." Open with what you decided or drove.',
  check({ text }) {
    const out: RawFinding[] = [];
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      const phrase = m[1] ?? m[3]!;
      const start = m.index + m[0].length - phrase.length;
      if (HELPED_SOMEONE.test(text.slice(start))) continue;
      const end = start + phrase.trimEnd().length;
      out.push({ start, end, message: `"${text.slice(start, end)}" says you were near the work, not that you owned it.` });
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
