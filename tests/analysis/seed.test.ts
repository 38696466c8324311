// The seed article's own examples (shared/seed/engineer-to-pm.txt): its weak lines get the findings
// it names, its strong lines pass.
import { describe, expect, it } from 'vitest';
import { critique, type BulletReport, type RuleId } from '../../analysis/index.ts';

const bullet = (text: string): BulletReport => {
  const bullets = critique(text, { mode: 'lines' }).bullets;
  expect(bullets).toHaveLength(1);
  return bullets[0]!;
};
const rules = (text: string): RuleId[] => [...new Set(bullet(text).findings.map((f) => f.rule))].sort();

describe('the seed\'s weak lines', () => {
  it('"Built a React dashboard" is tech-first, without outcome and without metric', () => {
    expect(rules('Built a React dashboard')).toEqual(['no-metric', 'no-outcome', 'tech-first']);
  });

  it('"Led a team of 5 engineers" is team-size-only, and not no-outcome (one finding per problem)', () => {
    const found = rules('Led a team of 5 engineers');
    expect(found).toContain('team-size-only');
    expect(found).not.toContain('no-outcome');
    // Team size is a quantity.
    expect(found).not.toContain('no-metric');
  });

  it('"optimized database queries by 40%" is a system metric (a measured result, so not no-outcome)', () => {
    const found = rules('optimized database queries by 40%');
    expect(found).toContain('system-metric');
    expect(found).not.toContain('no-outcome');
    expect(found).not.toContain('no-metric');
  });

  it('"I built this using Kubernetes ..." is first-person and a weak start', () => {
    const b = bullet('I built this using Kubernetes because it scales well and handles orchestration efficiently.');
    expect(b.findings.filter((f) => f.rule === 'first-person').map((f) => f.actual)).toEqual(['I']);
    expect(b.findings.filter((f) => f.rule === 'weak-start').map((f) => f.actual)).toEqual(['I']);
  });

  for (const text of [
    'Responsible for the payments reliability roadmap',
    'Responsible for managing the vendor migration',
    'Tasked with reducing support tickets for the mobile app',
    'Tasked with the Q3 pricing review',
  ]) {
    it(`"${text}" is weak-ownership, reported once (not also weak-start)`, () => {
      const b = bullet(text);
      expect(b.findings.filter((f) => f.rule === 'weak-ownership').map((f) => f.actual)).toEqual([/^(?:Responsible for|Tasked with)/.exec(text)![0]]);
      expect(b.findings.map((f) => f.rule)).not.toContain('weak-start');
      expect(b.findings.find((f) => f.rule === 'weak-ownership')!.severity).toBe('error');
    });
  }

  it('the "Bad" lines of its mistakes section are first-person', () => {
    for (const text of [
      'Users complained about the load time, so I optimized the database queries to fix it.',
      'I told the design team their layout was inefficient because it required extra API calls.',
    ]) {
      expect(rules(text), text).toContain('first-person');
    }
  });
});

describe('the seed\'s strong lines', () => {
  const STRONG = [
    'Chose React over Angular to reduce time-to-market by 3 weeks, enabling earlier user feedback on the core workflow.',
    'Directed a cross-functional squad to launch Feature X, resulting in a 12% increase in Day-30 retention',
  ];

  for (const text of STRONG) {
    it(`no warning or error: ${JSON.stringify(text)}`, () => {
      const serious = bullet(text).findings.filter((f) => f.severity !== 'info');
      expect(serious.map((f) => `${f.rule}: ${f.actual}`)).toEqual([]);
    });

    it(`ideally no finding at all, a full score and no rewrite: ${JSON.stringify(text)}`, () => {
      const b = bullet(text);
      expect(b.findings.map((f) => `${f.rule}: ${f.actual}`)).toEqual([]);
      expect(b.score).toBe(100);
      expect(b.rewrite).toBeNull();
    });

    it(`holds under the engineer lens too: ${JSON.stringify(text)}`, () => {
      const b = critique(text, { mode: 'lines', lens: 'engineer' }).bullets[0]!;
      expect(b.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });
  }

  it('the trade-off line carries the trade-off and business-metric signals; the squad line a business metric', () => {
    expect(bullet(STRONG[0]!).signals.map((s) => s.id)).toEqual(expect.arrayContaining(['trade-off', 'business-metric']));
    expect(bullet(STRONG[1]!).signals.map((s) => s.id)).toContain('business-metric');
  });

  it('each strong line outscores the weak line it replaces', () => {
    expect(bullet(STRONG[0]!).score).toBeGreaterThan(bullet('Built a React dashboard').score);
    expect(bullet(STRONG[1]!).score).toBeGreaterThan(bullet('Led a team of 5 engineers').score);
  });

  it('the "Good" line of mistake 2 shows an experiment and a business metric', () => {
    const b = bullet(
      'Data showed a 20% drop-off at the loading screen; I hypothesized that perceived wait time was the issue, so we implemented a skeleton loader which improved conversion by 8%.',
    );
    expect(b.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['experiment', 'business-metric']));
    expect(b.findings.map((f) => f.rule)).not.toContain('no-outcome');
    expect(b.findings.map((f) => f.rule)).not.toContain('no-metric');
  });

  it('its agency verbs open strong bullets: Initiated, Defined, Prioritized, Killed', () => {
    for (const text of [
      'Initiated a churn-interview program that cut cancellations by 9%',
      'Defined the pricing tiers that grew self-serve revenue 14%',
      'Prioritized the enterprise SSO backlog, unblocking $1.1M in renewals',
      'Killed the legacy reporting module, saving $400K a year',
    ]) {
      expect(rules(text), text).not.toContain('weak-start');
    }
  });
});

describe('the seed\'s resume advice', () => {
  it('"six different programming languages and three cloud certifications in the top third" is stack-up-top', () => {
    const resume = [
      'ALEX KIM',
      'alex@example.com',
      '',
      'SKILLS',
      'Java, Python, Go, Rust, C++, TypeScript',
      '',
      'CERTIFICATIONS',
      'AWS Solutions Architect, Google Cloud Architect, Azure Administrator',
      '',
      'EXPERIENCE',
      '',
      'Globex | Senior Engineer | Jan 2019 - Present',
      '• Chose a managed queue over a self-hosted cluster, cutting time-to-market for new integrations by 3 weeks',
      '• Killed the legacy reporting module, saving $400K a year',
      '',
      'EDUCATION',
      'B.S. Computer Science, 2014',
    ].join('\n');
    const report = critique(resume, { mode: 'document' });
    expect(report.documentFindings.filter((f) => f.rule === 'stack-up-top')).toHaveLength(1);
    expect(report.documentFindings.find((f) => f.rule === 'stack-up-top')!.severity).toBe('warning');
  });
});
