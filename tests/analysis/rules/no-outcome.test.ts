// RULES.md `no-outcome`: an action with no result or purpose for someone.
import { ruleTester } from '../rule-tester.ts';

ruleTester('no-outcome', {
  valid: [
    'Redesigned the checkout flow, resulting in a 9% lift in conversion',
    // Judgment notes: a purpose or effect for someone is an outcome even without a number.
    'Introduced a plagiarism checker to prevent cheating on take-home exams',
    'Built a self-serve returns portal allowing customers to print labels without calling support',
    'Rewrote the onboarding emails, which cut first-month churn',
    'Automated invoice matching so that the finance team closes the books two days earlier',
    'Picked Stripe over Adyen so the EU launch could ship two months earlier',
    'Chose React over Angular to reduce time-to-market by 3 weeks, enabling earlier user feedback on the core workflow.',
    'Trained 40 nurses on the new charting system, saving each about an hour per shift',
    // A measured change to a system is a result: system-metric speaks, no-outcome stays quiet.
    'Reduced API latency by 50%',
    'optimized database queries by 40%',
    // Headcount with no result: team-size-only speaks, no-outcome stays quiet.
    'Led a team of 5 engineers',
    'Managed 12 people',
  ],
  invalid: [
    { text: 'Built a React dashboard', errors: [{ span: 'Built a React dashboard' }] },
    // A purely technical purpose is not an outcome.
    { text: 'Wrote a script to store the nightly exports in S3', errors: [{}] },
    { text: 'Refactored the billing service to comply with REST conventions', errors: [{}] },
    // The reach of a product someone merely worked on is not an outcome of their work.
    { text: 'Developed features for a fitness app used by 120k users', errors: [{}] },
    { text: 'Conducted user interviews and usability tests for the new onboarding flow', errors: [{}] },
    { text: "Managed the company's Instagram and TikTok accounts", errors: [{}] },
    { text: 'Responsible for managing the vendor migration', errors: [{ span: 'Responsible for managing the vendor migration' }] },
    { text: 'Worked as a barista at a busy campus café', errors: [{}] },
    // A count of the things made is not an effect on the people they were made for.
    { text: 'Designed two onboarding flows for new merchants', errors: [{}] },
  ],
});
