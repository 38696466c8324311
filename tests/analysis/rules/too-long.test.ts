// RULES.md `too-long`: more than 30 words.
import { ruleTester } from '../rule-tester.ts';

const words = (n: number, lead = 'Launched') => [lead, ...Array.from({ length: n - 1 }, (_, i) => `step${i + 1}`)].join(' ');

const THIRTY =
  'Chose a phased rollout over a big-bang launch for the new billing system, moving 40 enterprise accounts in six weeks and cutting invoice disputes by 18% in the first quarter';
const THIRTY_ONE = `${THIRTY} alone`;

ruleTester('too-long', {
  valid: [
    'Killed the legacy reporting module, saving $400K a year',
    THIRTY,
    words(30),
    'Directed a cross-functional squad to launch Feature X, resulting in a 12% increase in Day-30 retention',
  ],
  invalid: [
    { text: THIRTY_ONE, errors: [{ message: /31 words/ }] },
    { text: words(31), errors: [{ message: /31 words/ }] },
    {
      text: 'Prepared ETL mapping documents for every mapping and data migration document for smooth transfer of the project from development to testing and then to production, and performed unit and system testing to validate loads.',
      errors: [{}],
    },
  ],
});
