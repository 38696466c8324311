// Tells what an unmarked line is: a position's dates, its employment-type or location line, a
// header (title, company), a label, LinkedIn UI noise, or prose (an achievement to critique).

import { DURATION, findDate, isDuration, type DateMatch } from './dates.ts';
import {
  COMPANY_WORDS,
  COUNTRIES,
  ED_NOT_VERBS,
  EMPLOYMENT_PHRASES,
  EMPLOYMENT_TYPES,
  ING_NOT_VERBS,
  LOCATION_WORDS,
  META_LABELS,
  PRONOUNS,
  SMALL_WORDS,
  TITLE_WORDS,
  VERBS,
} from './vocabulary.ts';

export type LineKind = 'date' | 'meta' | 'location' | 'label' | 'noise' | 'header' | 'prose';

/** Beyond this length a line is prose without further tests (bounds the work on huge lines). */
const LONG_LINE = 300;

/**
 * Strong separators between the parts of a header line: "|", "·", "•", dashes with spaces, an
 * unspaced em dash, tabs and runs of spaces (column layouts), " at " and " @ ".
 * Group 1 captures "at"/"@", which also tells the order: title at company.
 */
export const SEPARATOR = /\s*[|·•◦▪]\s*|\s+[-–—]\s+|\s*—\s*|\t+\s*|\s{2,}|\s+(at|@)\s+/gi;

/** LinkedIn interface text that comes along when a profile is copied (buttons, "Acme logo" alt text). */
const NOISE =
  /^(?:(?:…|\.\.\.)\s*)?(?:see more|show (?:all|more|less)\b.*|show credential|contact info|endorse|message|connect|follow|more)$|^[^\s].{0,60} logo$/i;

export interface LineClass {
  kind: LineKind;
  /** For kind 'date': where the dates are, relative to the classified text. */
  date: DateMatch | null;
}

/** Shared results for the kinds that carry no dates (classifying allocates nothing for them). */
const PLAIN: Readonly<Record<Exclude<LineKind, 'date'>, LineClass>> = {
  meta: { kind: 'meta', date: null },
  location: { kind: 'location', date: null },
  label: { kind: 'label', date: null },
  noise: { kind: 'noise', date: null },
  header: { kind: 'header', date: null },
  prose: { kind: 'prose', date: null },
};

/** Classifies one line's text (without list marker or markdown hashes). */
export function classifyLine(text: string): LineClass {
  if (text.length > LONG_LINE) return PLAIN.prose;
  if (NOISE.test(text)) return PLAIN.noise;
  if (isLabel(text)) return PLAIN.label;
  const date = findDate(text);
  if (date && isHeaderRemainder(text.slice(0, date.start) + '  ' + text.slice(date.end))) {
    return { kind: 'date', date };
  }
  if (isDuration(text)) return PLAIN.meta;
  if (isProse(text)) return PLAIN.prose;
  const pieces = splitPieces(text);
  if (pieces.every((p) => isEmploymentType(p) || isDuration(p))) return PLAIN.meta;
  if (pieces.every((p) => isLocation(p) || isEmploymentType(p))) return PLAIN.location;
  return PLAIN.header;
}

/** "Key achievements:" or "Skills: React · TypeScript": a line that labels, not one that claims. */
function isLabel(text: string): boolean {
  if (text.endsWith(':')) return wordCount(text) <= 8;
  const colon = text.indexOf(':');
  return colon > 0 && colon < 24 && META_LABELS.has(text.slice(0, colon).trim().toLowerCase().replace(/\s+/g, ' '));
}

/**
 * What is left of a line once its dates are removed still reads like a header: nothing, or a few
 * pieces none of which is prose ("Shelfwise — side project", "Senior Engineer, Acme Corp").
 */
function isHeaderRemainder(rest: string): boolean {
  const pieces = splitPieces(rest.replace(DURATION, ' '));
  return wordCount(pieces.join(' ')) <= 14 && pieces.every((p) => !isProse(p));
}

const PIECE_EDGE = ' \t,;:()[]*_"\'“”';

/** The parts of a header line between strong separators, trimmed; empty parts dropped. */
export function splitPieces(text: string): string[] {
  const out: string[] = [];
  SEPARATOR.lastIndex = 0;
  let from = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    pushPiece(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  pushPiece(text, from, text.length, out);
  return out;
}

function pushPiece(text: string, a: number, b: number, out: string[]): void {
  while (a < b && PIECE_EDGE.includes(text[a]!)) a++;
  while (b > a && PIECE_EDGE.includes(text[b - 1]!)) b--;
  if (a < b) out.push(text.slice(a, b));
}

export function isEmploymentType(piece: string): boolean {
  if (piece.length > 16) return false;
  const p = piece.toLowerCase().replace(/[()]/g, '').trim();
  return EMPLOYMENT_TYPES.has(p) || EMPLOYMENT_PHRASES.includes(p);
}

/** "Dublin, Ireland", "San Francisco, CA", "Remote", "Greater Seattle Area", "London, UK (Hybrid)". */
export function isLocation(piece: string): boolean {
  if (piece.length > 80) return false;
  const p = piece.endsWith(')') ? piece.replace(/\s*\((?:remote|hybrid|on-?site)\)\s*$/i, '').trim() : piece;
  if (p === '') return true;
  const comma = p.lastIndexOf(',');
  if (comma < 0) {
    const lower = p.toLowerCase();
    return LOCATION_WORDS.has(lower.replace(/[()]/g, '')) || COUNTRIES.has(lower) || /^[A-Z].* (?:Area|Metropolitan|Metro|Region)$/.test(p);
  }
  const tail = p.slice(comma + 1).trim();
  const state = /^[A-Z]{2}$/.test(tail);
  if (!state && !COUNTRIES.has(tail.toLowerCase())) return false;
  // "Portland, OR" is a place; "Hooli, Palo Alto, CA" a company before its place.
  if (state && p.indexOf(',') !== comma) return false;
  // "Acme Corp, Berlin, Germany" is a company with its location, not a location.
  if (namesCompanyOrTitle(p.slice(0, p.indexOf(',')))) return false;
  // Each comma part is a capitalised place name: "Portland, OR", "Dublin, County Dublin, Ireland".
  return p.split(',').every((s) => /^\s*[A-Z][\p{L}.' -]*$/u.test(s) && s.trim().split(' ').length <= 4);
}

/** Lowercase letters and digits of a word, without surrounding punctuation ("Led," -> "led", "I'm" -> "i"). */
export function bareWord(word: string): string {
  let a = 0;
  while (a < word.length && !isWordChar(word.charCodeAt(a))) a++;
  let b = a;
  while (b < word.length && (isWordChar(word.charCodeAt(b)) || word[b] === '-')) b++;
  return word.slice(a, b).toLowerCase();
}

/** ASCII letters and digits, and any non-ASCII letter-ish character (accents, other scripts). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** A word that opens an achievement: "Led", "Shipped", "Building", "Successfully", "Responsible". */
export function isVerbish(word: string): boolean {
  const w = bareWord(word);
  if (VERBS.has(w)) return true;
  if (w.length >= 5 && w.endsWith('ed')) return !ED_NOT_VERBS.has(w);
  if (w.length >= 6 && w.endsWith('ing')) return !ING_NOT_VERBS.has(w);
  return w.length >= 6 && w.endsWith('ly');
}

/** Some word of `text` is a title word ("Engineer") or a company word ("Corp", "Analytics"). */
export function namesCompanyOrTitle(text: string): boolean {
  for (const w of text.split(/[\s/,-]+/)) {
    const bare = bareWord(w);
    if (COMPANY_WORDS.has(bare) || TITLE_WORDS.has(bare)) return true;
  }
  return false;
}

export function hasTitleWord(text: string): boolean {
  for (const w of text.split(/[\s/,-]+/)) if (TITLE_WORDS.has(bareWord(w))) return true;
  return false;
}

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w !== '') n++;
  return n;
}

const TERMINAL = /[.!?]["'”’)\]]*$/;
const STRONG_SEPARATOR = /\s[|·•]\s/;

/**
 * Prose is an achievement or a sentence; otherwise the line is a header (a title, a company, a
 * name). Signals, strongest first: a sentence end, an opening pronoun, header separators, a short
 * Title Case line naming a job, an opening verb, length, and how many words are lowercase.
 */
export function isProse(text: string): boolean {
  if (text.length > LONG_LINE) return true;
  const words = text.split(/\s+/).filter((w) => w !== '');
  const n = words.length;
  if (n === 0) return false;
  const last = bareWord(words[n - 1]!);
  if (TERMINAL.test(text) && n >= 3 && !/^(?:inc|corp|ltd|co|jr|sr)$/.test(last)) return true;
  if (PRONOUNS.has(bareWord(words[0]!))) return true;
  if (STRONG_SEPARATOR.test(text)) return false;
  let content = 0;
  let lower = 0;
  for (const w of words) {
    const starts = wordStart(w);
    if (starts === 'none') continue; // "&", "—", "|"
    if (starts === 'lower') {
      if (SMALL_WORDS.has(w)) continue; // "of", "and", "at": lowercase in headers too
      lower++;
    }
    content++;
  }
  if (lower === 0 && n <= 6 && hasTitleWord(text)) return false; // "Lead Engineer", "Managing Director"
  if (isVerbish(words[0]!) && n >= 2) return true;
  // Every word capitalised and no opening verb: a name, a title, "Staff Engineer, Tech Lead — Acme, Portland, OR".
  if (lower === 0 && n <= 15) return false;
  if (n >= 10) return true;
  // Headers are Title Case ("Director of Product, Acme Inc" has no lowercase content word).
  return n >= 3 && content > 0 && lower / content >= 0.25;
}

/** How the word's first letter or digit is cased: "(led" lower, "Led" and "3x" upper, "&" none. */
function wordStart(word: string): 'lower' | 'upper' | 'none' {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return 'lower';
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 'upper';
    if (c >= 0xc0) {
      const ch = word[i]!;
      return ch !== ch.toUpperCase() ? 'lower' : 'upper';
    }
  }
  return 'none';
}
