// RULES.md `jargon-heavy` (document): more than a fifth of the content words are technology terms.
import { ruleTester } from '../rule-tester.ts';

const position = (company: string, title: string, dates: string, bullets: string[]) =>
  [`${company} | ${title} | ${dates}`, ...bullets.map((b) => `• ${b}`), ''].join('\n');
const resume = (...positions: string[]) => ['EXPERIENCE', '', ...positions].join('\n');

const TECH_DENSE = resume(
  position('Initech', 'Backend Engineer', 'Jan 2019 - Dec 2022', [
    'Built microservices in Go and Java with gRPC, Kafka and Redis on Kubernetes',
    'Migrated MySQL and MongoDB clusters to AWS RDS and DynamoDB using Terraform and Ansible',
    'Set up Jenkins, Docker, Helm and Prometheus with Grafana dashboards for the Spring Boot services',
    'Wrote Python and Bash scripts with Airflow, Spark and Snowflake for the ETL jobs',
  ]),
);

const PRODUCT_LED = resume(
  position('Initech', 'Product Engineer', 'Jan 2019 - Dec 2022', [
    'Chose a vendor checkout over a custom build, shipping payments six weeks earlier for 200 merchants',
    'Interviewed 30 store owners and killed two features nobody used, freeing a quarter of the roadmap',
    'Ran a pricing experiment on the annual plan that raised upgrades by 14% without hurting retention',
    'Directed a four-person squad to launch invoicing, resulting in a 9% drop in support tickets',
  ]),
);

ruleTester(
  'jargon-heavy',
  {
    valid: [
      PRODUCT_LED,
      // One technology per line, among outcomes, is well under a fifth.
      resume(
        position('Initech', 'Product Engineer', 'Jan 2019 - Dec 2022', [
          'Moved reporting to Snowflake so finance could close the books two days earlier each month',
          'Rebuilt the onboarding checklist in React, raising week-one activation from 41% to 55% for new accounts',
          'Killed the legacy mobile app after interviewing 25 customers, saving $300K a year in maintenance',
        ]),
      ),
    ],
    invalid: [{ text: TECH_DENSE, errors: [{ message: /technolog/ }] }],
  },
  { mode: 'document' },
);

ruleTester('jargon-heavy', { valid: [], invalid: [{ text: TECH_DENSE, errors: [{}] }] }, { mode: 'document', lens: 'engineer' });
