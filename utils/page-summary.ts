// The popup's numbers for a page, from what the page shows: each annotated block's score and
// bullets. Pure; each site's content script feeds it its blocks (after settings are applied), and
// sends the resulting score for the toolbar badge when it changes.
import { SEVERITY_ORDER } from '../components/severity.ts';
import { CATEGORIES, type CategoryScores, type Finding, type RuleId } from '../analysis/types.ts';
import type { PageState, TopFix } from './protocol.ts';

export interface SummaryBullet {
  /** What `revealBullet` takes to find this bullet again. */
  id: string;
  text: string;
  findings: readonly Finding[];
}

export interface SummaryBlock {
  /** The score the block's badge shows. */
  score: number;
  categories: CategoryScores;
  bullets: readonly SummaryBullet[];
  documentFindings: readonly Finding[];
}

export type PageSummary = Pick<PageState, 'score' | 'categories' | 'bullets' | 'counts' | 'topFixes'>;

export const TOP_FIXES = 3;

/**
 * Score and categories: the mean of the blocks' shown scores weighted by their bullets (a block
 * with no bullet shows no score and weighs nothing). Counts: every finding shown, by rule.
 * Top fixes: one per bullet, the most severe first, then the most points, then page order.
 */
export function summarizePage(blocks: readonly SummaryBlock[]): PageSummary {
  let weight = 0;
  let score = 0;
  const cats = { impact: 0, ownership: 0, clarity: 0, product: 0 } as CategoryScores;
  const counts: Partial<Record<RuleId, number>> = {};
  const count = (f: Finding) => (counts[f.rule] = (counts[f.rule] ?? 0) + 1);
  const candidates: Array<TopFix & { rank: number; order: number }> = [];
  for (const block of blocks) {
    block.documentFindings.forEach(count);
    const n = block.bullets.length;
    if (!n) continue;
    weight += n;
    score += block.score * n;
    for (const c of CATEGORIES) cats[c] += block.categories[c] * n;
    for (const bullet of block.bullets) {
      bullet.findings.forEach(count);
      let best: Finding | null = null;
      for (const f of bullet.findings) if (!best || better(f, best)) best = f;
      if (best) {
        candidates.push({
          bulletId: bullet.id,
          rule: best.rule,
          message: best.message,
          bullet: bullet.text,
          gain: best.penalty,
          rank: SEVERITY_ORDER.indexOf(best.severity),
          order: candidates.length,
        });
      }
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || b.gain - a.gain || a.order - b.order);
  const topFixes = candidates.slice(0, TOP_FIXES).map(({ rank: _r, order: _o, ...fix }) => fix);
  if (!weight) return { score: null, categories: null, bullets: 0, counts, topFixes };
  for (const c of CATEGORIES) cats[c] = Math.round(cats[c] / weight);
  return { score: Math.round(score / weight), categories: cats, bullets: weight, counts, topFixes };
}

function better(a: Finding, b: Finding): boolean {
  const ra = SEVERITY_ORDER.indexOf(a.severity);
  const rb = SEVERITY_ORDER.indexOf(b.severity);
  return ra < rb || (ra === rb && a.penalty > b.penalty);
}

/** Sends the page's score for the badge when it changes (null: no badge). */
export function scoreReporter(send: (score: number | null) => Promise<unknown>): (state: PageState) => void {
  let last: number | null | undefined;
  return (state) => {
    const score = state.status === 'ready' ? state.score : null;
    if (score === last) return;
    last = score;
    send(score).catch(() => {
      last = undefined; // the worker was restarting: send again next time
    });
  };
}
