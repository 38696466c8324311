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

// General patterns (each with a line that must be flagged and one that must not).
ruleTester('no-outcome', {
  valid: [
    'Improved onboarding completion by 40%',
    // "drive" states a result when what it drove is a business measure or growth.
    'Drove adoption of the self-serve plan among 300 small businesses',
    'Driving sales through the partner channel',
    'Redesigned intake forms, saving patients 10 minutes per visit',
    'Provided weekly follow-up calls to help elderly patients avoid readmission',
    // A purpose whose object is a list of gains.
    'Refactored the checkout to improve speed, reliability, and accessibility',
    // An adverb of degree marks a result clause without a comma.
    'Introduced feature flags across the web app significantly reducing rollback incidents',
    'Audited supplier invoices and contributed to cash flow improvements',
    // "ensuring" someone's gain (the seed: "ensuring zero downtime during peak marketing campaigns").
    'Coordinated the cutover weekend, ensuring zero downtime for store checkouts',
    // "for <people> to <verb>": what the work lets someone do.
    'Built a booking page for tutors to publish their weekly availability',
    // Adoption of a thing the author launched is a result.
    'Launched a meditation app that reached 500K+ downloads in six months',
    'Wrote scripts to help users recover deleted files',
    'Ran code reviews to significantly raise release quality',
    'Coached two analysts to reach senior level',
    'Ran weekly pipeline reviews to help account managers hit their targets',
    'Hardened the admin console to enhance account security',
    // An infinitive spelled like its past tense is still an infinitive.
    'Rebuilt the returns flow to cut churn',
    // "let <role> <verb>" like "allowing users to".
    'Built an intake form to let nurses log shifts',
  ],
  invalid: [
    // "used by N" is the product's reach, not a change the work made.
    { text: 'Maintained and improved a budgeting app used by 40,000 households', errors: [{}] },
    // "drove" an activity says what the author led, not what it changed.
    { text: 'Drove platform development for three regional brands', errors: [{}] },
    // People met "with" are collaborators in the method, not beneficiaries.
    { text: 'Designed intake forms by interviewing nurses, meeting with patients, and reviewing workflows', errors: [{}] },
    // "to" before an adjective is the preposition: no purpose.
    { text: 'Provided weekly follow-up calls to elderly patients after discharge', errors: [{}] },
    { text: 'Ran the hiring loop from sourcing for senior candidates to final offers', errors: [{}] },
    { text: 'Refactored the checkout to improve code structure, naming, and test layout', errors: [{}] },
    { text: 'Introduced feature flags across the web app and the admin console', errors: [{}] },
    { text: 'Audited supplier invoices and contributed to the monthly close', errors: [{}] },
    { text: 'Wrote the migration scripts, ensuring clean and maintainable code', errors: [{}] },
    { text: 'Built a booking page for the tutoring website', errors: [{}] },
    // A measure the product has ("with 500K+ downloads") is reach.
    { text: 'Maintained a meditation app with 500K+ downloads', errors: [{}] },
    // "user account data" names machinery, not a beneficiary.
    { text: 'Wrote scripts to migrate user account data to the new schema', errors: [{}] },
    { text: 'Ran code reviews to significantly reshape the module layout', errors: [{}] },
    { text: 'Coached junior analysts on SQL style', errors: [{}] },
    { text: 'Ran weekly pipeline reviews to help account managers tidy their notes', errors: [{}] },
    // An -ing word that is a list item ("marketing, and sales") is a noun, not a result clause.
    { text: 'Worked with designers, marketing, and sales to plan the spring catalogue', errors: [{}] },
    { text: 'Hardened the admin console to enhance code readability', errors: [{}] },
    { text: 'Wrote a script to set up staging databases', errors: [{}] },
    { text: 'Built an intake form for the night shift', errors: [{}] },
  ],
});
