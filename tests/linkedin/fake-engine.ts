// A tiny stand-in for the engine with the Report shape, so the UI tests do not depend on the
// engine's wording or scores: every non-empty line (document mode: also every sentence of a
// paragraph) is a bullet; "Responsible for…"-style openings get weak-ownership with a rewrite,
// bullets without a digit get no-metric.
import type { BulletReport, Finding, Report } from '../../analysis/types.ts';
import type { AnalyzeRequest } from '../../utils/protocol.ts';

const WEAK = /^(responsible for|was responsible for|worked on|was tasked with|helped|was in charge of)\s+/i;
const MARKER = /^\s*(?:[•\-*]|\d+\.)\s+/;

export function fakeCritique({ text, mode = 'document', lens = 'pm' }: AnalyzeRequest): Report {
  const bullets: BulletReport[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const marker = MARKER.exec(m[0])?.[0].length ?? 0;
    const pieces: [number, number][] = [];
    if (mode === 'document' && !marker) {
      const sentRe = /[^.!?]+[.!?]*/g;
      for (let s = sentRe.exec(m[0]); s; s = sentRe.exec(m[0])) {
        const lead = s[0].length - s[0].trimStart().length;
        const body = s[0].trim();
        if (body) pieces.push([m.index + s.index + lead, m.index + s.index + lead + body.length]);
      }
    } else {
      const body = m[0].slice(marker).trimEnd();
      if (body.trim()) pieces.push([m.index + marker, m.index + marker + body.length]);
    }
    for (const [start, end] of pieces) bullets.push(bullet(text, start, end));
  }
  const score = bullets.length ? Math.round(bullets.reduce((s, b) => s + b.score, 0) / bullets.length) : 100;
  const zero = { impact: score, ownership: score, clarity: score, product: score };
  return { lens, score, categories: zero, documentFindings: [], bullets, sections: [], positions: [], notes: [] };
}

function bullet(text: string, start: number, end: number): BulletReport {
  const t = text.slice(start, end);
  const findings: Finding[] = [];
  let rewrite: string | null = null;
  const weak = WEAK.exec(t);
  if (weak) {
    findings.push(finding('weak-ownership', 'warning', start, start + weak[0].trimEnd().length, t, 'Says what you were assigned, not what you did.'));
    const rest = t.slice(weak[0].length);
    rewrite = `Owned ${rest}, cutting lead time 30%`;
  }
  if (!/\d/.test(t)) findings.push(finding('no-metric', 'info', start, end, t, 'No number shows the size of the result.'));
  const score = 100 - findings.length * 20;
  const cats = { impact: score, ownership: score, clarity: score, product: score };
  return { start, end, text: t, score, categories: cats, findings, signals: [], rewrite, section: 0, position: null };
}

function finding(rule: Finding['rule'], severity: Finding['severity'], start: number, end: number, text: string, message: string): Finding {
  return { rule, severity, category: 'impact', start, end, actual: text, message, why: `Why: ${message}`, penalty: 20 };
}

/** An Analyze function over the fake engine, with a call log. */
export function fakeAnalyze() {
  const calls: AnalyzeRequest[] = [];
  const analyze = async (request: AnalyzeRequest): Promise<Report> => {
    calls.push(request);
    return fakeCritique(request);
  };
  return Object.assign(analyze, { calls });
}
