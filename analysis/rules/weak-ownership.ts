import { defineBulletRule, both, type RawFinding } from './rule.ts';
import { WEAK_OWNERSHIP_ANYWHERE, WEAK_OWNERSHIP_PATTERNS } from '../lexicon/phrases.ts';

// A phrase counts only where it opens a clause the author is the subject of: at the start, after
// a sentence break, a semicolon, a label, "I" or a leading "As a ..., ". Mid-clause ("a tool that
// helped customers cut costs") the phrase belongs to someone else.
// "I was hired as a contractor to help ...", "Brought on to assist with ...": being hired *to* help
// is the work handed to you (the seed: "These phrases imply you were handed work"). Only the author
// being hired (passive, or "Hired as/to" opening the line): "Hired two analysts to help close the
// books" is the author's own act, and the helping is theirs.
const HIRED_TO = String.raw`(?:\b(?:was|were|been|got)\s+|^)(?:hired|brought\s+(?:on|in)|contracted|recruited|employed|engaged)\s+(?:as\s+[^.;,]{1,40}?\s+)?to\s+`;
const CLAUSE_START = String.raw`(?:^|[.;!?•|/]\s*|:\s+|\bI\s+(?:was\s+|am\s+)?|^[^,.;]{0,40}?,\s+|(?:,|\s[-–—])\s+(?=contributing)|\band\s+(?:was\s+|also\s+)?|${HIRED_TO})`;
const PATTERN = new RegExp(`${CLAUSE_START}(${WEAK_OWNERSHIP_PATTERNS.join('|')})(?![\\p{L}])|()(${WEAK_OWNERSHIP_ANYWHERE.join('|')})(?![\\p{L}])`, 'giu');
// "Supported Azure Kubernetes Service", "Supported Finance and HR": support of a named system, team
// or product is standing near it (RULES.md judgment notes: "Supported the ..."), like "supported
// the"; the capital marks a name. Case-sensitive, so the name must really be capitalised.
const SUPPORTED_NAME = new RegExp(`(?:^|[.;!?•|]\\s*|\\bI\\s+)([Ss]upport(?:ed|s)?)(?= \\p{Lu})`, 'gu');
// "helped customers cut costs": helped + a beneficiary + a verb is a result, not a role (also the
// bare form: "hired to help customers migrate").
const HELPED_SOMEONE = /^help(?:ed|ing|s)?\s+(?:our\s+|the\s+|\d[\d,]*\s+|many\s+|over\s+\S+\s+)?(?:customers?|clients?|users?|patients?|students?|teams?|companies|businesses|merchants|partners|members|people|families|startups|organi[sz]ations|colleagues|stakeholders)\b/i;

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
    SUPPORTED_NAME.lastIndex = 0;
    for (let m = SUPPORTED_NAME.exec(text); m; m = SUPPORTED_NAME.exec(text)) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      if (!out.some((f) => f.start < end && start < f.end)) out.push({ start, end, message: `"${m[1]}" says you were near the work, not that you owned it.` });
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
