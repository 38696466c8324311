// RULES.md `system-metric`: the only metric measures the machine.
import { ruleTester } from '../rule-tester.ts';

ruleTester('system-metric', {
  valid: [
    // The same line names what users or the business got.
    'Cut page load time 40%, raising checkout conversion by 6%',
    'Reduced query latency by 60%, cutting churn among enterprise customers by 8%',
    'Optimized database queries, saving $30K a year in hosting costs',
    // The metric is not about the machine.
    'Grew monthly revenue by 25% through a pricing experiment',
    'Killed the legacy reporting module, saving $400K a year',
    // No number at all: no-metric's business, not this rule's.
    'Optimized database queries for the reporting service',
  ],
  invalid: [
    { text: 'optimized database queries by 40%', errors: [{}] },
    { text: 'Reduced API latency from 800ms to 120ms', errors: [{}] },
    { text: 'Cut CI build time by 35% by caching dependencies', errors: [{}] },
    { text: 'Improved uptime to 99.99% across all regions', errors: [{}] },
    { text: 'Shrank the JavaScript bundle size by 300 KB', errors: [{}] },
    { text: 'Increased throughput 3x on the ingestion pipeline', errors: [{}] },
    { text: 'Lowered memory usage by 45% on the search cluster', errors: [{}] },
  ],
});

// General patterns (each with a line that must be flagged and one that must not).
ruleTester('system-metric', {
  valid: [
    // A rate of business events, with the business result named.
    'Scaled the order pipeline to 40,000 orders per second during Black Friday, protecting $3M in sales',
    'Cut deploy times by 70%, shortening time-to-market for pricing experiments by two weeks',
    'Improved time to interactive by 1.8 s, raising mobile conversion by 4%',
    // Measures that people and processes have too are not the machine's.
    'Reduced production line downtime by 20%',
    'Cut order entry errors by 30% for the warehouse team',
    'Reduced nightly batch runtime by over an hour, saving $12K a month in compute costs',
  ],
  invalid: [
    // Throughput written as a rate.
    { text: 'Tuned the Kafka consumers to handle 40,000 events per second', errors: [{ span: '40,000 events per second' }] },
    // Plural "... times" of a listed "... time" measure.
    { text: 'Cut deploy times from 25 to 6 minutes', errors: [{}] },
    // Web performance measures.
    { text: 'Improved time to interactive by 1.8 s on the product pages', errors: [{}] },
    // Failures only a machine has.
    { text: 'Reduced the Android crash rate by 60% across 12 releases', errors: [{}] },
    // The size of a change in words after "by".
    { text: 'Reduced nightly batch runtime by over an hour', errors: [{ span: 'runtime by over an hour' }] },
  ],
});
