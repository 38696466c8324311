// Dismissing a finding rescores with the engine's formulas: nothing dropped = the engine's numbers.
import { describe, expect, it } from 'vitest';
import { withoutFindings } from '../../analysis/adjust.ts';
import { critique } from '../../analysis/index.ts';
import { readFileSync } from 'node:fs';

const RESUME = readFileSync(new URL('../fixtures/text/classic-resume.txt', import.meta.url), 'utf8');

describe('withoutFindings', () => {
  it.each(['pm', 'engineer'] as const)('drops nothing: equals the engine (%s lens)', (lens) => {
    const report = critique(RESUME, { lens });
    const out = withoutFindings(report, lens, () => false);
    expect(out.score).toBe(report.score);
    expect(out.categories).toEqual(report.categories);
    expect(out.bullets).toEqual(report.bullets);
  });

  it('dropping a rule equals critiquing with that rule off, for a rule no other rule defers to', () => {
    // no-metric wins or loses against no rule (PRECEDENCE), so switching it off = dropping it.
    for (const lens of ['pm', 'engineer'] as const) {
      const report = critique(RESUME, { lens });
      const off = critique(RESUME, { lens, disabled: ['no-metric'] });
      const out = withoutFindings(report, lens, (f) => f.rule === 'no-metric');
      expect(out.score).toBe(off.score);
      expect(out.categories).toEqual(off.categories);
      expect(out.bullets.map((b) => b.score)).toEqual(off.bullets.map((b) => b.score));
    }
  });

  it('drops one finding on one bullet only, and document findings by predicate', () => {
    const report = critique('Responsible for the CI pipeline\nResponsible for the CI pipeline', { mode: 'lines' });
    const first = report.bullets[0]!;
    const out = withoutFindings(report, 'pm', (f, b) => b === first && f.rule === 'weak-ownership');
    expect(out.bullets[0]!.findings.some((f) => f.rule === 'weak-ownership')).toBe(false);
    expect(out.bullets[0]!.score).toBe(first.score + 20);
    expect(out.bullets[1]).toBe(report.bullets[1]);
  });
});
