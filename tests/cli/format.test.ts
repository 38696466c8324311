import { describe, expect, it } from 'vitest';
import { ANSI, displayWidth, formatReport, sanitize, shouldColor, toJson, truncate, wrap } from '../../cli/format.ts';
import type { BulletReport, Finding, Report } from '../../analysis/index.ts';

const width = (lines: string[]) => Math.max(...lines.map(displayWidth));

describe('wrap', () => {
  const text = 'Chose React over Angular to reduce time-to-market by 3 weeks, enabling earlier user feedback on the core workflow.';

  it('keeps every line within the width, indent included', () => {
    for (const w of [20, 33, 40, 80]) {
      const lines = wrap(text, w, '    ', '  1. ');
      expect(width(lines)).toBeLessThanOrEqual(w);
      expect(lines.join(' ').replace(/\s+/g, ' ').replace('1. ', '').trim()).toBe(text);
    }
  });

  it('uses firstIndent on the first line and indent on the rest', () => {
    const lines = wrap('aaa bbb ccc ddd', 9, '  ', '> ');
    expect(lines).toEqual(['> aaa bbb', '  ccc ddd']);
  });

  it('packs words greedily and does not break a word that fits', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('splits a word longer than the line', () => {
    const lines = wrap(`x ${'a'.repeat(25)} y`, 10, '  ');
    expect(width(lines)).toBeLessThanOrEqual(10);
    expect(lines.join('').replace(/\s+/g, '')).toBe(`x${'a'.repeat(25)}y`);
    expect(lines[0]).toBe('  x');
    expect(lines.slice(1, -1).every((l) => displayWidth(l) === 10)).toBe(true);
  });

  it('collapses whitespace, including newlines of a wrapped bullet', () => {
    expect(wrap('Led   the\n  migration\tof X', 80)).toEqual(['Led the migration of X']);
  });

  it('returns one line for empty text', () => {
    expect(wrap('', 80, '  ', '> ')).toEqual(['>']);
    expect(wrap('   ', 80)).toEqual(['']);
  });

  it('counts wide characters as two columns', () => {
    const lines = wrap('身份重构 身份重构 身份重构', 10);
    expect(width(lines)).toBeLessThanOrEqual(10);
    expect(lines).toEqual(['身份重构', '身份重构', '身份重构']);
  });
});

describe('displayWidth, truncate, sanitize', () => {
  it('ignores ANSI escapes and combining marks', () => {
    expect(displayWidth('\u001b[31mred\u001b[39m')).toBe(3);
    expect(displayWidth('cafe\u0301')).toBe(4);
    expect(displayWidth('重构')).toBe(4);
  });

  it('truncates with an ellipsis only when needed', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a longer sentence here', 10)).toBe('a longer…');
    expect(displayWidth(truncate('a longer sentence here', 10))).toBeLessThanOrEqual(10);
  });

  it('neutralises terminal control characters and flattens whitespace', () => {
    expect(sanitize('a\u001b[2Jb\u0000c\nd\te')).toBe('a\uFFFD[2Jb\uFFFDc d e');
    expect(sanitize('x\u202Ey')).toBe('x\uFFFDy');
  });
});

describe('shouldColor', () => {
  it('colours a TTY only', () => {
    expect(shouldColor(true, {})).toBe(true);
    expect(shouldColor(false, {})).toBe(false);
    expect(shouldColor(undefined, {})).toBe(false);
  });

  it('honours NO_COLOR (non-empty) on a TTY', () => {
    expect(shouldColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(true, { NO_COLOR: '' })).toBe(true);
  });

  it('lets FORCE_COLOR force it on or off', () => {
    expect(shouldColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor(false, { FORCE_COLOR: '' })).toBe(true);
    expect(shouldColor(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor(true, { FORCE_COLOR: 'false' })).toBe(false);
  });
});

// A hand-built report with findings, so formatting is tested independently of the engine.
const finding = (over: Partial<Finding>): Finding => ({
  rule: 'weak-ownership',
  severity: 'warning',
  category: 'ownership',
  start: 0,
  end: 15,
  actual: 'Responsible for',
  message: '"Responsible for" says the work was handed to you.',
  why: 'Hiring managers want agency: the reader should feel you owned the outcome, not that you were assigned a task and stood near it while others decided what to build.',
  penalty: 15,
  suggestions: [{ start: 0, end: 15, text: 'Managed' }],
  ...over,
});

const cats = { impact: 40, ownership: 70, clarity: 90, product: 100 };
const bullet = (over: Partial<BulletReport>): BulletReport => ({
  text: '',
  start: 0,
  end: 0,
  score: 100,
  categories: cats,
  findings: [],
  signals: [],
  rewrite: null,
  section: 0,
  position: 0,
  ...over,
});

const text =
  'Responsible for managing the vendor migration across three regions while coordinating with finance, legal and the support organisation\nChose React over Angular to reduce time-to-market by 3 weeks, enabling earlier user feedback on the core workflow.';
const second = text.indexOf('Chose');
const report: Report = {
  lens: 'pm',
  score: 64,
  categories: cats,
  documentFindings: [
    finding({ rule: 'stack-up-top', severity: 'info', category: 'product', message: 'Skills stand above the experience.', why: 'Bury the tech stack.' }),
  ],
  bullets: [
    bullet({
      text: text.slice(0, second - 1),
      start: 0,
      end: second - 1,
      score: 52,
      findings: [finding({}), finding({ rule: 'no-metric', severity: 'error', category: 'impact', message: 'Nothing is quantified.', why: '' })],
      rewrite: 'Managed the vendor migration across three regions, cutting [metric] by [X]%.',
    }),
    bullet({ text: text.slice(second), start: second, end: text.length, score: 98 }),
  ],
  sections: [{ kind: 'experience', heading: { start: 0, end: 0, text: 'EXPERIENCE' }, start: 0, end: text.length, positions: [0], bullets: [0, 1] }],
  positions: [
    {
      section: 0,
      start: 0,
      end: text.length,
      title: { start: 0, end: 0, text: 'Staff Engineer' },
      company: { start: 0, end: 0, text: 'Fernhollow' },
      dates: { start: 0, end: 0, text: 'Mar 2022 – Present', current: true },
      bullets: [0, 1],
    },
  ],
  notes: [],
};

describe('formatReport', () => {
  const out = formatReport(report, { source: 'resume.txt' });
  const lines = out.trimEnd().split('\n');

  it('fits 80 columns and has no ANSI escapes without colour', () => {
    expect(width(lines)).toBeLessThanOrEqual(80);
    expect(out).not.toMatch(ANSI);
  });

  it('fits a narrower width too', () => {
    expect(width(formatReport(report, { width: 50 }).trimEnd().split('\n'))).toBeLessThanOrEqual(50);
  });

  it('numbers bullets and prints findings as "severity rule: message", an indented why and the rewrite', () => {
    expect(out).toMatch(/^1\. \[ 52\] Responsible for managing/m);
    expect(out).toMatch(/^ +warning weak-ownership: "Responsible for" says/m);
    expect(out).toMatch(/^ +error no-metric: Nothing is quantified\./m);
    const whyLine = lines.find((l) => l.includes('why: Hiring managers'))!;
    const findingLine = lines.find((l) => l.includes('warning weak-ownership'))!;
    expect(whyLine.search(/\S/)).toBeGreaterThan(findingLine.search(/\S/));
    expect(out).toMatch(/^ +→ Managed the vendor migration/m);
  });

  it('shows a clean bullet briefly with ✓ on one line', () => {
    const clean = lines.filter((l) => l.startsWith('2.'));
    expect(clean).toHaveLength(1);
    expect(clean[0]).toMatch(/^2\. ✓ Chose React/);
  });

  it('groups under the section heading and position, in document order', () => {
    expect(out.indexOf('EXPERIENCE')).toBeLessThan(out.indexOf('Staff Engineer · Fernhollow · Mar 2022 – Present'));
    expect(out.indexOf('Fernhollow')).toBeLessThan(out.indexOf('1. '));
    expect(out.indexOf('1. ')).toBeLessThan(out.indexOf('2. '));
  });

  it('ends with document findings, then the score and the four category bars', () => {
    const doc = out.indexOf('info stack-up-top: Skills stand above');
    const score = out.indexOf('Score 64/100');
    expect(doc).toBeGreaterThan(out.indexOf('2. '));
    expect(score).toBeGreaterThan(doc);
    expect(lines.slice(-4).map((l) => l.trim().split(/\s+/)[0])).toEqual(['impact', 'ownership', 'clarity', 'product']);
    expect(lines.at(-4)).toMatch(/impact +█{8}░{12} +40$/);
    expect(out).toContain('3 findings (1 error, 1 warning, 1 info)');
  });

  it('uses colour only when asked', () => {
    const coloured = formatReport(report, { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(formatReport(report, { color: false }));
  });

  it('cannot be driven by control characters in the input', () => {
    const hostile = { ...report, bullets: [bullet({ text: 'Led \u001b[2J X', findings: [finding({ message: 'm\u001b]0;t\u0007' })] })] };
    expect(formatReport(hostile, {})).not.toContain('\u001b');
  });

  it('says so when there are no bullets', () => {
    expect(formatReport({ ...report, bullets: [], documentFindings: [] })).toContain('No bullets found.');
  });
});

describe('toJson', () => {
  it('keeps exactly the contract keys', () => {
    const json = toJson(report);
    expect(Object.keys(json)).toEqual(['score', 'lens', 'categories', 'documentFindings', 'bullets']);
    expect(Object.keys(json.categories)).toEqual(['impact', 'ownership', 'clarity', 'product']);
    expect(Object.keys(json.bullets[0]!)).toEqual(['text', 'start', 'end', 'score', 'findings', 'rewrite']);
    expect(Object.keys(json.bullets[0]!.findings[0]!)).toEqual(['rule', 'severity', 'start', 'end', 'message', 'why']);
    expect(Object.keys(json.documentFindings[0]!)).toEqual(['rule', 'severity', 'start', 'end', 'message', 'why']);
  });
});
