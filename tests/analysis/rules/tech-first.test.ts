// RULES.md `tech-first`: about technology, not a decision; no business outcome follows.
import { ruleTester } from '../rule-tester.ts';

ruleTester('tech-first', {
  valid: [
    // Technology framed as a trade-off with a business reason.
    'Chose React over Angular to reduce time-to-market by 3 weeks, enabling earlier user feedback on the core workflow.',
    'Picked Stripe over Adyen so the EU launch could ship two months earlier',
    // A user or business outcome follows the technology.
    'Built a Tableau dashboard that let store managers cut overtime by 12%',
    'Cut page load time 40%, raising checkout conversion by 6%',
    // No technology at all.
    'Negotiated a three-year contract with a new logistics vendor, saving $2M',
    'Directed a cross-functional squad to launch Feature X, resulting in a 12% increase in Day-30 retention',
    'Killed the legacy reporting module, saving $400K a year',
    // Writing about a product is not implementation, and names no technology.
    'Wrote weekly release notes for the mobile app',
  ],
  invalid: [
    { text: 'Built a React dashboard', errors: [{}] },
    { text: 'Migrated to microservices using Kubernetes', errors: [{}] },
    { text: 'Developed REST APIs with Node.js and PostgreSQL', errors: [{}] },
    // A technical purpose does not rescue it.
    { text: 'Wrote a Python script to store the nightly exports in S3', errors: [{}] },
    { text: 'Implemented CI/CD pipelines with Jenkins and Docker', errors: [{}] },
    { text: 'Set up Kafka and Spark Streaming to process clickstream events', errors: [{}] },
    // Led by named technologies.
    { text: 'Kubernetes and Terraform for infrastructure automation across three environments', errors: [{}] },
  ],
});

ruleTester(
  'tech-first',
  {
    valid: ['Chose Postgres over MongoDB to cut reporting costs by $50K a year'],
    // The engineer lens changes severity and weight, never whether the rule fires.
    invalid: [{ text: 'Built a React dashboard', errors: [{}] }],
  },
  { lens: 'engineer' },
);
