// Reads a position's title and company out of its header lines ("Senior Engineer, Acme Corp",
// "Acme Corp | Product Engineer", "Software Engineer\nStripe · Full-time", "ACME — Staff Engineer").
// Pieces are cut at separators; a title word ("Engineer") or a company word ("Corp", a LinkedIn
// employment type beside it) decides which is which; otherwise the first piece is the title.

import type { TextSpan } from '../types.ts';
import { isDuration } from './dates.ts';
import { bareWord, isEmploymentType, isLocation, SEPARATOR } from './classify.ts';
import { COMPANY_SUFFIXES, COMPANY_WORDS, TITLE_WORDS } from './vocabulary.ts';

export interface HeaderLine {
  /** The line's text span in the input (after any marker or markdown hashes). */
  start: number;
  end: number;
  /** The line names a company: LinkedIn puts "Full-time · 3 yrs" under a grouped company. */
  companyHint: boolean;
}

export interface HeaderFields {
  title: TextSpan | null;
  company: TextSpan | null;
  /**
   * The company stood alone on its line ("ACME CORP", LinkedIn's group header "Acme" over
   * "3 yrs 5 mos"), so later title-only headers may share it. Not when LinkedIn wrote it as one
   * role's "Stripe · Full-time": a later title-only header is not under that company.
   */
  companyShared: boolean;
  /** Some piece carried a title or company signal (not just "the first piece"). */
  hinted: boolean;
}

interface Piece {
  start: number;
  end: number;
  line: number;
  title: boolean;
  company: boolean;
}

/** Trimmed off a piece's edges: spaces, list punctuation, markdown emphasis, quotes, separators. */
const EDGE_TRIM = /[\s,;:[\]*_"'“”|·•]/;

/**
 * The title and company of a header made of `lines`; `date` (absolute offsets) is cut out of
 * the line that holds it. In `projects`, the first piece is the project's name and a company is
 * only taken when something marks it as one.
 */
export function readHeader(
  input: string,
  lines: readonly HeaderLine[],
  date: { start: number; end: number } | null,
  projects: boolean,
): HeaderFields {
  const pieces: Piece[] = [];
  const perLine: number[] = [];
  const employmentLine: boolean[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const before = pieces.length;
    const segments: [number, number][] =
      date && date.start >= line.start && date.end <= line.end
        ? [
            [line.start, date.start],
            [date.end, line.end],
          ]
        : [[line.start, line.end]];
    let employment = false;
    for (const [a, b] of segments) employment = cutPieces(input, a, b, index, pieces) || employment;
    if (employment || line.companyHint) for (let i = before; i < pieces.length; i++) pieces[i]!.company = true;
    perLine[index] = pieces.length - before;
    employmentLine[index] = employment;
  }

  let title: Piece | undefined;
  let company: Piece | undefined;
  if (projects) {
    title = pieces[0];
    company = pieces.find((p) => p !== title && p.company);
  } else {
    title = pieces.find((p) => p.title && !p.company);
    company = pieces.find((p) => p.company && p !== title);
    title ??= pieces.find((p) => p !== company);
    company ??= pieces.find((p) => p !== title && p.line >= (title?.line ?? 0) - 1 && p.line <= (title?.line ?? 0) + 1);
  }
  return {
    title: toSpan(input, title),
    company: toSpan(input, company),
    companyShared:
      company !== undefined && perLine[company.line] === 1 && title?.line !== company.line && !employmentLine[company.line],
    hinted: pieces.some((p) => p.title || p.company),
  };
}

function toSpan(input: string, p: Piece | undefined): TextSpan | null {
  return p ? { start: p.start, end: p.end, text: input.slice(p.start, p.end) } : null;
}

/**
 * Cuts input[a, b) at separators into pieces, drops locations, durations and employment types
 * (reporting whether one was there) and, when the line is one piece, splits "Title, Company".
 */
function cutPieces(input: string, a: number, b: number, line: number, out: Piece[]): boolean {
  const raw: { start: number; end: number; before: string; after: string }[] = [];
  const text = input.slice(a, b);
  SEPARATOR.lastIndex = 0;
  let from = 0;
  let previousSep = ''; // "at" or "@" when the piece follows one: "Designer at Globex"
  for (let m = SEPARATOR.exec(text); ; m = SEPARATOR.exec(text)) {
    const to = m ? m.index : text.length;
    const here = (m?.[1] ?? '').toLowerCase();
    if (to > from) raw.push({ start: a + from, end: a + to, before: previousSep, after: here });
    if (!m) break;
    from = m.index + m[0].length;
    previousSep = here;
  }

  let employment = false;
  const kept: Piece[] = [];
  for (const r of raw) {
    const [s, e] = trimSpan(input, r.start, r.end);
    if (s >= e) continue;
    const piece = input.slice(s, e);
    if (isEmploymentType(piece)) {
      employment = true;
      continue;
    }
    // "Dublin, Ireland" is only a location; "Brightwater Logistics, Seattle, WA" keeps its company.
    if (isDuration(piece) || isLocation(piece)) continue;
    const [s2, e2] = trimSpan(input, s, s + locationTailCut(piece));
    if (s2 >= e2) continue;
    kept.push(makePiece(input, s2, halfIfDoubled(input, s2, e2), line, r.before !== '', r.after !== ''));
  }
  if (kept.length === 1) out.push(...splitAtComma(input, kept[0]!));
  else out.push(...kept);
  return employment;
}

function makePiece(input: string, start: number, end: number, line: number, afterAt: boolean, beforeAt: boolean): Piece {
  const words = input.slice(start, end).split(/[\s/,-]+/).map(bareWord).filter((w) => w !== '');
  const last = words[words.length - 1] ?? '';
  // The last word decides when both kinds appear: "Labs Lead" is a title, "Acme Labs" a company.
  const titleWord = TITLE_WORDS.has(last) || (!COMPANY_WORDS.has(last) && words.some((w) => TITLE_WORDS.has(w)));
  const companyWord = !titleWord && (COMPANY_WORDS.has(last) || /\.(?:com|io|ai|co)\b/i.test(input.slice(start, end)));
  return { start, end, line, title: beforeAt || (titleWord && !afterAt), company: afterAt || companyWord };
}

/** "Senior Engineer, Acme Corp" -> two pieces; "Acme, Inc." stays one. */
function splitAtComma(input: string, piece: Piece): Piece[] {
  const text = input.slice(piece.start, piece.end);
  const comma = text.indexOf(', ');
  if (comma < 0) return [piece];
  const restWord = bareWord(text.slice(comma + 2));
  if (COMPANY_SUFFIXES.has(restWord) && text.slice(comma + 2).split(/\s+/).length === 1) return [piece];
  const [s1, e1] = trimSpan(input, piece.start, piece.start + comma);
  const [s2, e2] = trimSpan(input, piece.start + comma + 1, piece.end);
  if (s1 >= e1 || s2 >= e2) return [piece];
  return [makePiece(input, s1, e1, piece.line, false, false), makePiece(input, s2, e2, piece.line, false, false)];
}

/** Length of `piece` without a trailing ", City, ST" / ", Country" location. */
function locationTailCut(piece: string): number {
  for (let i = piece.indexOf(','); i > 0; i = piece.indexOf(',', i + 1)) {
    if (isLocation(piece.slice(i + 1).trim())) return i;
  }
  return piece.length;
}

/** LinkedIn's copied text can repeat a line's text ("Software EngineerSoftware Engineer"). */
function halfIfDoubled(input: string, start: number, end: number): number {
  const n = end - start;
  if (n >= 4 && n % 2 === 0 && input.slice(start, start + n / 2) === input.slice(start + n / 2, end)) return start + n / 2;
  return end;
}

/** Trims spaces, separators and quotes off a piece; a parenthesis only when it has no partner. */
function trimSpan(input: string, start: number, end: number): [number, number] {
  for (;;) {
    const [s0, e0] = [start, end];
    while (start < end && EDGE_TRIM.test(input[start]!)) start++;
    while (end > start && EDGE_TRIM.test(input[end - 1]!)) end--;
    const open = input[start];
    if (open === ')' || (open === '(' && !input.slice(start, end).includes(')'))) start++;
    const close = input[end - 1];
    if (close === '(' || (close === ')' && !input.slice(start, end).includes('('))) end--;
    if (s0 === start && e0 === end) break;
  }
  // Keep the period of a company suffix ("Beta Inc.") but drop a stray closing one.
  if (end > start && input[end - 1] === '.') {
    const lastWord = input.slice(start, end).split(/\s+/).pop() ?? '';
    if (!COMPANY_SUFFIXES.has(bareWord(lastWord))) end--;
  }
  return [start, end];
}
