import { both, defineBulletRule } from './rule.ts';
import { PEOPLE_NOUNS } from '../lexicon/metrics.ts';

const PEOPLE = PEOPLE_NOUNS.map((p) => p.replace(/[.'*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const COUNT = String.raw`(?:\d[\d,]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens of|several|hundreds of)`;
const HEADCOUNT = new RegExp(
  String.raw`\b(?:(?:team|group|squad|staff|organi[sz]ation|unit|department|crew|pod)s?\s+of\s+(?:around\s+|about\s+|over\s+|up to\s+)?${COUNT}(?:\s+[\w'-]+){0,3}?(?:\s+(?:${PEOPLE}))?|${COUNT}[-\s](?:person|member|people|engineer|developer)(?:[-\s][\w-]+)?[-\s](?:team|squad|group|unit|org)|${COUNT}(?:\s+[\w'-]+){0,2}?\s+(?:${PEOPLE}))\b`,
  'gi',
);
const TEAM_NOUN = /\b(?:team|teams|squad|squads|group|groups|staff|crew|crews|pod|pods|unit|units|department|org)\b/i;
/** Verbs of running people (not building or hiring them): "Led X with a team of 4". */
const STRICT_LEAD = /\b(?:led|lead|leading|managed|manage|managing|supervised|supervising|directed|directing|headed|heading|oversaw|overseeing|ran|running|captained|commanded)\b/i;
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
    // The items of an "including" / "such as" list are what was built, not what it changed: ", including
    // search, landing pages, and content pages in 4 months" holds no result clause.
    if (outcome.result || TEAM_RESULT.test(text.replace(/\b(?:including|such as)\b[^.;]*/gi, ''))) return [];
    // Every headcount in the line, not only the first: "Managed 2 projects and several releases with
    // a 50+ member team" names its team after another count.
    HEADCOUNT.lastIndex = 0;
    for (let m = HEADCOUNT.exec(text); m; m = HEADCOUNT.exec(text)) {
      // The leader's verb stands earlier in the same clause ("Led, mentored, and coached three teams of
      // ..."); a headcount after "for"/"at" sizes an organisation, not a team the author led.
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      const clause = before.slice(before.search(/[^.;]*$/));
      if (!LEADS.test(before) && !LEAD_IN_CLAUSE.test(clause)) continue;
      // Whole-word prepositions only: "architected-for three teams" is a verb, not "for".
      const prep = /(?:^|\s)(for|at|in|across|with|by|of|among|to|from)\s+(?:a|an|the)?\s*$/i.exec(before)?.[1]?.toLowerCase();
      // "Led the migration with a team of 4", "Managed releases with a 50+ member team": a team the
      // author ran the work with. "Led workshops with 40 students" counts an audience, not a team, so
      // after "with" only a headcount that names a team counts, and only under a verb of running people.
      const withTeam = prep === 'with' && STRICT_LEAD.test(clause) && (TEAM_NOUN.test(m[0]) || /^\s*(?:team|squad|group|crew|staff)\b/i.test(text.slice(m.index + m[0].length)));
      if (prep && !withTeam) continue;
      return [{ start: m.index, end: m.index + m[0].length }];
    }
    return [];
  },
});
