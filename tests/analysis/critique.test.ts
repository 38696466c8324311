// The public entry: offsets, switches, modes, and inputs no resume should ever be.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BULLET_RULE_IDS, DOCUMENT_RULE_IDS, critique, type Report, type RuleId } from '../../analysis/index.ts';
import { loadEvalBullets } from './support.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8');
const FIXTURES = ['classic-resume.txt', 'markdown-resume.md', 'linkedin-profile.txt', 'linkedin-position.txt'].map((n) => [n, fixture(n)] as const);
// The whole eval set as one paste: markers, padding and mixed line endings, so offsets are tested
// far into a text and across "\n" and "\r\n".
const EVAL_TEXT = loadEvalBullets()
  .map((b, i) => (i % 3 === 0 ? `• ${b.text}` : i % 3 === 1 ? `  - ${b.text}  ` : b.text) + (i % 2 ? '\r\n' : '\n'))
  .join('');

/** Every span of a report points into `text` and says what it claims to. */
function expectSpansConsistent(report: Report, text: string): void {
  for (const b of report.bullets) {
    expect(b.start).toBeGreaterThanOrEqual(0);
    expect(b.end).toBeLessThanOrEqual(text.length);
    expect(b.start).toBeLessThan(b.end);
    expect(text.slice(b.start, b.end)).toBe(b.text);
    for (const f of b.findings) {
      expect(f.start, `${f.rule} in ${b.text}`).toBeGreaterThanOrEqual(b.start);
      expect(f.end, `${f.rule} in ${b.text}`).toBeLessThanOrEqual(b.end);
      expect(f.start, `${f.rule} in ${b.text}`).toBeLessThan(f.end);
      expect(text.slice(f.start, f.end)).toBe(f.actual);
      for (const s of f.suggestions ?? []) {
        expect(s.start).toBeGreaterThanOrEqual(b.start);
        expect(s.end).toBeLessThanOrEqual(b.end);
        expect(s.start).toBeLessThanOrEqual(s.end);
      }
    }
    for (const s of b.signals) {
      expect(s.start).toBeGreaterThanOrEqual(b.start);
      expect(s.end).toBeLessThanOrEqual(b.end);
    }
  }
  for (const f of report.documentFindings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(text.slice(f.start, f.end)).toBe(f.actual);
  }
  // Bullets come in order and never overlap.
  report.bullets.forEach((b, i) => {
    if (i > 0) expect(b.start).toBeGreaterThanOrEqual(report.bullets[i - 1]!.end);
  });
}

function expectSane(report: Report): void {
  expect(Array.isArray(report.bullets)).toBe(true);
  expect(Array.isArray(report.documentFindings)).toBe(true);
  expect(report.notes.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
  for (const s of [report.score, ...Object.values(report.categories), ...report.bullets.map((b) => b.score)]) {
    expect(Number.isInteger(s)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(100);
  }
}

describe('offsets', () => {
  it('every finding of every eval bullet lies in its bullet and slices to its `actual` (lines mode, one text)', () => {
    const report = critique(EVAL_TEXT, { mode: 'lines' });
    expect(report.bullets.length).toBe(loadEvalBullets().length);
    expectSpansConsistent(report, EVAL_TEXT);
    expect(report.bullets.flatMap((b) => b.findings).length).toBeGreaterThan(500);
  });

  it('lines mode strips list markers and surrounding blanks from the bullet', () => {
    const report = critique('• Built a React dashboard\r\n   - Led a team of 5 engineers   \n3. Managed 12 people', { mode: 'lines' });
    expect(report.bullets.map((b) => b.text)).toEqual(['Built a React dashboard', 'Led a team of 5 engineers', 'Managed 12 people']);
  });

  for (const [name, text] of FIXTURES) {
    for (const mode of ['document', 'lines'] as const) {
      it(`${name} (${mode})`, () => {
        const report = critique(text, { mode });
        expectSane(report);
        expectSpansConsistent(report, text);
      });
    }
  }

  it('a document\'s findings keep their offsets when text is added before it', () => {
    const text = fixture('classic-resume.txt');
    const prefix = 'Résumé — 2024 edition\n\n';
    const a = critique(text, { mode: 'document' });
    const b = critique(prefix + text, { mode: 'document' });
    const shift = (r: Report, by: number) => r.bullets.flatMap((x) => x.findings.map((f) => [f.rule, f.start - by, f.end - by, f.actual]));
    expect(shift(b, prefix.length)).toEqual(shift(a, 0));
  });
});

describe('disabled rules', () => {
  const FIRES: Record<RuleId, { text: string; mode: 'lines' | 'document' }> = {
    'weak-ownership': { text: 'Responsible for managing the vendor migration', mode: 'lines' },
    'passive-voice': { text: 'The API was redesigned to cut latency', mode: 'lines' },
    'no-metric': { text: 'Built a React dashboard', mode: 'lines' },
    'no-outcome': { text: 'Built a React dashboard', mode: 'lines' },
    'tech-first': { text: 'Built a React dashboard', mode: 'lines' },
    'system-metric': { text: 'optimized database queries by 40%', mode: 'lines' },
    'team-size-only': { text: 'Led a team of 5 engineers', mode: 'lines' },
    'first-person': { text: 'I built this using Kubernetes because it scales well and handles orchestration efficiently.', mode: 'lines' },
    buzzword: { text: 'Successfully launched the partner portal in 6 weeks', mode: 'lines' },
    'too-long': {
      text: 'Chose a phased rollout over a big-bang launch for the new billing system, moving 40 enterprise accounts in six weeks and cutting invoice disputes by 18% in the first quarter alone',
      mode: 'lines',
    },
    'weak-start': { text: 'Worked as a barista at a busy campus café', mode: 'lines' },
    'stack-up-top': { text: 'SKILLS\nPython, SQL, Go, Kubernetes\n\nEXPERIENCE\n\nAcme | Engineer | Jan 2019 - Dec 2022\n• Killed the legacy reporting module, saving $400K a year\n', mode: 'document' },
    'verb-repetition': { text: 'Built a patient intake flow that cut check-in time by 40%\nBuilt the referral tracker used by 30 clinics\nBuilt a scheduling assistant, reducing no-shows by 12%', mode: 'lines' },
    'tense-mix': { text: 'EXPERIENCE\n\nFabrikam | Analyst | Jan 2018 - Dec 2020\n• Built the revenue forecast, cutting planning time by 30%\n• Manage the vendor scorecard, lowering late deliveries by 12%\n', mode: 'document' },
    'jargon-heavy': {
      text: 'Built microservices in Go and Java with gRPC, Kafka and Redis on Kubernetes\nMigrated MySQL and MongoDB clusters to AWS RDS and DynamoDB using Terraform and Ansible\nSet up Jenkins, Docker, Helm and Prometheus with Grafana dashboards for the Spring Boot services',
      mode: 'lines',
    },
  };

  const all = (r: Report) => [...r.documentFindings, ...r.bullets.flatMap((b) => b.findings)];

  for (const id of [...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS]) {
    it(`disabling ${id} removes it and nothing else`, () => {
      const { text, mode } = FIRES[id];
      const on = critique(text, { mode });
      const off = critique(text, { mode, disabled: [id] });
      expect(all(on).some((f) => f.rule === id), `${id} should fire on its sample`).toBe(true);
      expect(all(off).some((f) => f.rule === id)).toBe(false);
      // Precedence may let a rule the disabled one silenced speak again; nothing else changes.
      const RELEASED: Partial<Record<RuleId, RuleId[]>> = { 'weak-ownership': ['weak-start', 'passive-voice'], 'team-size-only': ['no-outcome'], 'system-metric': ['no-outcome'] };
      const key = (f: { rule: string; start: number; end: number }) => `${f.rule}@${f.start}-${f.end}`;
      const kept = all(on).filter((f) => f.rule !== id).map(key).sort();
      const after = all(off).filter((f) => !(RELEASED[id] ?? []).includes(f.rule) || kept.includes(key(f))).map(key).sort();
      expect(after).toEqual(kept);
      // With nothing released, switching a rule off can only raise the score.
      if (!RELEASED[id]) expect(off.score).toBeGreaterThanOrEqual(on.score);
    });
  }

  it('disabling every rule leaves a clean report', () => {
    const text = fixture('classic-resume.txt');
    const r = critique(text, { mode: 'document', disabled: [...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS] });
    expect(all(r)).toEqual([]);
    expect(r.bullets.every((b) => b.rewrite === null)).toBe(true);
  });
});

describe('garbage input never throws and gives sane results', () => {
  /** Deterministic pseudo-random bytes (mulberry32). */
  function bytes(n: number, seed = 7): string {
    let a = seed;
    let out = '';
    for (let i = 0; i < n; i++) {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      out += String.fromCharCode(((t ^ (t >>> 14)) >>> 0) % 256);
    }
    return out;
  }

  const RESUME = fixture('classic-resume.txt');
  const ONE_MB = RESUME.repeat(Math.ceil(1_048_576 / RESUME.length)).slice(0, 1_048_576);

  const CASES: Array<[name: string, input: unknown]> = [
    ['empty', ''],
    ['whitespace', ' \n\t\r\n   \u00a0\n'],
    ['binary bytes', bytes(8_000)],
    ['NUL and control characters', '\u0000\u0001\u0002Built a React dashboard\u0000\n\u001b[31mLed a team of 5 engineers\u001b[0m'],
    ['HTML', '<html><body><h1>Experience</h1><ul><li>Built a <b>React</b> dashboard</li><li onclick="x()">Led a team of 5 engineers</li></ul><script>alert("I")</script></body></html>'],
    ['emoji and symbols', '🚀🚀🚀\n✨ • • •\n— — —\n%%%% $$$ ###'],
    ['lone surrogates', '\ud800Built a dashboard\udfff\n\udc00'],
    ['right-to-left and CJK', 'قمت ببناء لوحة تحكم\n构建了一个仪表板，提高了20%的转化率'],
    ['one 300k-character word', 'a'.repeat(300_000)],
    ['a 50k-word single line', Array.from({ length: 50_000 }, (_, i) => `word${i}`).join(' ')],
    ['1,000 short lines', Array.from({ length: 1_000 }, (_, i) => `Built widget ${i}`).join('\n')],
    ['only headings', 'EXPERIENCE\n\nSKILLS\n\nEDUCATION\n'],
    ['only markers', '•\n-\n*\n1.\n• \n'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
  ];

  for (const [name, input] of CASES) {
    for (const mode of ['document', 'lines'] as const) {
      it(`${name} (${mode})`, () => {
        let report: Report | undefined;
        expect(() => {
          report = critique(input as string, { mode });
        }).not.toThrow();
        expectSane(report!);
        if (typeof input === 'string') expectSpansConsistent(report!, input.length > 200_000 ? input.slice(0, 200_000) : input);
        if (report!.bullets.length === 0) expect(report!.notes.join(' ')).toMatch(/no bullets/i);
      });
    }
  }

  it('empty and whitespace-only input: no bullets, no document findings, a note', () => {
    for (const input of ['', '   \n\t ']) {
      const r = critique(input);
      expect(r.bullets).toEqual([]);
      expect(r.documentFindings).toEqual([]);
      expect(r.notes.length).toBeGreaterThan(0);
    }
  });

  for (const mode of ['document', 'lines'] as const) {
    it(`1 MB of resume text (${mode}) is truncated with a note, analysed in bounded time`, () => {
      const started = performance.now();
      const r = critique(ONE_MB, { mode });
      const ms = performance.now() - started;
      expectSane(r);
      expectSpansConsistent(r, ONE_MB);
      expect(r.notes.join(' ')).toMatch(/200,000/);
      expect(r.bullets.length).toBeGreaterThan(0);
      expect(r.bullets.every((b) => b.end <= 200_000)).toBe(true);
      expect(ms).toBeLessThan(15_000);
    }, 30_000);
  }

  it('too many bullets are capped with a note', () => {
    const r = critique(Array.from({ length: 1_000 }, (_, i) => `Built widget ${i}`).join('\n'), { mode: 'lines' });
    expect(r.bullets.length).toBeLessThan(1_000);
    expect(r.notes.join(' ')).toMatch(/bullets/);
  });

  it('a 300k-character line is cut for the NLP rules but its findings stay in range', () => {
    const r = critique(`Built ${'very '.repeat(60_000)}large dashboards`, { mode: 'lines' });
    expect(r.bullets).toHaveLength(1);
    for (const f of r.bullets[0]!.findings) expect(f.end).toBeLessThanOrEqual(200_000);
  });

  it('HTML is critiqued as text, never interpreted', () => {
    const r = critique('<li>Built a <b>React</b> dashboard</li>', { mode: 'lines' });
    expect(r.bullets).toHaveLength(1);
    expect(r.bullets[0]!.text).toContain('<b>React</b>');
  });
});

describe('document vs lines mode', () => {
  const RESUME = fixture('classic-resume.txt');

  it('defaults: document mode, pm lens', () => {
    const r = critique(RESUME);
    expect(r.lens).toBe('pm');
    expect(r).toEqual(critique(RESUME, { mode: 'document', lens: 'pm' }));
  });

  it('document mode critiques only experience bullets, joins wrapped lines and knows positions', () => {
    const r = critique(RESUME, { mode: 'document' });
    expect(r.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(['experience', 'education', 'skills']));
    expect(r.positions.length).toBe(2);
    expect(r.bullets.map((b) => b.text.replace(/\s+/g, ' '))).toEqual([
      'Led discovery with 30 enterprise customers and defined the 2021 roadmap, raising net revenue retention from 104% to 118%.',
      'Killed the legacy reporting module, saving $400K a year.',
      'Built the billing integration with Stripe and Adyen, cutting payment failures by 22%.',
      'Responsible for the release process',
    ]);
    expect(r.bullets.every((b) => b.position !== null)).toBe(true);
    // The skills list and the education line are not achievements.
    expect(r.bullets.some((b) => /SQL, Python|Stanford/.test(b.text))).toBe(false);
  });

  it('lines mode takes every non-empty line as a bullet, with no sections or positions', () => {
    const r = critique(RESUME, { mode: 'lines' });
    const lines = RESUME.split(/\r?\n/).filter((l) => l.trim() !== '');
    expect(r.bullets).toHaveLength(lines.length);
    expect(r.sections).toEqual([]);
    expect(r.positions).toEqual([]);
    expect(r.bullets.every((b) => b.position === null)).toBe(true);
    // A wrapped bullet is two lines here.
    expect(r.bullets.some((b) => b.text.startsWith('raising net revenue retention'))).toBe(true);
  });

  it('a headingless text in document mode is all bullets', () => {
    const text = 'Built a React dashboard\nLed a team of 5 engineers\nKilled the legacy reporting module, saving $400K a year';
    const doc = critique(text, { mode: 'document' });
    expect(doc.bullets.map((b) => b.text)).toEqual(text.split('\n'));
  });

  it('the same bullet gets the same findings in either mode', () => {
    const text = 'EXPERIENCE\n\nAcme | Engineer | Jan 2019 - Dec 2022\n• Responsible for managing the vendor migration\n';
    const fromDoc = critique(text, { mode: 'document' }).bullets[0]!;
    const fromLine = critique('Responsible for managing the vendor migration', { mode: 'lines' }).bullets[0]!;
    expect(fromDoc.findings.map((f) => [f.rule, f.actual])).toEqual(fromLine.findings.map((f) => [f.rule, f.actual]));
  });

  it('is deterministic', () => {
    for (const mode of ['document', 'lines'] as const) expect(critique(RESUME, { mode })).toEqual(critique(RESUME, { mode }));
  });
});
