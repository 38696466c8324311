// RULES.md `no-metric`: nothing quantified. Dates, years, durations, versions and model names are not quantities.
import { ruleTester } from '../rule-tester.ts';

ruleTester('no-metric', {
  valid: [
    'Cut support tickets by 30% with an in-app help center',
    'Grew the newsletter to 12,000 subscribers',
    'Reduced AWS spend by $40K a year',
    'Shipped 3x more releases per quarter after moving to trunk-based development',
    // Spelled quantities.
    'Doubled trial-to-paid conversion by redesigning the onboarding emails',
    'Halved month-end close time by automating reconciliations',
    'Mentored three junior designers through their first launches',
    // Judgment notes: "hundreds", "several hundred", "a dozen" are quantities.
    'Onboarded hundreds of small merchants onto the new billing flow',
    'Onboarded several hundred merchants onto the new billing flow',
    'Hired a dozen support agents for the EMEA launch',
    // Team size counts as a quantity (team-size-only judges it).
    'Led a team of 5 engineers',
    // A count right after the opening verb is still a count, not a version or a name.
    'Sold 40 enterprise licences in the first quarter',
    'Answered 50 support calls a day for the EU help desk',
    // "2,000" is a count, not the year 2000.
    'Recruited 2,000 beta testers for the new budgeting app',
  ],
  invalid: [
    { text: 'Built a React dashboard', errors: [{ span: 'Built a React dashboard' }] },
    { text: 'Migrated the analytics stack to Python 3', errors: [{ span: 'Migrated the analytics stack to Python 3' }] },
    { text: 'Launched the iPhone 12 trade-in flow for retail stores', errors: [{}] },
    { text: 'Upgraded the fleet to Windows 10 across the Denver office', errors: [{}] },
    { text: 'Redesigned the returns process in Jan 2020', errors: [{ span: 'Redesigned the returns process in Jan 2020' }] },
    { text: 'Managed social media accounts for a local bakery from 2019 to 2021', errors: [{}] },
    { text: 'Worked at Deloitte for 3 years as an audit associate', errors: [{}] },
    // Ordinals and "single" are not quantities.
    { text: 'Became the first designer on the growth team', errors: [{}] },
    { text: 'Led the single sign-on rollout for the sales org', errors: [{}] },
    { text: 'Wrote weekly release notes for the mobile app.', errors: [{ span: 'Wrote weekly release notes for the mobile app' }] },
  ],
});
