// Scores: 0-100, every point lost tied to a finding, signals add points, lenses change weight not findings.
import { describe, expect, it } from 'vitest';
import { BULLET_RULE_IDS, critique, type BulletReport, type Finding, type Lens, type Report } from '../../analysis/index.ts';
import { loadEvalBullets } from './support.ts';

const EVAL = loadEvalBullets();
// One critique per lens of the whole set, one bullet per line (offsets are exercised on the way).
const JOINED = EVAL.map((b) => b.text).join('\n');
const BY_LENS: Record<Lens, Report> = {
  pm: critique(JOINED, { mode: 'lines', lens: 'pm' }),
  engineer: critique(JOINED, { mode: 'lines', lens: 'engineer' }),
};

const bullet = (text: string, lens: Lens = 'pm'): BulletReport => critique(text, { mode: 'lines', lens }).bullets[0]!;
const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** 100 − Σ(penalty of each rule that fired, once per rule) + Σ(signal bonuses), clamped. */
function expectedScore(b: BulletReport): number {
  const byRule = new Map<string, number>();
  for (const f of b.findings) byRule.set(f.rule, f.penalty);
  const lost = [...byRule.values()].reduce((s, p) => s + p, 0);
  const bonus = b.signals.reduce((s, x) => s + x.bonus, 0);
  return clamp(100 - lost + bonus);
}

describe('score range', () => {
  it('every eval bullet, under both lenses, scores an integer in [0, 100], categories too', () => {
    expect(BY_LENS.pm.bullets).toHaveLength(EVAL.length);
    for (const lens of ['pm', 'engineer'] as const) {
      const r = BY_LENS[lens];
      for (const score of [r.score, ...Object.values(r.categories), ...r.bullets.flatMap((b) => [b.score, ...Object.values(b.categories)])]) {
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    }
  });

  it('a pile of every weakness still scores within range', () => {
    const b = bullet(
      'I was responsible for various dynamic synergy initiatives that were managed by me, working on Kubernetes, Docker, Terraform and Kafka with a team of 12 engineers as a passionate, results-driven team player, etc.',
    );
    expect(b.findings.length).toBeGreaterThan(5);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThan(50);
  });
});

describe('every point lost is tied to a finding', () => {
  for (const lens of ['pm', 'engineer'] as const) {
    it(`${lens}: score = clamp(100 − Σ unique-rule penalties + Σ signal bonuses) for every eval bullet`, () => {
      const bad = BY_LENS[lens].bullets.filter((b) => b.score !== expectedScore(b)).map((b) => `${b.score} vs ${expectedScore(b)}: ${b.text}`);
      expect(bad).toEqual([]);
    });
  }

  it('every finding costs something and every signal adds something', () => {
    const all = [...BY_LENS.pm.bullets, ...BY_LENS.engineer.bullets];
    for (const f of all.flatMap((b) => b.findings)) expect(f.penalty, f.rule).toBeGreaterThan(0);
    for (const s of all.flatMap((b) => b.signals)) expect(s.bonus, s.id).toBeGreaterThan(0);
  });

  it('a bullet with no finding loses nothing', () => {
    const clean = BY_LENS.pm.bullets.filter((b) => b.findings.length === 0);
    expect(clean.length).toBeGreaterThan(0);
    for (const b of clean) expect(b.score).toBe(100);
  });

  it('a rule costs its penalty once per bullet, however many spans it marks', () => {
    const twice = bullet('I led the launch and I wrote the pricing page');
    const once = bullet('I led the launch and wrote the pricing page');
    expect(twice.findings.filter((f) => f.rule === 'first-person')).toHaveLength(2);
    expect(once.findings.filter((f) => f.rule === 'first-person')).toHaveLength(1);
    expect(twice.score).toBe(once.score);
  });

  it('the document score is the mean bullet score minus each document rule\'s penalty once', () => {
    const resume = [
      'SKILLS',
      'Python, SQL, Java, Go, Kubernetes, Terraform, AWS, GCP',
      '',
      'EXPERIENCE',
      '',
      'Acme Health | Product Engineer | Jan 2019 - Dec 2022',
      '• Built a patient intake flow that cut check-in time by 40%',
      '• Built the referral tracker, doubling referrals from partner clinics',
      '• Built a scheduling assistant, reducing no-shows by 12%',
      '• Manage the vendor scorecard for 40 suppliers, lowering late deliveries by 12%',
      '',
    ].join('\n');
    const r = critique(resume, { mode: 'document' });
    expect(new Set(r.documentFindings.map((f) => f.rule))).toEqual(new Set(['stack-up-top', 'verb-repetition', 'tense-mix']));
    const mean = r.bullets.reduce((s, b) => s + b.score, 0) / r.bullets.length;
    const perRule = new Map(r.documentFindings.map((f) => [f.rule, f.penalty]));
    expect(r.score).toBe(clamp(mean - [...perRule.values()].reduce((s, p) => s + p, 0)));
  });
});

describe('a weakness never scores higher than the same bullet without it', () => {
  const PAIRS: Array<[clean: string, weak: string]> = [
    ['Cut support tickets by 30% with an in-app help center', 'Successfully cut support tickets by 30% with an in-app help center'],
    ['Cut support tickets by 30% with an in-app help center', 'I cut support tickets by 30% with an in-app help center'],
    ['Negotiated freight rates with three carriers, saving $90K a year', 'Freight rates were negotiated with three carriers, saving $90K a year'],
    ['Launched the partner portal, growing partner-sourced revenue 18%', 'Responsible for launching the partner portal, growing partner-sourced revenue 18%'],
    ['Redesigned the pricing page, lifting page views 12%', 'Successfully redesigned the pricing page, lifting page views 12%'],
    ['Directed a four-person squad to launch self-serve invoicing, cutting support tickets 9%', 'Led a team of 4 engineers'],
  ];
  for (const [clean, weak] of PAIRS) {
    it(`${JSON.stringify(clean)} >= ${JSON.stringify(weak)}`, () => {
      const c = bullet(clean);
      const w = bullet(weak);
      expect(c.findings.filter((f: Finding) => f.severity !== 'info')).toEqual([]);
      expect(w.findings.length).toBeGreaterThan(0);
      expect(c.score).toBeGreaterThanOrEqual(w.score);
    });
  }
});

describe('signals raise the score', () => {
  // Same findings on both sides; only the signal differs.
  const PAIRS: Array<[id: 'trade-off' | 'experiment' | 'business-metric', withSignal: string, without: string]> = [
    ['trade-off', 'Killed the legacy mobile app', 'Retired the legacy mobile app'],
    ['trade-off', 'Deprioritized the loyalty revamp for the checkout rebuild', 'Postponed the loyalty revamp for the checkout rebuild'],
    ['experiment', 'Piloted a four-day work week for the support team', 'Introduced a four-day work week for the support team'],
    ['business-metric', 'Successfully redesigned the pricing page, lifting conversion 12%', 'Successfully redesigned the pricing page, lifting page views 12%'],
  ];
  for (const [id, withSignal, without] of PAIRS) {
    it(`${id}: ${JSON.stringify(withSignal)} > ${JSON.stringify(without)}`, () => {
      const a = bullet(withSignal);
      const b = bullet(without);
      expect(a.signals.map((s) => s.id)).toContain(id);
      expect(b.signals.map((s) => s.id)).not.toContain(id);
      expect(a.findings.map((f) => f.rule).sort()).toEqual(b.findings.map((f) => f.rule).sort());
      expect(a.score).toBeGreaterThan(b.score);
    });
  }

  it('the signal spans lie inside their bullet', () => {
    for (const b of BY_LENS.pm.bullets) {
      for (const s of b.signals) {
        expect(s.start).toBeGreaterThanOrEqual(b.start);
        expect(s.end).toBeLessThanOrEqual(b.end);
      }
    }
  });
});

describe('lenses change severity and weight, never whether a rule fires', () => {
  const pairs = () => BY_LENS.pm.bullets.map((b, i) => [b, BY_LENS.engineer.bullets[i]!] as const);

  it('the same rule ids fire on every eval bullet under pm and engineer', () => {
    const bad = pairs()
      .map(([p, e]) => ({ text: p.text, pm: [...new Set(p.findings.map((f) => f.rule))].sort(), engineer: [...new Set(e.findings.map((f) => f.rule))].sort() }))
      .filter((x) => JSON.stringify(x.pm) !== JSON.stringify(x.engineer));
    expect(bad).toEqual([]);
  });

  it('the same spans too', () => {
    for (const [p, e] of pairs()) {
      expect(e.findings.map((f) => [f.rule, f.start, f.end])).toEqual(p.findings.map((f) => [f.rule, f.start, f.end]));
    }
  });

  it('tech-first and system-metric are warnings under pm, hints under engineer, and weigh less', () => {
    const seen = new Set<string>();
    for (const [p, e] of pairs()) {
      for (const [i, f] of p.findings.entries()) {
        if (f.rule !== 'tech-first' && f.rule !== 'system-metric') continue;
        seen.add(f.rule);
        const g = e.findings[i]!;
        expect(f.severity).toBe('warning');
        expect(g.severity).toBe('info');
        expect(g.penalty).toBeLessThan(f.penalty);
      }
    }
    expect(seen).toEqual(new Set(['tech-first', 'system-metric']));
  });

  it('the other bullet rules keep their severity across lenses', () => {
    for (const [p, e] of pairs()) {
      p.findings.forEach((f, i) => {
        if (f.rule === 'tech-first' || f.rule === 'system-metric') return;
        expect(e.findings[i]!.severity, f.rule).toBe(f.severity);
      });
    }
  });

  it('so the engineer lens never scores a bullet lower, and scores tech-first lines higher', () => {
    for (const [p, e] of pairs()) expect(e.score).toBeGreaterThanOrEqual(p.score);
    expect(bullet('Built a React dashboard', 'engineer').score).toBeGreaterThan(bullet('Built a React dashboard', 'pm').score);
    expect(bullet('optimized database queries by 40%', 'engineer').score).toBeGreaterThan(bullet('optimized database queries by 40%', 'pm').score);
  });

  it('every bullet rule is exercised by the eval set', () => {
    const fired = new Set(BY_LENS.pm.bullets.flatMap((b) => b.findings.map((f) => f.rule)));
    for (const id of BULLET_RULE_IDS) expect(fired, id).toContain(id);
  });
});
