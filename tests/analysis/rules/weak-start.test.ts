// RULES.md `weak-start`: the line does not open with an action verb.
import { ruleTester } from '../rule-tester.ts';

ruleTester('weak-start', {
  valid: [
    'Killed the legacy reporting module, saving $400K a year',
    'Negotiated volume discounts with three freight carriers, cutting shipping costs 11%',
    'Cut onboarding time by 30% with a guided setup checklist',
    // Present tense is fine for a current role (tense-mix judges tense).
    'Lead quarterly planning for the growth squad',
    'Design onboarding experiments for new merchants, lifting activation 5%',
    // Hyphenated past-tense verbs are action verbs.
    'Co-founded a tutoring nonprofit that served 300 students',
    'Co-authored a workshop paper on type inference, accepted at PLDI 2023',
    'Re-architected the billing pipeline, cutting failed invoices by 30%',
    'A/B tested two onboarding emails, lifting activation 6%',
    // The seed's agency verbs.
    'Initiated a churn-interview program that cut cancellations by 9%',
    'Defined the pricing tiers for the 2023 self-serve launch',
    'Prioritized the enterprise SSO backlog, unblocking $1.1M in renewals',
    // weak-ownership reports its phrase once.
    'Responsible for the release calendar across 4 product lines',
    'Tasked with rebuilding the supplier scorecard',
    'Helped launch a loyalty program across 12 stores',
    // Two present-tense verbs joined by "and": the second only looks like a noun suffix
    // (-ment, -ship, -ure), it is not "Design and implementation of".
    'Design and implement the returns flow for the mobile storefront',
    'Build and ship pricing experiments for the self-serve plan',
    'Plan and measure the quarterly referral campaign',
    // A verb split in two by a typo or the tokenizer.
    'Trouble shot point-of-sale terminals for 8 branch offices',
  ],
  invalid: [
    // "Worked as / at" is a plain weak-start.
    { text: 'Worked as a barista at a busy campus café', errors: [{ span: 'Worked' }] },
    { text: 'Development of a new billing module for 200 clinics', errors: [{ span: 'Development' }] },
    { text: 'Managing vendor relationships for the Berlin office', errors: [{ span: 'Managing' }] },
    { text: 'Strong communicator who ran weekly stakeholder updates', errors: [{ span: 'Strong' }] },
    { text: 'Did quarterly inventory counts for the warehouse', errors: [{ span: 'Did' }] },
    { text: 'Made weekly sales reports for the regional manager', errors: [{ span: 'Made' }] },
    { text: 'Handled customer complaints over phone and email', errors: [{ span: 'Handled' }] },
    { text: 'Used Excel to track inventory across 4 stores', errors: [{ span: 'Used' }] },
    { text: 'Utilized Salesforce to log 50 sales calls a week', errors: [{ span: 'Utilized' }] },
    { text: 'Was the point of contact for 14 wholesale accounts', errors: [{ span: 'Was' }] },
    // Judgment notes: a label before the verb, an opening pronoun.
    { text: 'Leadership: Led the migration of 40 services to Kubernetes', errors: [{ span: 'Leadership' }] },
    { text: 'Impact: Grew newsletter signups by 35% in one quarter', errors: [{ span: 'Impact' }] },
    { text: 'I prioritized a scalable infrastructure to support a projected 300% user growth', errors: [{ span: 'I' }] },
    { text: 'The API was redesigned to cut latency', errors: [{ span: 'The' }] },
    // The noun phrase stays a weak start when "of" follows.
    { text: 'Design and management of the partner onboarding program', errors: [{ span: 'Design' }] },
    { text: 'Design and structure of the loyalty points ledger', errors: [{ span: 'Design' }] },
    // A prepositional label before the verb ("As a ..., ", "In my role as ...").
    { text: 'As a junior analyst, built the weekly churn report for the CFO', errors: [{ span: 'As' }] },
    { text: 'In the role of shift lead, cut closing time by 20 minutes', errors: [{ span: 'In' }] },
    // Verbs of a state the author came into, like "Was".
    { text: 'Became the main contact for wholesale returns', errors: [{ span: 'Became' }] },
    { text: 'Fell into a QA role after the spring release', errors: [{ span: 'Fell' }] },
  ],
});
