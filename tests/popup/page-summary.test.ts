// The popup's numbers for a page, and the guard on what a content script answers.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../analysis/types.ts';
import { summarizePage, type SummaryBlock } from '../../utils/page-summary.ts';
import { validatePageState } from '../../utils/validate.ts';

const f = (rule: Finding['rule'], severity: Finding['severity'], penalty: number): Finding => ({
  rule, severity, penalty, category: 'impact', start: 0, end: 1, actual: 'x', message: `${rule} message`, why: 'why',
});
const cats = (n: number) => ({ impact: n, ownership: n, clarity: n, product: n });

const BLOCKS: SummaryBlock[] = [
  {
    score: 80,
    categories: cats(90),
    bullets: [
      { id: 'a:0', text: 'Led X', findings: [f('no-metric', 'warning', 15)] },
      { id: 'a:1', text: 'Responsible for Y', findings: [f('weak-ownership', 'error', 20), f('no-metric', 'warning', 15)] },
    ],
    documentFindings: [f('verb-repetition', 'info', 3)],
  },
  { score: 50, categories: cats(60), bullets: [{ id: 'b:0', text: 'Synergy', findings: [f('buzzword', 'info', 6), f('buzzword', 'info', 6)] }], documentFindings: [] },
  { score: 0, categories: cats(0), bullets: [], documentFindings: [f('tense-mix', 'info', 3)] }, // no bullets: no weight
  { score: 100, categories: cats(100), bullets: [{ id: 'c:0', text: 'Cut churn 12%', findings: [] }], documentFindings: [] },
];

describe('summarizePage', () => {
  it('weights block scores by their bullets and counts every finding by rule', () => {
    const s = summarizePage(BLOCKS);
    expect(s.score).toBe(Math.round((80 * 2 + 50 + 100) / 4));
    expect(s.categories).toEqual(cats(Math.round((90 * 2 + 60 + 100) / 4)));
    expect(s.bullets).toBe(4);
    expect(s.counts).toEqual({ 'no-metric': 2, 'weak-ownership': 1, buzzword: 2, 'verb-repetition': 1, 'tense-mix': 1 });
  });

  it('top fixes: one per bullet, most severe first, then most points, then page order', () => {
    expect(summarizePage(BLOCKS).topFixes).toEqual([
      { bulletId: 'a:1', rule: 'weak-ownership', message: 'weak-ownership message', bullet: 'Responsible for Y', gain: 20 },
      { bulletId: 'a:0', rule: 'no-metric', message: 'no-metric message', bullet: 'Led X', gain: 15 },
      { bulletId: 'b:0', rule: 'buzzword', message: 'buzzword message', bullet: 'Synergy', gain: 6 },
    ]);
  });

  it('no bullets: no score', () => {
    expect(summarizePage([])).toEqual({ score: null, categories: null, bullets: 0, counts: {}, topFixes: [] });
  });
});

describe('validatePageState', () => {
  const good = { status: 'ready', site: 'linkedin', ...summarizePage(BLOCKS) };
  it('passes a well-formed answer through', () => {
    expect(validatePageState(good)).toEqual(good);
    expect(validatePageState({ ...good, status: 'loading', score: null, categories: null, bullets: 0, counts: {}, topFixes: [] })).not.toBeNull();
  });
  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'ready'],
    ['an unknown status', { ...good, status: 'great' }],
    ['an unknown site', { ...good, site: 'myspace' }],
    ['a score out of range', { ...good, score: 140 }],
    ['a category missing', { ...good, categories: { impact: 1 } }],
    ['an unknown rule in counts', { ...good, counts: { 'no-such': 1 } }],
    ['a negative count', { ...good, counts: { buzzword: -1 } }],
    ['four top fixes', { ...good, topFixes: [...good.topFixes, ...good.topFixes] }],
    ['a fix with an unknown rule', { ...good, topFixes: [{ ...good.topFixes[0], rule: 'x' }] }],
  ])('refuses %s', (_, data) => {
    expect(validatePageState(data)).toBeNull();
  });
});
