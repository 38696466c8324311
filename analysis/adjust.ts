// Drops findings from a critique (the user dismissed them) and scores again with the engine's own
// formulas, so what a page shows stays "100 minus the points of every finding still flagged".
// Pure and free of the rules' checks (score.ts reads rule weights from rule-info.ts): content
// scripts use it without loading the NLP library.
import { bulletScore, documentScore } from './score.ts';
import type { BulletReport, CategoryScores, Finding, Lens } from './types.ts';

export interface Rescored {
  score: number;
  categories: CategoryScores;
  bullets: BulletReport[];
  documentFindings: Finding[];
}

/**
 * `drop(finding, bullet)` says which findings go (bullet is null for document findings). With
 * nothing dropped the result equals the engine's own scores for the same report.
 */
export function withoutFindings(
  report: { bullets: readonly BulletReport[]; documentFindings: readonly Finding[] },
  lens: Lens,
  drop: (finding: Finding, bullet: BulletReport | null) => boolean,
): Rescored {
  const bullets = report.bullets.map((b) => {
    const findings = b.findings.filter((f) => !drop(f, b));
    if (findings.length === b.findings.length) return b;
    return { ...b, findings, ...bulletScore(findings, b.signals, lens) };
  });
  const documentFindings = report.documentFindings.filter((f) => !drop(f, null));
  return { ...documentScore(bullets, documentFindings, lens), bullets, documentFindings };
}
