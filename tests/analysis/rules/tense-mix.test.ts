// RULES.md `tense-mix` (document): a past role's bullets in present tense, or a current role mixing tenses.
import { ruleTester } from '../rule-tester.ts';

const position = (company: string, title: string, dates: string, bullets: string[]) =>
  [`${company} | ${title} | ${dates}`, ...bullets.map((b) => `• ${b}`), ''].join('\n');
const resume = (...positions: string[]) => ['EXPERIENCE', '', ...positions].join('\n');

const PAST_ALL_PAST = position('Fabrikam', 'Product Analyst', 'Jan 2018 - Dec 2020', [
  'Built the weekly revenue forecast, cutting planning time by 30%',
  'Negotiated freight rates with three carriers, saving $90K a year',
]);

ruleTester(
  'tense-mix',
  {
    valid: [
      resume(PAST_ALL_PAST),
      // A current role in the present tense throughout.
      resume(
        position('Northwind', 'Product Manager', 'Mar 2021 - Present', [
          'Lead pricing experiments that lift trial conversion by 8% a quarter',
          'Own the checkout roadmap for 3 markets, cutting cart abandonment 11%',
        ]),
        PAST_ALL_PAST,
      ),
      // A current role in the past tense throughout is consistent too.
      resume(
        position('Northwind', 'Product Manager', 'Mar 2021 - Present', [
          'Launched usage-based pricing, growing expansion revenue 22%',
          'Killed two low-margin add-ons, saving $150K a year',
        ]),
        PAST_ALL_PAST,
      ),
    ],
    invalid: [
      {
        text: resume(
          position('Fabrikam', 'Product Analyst', 'Jan 2018 - Dec 2020', [
            'Built the weekly revenue forecast, cutting planning time by 30%',
            'Manage the vendor scorecard for 40 suppliers, lowering late deliveries by 12%',
            'Negotiated freight rates with three carriers, saving $90K a year',
          ]),
        ),
        errors: [{ span: 'Manage', message: /past role/i }],
      },
      // The current role mixes tenses: the minority tense is flagged.
      {
        text: resume(
          position('Northwind', 'Product Manager', 'Mar 2021 - Present', [
            'Lead pricing experiments that lift trial conversion by 8% a quarter',
            'Own the checkout roadmap for 3 markets, cutting cart abandonment 11%',
            'Negotiated a reseller deal worth $2M in annual revenue',
          ]),
          PAST_ALL_PAST,
        ),
        errors: [{ span: 'Negotiated' }],
      },
    ],
  },
  { mode: 'document' },
);
