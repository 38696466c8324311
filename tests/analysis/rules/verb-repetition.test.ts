// RULES.md `verb-repetition` (document): one opening verb starts more than two bullets.
import { ruleTester } from '../rule-tester.ts';

const position = (company: string, title: string, dates: string, bullets: string[]) =>
  [`${company} | ${title} | ${dates}`, ...bullets.map((b) => `• ${b}`), ''].join('\n');
const resume = (...positions: string[]) => ['EXPERIENCE', '', ...positions].join('\n');

const THREE_BUILT = resume(
  position('Acme Health', 'Product Engineer', 'Jan 2019 - Dec 2022', [
    'Built a patient intake flow that cut check-in time by 40%',
    'Built the referral tracker used by 30 clinics',
    'Built a scheduling assistant, reducing no-shows by 12%',
  ]),
);

ruleTester(
  'verb-repetition',
  {
    valid: [
      // Twice is fine.
      resume(
        position('Acme Health', 'Product Engineer', 'Jan 2019 - Dec 2022', [
          'Built a patient intake flow that cut check-in time by 40%',
          'Built the referral tracker used by 30 clinics',
          'Negotiated a pharmacy partnership that added $1.2M in annual revenue',
        ]),
      ),
      // The verb inside the line does not count; a different verb with the same stem does not either.
      resume(
        position('Acme Health', 'Product Engineer', 'Jan 2019 - Dec 2022', [
          'Built a patient intake flow that cut check-in time by 40%',
          'Chose a vendor API over a custom build, shipping e-prescriptions 2 months early',
          'Rebuilt the referral tracker, doubling referrals from partner clinics',
          'Built a scheduling assistant, reducing no-shows by 12%',
        ]),
      ),
    ],
    invalid: [
      { text: THREE_BUILT, errors: [{ span: 'Built', message: /opens 3 bullets/ }] },
      // Across positions, the whole document counts.
      {
        text: resume(
          position('Globex', 'Engineering Manager', 'Mar 2021 - Present', [
            'Led the pricing page redesign, lifting trial sign-ups by 15%',
            'Led quarterly planning for two product squads, cutting carry-over work by 30%',
          ]),
          position('Initech', 'Senior Engineer', 'Jan 2017 - Feb 2021', [
            'Led the move to usage-based billing, growing expansion revenue 22%',
            'Cut cloud spend by $200K a year by retiring unused environments',
          ]),
        ),
        errors: [{ span: 'Led' }],
      },
    ],
  },
  { mode: 'document' },
);

// The same list pasted as plain lines still repeats itself.
ruleTester(
  'verb-repetition',
  {
    valid: ['Built a patient intake flow that cut check-in time by 40%\nBuilt the referral tracker used by 30 clinics'],
    invalid: [
      {
        text: 'Built a patient intake flow that cut check-in time by 40%\nBuilt the referral tracker used by 30 clinics\nBuilt a scheduling assistant, reducing no-shows by 12%',
        errors: [{ span: 'Built' }],
      },
    ],
  },
  { mode: 'lines' },
);
