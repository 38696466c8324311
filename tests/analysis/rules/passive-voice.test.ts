// RULES.md `passive-voice`: be/get + past participle hiding the actor.
import { ruleTester } from '../rule-tester.ts';

ruleTester('passive-voice', {
  valid: [
    // Judgment notes: the actor is named; no be/get; adjectives after "be".
    'Built an internal analytics tool that was adopted by three teams',
    'Promoted to lead',
    'Promoted to team lead after 18 months',
    'Selected for the company\'s emerging leaders program',
    'Was responsible for payroll for 200 staff',
    'Based in Berlin, managed key accounts across the DACH region',
    'Mentored interns interested in data science careers',
    'Redesigned the API to cut latency',
    'Cut onboarding time from 10 days to 3 by rewriting the setup guide',
    'Led the migration of 40 services to Kubernetes',
  ],
  invalid: [
    { text: 'The API was redesigned to cut latency', errors: [{ span: 'was redesigned' }] },
    { text: 'Legacy services were migrated to AWS over two quarters', errors: [{ span: 'were migrated' }] },
    // RULES.md names the construction "has been reduced": the span is the whole verb group.
    { text: 'Customer churn has been reduced by 15% since launch', errors: [{ span: 'has been reduced' }] },
    { text: 'Got promoted to senior analyst within a year', errors: [{ span: 'Got promoted' }] },
    // "by me" is the author's own action turned passive.
    { text: 'The quarterly report was managed by me', errors: [{ span: 'was managed' }] },
    { text: 'Onboarding emails were rewritten, lifting activation 6%', errors: [{ span: 'were rewritten' }] },
    { text: 'Dashboards are maintained weekly for the sales team', errors: [{ span: 'are maintained' }] },
    // "by 40%" is a quantity, not an actor.
    { text: 'Checkout errors were cut by 40% after the release', errors: [{ span: 'were cut' }] },
  ],
});
