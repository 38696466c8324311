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
