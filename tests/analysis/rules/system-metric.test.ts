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
