// What a number measures: the machine (`system-metric`) or users and the business (the seed: "you
// are signaling that you care about the machine, not the user").

/** Measures of the machine. Matched case-insensitively as words or phrases. */
export const SYSTEM_METRIC_TERMS: readonly string[] = [
  'latency', 'latencies', 'queries', 'query', 'query time', 'cpu', 'memory', 'ram', 'build time', 'build times',
  'builds', 'throughput', 'uptime', 'availability', 'load time', 'load times', 'page load',
  'bundle size', 'response time', 'response times', 'execution time', 'run time', 'runtime', 'performance',
  'speed', 'speeds', 'qps', 'rps', 'tps', 'requests per second', 'error rate', 'error rates', 'mttr', 'mttd',
  'p95', 'p99', 'disk', 'storage', 'bandwidth', 'compile time', 'test coverage', 'coverage', 'accuracy',
  'precision', 'recall', 'f1', 'auc', 'ingestion', 'deploy time', 'deployment time',
  'cold start', 'boot time', 'startup time', 'test execution', 'pipeline', 'pipelines', 'sla', 'slas', 'slo',
  'benchmark', 'benchmarks', 'footprint', 'binary size', 'app size', 'fps', 'frame rate', 'ms', 'milliseconds',
  'seconds', 'gb', 'gbs', 'tb', 'mb', 'kb', 'bugs', 'defects', 'incidents', 'tickets', 'lines of code', 'servers',
  'cache hit', 'hit rate', 'data ingestion', 'import time', 'export performance', 'render time', 'lighthouse',
  // Rates of work the machine does: "100,000+ messages per second", "2k req/s", "IOPS". ("per
  // minute" is left out: "words per minute", "calls per minute" measure people.)
  'per second', 'per sec', 'req/s', 'req/sec', 'requests/sec', 'ops/sec', 'iops',
  'api calls', 'network calls', 'network requests', 'http requests', 'database calls', 'db calls', 'round trips',
  // Web and app performance measures.
  'time to first byte', 'ttfb', 'time to interactive', 'first contentful paint', 'largest contentful paint',
  'web vitals', 'core web vitals', 'page weight', 'image size', 'docker image', 'payload size', 'file size',
  'package size', 'index size', 'loading time', 'inference time', 'gpu', 'gpu hours', 'vram', 'gc pauses',
  'garbage collection',
  // Failures only a machine has. Not "downtime", "errors", "processing time", "training time": a
  // department, an order desk, a settlement team and a workforce have those too.
  'outage', 'outages', 'crash rate', 'crash rates', 'crashes', 'exceptions', 'timeouts', 'build failures',
  'test failures', 'failed deployments', 'flaky tests', 'test runtime',
];

/**
 * The matcher reads a phrase as whole words, so "deploy time" does not reach "deploy times": every
 * "... time" measure is also listed in the plural.
 */
export const SYSTEM_METRIC_TERMS_WITH_PLURALS: readonly string[] = [
  ...SYSTEM_METRIC_TERMS,
  ...SYSTEM_METRIC_TERMS.filter((t) => / time$/.test(t)).map((t) => `${t}s`),
];

/** Measures of users or the business: a line that names one of these is not system-only. */
export const BUSINESS_METRIC_TERMS: readonly string[] = [
  'conversion', 'conversions', 'conversion rate', 'retention', 'revenue', 'revenues', 'cost', 'costs', 'savings',
  'saving', 'saved', 'churn', 'sign-ups', 'signups', 'sign ups', 'registrations', 'time-to-market',
  'time to market', 'satisfaction', 'nps', 'csat', 'sales', 'profit', 'profits', 'profitability', 'margin',
  'margins', 'arr', 'mrr', 'gmv', 'bookings', 'engagement', 'adoption', 'downloads', 'installs', 'active users',
  'dau', 'mau', 'users', 'customers', 'clients', 'subscribers', 'subscriptions', 'orders', 'transactions',
  'roi', 'budget', 'spend', 'pipeline value', 'deals', 'quota', 'market share', 'traffic', 'visitors', 'leads',
  'renewals', 'upsell', 'ctr', 'click-through', 'drop-off', 'abandonment', 'onboarding time', 'support tickets',
  'complaints', 'purchases', 'overtime', 'development speed', 'velocity', 'developer productivity', 'release time', 'lead time', 'headcount cost', 'cloud costs', 'server costs', 'productivity', 'hours saved', 'man-hours',
  'person-hours', 'patients', 'students', 'donations', 'funding', 'followers', 'audience', 'members',
];

/** Words that mean a person or people: the targets of an outcome ("for users", "helping customers"). */
export const STAKEHOLDER_TERMS: readonly string[] = [
  'user', 'users', 'managers', 'owners', 'operators', 'customer', 'customers', 'client', 'clients', 'business', 'businesses', 'company', 'team',
  'teams', 'patients', 'students', 'stakeholders', 'partners', 'merchants', 'sellers', 'buyers', 'shoppers',
  'members', 'employees', 'staff', 'agents', 'developers', 'engineers', 'analysts', 'researchers', 'doctors',
  'nurses', 'teachers', 'volunteers', 'visitors', 'readers', 'players', 'drivers', 'riders', 'guests', 'donors',
  'citizens', 'organization', 'organisation', 'organizations', 'market', 'product', 'people', 'public', 'community',
  'leadership', 'executives', 'management', 'recruiters', 'candidates', 'subscribers', 'viewers', 'audience',
];

/** Nouns that count people: "a team of 5 engineers", "12 direct reports". */
export const PEOPLE_NOUNS: readonly string[] = [
  'engineers', 'engineer', 'developers', 'developer', 'people', 'persons', 'members', 'member', 'reports',
  'direct reports', 'staff', 'employees', 'designers', 'analysts', 'scientists', 'contractors', 'interns',
  'testers', 'managers', 'leads', 'volunteers', 'associates', 'consultants', 'specialists', 'technicians',
  'representatives', 'reps', 'agents', 'researchers', 'students', 'professionals', 'individuals', 'hires',
  'ems', 'pms', 'teams', 'team', 'squad', 'person', 'l1s', "l1's", 'officers', 'nurses', 'teachers', 'writers',
];

/**
 * Roles that a line's work may serve, beyond the stakeholder list: "a portal for professors to
 * create courses". Plural agent nouns only.
 */
export const BENEFICIARY_ROLES: readonly string[] = [
  'professors', 'teachers', 'instructors', 'tutors', 'doctors', 'physicians', 'clinicians', 'nurses', 'caregivers',
  'pharmacists', 'designers', 'marketers', 'recruiters', 'planners', 'dispatchers', 'technicians', 'tenants',
  'residents', 'parents', 'learners', 'travelers', 'travellers', 'passengers', 'shoppers', 'investors', 'lawyers',
  'accountants', 'farmers', 'creators', 'authors', 'editors', 'hosts', 'vendors', 'suppliers', 'retailers',
];
