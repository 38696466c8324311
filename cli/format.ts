// Pure presentation for the CLI: a Report in, a string out (human text or the stable JSON contract).
import { CATEGORIES } from '../analysis/index.ts';
import type { BulletReport, CategoryScores, Finding, Lens, Report, Severity } from '../analysis/index.ts';

// ---------- the JSON contract ----------

/** One finding in `--json` output: exactly these six keys, so consumers can rely on the shape. */
export interface JsonFinding {
  rule: Finding['rule'];
  severity: Severity;
  start: number;
  end: number;
  message: string;
  why: string;
}

export interface JsonBullet {
  text: string;
  start: number;
  end: number;
  score: number;
  findings: JsonFinding[];
  rewrite: string | null;
}

export interface JsonReport {
  score: number;
  lens: Lens;
  categories: CategoryScores;
  documentFindings: JsonFinding[];
  bullets: JsonBullet[];
}

function jsonFinding(f: Finding): JsonFinding {
  return { rule: f.rule, severity: f.severity, start: f.start, end: f.end, message: f.message, why: f.why };
}

/** Projects a Report onto the CLI's JSON contract, picking keys explicitly (never spreading). */
export function toJson(report: Report): JsonReport {
  const categories = {} as CategoryScores;
  for (const c of CATEGORIES) categories[c] = report.categories[c];
  return {
    score: report.score,
    lens: report.lens,
    categories,
    documentFindings: report.documentFindings.map(jsonFinding),
    bullets: report.bullets.map((b) => ({
      text: b.text,
      start: b.start,
      end: b.end,
      score: b.score,
      findings: b.findings.map(jsonFinding),
      rewrite: b.rewrite,
    })),
  };
}

// ---------- terminal text ----------

/**
 * Whether to emit ANSI colour. Follows Node's own convention: FORCE_COLOR wins ("0"/"false" force
 * it off, anything else forces it on), then a non-empty NO_COLOR turns it off, then it is on only
 * for a TTY.
 */
export function shouldColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true;
}

// Terminal-hostile characters in user text (C0/C1 controls, ESC, bidi overrides) become U+FFFD so
// a binary or malicious input cannot drive the terminal; whitespace controls become spaces.
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const HOSTILE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** User text made safe and single-line for display: hostile characters replaced, whitespace collapsed. */
export function sanitize(text: string): string {
  return text.replace(WHITESPACE_CONTROLS, ' ').replace(HOSTILE, '\uFFFD').replace(/ {2,}/g, ' ').trim();
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** SGR escape sequences (the only ones this module emits). */
export const ANSI = /\u001b\[[0-9;]*m/g;

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]$/u;

/** Terminal columns a string occupies (ANSI escapes not counted; CJK and emoji count two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const cp = ch.codePointAt(0)!;
    if (ZERO_WIDTH.test(ch)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/** The longest leading part of `word` that fits in `width` columns (at least one character). */
function fittingPrefix(word: string, width: number): string {
  let out = '';
  for (const ch of word) {
    if (out && displayWidth(out + ch) > width) break;
    out += ch;
  }
  return out;
}

/**
 * Word-wraps `text` so every line, indent included, fits in `width` columns. Whitespace runs
 * collapse to one space; a word longer than the room left is split. The first line starts with
 * `firstIndent` (default `indent`), the rest with `indent`. Always returns at least one line.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const lines: string[] = [];
  let prefix = firstIndent;
  let line = '';
  const room = () => Math.max(1, width - displayWidth(prefix));
  const flush = () => {
    lines.push(prefix + line);
    prefix = indent;
    line = '';
  };
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (displayWidth(candidate) <= room()) {
      line = candidate;
      continue;
    }
    if (line) flush();
    while (displayWidth(word) > room()) {
      line = fittingPrefix(word, room());
      word = word.slice(line.length);
      flush();
    }
    line = word;
  }
  if (line || lines.length === 0) lines.push((prefix + line).trimEnd());
  return lines;
}

/** Cuts `text` to at most `width` columns, ending with "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

// ---------- colour ----------

type Paint = (text: string) => string;

interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  cyan: Paint;
}

const sgr = (open: number, close: number): Paint => (t) => (t ? `\u001b[${open}m${t}\u001b[${close}m` : t);
const plain: Paint = (t) => t;
const COLOR: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};
const NO_COLOR: Palette = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };

function severityPaint(p: Palette, s: Severity): Paint {
  return s === 'error' ? p.red : s === 'warning' ? p.yellow : p.cyan;
}

function scorePaint(p: Palette, score: number): Paint {
  return score >= 80 ? p.green : score >= 60 ? p.yellow : p.red;
}

/** Paints `prefix` when `line` starts with it (after leading spaces): wrapping happens on plain text first. */
function paintPrefix(line: string, prefix: string, paint: Paint): string {
  const at = line.indexOf(prefix);
  if (at < 0 || line.slice(0, at).trim() !== '') return line;
  return line.slice(0, at) + paint(prefix) + line.slice(at + prefix.length);
}

// ---------- the human report ----------

export interface FormatOptions {
  /** Emit ANSI colour (decide with `shouldColor`). */
  color?: boolean;
  /** Maximum line width in columns (default 80). */
  width?: number;
  /** What was analysed, shown in the header (a file name, "stdin"...). */
  source?: string;
}

const BAR_CELLS = 20;

function bar(score: number): string {
  const filled = Math.round((Math.max(0, Math.min(100, score)) / 100) * BAR_CELLS);
  return '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
}

function findingLines(f: Finding, width: number, indent: string, p: Palette): string[] {
  const head = `${f.severity} ${f.rule}:`;
  const lines = wrap(`${head} ${sanitize(f.message)}`, width, indent + '  ', indent);
  lines[0] = paintPrefix(lines[0]!, head, (t) => severityPaint(p, f.severity)(p.bold(t)));
  if (f.why.trim()) {
    for (const l of wrap(`why: ${sanitize(f.why)}`, width, indent + '       ', indent + '  ')) lines.push(p.dim(l));
  }
  return lines;
}

function positionHeader(report: Report, index: number): string | null {
  const pos = report.positions[index];
  if (!pos) return null;
  const parts = [pos.title?.text, pos.company?.text, pos.dates?.text].filter((t): t is string => !!t && !!t.trim());
  return parts.length ? parts.map(sanitize).join(' · ') : null;
}

function bulletLines(b: BulletReport, n: number, numWidth: number, width: number, p: Palette): string[] {
  const num = `${String(n).padStart(numWidth)}.`;
  const text = sanitize(b.text);
  if (b.findings.length === 0) {
    const lead = `${num} ✓ `;
    return [`${num} ${p.green('✓')} ${truncate(text, width - displayWidth(lead))}`];
  }
  const score = `[${String(Math.round(b.score)).padStart(3)}]`;
  const lead = `${num} ${score} `;
  const hang = ' '.repeat(displayWidth(lead));
  const lines = wrap(text, width, hang, lead);
  lines[0] = `${num} ${scorePaint(p, b.score)(score)} ${lines[0]!.slice(lead.length)}`;
  const inner = hang;
  for (const f of b.findings) lines.push(...findingLines(f, width, inner, p));
  if (b.rewrite !== null && b.rewrite.trim()) {
    for (const l of wrap(`→ ${sanitize(b.rewrite)}`, width, inner + '  ', inner)) lines.push(p.green(l));
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The human-readable report: header, each bullet in document order (grouped under its section
 * heading and position), document findings, then the overall score and the category bars last so
 * they stay on screen. Every line fits in `width` columns.
 */
export function formatReport(report: Report, options: FormatOptions = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const p = options.color ? COLOR : NO_COLOR;
  const out: string[] = [];

  const header = ['Impact Lens', options.source ? sanitize(options.source) : null, `lens ${report.lens}`]
    .filter(Boolean)
    .join(' · ');
  out.push(...wrap(header, width).map(p.bold), '');

  const numWidth = String(report.bullets.length).length;
  let section = -1;
  let position: number | null = null;
  report.bullets.forEach((b, i) => {
    if (b.section !== section) {
      section = b.section;
      position = null;
      const heading = report.sections[section]?.heading;
      if (heading && heading.text.trim()) {
        if (i > 0) out.push('');
        out.push(p.bold(truncate(sanitize(heading.text), width)));
      }
    }
    if (b.position !== position) {
      position = b.position;
      const head = position === null ? null : positionHeader(report, position);
      if (head) out.push(...wrap(`── ${head}`, width, '   ', '').map(p.dim));
    }
    out.push(...bulletLines(b, i + 1, numWidth, width, p));
  });
  if (report.bullets.length === 0) out.push('No bullets found.');

  out.push('');
  if (report.documentFindings.length === 0) {
    out.push(`${p.bold('Document')}  ${p.green('✓')} no document-level findings`);
  } else {
    out.push(p.bold('Document'));
    for (const f of report.documentFindings) out.push(...findingLines(f, width, '  ', p));
  }

  const all = [...report.documentFindings, ...report.bullets.flatMap((b) => b.findings)];
  const count = (s: Severity) => all.filter((f) => f.severity === s).length;
  const tally = all.length
    ? `${plural(all.length, 'finding')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info)`
    : 'no findings';
  out.push('', '─'.repeat(Math.min(width, 60)));
  const scoreText = `${Math.round(report.score)}/100`;
  const summary = wrap(`Score ${scoreText} · ${plural(report.bullets.length, 'bullet')} · ${tally}`, width, '  ', '');
  summary[0] = paintPrefix(summary[0]!, `Score ${scoreText}`, (t) => p.bold(scorePaint(p, report.score)(t)));
  out.push(...summary);
  const labelWidth = Math.max(...CATEGORIES.map((c) => c.length));
  for (const c of CATEGORIES) {
    const s = report.categories[c];
    out.push(`  ${c.padEnd(labelWidth)}  ${scorePaint(p, s)(bar(s))} ${String(Math.round(s)).padStart(3)}`);
  }
  return out.join('\n') + '\n';
}
