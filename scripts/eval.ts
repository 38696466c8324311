// `npm run eval -- [PATH] [--json] [--misses RULE] [--lens pm|engineer]`: scores the engine's bullet
// rules against a labelled set (default ../shared/eval/dev.jsonl) by precision, recall and F1.
//
// Every eval text is ONE bullet. It is critiqued with mode 'lines' (no section or position guessing
// on a lone line); a text that contains line breaks has them replaced by spaces first, because in
// 'lines' mode each line would become a separate bullet. A rule counts as predicted for an item when
// any finding of any bullet the engine returns for it carries that rule (there should be exactly one
// bullet; the count of items where there is not is reported).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BULLET_RULE_IDS, critique, LENSES } from '../analysis/index.ts';
import type { Finding, Lens } from '../analysis/index.ts';
import { labelledRules, misses, parseEvalJsonl, scoreRules } from './lib/metrics.ts';
import type { EvalItem, Example, Prf, RuleScore } from './lib/metrics.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_SET = resolve(ROOT, '../shared/eval/dev.jsonl');

interface Scored extends Example {
  text: string;
  findings: Finding[];
  bullets: number;
}

function die(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

/** The eval's one-bullet contract: line breaks become spaces so 'lines' mode sees one line. */
function asOneBullet(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

function run(items: readonly EvalItem[], lens: Lens): Scored[] {
  return items.map((item) => {
    const report = critique(asOneBullet(item.text), { mode: 'lines', lens });
    const findings = report.bullets.flatMap((b) => b.findings);
    return {
      id: item.id,
      text: item.text,
      labels: item.labels,
      predicted: new Set(findings.map((f) => f.rule)),
      findings,
      bullets: report.bullets.length,
    };
  });
}

const num = (v: number | null, width: number) => (v === null ? '—' : v.toFixed(3)).padStart(width);

function table(rows: readonly RuleScore[], micro: RuleScore, macro: Prf): string {
  const w = Math.max(14, ...rows.map((r) => r.rule.length));
  const head = `${'rule'.padEnd(w)}  support    TP    FP    FN  precision  recall     F1`;
  const line = (r: RuleScore) =>
    `${r.rule.padEnd(w)}  ${String(r.support).padStart(7)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}  ${num(r.precision, 9)} ${num(r.recall, 7)} ${num(r.f1, 6)}`;
  const rule = '─'.repeat(head.length);
  return [
    head,
    rule,
    ...rows.map(line),
    rule,
    line(micro),
    `${'macro'.padEnd(w)}  ${' '.repeat(25)}  ${num(macro.precision, 9)} ${num(macro.recall, 7)} ${num(macro.f1, 6)}`,
  ].join('\n');
}

function spansOf(ex: Scored, rule: string): string[] {
  return ex.findings.filter((f) => f.rule === rule).map((f) => f.actual);
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        misses: { type: 'string' },
        lens: { type: 'string', default: 'pm' },
      },
    });
  } catch (err) {
    die(`${(err as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) die('expected at most one eval file');
  if (!(LENSES as readonly string[]).includes(values.lens!)) die(`unknown lens "${values.lens}"`);
  const lens = values.lens as Lens;
  const path = positionals[0] ? resolve(process.cwd(), positionals[0]) : DEFAULT_SET;

  let items: EvalItem[];
  try {
    items = parseEvalJsonl(readFileSync(path, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    die(e.code ? `cannot read "${path}": ${e.code === 'ENOENT' ? 'no such file' : e.message}` : `${path}: ${e.message}`);
  }
  const rules = labelledRules(items, BULLET_RULE_IDS);
  const missRule = values.misses;
  if (missRule !== undefined && !rules.includes(missRule)) {
    die(`--misses: "${missRule}" is not a labelled rule (one of: ${rules.join(', ')})`);
  }

  const t0 = performance.now();
  const scored = run(items, lens);
  const ms = performance.now() - t0;
  const board = scoreRules(scored, rules);
  const oddBullets = scored.filter((s) => s.bullets !== 1);
  const missed = missRule === undefined ? null : misses(scored, missRule);

  if (values.json) {
    const out = {
      file: path,
      lens,
      items: items.length,
      itemsNotOneBullet: oddBullets.map((s) => s.id),
      ms: Math.round(ms),
      rules: board.rules,
      micro: board.micro,
      macro: board.macro,
      ...(missed && missRule
        ? {
            misses: {
              rule: missRule,
              falsePositives: missed.falsePositives.map((s) => ({ id: s.id, text: s.text, spans: spansOf(s, missRule) })),
              falseNegatives: missed.falseNegatives.map((s) => ({ id: s.id, text: s.text })),
            },
          }
        : {}),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }

  const out: string[] = [];
  out.push(`Impact Lens eval · ${relative(process.cwd(), path) || path} · ${items.length} items · lens ${lens} · ${Math.round(ms)} ms`, '');
  if (missed && missRule) {
    const r = board.rules.find((x) => x.rule === missRule)!;
    out.push(table([r], board.micro, board.macro).split('\n').slice(0, 3).join('\n'), '');
    out.push(`False positives (${missed.falsePositives.length}): fired, labelled false`);
    for (const s of missed.falsePositives) {
      out.push(`  FP ${s.id}  [${spansOf(s, missRule).map((a) => JSON.stringify(a)).join(', ')}]  ${asOneBullet(s.text)}`);
    }
    out.push('', `False negatives (${missed.falseNegatives.length}): quiet, labelled true`);
    for (const s of missed.falseNegatives) out.push(`  FN ${s.id}  ${asOneBullet(s.text)}`);
  } else {
    out.push(table(board.rules, board.micro, board.macro));
    out.push('', 'support = items labelled true; null labels are not scored; — = undefined (nothing to divide).');
  }
  if (oddBullets.length) {
    out.push('', `note: ${oddBullets.length} item(s) did not come back as exactly one bullet: ${oddBullets.slice(0, 10).map((s) => s.id).join(', ')}${oddBullets.length > 10 ? ', …' : ''}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2));
