// Talks to the worker (which runs the engine) and maps reports back to the blocks they came from.
// Two strategies for a profile: one `analyze` message per block (default), or one batched message
// for all blocks with our own offset bookkeeping. scripts/bench-linkedin.ts measures both.
import type { BulletReport, CategoryScores, Finding, Report } from '../../analysis/types.ts';
import type { AnalyzeRequest, AnalyzeResponse } from '../../utils/protocol.ts';
import type { BulletView } from '../../components/BulletRow.tsx';
import { stripMarker } from './text.ts';

export type Analyze = (request: AnalyzeRequest) => Promise<Report>;
export type Send = (request: AnalyzeRequest) => Promise<AnalyzeResponse>;
export type Strategy = 'per-block' | 'batched';

/** Wraps the messenger: retries while a stopped worker restarts, rejects on `{ok:false}`. */
export function analyzeClient(send: Send, { retries = 3, delayMs = 150 } = {}): Analyze {
  return async (request) => {
    let lastError: unknown;
    for (let attempt = 0; attempt <= retries; attempt++) {
      try {
        const res = await send(request);
        if (res && res.ok) return res.report;
        // The worker answered and refused: retrying would not help.
        throw new RefusedError(res ? res.error : 'no answer');
      } catch (err) {
        if (err instanceof RefusedError) throw err;
        lastError = err;
        if (attempt < retries) await sleep(delayMs * 2 ** attempt);
      }
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  };
}

class RefusedError extends Error {}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A report's part that belongs to one block, offsets relative to the block's text. */
export interface BlockResult {
  score: number;
  /** Category scores, when the block's result was rescored (settings.ts's present). */
  categories?: CategoryScores;
  bullets: BulletReport[];
  documentFindings: Finding[];
}

export interface BlockInput {
  text: string;
  mode: 'document' | 'lines';
}

/** Joins blocks with a blank line, so the engine never runs one block's bullet into the next. */
export const BATCH_SEPARATOR = '\n\n';

export async function analyzeBlocks(
  analyze: Analyze,
  blocks: readonly BlockInput[],
  strategy: Strategy,
  options: Omit<AnalyzeRequest, 'text' | 'mode'> = {},
  /** Awaited between two per-block messages (utils/yield.ts): posting a message costs the page's
   *  main thread about 0.3-1 ms, so a long profile's 31 posts in a row made a task of their own. */
  checkpoint?: () => Promise<void>,
): Promise<BlockResult[]> {
  if (strategy === 'per-block' || blocks.length < 2) {
    const pending: Promise<BlockResult>[] = [];
    for (const b of blocks) {
      const result = analyze({ ...options, text: b.text, mode: b.mode }).then((r) => ({
        score: r.score,
        bullets: r.bullets,
        documentFindings: r.documentFindings,
      }));
      // Handled below by Promise.all; this keeps an early failure from being reported as unhandled
      // while the later blocks are still being posted.
      result.catch(() => {});
      pending.push(result);
      if (checkpoint && pending.length < blocks.length) await checkpoint();
    }
    return Promise.all(pending);
  }
  // Batched: one message per mode (headlines are one-liners, critiqued as lines).
  const results: BlockResult[] = new Array(blocks.length);
  for (const mode of ['document', 'lines'] as const) {
    const indices = blocks.flatMap((b, i) => (b.mode === mode ? [i] : []));
    if (!indices.length) continue;
    const joined = joinBlocks(indices.map((i) => blocks[i]!.text));
    const report = await analyze({ ...options, text: joined.text, mode });
    const split = splitReport(report, joined.starts, indices.map((i) => blocks[i]!.text.length));
    indices.forEach((blockIndex, k) => (results[blockIndex] = split[k]!));
  }
  return results;
}

export function joinBlocks(texts: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const t of texts) {
    if (starts.length) text += BATCH_SEPARATOR;
    starts.push(text.length);
    text += t;
  }
  return { text, starts };
}

/** Gives each block the bullets and findings that fall inside it, shifted to block offsets. */
export function splitReport(report: Report, starts: readonly number[], lengths: readonly number[]): BlockResult[] {
  const out: BlockResult[] = starts.map(() => ({ score: 100, bullets: [], documentFindings: [] }));
  const owner = (start: number, end: number) =>
    starts.findIndex((s, i) => start >= s && end <= s + lengths[i]!);
  const shiftFinding = (f: Finding, by: number): Finding => ({
    ...f,
    start: f.start - by,
    end: f.end - by,
    ...(f.suggestions ? { suggestions: f.suggestions.map((e) => ({ ...e, start: e.start - by, end: e.end - by })) } : {}),
  });
  for (const b of report.bullets) {
    const i = owner(b.start, b.end);
    if (i < 0) continue;
    const by = starts[i]!;
    out[i]!.bullets.push({ ...b, start: b.start - by, end: b.end - by, findings: b.findings.map((f) => shiftFinding(f, by)) });
  }
  for (const f of report.documentFindings) {
    const i = owner(f.start, f.end);
    if (i >= 0) out[i]!.documentFindings.push(shiftFinding(f, starts[i]!));
  }
  for (const r of out) {
    if (r.bullets.length) r.score = Math.round(r.bullets.reduce((sum, b) => sum + b.score, 0) / r.bullets.length);
  }
  return out;
}

/** What the components render for a block's bullets (list markers stripped, whitespace collapsed). */
export function toBulletViews(bullets: readonly BulletReport[]): BulletView[] {
  return bullets
    .map((b, i) => ({
      key: String(i),
      text: stripMarker(b.text).replace(/\s+/g, ' '),
      score: b.score,
      findings: b.findings,
      rewrite: b.rewrite,
    }))
    .filter((b) => b.text);
}
