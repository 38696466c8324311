import type { CritiqueOptions, Report } from './types.ts';
import { parse } from './parse.ts';

// Placeholder: the real engine replaces this.
export function critique(text: string, options: CritiqueOptions = {}): Report {
  const doc = parse(text);
  const zero = { impact: 100, ownership: 100, clarity: 100, product: 100 };
  return {
    lens: options.lens ?? 'pm', score: 100, categories: zero, documentFindings: [],
    bullets: doc.bullets.map((b) => ({ ...b, score: 100, categories: zero, findings: [], signals: [], rewrite: null })),
    sections: doc.sections, positions: doc.positions, notes: doc.notes,
  };
}
