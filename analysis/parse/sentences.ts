// Splits a run of prose into sentences: a LinkedIn description is often one paragraph, and the
// engine critiques each sentence as a bullet. Abbreviations ("e.g.", "U.S.", "vs.", "Inc."),
// decimals ("3.5") and dotted names ("Node.js") do not end a sentence.

import type { Span } from '../types.ts';
import { isSpaceCode } from './lines.ts';
import { ABBREVIATIONS } from './vocabulary.ts';

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** The sentences of input[start, end), trimmed; pieces without a letter or digit are dropped. */
export function splitSentences(input: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = input[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < end && (input[j] === '.' || input[j] === '!' || input[j] === '?' || CLOSERS.has(input[j]!))) j++;
    if (j >= end || !isSpaceCode(input.charCodeAt(j))) {
      i = j - 1; // skip the whole run ("....") so a long run costs linear time
      continue;
    }
    let k = j;
    while (k < end && isSpaceCode(input.charCodeAt(k))) k++;
    if (k >= end) break;
    if (isLowercase(input[k]!)) continue;
    if (ch === '.' && j === i + 1 && isAbbreviationBefore(input, i, from)) continue;
    push(input, from, j, out);
    from = k;
    i = k - 1;
  }
  push(input, from, end, out);
  return out;
}

function push(input: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpaceCode(input.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(input.charCodeAt(end - 1))) end--;
  if (start < end && HAS_WORD.test(input.slice(start, end))) out.push({ start, end });
}

/** A letter or digit in any script (anything from U+00C0 up counts: this only rejects punctuation runs). */
const HAS_WORD = /[A-Za-z0-9\u00C0-\uFFFF]/;

function isLetterOrDot(ch: string): boolean {
  return ch === '.' || ch.toLowerCase() !== ch.toUpperCase();
}

function isLowercase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * The word before the period at `dot` is an abbreviation: a listed one ("vs", "Inc") or dotted
 * short parts ("e.g", "U.S", "Ph.D").
 */
function isAbbreviationBefore(input: string, dot: number, floor: number): boolean {
  let p = dot;
  while (p > floor && dot - p < 16 && isLetterOrDot(input[p - 1]!)) p--;
  const token = input.slice(p, dot);
  if (token === '') return false;
  if (ABBREVIATIONS.has(token.toLowerCase())) return true;
  // A single letter is not taken for an initial: "Launched Feature X. Grew..." is more common
  // in a bullet than "John A. Smith".
  return token.includes('.') && token.split('.').every((part) => part.length <= 2);
}
