// `npm run bench -- [--json] [--rounds N] [--cold N]`: the engine's speed, and its cost relative to
// a bare compromise parse of the same bullets, measured side by side in one run.
//
// (a) cold import: fresh `node --import tsx` children time `await import('analysis/index.ts')`
//     (tsx's transpile cache is warm after the first child, as it is for any user; the first
//     child is included). A bare `import('compromise')` is timed in alternating children for scale.
// (b) a 60-bullet resume (the sample resume's bullets, then eval bullets) critiqued warm.
// (c) (b) divided by the bullet count.
// (d) `nlp(text)` on each of the same 60 bullets: the floor any compromise-based engine pays.
// (e) engine per bullet / bare compromise per bullet.
// Engine and bare rounds alternate (and swap which goes first every round) so drift and GC noise
// land on both.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { critique } from '../analysis/index.ts';
import { median, parseEvalJsonl, percentile } from './lib/metrics.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENGINE = resolve(ROOT, 'analysis/index.ts');
const SAMPLE = resolve(ROOT, 'cli/sample-resume.txt');
const EVAL_SET = resolve(ROOT, '../shared/eval/dev.jsonl');
const BULLETS = 60;
const TARGET_RESUME_MS = 30;
const TARGET_RATIO = 1.5;

function die(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

/** The 60 bullets: the sample resume's marked lines first, then eval texts, one line each. */
function benchBullets(): string[] {
  const sample = [...readFileSync(SAMPLE, 'utf8').matchAll(/^[ \t]*[•*-][ \t]+(.+)$/gm)].map((m) => m[1]!.trim());
  const extra = existsSync(EVAL_SET)
    ? parseEvalJsonl(readFileSync(EVAL_SET, 'utf8')).map((i) => i.text.replace(/\s*[\r\n]+\s*/g, ' ').trim())
    : [];
  const pool = [...sample, ...extra].filter(Boolean);
  if (pool.length === 0) die('no bullets found in the sample resume or the eval set');
  // Without the eval set, cycle the sample's bullets to reach 60.
  return Array.from({ length: BULLETS }, (_, i) => pool[i % pool.length]!);
}

/** A plausible resume around the bullets: four positions of 15, skills at the bottom. */
function benchResume(bullets: readonly string[]): string {
  const lines = ['Jordan Vale', 'jordan.vale@example.com · Remote', '', 'EXPERIENCE', ''];
  const per = Math.ceil(bullets.length / 4);
  for (let p = 0; p * per < bullets.length; p++) {
    lines.push(`Senior Engineer — Example Company ${p + 1}`, `Jan ${2023 - 2 * p} – ${p === 0 ? 'Present' : `Dec ${2024 - 2 * p}`}`);
    for (const b of bullets.slice(p * per, (p + 1) * per)) lines.push(`• ${b}`);
    lines.push('');
  }
  lines.push('SKILLS', 'TypeScript, React, SQL, experimentation', '');
  return lines.join('\n');
}

/** Milliseconds a fresh `node --import tsx` child spends in `await import(spec)`. */
function coldImportMs(spec: string): number {
  const code = `const t = performance.now(); await import(${JSON.stringify(spec)}); process.stdout.write(String(performance.now() - t));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const ms = Number(child.stdout);
  if (child.status !== 0 || !Number.isFinite(ms)) {
    die(`cold import of ${spec} failed: ${(child.stderr || child.error?.message || 'no output').split('\n')[0]}`);
  }
  return ms;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) die(`--${name} needs a positive integer`);
  return n;
}

function main(argv: string[]): void {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { json: { type: 'boolean', default: false }, rounds: { type: 'string' }, cold: { type: 'string' } },
    }));
  } catch (err) {
    die((err as Error).message.split('\n')[0]!);
  }
  const rounds = positiveInt(values.rounds, 50, 'rounds');
  const coldRuns = positiveInt(values.cold, 5, 'cold');

  // (a) cold imports, engine and bare compromise alternating
  const engineCold: number[] = [];
  const compromiseCold: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    engineCold.push(coldImportMs(pathToFileURL(ENGINE).href));
    compromiseCold.push(coldImportMs('compromise'));
  }

  // (b)-(e) warm, interleaved
  const bullets = benchBullets();
  const resume = benchResume(bullets);
  const engineRound = () => {
    critique(resume);
  };
  const bareRound = () => {
    for (const b of bullets) nlp(b);
  };
  for (let i = 0; i < 10; i++) {
    engineRound();
    bareRound();
  }
  const engineMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      engineMs.push(time(engineRound));
      bareMs.push(time(bareRound));
    } else {
      bareMs.push(time(bareRound));
      engineMs.push(time(engineRound));
    }
  }

  const resumeMedian = median(engineMs);
  const bareMedian = median(bareMs);
  const result = {
    node: process.version,
    bullets: bullets.length,
    engineBulletsFound: critique(resume).bullets.length,
    rounds,
    coldImport: { runs: coldRuns, engineMedianMs: median(engineCold), compromiseMedianMs: median(compromiseCold), engineMs: engineCold },
    resume: { medianMs: resumeMedian, p95Ms: percentile(engineMs, 95), targetMs: TARGET_RESUME_MS, ok: resumeMedian <= TARGET_RESUME_MS },
    enginePerBulletMs: resumeMedian / bullets.length,
    bareCompromise: { medianMsPerRound: bareMedian, perBulletMs: bareMedian / bullets.length },
    ratio: { value: resumeMedian / bareMedian, target: TARGET_RATIO, ok: resumeMedian / bareMedian <= TARGET_RATIO },
  };

  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const ms = (v: number) => `${v < 1 ? v.toFixed(3) : v.toFixed(1)} ms`;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const rows: [string, string, string, string][] = [
    [`(a) cold import analysis/index.ts (median of ${coldRuns})`, ms(result.coldImport.engineMedianMs), '', ''],
    ['    cold import of bare compromise, for scale', ms(result.coldImport.compromiseMedianMs), '', ''],
    [`(b) critique ${bullets.length}-bullet resume, warm, median`, ms(resumeMedian), `≤ ${TARGET_RESUME_MS} ms`, verdict(result.resume.ok)],
    ['    same, p95', ms(result.resume.p95Ms), '', ''],
    ['(c) engine per bullet, warm', ms(result.enginePerBulletMs), '', ''],
    ['(d) bare compromise nlp() per bullet, median', ms(result.bareCompromise.perBulletMs), '', ''],
    ['(e) ratio engine / bare compromise', result.ratio.value.toFixed(2), `≤ ${TARGET_RATIO}`, verdict(result.ratio.ok)],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const w2 = Math.max(...rows.map((r) => r[2].length));
  const out = [
    `Impact Lens bench · node ${process.version} · ${bullets.length} bullets (engine found ${result.engineBulletsFound}) · ${rounds} interleaved rounds`,
    '',
    `${'measure'.padEnd(w0)}  ${'value'.padStart(w1)}  target`,
    ...rows.map(([a, b, c, d]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padEnd(w2)}  ${d}`.trimEnd()),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2));
