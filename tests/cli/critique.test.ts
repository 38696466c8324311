import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, SAMPLE_PATH } from '../../cli/critique.ts';
import type { Io } from '../../cli/critique.ts';
import { ANSI, displayWidth } from '../../cli/format.ts';
import type { JsonReport } from '../../cli/format.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'impact-lens-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], opts: { stdin?: string; isTTY?: boolean; env?: Record<string, string>; truncated?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.isTTY ?? false, columns: 120 },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => ({ text: opts.stdin ?? '', truncated: opts.truncated ?? false }),
    env: opts.env ?? {},
    cwd: dir,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const parseJson = (r: Run) => JSON.parse(r.stdout) as JsonReport;

/** Asserts the exact JSON contract: five top-level keys, six per bullet, six per finding. */
function expectContract(json: JsonReport, input: string): void {
  expect(Object.keys(json).sort()).toEqual(['bullets', 'categories', 'documentFindings', 'lens', 'score']);
  expect(typeof json.score).toBe('number');
  expect(['pm', 'engineer']).toContain(json.lens);
  expect(Object.keys(json.categories).sort()).toEqual(['clarity', 'impact', 'ownership', 'product']);
  for (const v of Object.values(json.categories)) expect(typeof v).toBe('number');
  const checkFinding = (f: JsonReport['documentFindings'][number], lo: number, hi: number) => {
    expect(Object.keys(f).sort()).toEqual(['end', 'message', 'rule', 'severity', 'start', 'why']);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(typeof f.rule).toBe('string');
    expect(typeof f.message).toBe('string');
    expect(typeof f.why).toBe('string');
    expect(f.start).toBeGreaterThanOrEqual(lo);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(hi);
  };
  for (const f of json.documentFindings) checkFinding(f, 0, input.length);
  let previousEnd = 0;
  for (const b of json.bullets) {
    expect(Object.keys(b).sort()).toEqual(['end', 'findings', 'rewrite', 'score', 'start', 'text']);
    expect(typeof b.score).toBe('number');
    expect(b.rewrite === null || typeof b.rewrite === 'string').toBe(true);
    // document order, no overlap, text is exactly the input span
    expect(b.start).toBeGreaterThanOrEqual(previousEnd);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.text).toBe(input.slice(b.start, b.end));
    previousEnd = b.end;
    // a bullet's findings point inside the bullet
    for (const f of b.findings) checkFinding(f, b.start, b.end);
  }
}

describe('--json', () => {
  it('prints one JSON object with the exact contract for the bundled sample', async () => {
    const r = await run(['--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = parseJson(r);
    expectContract(json, SAMPLE);
    expect(json.lens).toBe('pm');
    expect(json.bullets.length).toBeGreaterThanOrEqual(25);
    // every marked line of the sample is covered by some bullet
    for (const m of SAMPLE.matchAll(/^• (.+)$/gm)) {
      const lineStart = m.index! + 2;
      const lineEnd = m.index! + m[0].length;
      expect(json.bullets.some((b) => b.start < lineEnd && b.end > lineStart), m[1]).toBe(true);
    }
  });

  it('reports bullets of a file in document order with text === input.slice(start, end)', async () => {
    const input =
      'Robin Ashe\n\nEXPERIENCE\nProduct Engineer — Tallow Labs\nJan 2021 – Present\n' +
      '• Killed the legacy importer, saving $40K a year.\n' +
      '• Built a React dashboard.\n' +
      '• Responsible for the CI pipeline.\n';
    const r = await run(['--json', file('resume.txt', input)]);
    expect(r.code).toBe(0);
    const json = parseJson(r);
    expectContract(json, input);
    const order = ['Killed the legacy', 'Built a React', 'Responsible for the CI'].map((t) =>
      json.bullets.findIndex((b) => b.text.includes(t)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps offsets into the raw text when it has CRLF line ends and a BOM', async () => {
    const input = '\uFEFFLed the vendor migration\r\n\r\nBuilt a React dashboard\r\n';
    const json = parseJson(await run(['--json', '--each-line', file('crlf.txt', input)]));
    expectContract(json, input);
    expect(json.bullets.map((b) => b.text.replace(/^\uFEFF/, '').trim())).toEqual(['Led the vendor migration', 'Built a React dashboard']);
  });

  it('reflects --lens engineer', async () => {
    const r = await run(['--json', '--lens', 'engineer', file('one.txt', 'Built a React dashboard\n')]);
    expect(r.code).toBe(0);
    expect(parseJson(r).lens).toBe('engineer');
    expect(parseJson(await run(['--json', '--lens=pm', file('one.txt', 'Built a React dashboard\n')])).lens).toBe('pm');
  });
});

describe('--each-line', () => {
  it('makes every non-empty line one bullet, in input order, skipping blank lines', async () => {
    const input = 'Led a team of 5 engineers\n\nBuilt a React dashboard\n   \nKilled the legacy importer, saving $40K a year\n';
    const json = parseJson(await run(['--each-line', '--json', file('lines.txt', input)]));
    expectContract(json, input);
    expect(json.bullets.map((b) => b.text)).toEqual([
      'Led a team of 5 engineers',
      'Built a React dashboard',
      'Killed the legacy importer, saving $40K a year',
    ]);
  });

  it('reads stdin with "-"', async () => {
    const stdin = 'Built a React dashboard\nWorked on the payments API\n';
    const r = await run(['-', '--each-line', '--json'], { stdin });
    expect(r.code).toBe(0);
    const json = parseJson(r);
    expectContract(json, stdin);
    expect(json.bullets.map((b) => b.text)).toEqual(['Built a React dashboard', 'Worked on the payments API']);
  });
});

describe('human output', () => {
  it('has no ANSI escapes when stdout is not a TTY, and fits 80 columns on the sample', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('sample resume');
    expect(r.stdout).toMatch(/Score \d+\/100/);
    expect(lines.slice(-4).map((l) => l.trim().split(/\s+/)[0])).toEqual(['impact', 'ownership', 'clarity', 'product']);
  });

  it('colours a TTY unless NO_COLOR is set; FORCE_COLOR forces it', async () => {
    expect((await run([], { isTTY: true })).stdout).toMatch(ANSI);
    expect((await run([], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run([], { isTTY: false, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  it('never colours --json', async () => {
    expect((await run(['--json'], { isTTY: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('prints usage for --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: /);
    expect(r.stderr).toBe('');
  });
});

describe('input errors: exit 2, one line on stderr, nothing on stdout', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['--json', join(dir, 'nope.txt')], /^impact-lens: cannot read ".*nope\.txt": no such file$/],
    ['a directory', () => [dir], /^impact-lens: cannot read ".*": is a directory$/],
    ['a bad --lens', () => ['--lens', 'cto'], /^impact-lens: unknown lens "cto": use pm or engineer$/],
    ['--lens without a value', () => ['--lens'], /^impact-lens: option "--lens" needs a value/],
    ['an unknown flag', () => ['--verbose'], /^impact-lens: unknown option "--verbose"/],
    ['an unknown short flag', () => ['-x', '--json'], /^impact-lens: unknown option "-x"/],
    ['two files', () => ['a.txt', 'b.txt'], /^impact-lens: expected at most one file/],
  ];
  it.each(cases)('%s', async (_name, argv, message) => {
    const r = await run(argv());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });
});

describe('hostile input', () => {
  it('survives binary input and keeps stdout a single JSON object', async () => {
    let seed = 7;
    const bytes = Buffer.from(Array.from({ length: 20_000 }, () => (seed = (seed * 1103515245 + 12345) >>> 16) & 0xff));
    const r = await run(['--json', file('blob.bin', bytes)]);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('survives binary input in human mode without writing control characters', async () => {
    const r = await run([file('ctl.bin', Buffer.from('Led X\u001b[2J\u0000\u0007 to cut costs\nBuilt \u001b]0;pwned\u0007 a thing\n'))]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('passes input notes through to stderr', async () => {
    const r = await run(['-', '--json'], { stdin: 'Built a thing\n', truncated: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^impact-lens: note: input truncated/m);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});

// ENGINE: these assert findings, so they fail until the real engine replaces the placeholder.
describe('findings from the seed (ENGINE: needs the real engine)', () => {
  it('flags weak-ownership and team-size-only on the seed examples, with offsets on the phrase', async () => {
    const input = 'Responsible for managing the vendor migration\nLed a team of 5 engineers\n';
    const json = parseJson(await run(['--each-line', '--json', file('seed.txt', input)]));
    expectContract(json, input);
    const [ownership, team] = json.bullets;
    const weak = ownership!.findings.find((f) => f.rule === 'weak-ownership');
    expect(weak).toBeDefined();
    expect(input.slice(weak!.start, weak!.end)).toMatch(/^responsible for/i);
    expect(team!.findings.map((f) => f.rule)).toContain('team-size-only');
  });

  it('prints the finding and a rewrite in human output', async () => {
    const r = await run(['--each-line', file('seed2.txt', 'Responsible for managing the vendor migration\n')]);
    expect(r.stdout).toMatch(/^ +(error|warning|info) weak-ownership: /m);
    expect(r.stdout).toMatch(/^ +→ \S/m);
  });
});

// A few real processes: exit codes, stdio and the entry-point guard as a user sees them.
describe('as a process', () => {
  const spawnCli = (args: string[], stdin?: string) =>
    new Promise<Run>((done, fail) => {
      const env = { ...process.env };
      delete env.FORCE_COLOR;
      delete env.NO_COLOR;
      const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'cli/critique.ts'), ...args], { cwd: ROOT, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      child.on('error', fail);
      child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
      child.stdin.end(stdin ?? '');
    });

  let results: Run[];
  beforeAll(async () => {
    results = await Promise.all([
      spawnCli(['--json', 'cli/sample-resume.txt']),
      spawnCli(['-', '--each-line', '--json'], 'Built a React dashboard\n\nWorked on the payments API\nChose React over Angular\n'),
      spawnCli([]),
      spawnCli(['missing-file.txt']),
    ]);
  }, 60_000);

  it('--json FILE: exit 0, stdout is exactly one JSON object', () => {
    const r = results[0]!;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().startsWith('{')).toBe(true);
    expectContract(JSON.parse(r.stdout) as JsonReport, SAMPLE);
  });

  it('- --each-line reads stdin: three lines, three bullets in order', () => {
    const r = results[1]!;
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonReport).bullets.map((b) => b.text)).toEqual([
      'Built a React dashboard',
      'Worked on the payments API',
      'Chose React over Angular',
    ]);
  });

  it('human output through a pipe: no ANSI, at most 80 columns', () => {
    const r = results[2]!;
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('a missing file: exit 2, one stderr line, empty stdout', () => {
    const r = results[3]!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('impact-lens: cannot read "missing-file.txt": no such file\n');
  });
});
