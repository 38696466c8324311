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

// General patterns (each with a line that must be flagged and one that must not).
ruleTester('tech-first', {
  valid: [
    // A gerund opening is judged as a verb: "Covering" is not implementation, whatever follows.
    'Covering platform partnerships in the DACH region',
    // Spaced spellings of hyphenated names count, but a business outcome still rescues the line.
    'Rebuilt the front end in Svelte, lifting checkout conversion by 9%',
    // Vendors are technologies; a decision with a business effect is still not tech-first.
    'Negotiated a Cisco hardware refresh that saved $180K in licence fees',
    // The machinery must be the head of the object: this line is about a budget.
    'Managed the AWS infrastructure budget for two regions',
    // A trade-off with a business reason.
    'Chose ClickHouse over Postgres to cut reporting costs by $40K a year',
    // Led by a measured change to the machine, naming kinds of machinery but no technology by name:
    // system-metric speaks, not tech-first.
    'Reduced checkout API latency by 45% by adding caching and connection pooling',
    // Implementation as a noun needs a named technology: this is about features.
    'Spearheaded the development of new onboarding features for the mobile app',
    // A title whose third word names a department is not led by machinery.
    'Head of Platform Engineering for the EMEA region, setting hiring and review standards',
    // A later sentence led by implementation, but the bullet states a business outcome.
    'Led the quarterly planning for the data group. Rewrote the ingestion service in Rust, cutting cloud costs by 22%.',
    // People as the beneficiaries of a purpose.
    'Built a Go service to let users export their invoices',
    // An opening pronoun: the verb after it leads, here a trade-off with a business reason.
    'I chose Airflow over cron to cut failed payouts by 30%',
  ],
  invalid: [
    { text: 'Integrating Kafka consumers into the order service', errors: [{}] },
    { text: 'Worked as a full stack developer on an Elixir application', errors: [{}] },
    { text: 'Configured Cisco switches and firewalls for the branch offices', errors: [{}] },
    // Any verb whose object is named machinery: "Administered Linux servers", "Own a platform spanning Kubernetes".
    { text: 'Administered Linux servers across three data centres', errors: [{}] },
    // A trade-off argued only by a machine measure does not rescue the line.
    { text: 'Cut query latency by 35% by using ClickHouse instead of Postgres', errors: [{}] },
    // "<kind of> testing/development/migration" after any verb, with a named technology.
    { text: 'Performed load testing on the Redis cluster before each release', errors: [{}] },
    { text: 'Backend services in Go for the ledger team', errors: [{}] },
    // Every sentence of a multi-sentence bullet can lead with implementation.
    { text: 'Led the quarterly planning for the data group. Rewrote the ingestion service in Rust.', errors: [{}] },
    // A word for people that modifies machinery ("user profile data", "sales dashboard") names the
    // machine, not whom it served.
    { text: 'Wrote a Go service to sync user profile data between regions', errors: [{}] },
    { text: 'Built a sales dashboard in Tableau', errors: [{}] },
    // The verb after an opening "I"/"We" leads the sentence (the seed's bad example: "I built this using Kubernetes").
    { text: 'We migrated the billing jobs to Airflow', errors: [{}] },
  ],
});
