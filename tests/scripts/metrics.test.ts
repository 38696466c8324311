import { describe, expect, it } from 'vitest';
import {
  confusion,
  labelledRules,
  median,
  misses,
  parseEvalJsonl,
  percentile,
  prf,
  scoreRules,
} from '../../scripts/lib/metrics.ts';
import type { Example, Label } from '../../scripts/lib/metrics.ts';

const ex = (id: string, labels: Record<string, Label>, predicted: string[]): Example => ({
  id,
  labels,
  predicted: new Set(predicted),
});

// a: TP, b: FN, c: FP, d: TN, e: null label (not scored even though it fired), f: rule unlabelled
const examples: Example[] = [
  ex('a', { r: true, s: false }, ['r']),
  ex('b', { r: true, s: true }, ['s']),
  ex('c', { r: false, s: false }, ['r', 's']),
  ex('d', { r: false, s: false }, []),
  ex('e', { r: null, s: true }, ['r', 's']),
  ex('f', { s: false }, ['r']),
];

describe('confusion', () => {
  it('counts TP/FP/FN/TN over non-null labels only', () => {
    expect(confusion(examples, 'r')).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(confusion(examples, 's')).toEqual({ tp: 2, fp: 1, fn: 0, tn: 3 });
  });

  it('ignores rules nobody labelled', () => {
    expect(confusion(examples, 'unknown')).toEqual({ tp: 0, fp: 0, fn: 0, tn: 0 });
  });
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    const m = prf({ tp: 6, fp: 2, fn: 4, tn: 100 });
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.6);
    expect(m.f1).toBeCloseTo((2 * 0.75 * 0.6) / (0.75 + 0.6));
  });

  it('leaves undefined ratios null instead of NaN', () => {
    // never fired: precision undefined, recall 0, F1 0
    expect(prf({ tp: 0, fp: 0, fn: 5, tn: 3 })).toEqual({ precision: null, recall: 0, f1: 0 });
    // no positives: recall undefined, F1 0 when it fired anyway
    expect(prf({ tp: 0, fp: 2, fn: 0, tn: 3 })).toEqual({ precision: 0, recall: null, f1: 0 });
    // nothing to score at all
    expect(prf({ tp: 0, fp: 0, fn: 0, tn: 9 })).toEqual({ precision: null, recall: null, f1: null });
  });

  it('is perfect when every positive is found and nothing else', () => {
    expect(prf({ tp: 3, fp: 0, fn: 0, tn: 1 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('scoreRules', () => {
  const board = scoreRules(examples, ['r', 's']);

  it('keeps the requested rule order and reports support = labelled positives', () => {
    expect(board.rules.map((r) => [r.rule, r.support])).toEqual([
      ['r', 2],
      ['s', 2],
    ]);
  });

  it('micro-averages by summing the counts', () => {
    expect(board.micro).toMatchObject({ rule: 'micro', tp: 3, fp: 2, fn: 1, tn: 4, support: 4 });
    expect(board.micro.precision).toBeCloseTo(3 / 5);
    expect(board.micro.recall).toBeCloseTo(3 / 4);
    expect(board.micro.f1).toBeCloseTo(6 / 9);
  });

  it('macro-averages the defined per-rule values', () => {
    const r = board.rules[0]!;
    const s = board.rules[1]!;
    expect(board.macro.f1).toBeCloseTo((r.f1! + s.f1!) / 2);
    const withUndefined = scoreRules([ex('x', { r: true, s: false }, [])], ['r', 's']);
    // r: P null, R 0; s: P null, R null → macro precision null, recall 0
    expect(withUndefined.macro).toEqual({ precision: null, recall: 0, f1: 0 });
  });
});

describe('misses', () => {
  it('lists false positives and false negatives of one rule, in input order', () => {
    const m = misses(examples, 'r');
    expect(m.falsePositives.map((e) => e.id)).toEqual(['c']);
    expect(m.falseNegatives.map((e) => e.id)).toEqual(['b']);
  });
});

describe('labelledRules', () => {
  it('puts preferred rules first in their order, then the rest sorted, skipping unlabelled ones', () => {
    const items = [{ labels: { z: true, b: false } }, { labels: { a: null, b: true } }];
    expect(labelledRules(items, ['b', 'missing', 'a'])).toEqual(['b', 'a', 'z']);
  });
});

describe('parseEvalJsonl', () => {
  it('parses items and skips blank lines', () => {
    const text = '{"id":"A1","text":"Led X","labels":{"r":true,"s":null}}\n\n{"id":"A2","text":"y","labels":{}}\r\n';
    expect(parseEvalJsonl(text)).toEqual([
      { id: 'A1', text: 'Led X', labels: { r: true, s: null } },
      { id: 'A2', text: 'y', labels: {} },
    ]);
  });

  it('names the line of a malformed item', () => {
    expect(() => parseEvalJsonl('{"id":"A1","text":"x","labels":{}}\n{oops')).toThrow(/line 2/);
    expect(() => parseEvalJsonl('{"id":"A1","labels":{}}')).toThrow(/line 1/);
    expect(() => parseEvalJsonl('{"id":"A1","text":"x","labels":{"r":"yes"}}')).toThrow(/"r" must be true, false or null/);
  });
});

describe('median and percentile', () => {
  it('median of odd and even counts, unsorted input untouched', () => {
    const v = [5, 1, 3];
    expect(median(v)).toBe(3);
    expect(v).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('nearest-rank percentile', () => {
    const v = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    expect(percentile(v, 95)).toBe(19);
    expect(percentile(v, 100)).toBe(20);
    expect(percentile(v, 50)).toBe(10);
    expect(percentile(v, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });
});
