// Pure scoring for the eval and bench scripts: confusion counts, precision/recall/F1, percentiles.

/** A reviewer label: true (rule should fire), false (should not), null (reviewers disagreed: not scored). */
export type Label = boolean | null;

export interface EvalItem {
  id: string;
  text: string;
  labels: Record<string, Label>;
}

/** One scored example: its labels and the rule ids the engine reported for it. */
export interface Example {
  id: string;
  labels: Readonly<Record<string, Label | undefined>>;
  predicted: ReadonlySet<string>;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Prf {
  /** tp / (tp + fp); null when the rule never fired on a labelled example. */
  precision: number | null;
  /** tp / (tp + fn); null when no example is labelled positive. */
  recall: number | null;
  /** 2tp / (2tp + fp + fn); null only when there is nothing to score (no positives, no predictions). */
  f1: number | null;
}

export interface RuleScore extends Confusion, Prf {
  rule: string;
  /** Examples labelled true (tp + fn). */
  support: number;
}

export interface Scoreboard {
  rules: RuleScore[];
  /** Counts summed over all rules, then precision/recall/F1 of the sums. */
  micro: RuleScore;
  /** Unweighted mean of the per-rule values that are defined (null if none is). */
  macro: Prf;
}

/** Confusion counts of one rule over the examples whose label for it is true or false. */
export function confusion(examples: readonly Example[], rule: string): Confusion {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const ex of examples) {
    const label = ex.labels[rule];
    if (label !== true && label !== false) continue;
    const fired = ex.predicted.has(rule);
    if (label && fired) c.tp++;
    else if (label) c.fn++;
    else if (fired) c.fp++;
    else c.tn++;
  }
  return c;
}

export function prf(c: Confusion): Prf {
  return {
    precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
    f1: 2 * c.tp + c.fp + c.fn === 0 ? null : (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
  };
}

function mean(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
}

/** Per-rule scores in the order of `rules`, plus micro and macro averages. */
export function scoreRules(examples: readonly Example[], rules: readonly string[]): Scoreboard {
  const scored = rules.map((rule): RuleScore => {
    const c = confusion(examples, rule);
    return { rule, support: c.tp + c.fn, ...c, ...prf(c) };
  });
  const sum: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const r of scored) {
    sum.tp += r.tp;
    sum.fp += r.fp;
    sum.fn += r.fn;
    sum.tn += r.tn;
  }
  return {
    rules: scored,
    micro: { rule: 'micro', support: sum.tp + sum.fn, ...sum, ...prf(sum) },
    macro: {
      precision: mean(scored.map((r) => r.precision)),
      recall: mean(scored.map((r) => r.recall)),
      f1: mean(scored.map((r) => r.f1)),
    },
  };
}

/** The examples one rule got wrong: fired on a false label, or stayed quiet on a true one. */
export function misses<E extends Example>(examples: readonly E[], rule: string): { falsePositives: E[]; falseNegatives: E[] } {
  return {
    falsePositives: examples.filter((ex) => ex.labels[rule] === false && ex.predicted.has(rule)),
    falseNegatives: examples.filter((ex) => ex.labels[rule] === true && !ex.predicted.has(rule)),
  };
}

/** Every rule id labelled in the set, `preferred` ones first in their order, then the rest sorted. */
export function labelledRules(items: readonly { labels: Readonly<Record<string, unknown>> }[], preferred: readonly string[] = []): string[] {
  const seen = new Set<string>();
  for (const item of items) for (const key of Object.keys(item.labels)) seen.add(key);
  const first = preferred.filter((r) => seen.has(r));
  const rest = [...seen].filter((r) => !preferred.includes(r)).sort();
  return [...first, ...rest];
}

/**
 * Parses the eval set's JSON Lines (see shared/eval/README.md). Blank lines are skipped; a line
 * that is not a valid item throws with its 1-based line number.
 */
export function parseEvalJsonl(text: string): EvalItem[] {
  const items: EvalItem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`line ${i + 1}: not JSON (${(err as Error).message})`);
    }
    const o = raw as Partial<EvalItem> | null;
    if (!o || typeof o !== 'object' || typeof o.id !== 'string' || typeof o.text !== 'string') {
      throw new Error(`line ${i + 1}: expected an object with string "id" and "text"`);
    }
    if (!o.labels || typeof o.labels !== 'object' || Array.isArray(o.labels)) {
      throw new Error(`line ${i + 1} (${o.id}): expected a "labels" object`);
    }
    for (const [rule, v] of Object.entries(o.labels)) {
      if (v !== true && v !== false && v !== null) {
        throw new Error(`line ${i + 1} (${o.id}): label "${rule}" must be true, false or null`);
      }
    }
    items.push({ id: o.id, text: o.text, labels: o.labels });
  });
  return items;
}

// ---------- timing statistics (bench) ----------

/** Median of the values (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in [0, 100]): the smallest value with at least p% of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * s.length);
  return s[Math.max(0, rank - 1)]!;
}
