// The engine: parse, run every bullet rule on each critiqued bullet, the document rules on the
// whole, then rewrite and score. Offsets in the result are into the text given.
import { bulletFeatures, type BulletFeatures } from './features.ts';
import { parse } from './parse.ts';
import { BULLET_RULES, BULLET_RULE_BY_ID, PRECEDENCE } from './rules/index.ts';
import { DOCUMENT_RULES } from './rules/document.ts';
import type { DocumentBullet } from './rules/document-rule.ts';
import type { RawFinding, RuleMeta } from './rules/rule.ts';
import { rewriteBullet } from './rewrite.ts';
import { findSignals } from './signals.ts';
import { bulletScore, documentScore } from './score.ts';
import type {
  BulletReport,
  BulletRuleId,
  CritiqueOptions,
  Finding,
  Lens,
  ParsedDocument,
  Report,
  RuleId,
  SectionKind,
} from './types.ts';

/** Longest text analysed; the rest is reported in `notes` (a 1 MB paste must not freeze a page). */
export const MAX_INPUT = 200_000;
/** Most bullets critiqued in one call. */
export const MAX_BULLETS = 600;
/** Longest single bullet analysed by the NLP rules. */
export const MAX_BULLET_CHARS = 2_000;

const WORDY = /[\p{L}\p{N}]/u;

/** Sections whose lines are achievements; a headingless text is all bullets. */
const CRITIQUED: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'other']);

function finding(meta: RuleMeta<RuleId>, raw: RawFinding, offset: number, text: string, lens: Lens): Finding {
  const start = raw.start + offset;
  const end = raw.end + offset;
  const f: Finding = {
    rule: meta.id,
    severity: meta.severity[lens],
    category: meta.category,
    start,
    end,
    actual: text.slice(start, end),
    message: raw.message ?? meta.message,
    why: meta.why,
    penalty: meta.penalty[lens],
  };
  if (raw.suggestions && raw.suggestions.length > 0) {
    f.suggestions = raw.suggestions.map((s) => ({ start: s.start + offset, end: s.end + offset, text: s.text }));
  }
  return f;
}

/** Runs the bullet rules on one bullet; offsets stay relative to the bullet. */
export function checkBullet(features: BulletFeatures, disabled: ReadonlySet<RuleId> = new Set()): Map<BulletRuleId, RawFinding[]> {
  const hits = new Map<BulletRuleId, RawFinding[]>();
  for (const rule of BULLET_RULES) {
    if (disabled.has(rule.id)) continue;
    const found = rule.check(features);
    if (found.length > 0) hits.set(rule.id, found);
  }
  for (const { winner, loser, scope } of PRECEDENCE) {
    const wins = hits.get(winner);
    const loses = hits.get(loser);
    if (!wins || !loses) continue;
    const kept = scope === 'bullet' ? [] : loses.filter((l) => !wins.some((w) => l.start < w.end && w.start < l.end));
    if (kept.length > 0) hits.set(loser, kept);
    else hits.delete(loser);
  }
  return hits;
}

interface Candidate {
  start: number;
  end: number;
  section: number;
  position: number | null;
}

function candidates(text: string, mode: 'document' | 'lines', parsed: ParsedDocument | null): Candidate[] {
  if (mode === 'lines') {
    const out: Candidate[] = [];
    const re = /[^\r\n]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      if (!body) continue;
      // Strip a list marker so "• Led ..." and "- Led ..." read as "Led ...".
      const marker = /^(?:[•\-*–—▪◦●►✓]|\d{1,2}[.)])\s+/.exec(body)?.[0].length ?? 0;
      const start = m.index + lead + marker;
      const end = m.index + lead + body.length;
      if (start < end && WORDY.test(text.slice(start, end))) out.push({ start, end, section: 0, position: null });
    }
    return out;
  }
  const doc = parsed!;
  const headingless = doc.sections.every((s) => s.kind === 'preamble');
  return doc.bullets
    // A "bullet" of markers or symbols alone ("••", "- -") has nothing to critique.
    .filter((b) => WORDY.test(b.text))
    .filter((b) => headingless || CRITIQUED.has(doc.sections[b.section]?.kind ?? 'other'))
    .map((b) => ({ start: b.start, end: b.end, section: b.section, position: b.position }));
}

export function critique(input: string, options: CritiqueOptions = {}): Report {
  const lens: Lens = options.lens === 'engineer' ? 'engineer' : 'pm';
  const mode = options.mode === 'lines' ? 'lines' : 'document';
  const disabled = new Set<RuleId>(options.disabled ?? []);
  const notes: string[] = [];
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_INPUT) {
    notes.push(`Only the first ${MAX_INPUT.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters were analysed.`);
    text = input.slice(0, MAX_INPUT);
  }
  const parsed = mode === 'document' ? parse(text) : null;
  if (parsed) notes.push(...parsed.notes);
  let picked = candidates(text, mode, parsed);
  if (picked.length > MAX_BULLETS) {
    notes.push(`Only the first ${MAX_BULLETS} of ${picked.length} bullets were critiqued.`);
    picked = picked.slice(0, MAX_BULLETS);
  }

  const docBullets: DocumentBullet[] = [];
  const bullets: BulletReport[] = picked.map((c) => {
    // A bullet longer than any real one is cut for the NLP rules; its findings stay in range.
    const end = Math.min(c.end, c.start + MAX_BULLET_CHARS);
    const bulletText = text.slice(c.start, end);
    const features = bulletFeatures(bulletText);
    const hits = checkBullet(features, disabled);
    const findings: Finding[] = [];
    for (const [id, raws] of hits) for (const raw of raws) findings.push(finding(BULLET_RULE_BY_ID[id], raw, c.start, text, lens));
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    const signals = findSignals(features).map((s) => ({ ...s, start: s.start + c.start, end: s.end + c.start }));
    const current = c.position !== null ? (parsed?.positions[c.position]?.dates?.current ?? null) : null;
    docBullets.push({ start: c.start, end: c.end, features, current, position: c.position });
    const { score, categories } = bulletScore(findings, signals, lens);
    return {
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      score,
      categories,
      findings,
      signals,
      rewrite: findings.length > 0 ? rewriteBullet(features, hits, { current }) : null,
      section: c.section,
      position: c.position,
    };
  });

  const documentFindings: Finding[] = [];
  const ctx = { text, parsed, bullets: docBullets };
  for (const rule of DOCUMENT_RULES) {
    if (disabled.has(rule.id)) continue;
    for (const raw of rule.check(ctx)) documentFindings.push(finding(rule, raw, 0, text, lens));
  }
  if (bullets.length === 0) notes.push('No bullets found to critique.');
  const { score, categories } = documentScore(bullets, documentFindings, lens);
  return {
    lens,
    score,
    categories,
    documentFindings,
    bullets,
    sections: parsed?.sections ?? [],
    positions: parsed?.positions ?? [],
    notes,
  };
}
