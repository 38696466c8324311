// Compiles a word/phrase list into one regex so a bullet is scanned once per list.
import type { Span } from '../types.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[\\s-]+');

export interface PhraseMatch extends Span {
  text: string;
}

export type PhraseMatcher = (text: string) => PhraseMatch[];

/**
 * Whole-word matcher over phrases that may hold symbols ("c++", ".net", "ci/cd"): a match may not
 * touch a letter, digit or joining symbol on either side.
 */
export function phraseMatcher(phrases: readonly string[], caseSensitive = false): PhraseMatcher {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return () => [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}_+#@.-])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}_+#@-]|\\.\\p{L})`, caseSensitive ? 'gu' : 'giu');
  return (text) => {
    const out: PhraseMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    return out;
  };
}

/** A Set of lower-cased words for O(1) membership. */
export const wordSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
