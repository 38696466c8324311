// Scores: 100 minus the penalty of each finding plus the bonus of each signal, per bullet and per
// category; the document averages its bullets and subtracts its own findings. Every point lost is a
// finding's `penalty`, so a UI can explain a score line by line.
// Rule weights come from the data table, not the rules: content scripts rescore after a dismissal
// with these functions and must not load the rules' checks (and compromise with them).
import { BULLET_RULE_WEIGHTS } from './rule-weights.ts';
import { SIGNAL_BONUS } from './signals.ts';
import { CATEGORIES, type BulletReport, type Category, type CategoryScores, type Finding, type Lens, type Signal, type SignalId } from './types.ts';

const SIGNAL_CATEGORY: Record<SignalId, Category> = { 'trade-off': 'product', experiment: 'product', 'business-metric': 'impact' };

/** What one category can lose on one bullet: the sum of its rules' penalties. */
const BUDGET: Record<Lens, Record<Category, number>> = { pm: budget('pm'), engineer: budget('engineer') };

function budget(lens: Lens): Record<Category, number> {
  const b = { impact: 0, ownership: 0, clarity: 0, product: 0 };
  for (const r of BULLET_RULE_WEIGHTS) b[r.category] += r.penalty[lens];
  return b;
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

export function bulletScore(findings: Finding[], signals: Signal[], lens: Lens): { score: number; categories: CategoryScores } {
  const lost = { impact: 0, ownership: 0, clarity: 0, product: 0 };
  let total = 0;
  // A rule costs its penalty once per bullet, however many spans it marks.
  const seen = new Set<string>();
  for (const f of findings) {
    if (seen.has(f.rule)) continue;
    seen.add(f.rule);
    lost[f.category] += f.penalty;
    total += f.penalty;
  }
  let bonus = 0;
  for (const s of signals) {
    lost[SIGNAL_CATEGORY[s.id]] -= s.bonus;
    bonus += s.bonus;
  }
  const categories = {} as CategoryScores;
  for (const c of CATEGORIES) categories[c] = clamp(100 - (100 * lost[c]) / BUDGET[lens][c]);
  return { score: clamp(100 - total + bonus), categories };
}

export function documentScore(bullets: BulletReport[], documentFindings: Finding[], lens: Lens): { score: number; categories: CategoryScores } {
  const categories = { impact: 100, ownership: 100, clarity: 100, product: 100 } as CategoryScores;
  if (bullets.length === 0) return { score: 0, categories };
  const mean = (pick: (b: BulletReport) => number) => bullets.reduce((s, b) => s + pick(b), 0) / bullets.length;
  let docPenalty = 0;
  const lost = { impact: 0, ownership: 0, clarity: 0, product: 0 };
  const seen = new Set<string>();
  for (const f of documentFindings) {
    if (seen.has(f.rule)) continue;
    seen.add(f.rule);
    docPenalty += f.penalty;
    lost[f.category] += f.penalty;
  }
  for (const c of CATEGORIES) categories[c] = clamp(mean((b) => b.categories[c]) - (100 * lost[c]) / BUDGET[lens][c]);
  return { score: clamp(mean((b) => b.score) - docPenalty), categories };
}

export { SIGNAL_BONUS };
