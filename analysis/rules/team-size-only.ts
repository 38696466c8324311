import { both, defineBulletRule } from './rule.ts';
import { PEOPLE_NOUNS } from '../lexicon/metrics.ts';

const PEOPLE = PEOPLE_NOUNS.map((p) => p.replace(/[.'*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const COUNT = String.raw`(?:\d[\d,]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens of|several|hundreds of)`;
const HEADCOUNT = new RegExp(
  String.raw`\b(?:(?:team|group|squad|staff|organi[sz]ation|unit|department|crew|pod)s?\s+of\s+(?:around\s+|about\s+|over\s+|up to\s+)?${COUNT}(?:\s+[\w'-]+){0,3}?(?:\s+(?:${PEOPLE}))?|${COUNT}[-\s](?:person|member|people|engineer|developer)(?:[-\s][\w-]+)?[-\s](?:team|squad|group|unit|org)|${COUNT}(?:\s+[\w'-]+){0,2}?\s+(?:${PEOPLE}))\b`,
  'i',
);
// The headcount must be what the author led: the object of a leadership verb, a few words after it.
const LEADS = /\b(?:led|lead|leading|managed|manage|manages|managing|supervised|supervise|supervising|directed|directing|headed|heading|oversaw|oversee|overseeing|mentored|mentoring|mentor|coached|coaching|guided|guiding|captained|hired|hiring|built|grew|ran|running|enabled|formed|assembled|commanded)\s+(?:(?:a|an|the|my|our|direct|distributed|remote|global|small|new|[\w]+-[\w-]+)\s+){0,3}$/i;
const LEAD_IN_CLAUSE = /\b(?:led|managed|supervised|directed|headed|oversaw|mentored|coached|guided|captained|hired|managing|leading|supervising|mentoring)\b/i;
// A result for the team's work: a stated effect, or a purpose that changes something.
const TEAM_RESULT = /\bto\s+(?:\w+ly\s+)?(?:achieve|reach|strengthen|raise|increase|reduce|cut|grow|improve|boost|save|lower|deliver|launch|ship|win|double|recover|prevent|eliminate|accelerate|exceed|hit|meet)\b|[,;—]\s*(?!including\b)[a-z]+ing\b[^.;]{0,40}\d/i;

export default defineBulletRule({
  id: 'team-size-only',
  name: 'Team size only',
  category: 'ownership',
  severity: both('warning'),
  penalty: both(15),
  message: 'States leadership as headcount, with no result.',
  why: 'The seed: "\'Led a team of 5 engineers\' is weak. \'Directed a cross-functional squad to launch Feature X, resulting in a 12% increase in Day-30 retention\' is strong." Say what the team shipped and what it changed.',
  check({ text, outcome }) {
    const m = HEADCOUNT.exec(text);
    if (!m) return [];
    // The leader's verb stands earlier in the same clause ("Led, mentored, and coached three teams of
    // ..."); a headcount after "for"/"at" sizes an organisation, not a team the author led.
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const clause = before.slice(before.search(/[^.;]*$/));
    if (!LEADS.test(before) && !LEAD_IN_CLAUSE.test(clause)) return [];
    if (/\b(?:for|at|in|across|with|by|of|among|to|from)\s+(?:a|an|the)?\s*$/i.test(before)) return [];
    if (outcome.result || TEAM_RESULT.test(text)) return [];
    return [{ start: m.index, end: m.index + m[0].length }];
  },
});

