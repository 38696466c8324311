// Positive signals (RULES.md "Signals that raise a score"): trade-offs, experiments, business metrics.
import type { BulletFeatures } from './features.ts';
import type { Signal, SignalId } from './types.ts';

export const SIGNAL_BONUS: Record<SignalId, number> = { 'trade-off': 8, experiment: 6, 'business-metric': 6 };

const PATTERNS: ReadonlyArray<[SignalId, RegExp]> = [
  ['trade-off', /\b(?:chose|choosing|chosen)\s+\S+(?:\s+\S+)?\s+over\b|\binstead of\b|\brather than\b|\b(?:de-?prioriti[sz]ed|killed|sunset|cut scope|traded off|trade-?offs?)\b/i],
  ['experiment', /\b(?:a\/b[- ]?test(?:s|ed|ing)?|split[- ]test(?:s|ed|ing)?|experiment(?:s|ed|ing)?|hypothes(?:is|ized|ised|es)|pilot(?:ed|ing)?|prototyp(?:ed|es)\s+(?:and|to)\s+(?:test|validat)|validated)\b/i],
];

export function findSignals(f: BulletFeatures): Signal[] {
  const out: Signal[] = [];
  for (const [id, re] of PATTERNS) {
    const m = re.exec(f.text);
    if (m) out.push({ id, start: m.index, end: m.index + m[0].length, bonus: SIGNAL_BONUS[id] });
  }
  // A business metric: a business/user measure with a number near it ("12% increase in Day-30 retention").
  for (const b of f.business) {
    const q = f.quantities.find((q) => Math.abs(q.start - b.end) < 40 || Math.abs(b.start - q.end) < 40);
    if (q) {
      out.push({ id: 'business-metric', start: Math.min(b.start, q.start), end: Math.max(b.end, q.end), bonus: SIGNAL_BONUS['business-metric'] });
      break;
    }
  }
  return out;
}
