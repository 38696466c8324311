// RULES.md `team-size-only`: leadership stated as the headcount the author led, with no result.
import { ruleTester } from '../rule-tester.ts';

ruleTester('team-size-only', {
  valid: [
    'Directed a cross-functional squad to launch Feature X, resulting in a 12% increase in Day-30 retention',
    'Led a team of 5 engineers to ship a self-serve onboarding flow that cut time-to-value by 40%',
    'Managed 12 people across two shifts, cutting order errors by 30%',
    // Counts that are not people the author led.
    'Sold 40 enterprise licences in the first quarter',
    'Trained 200 customers on the new reporting tool',
    'Led the migration of 40 services to Kubernetes',
    'Recruited 2,000 beta testers for the new budgeting app',
  ],
  invalid: [
    { text: 'Led a team of 5 engineers', errors: [{ span: 'team of 5 engineers' }] },
    { text: 'Managed 12 people', errors: [{ span: '12 people' }] },
    { text: 'Supervised a staff of 20 cashiers and stockers', errors: [{}] },
    { text: 'Mentored four junior developers', errors: [{ span: 'four junior developers' }] },
    { text: 'Headed a 6-person design team', errors: [{ span: '6-person design team' }] },
    { text: 'Oversaw a group of 15 volunteers at the food bank', errors: [{}] },
  ],
});

// General patterns (each with a line that must be flagged and one that must not).
ruleTester('team-size-only', {
  valid: [
    // After "with", only a named team counts, and only under a verb of running people.
    'Led onboarding workshops with 40 new hires',
    // A whole-word preposition still sizes something the author did not lead.
    'Ran training for a team of 8 support agents',
    'Managed 14 sales representatives, growing territory revenue by 18%',
    'Led a team of 4 engineers to build a partner portal, cutting partner onboarding from 10 days to 2',
  ],
  invalid: [
    // "Led X with a team of N": the team the author ran the work with.
    { text: 'Led the payments migration with a team of 6 engineers', errors: [{ span: 'team of 6 engineers' }] },
    // A hyphen-joined "-for" is part of a verb, not a preposition.
    { text: 'Led, hired and cared-for a team of 8 support agents', errors: [{}] },
    // A number that counts people is a headcount, never a business result, whatever noun follows.
    { text: 'Managed 14 sales representatives across two territories', errors: [{ span: '14 sales representatives' }] },
    // The items of an "including" list are what was built, not a result.
    { text: 'Led a team of 4 engineers to build a partner portal, including search, billing pages, and reporting in 3 months', errors: [{}] },
  ],
});
