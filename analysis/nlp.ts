// The only module that imports compromise. It tokenizes a bullet once (sentences, words) and hands
// the rules plain tokens with offsets; it conjugates verbs for rewrites from compromise's tables
// without a second parse.
//
// Known gap: `nlp.tokenize` runs no tagger, not even the lexicon, so every token's `tags` is empty
// and the rules' tag checks (features.ts findOpening, passive-voice, jargon-heavy) never match;
// the rules stand on our own lexicons. `doc.compute('lexicon')` would fill them (+~0.2 ms per
// bullet): on dev.jsonl it removed one weak-start false positive but broke a weak-start table case
// ("A/B tested…": "A" read as a Determiner), so turning it on needs those checks reviewed first.
//
// Why `nlp.tokenize` and not `nlp()`: the contextual tagger misreads subject-less bullets anyway
// ("Cut", "Design" as nouns), so openings are judged against our own verb lexicon; on the eval set
// the full tagger changed one finding in 4,280 labels while costing about 10x the time
// (60 bullets: 296 ms vs 32 ms, measured side by side by scripts/bench.ts on a loaded machine).
import nlp from 'compromise';

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, punctuation-free form (compromise's `normal`). */
  normal: string;
  /** [start, end) into the analysed string. */
  start: number;
  end: number;
  /** compromise's tags for the term: empty today (see the header). */
  tags: ReadonlySet<string>;
  /** Punctuation/whitespace written after the word (e.g. ", " or ". "). */
  post: string;
  /** Punctuation written before the word (e.g. "(" or a quote). */
  pre: string;
  /** Index of the sentence (compromise's split) this token belongs to. */
  sentence: number;
}

type Term = { text: string; pre: string; post: string; normal: string; tags: Set<string> };

/** Tokenizes `text` once with compromise and returns its words with offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (!text.trim()) return tokens;
  const docs = (nlp.tokenize(text) as unknown as { docs: Term[][] }).docs;
  let cursor = 0;
  docs.forEach((sentence, si) => {
    for (const term of sentence) {
      if (!term.text) {
        cursor += term.pre.length + term.post.length;
        continue;
      }
      let start = cursor + term.pre.length;
      // compromise reconstructs the input from pre+text+post; if it ever normalised
      // something away, re-synchronise on the word itself rather than drift.
      if (text.startsWith(term.text, start) === false) {
        const found = text.indexOf(term.text, cursor);
        if (found < 0) continue;
        start = found;
      }
      const end = start + term.text.length;
      cursor = end + term.post.length;
      // Emoji and bare symbols ("📈 Built ...") are decoration, not words: no rule reads them.
      if (!/[\p{L}\p{N}]/u.test(term.text)) continue;
      tokens.push({
        text: term.text,
        normal: term.normal || term.text.toLowerCase(),
        start,
        end,
        tags: term.tags,
        post: term.post,
        pre: term.pre,
        sentence: si,
      });
    }
  });
  return tokens;
}

export interface Conjugation {
  Infinitive: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

interface VerbTransform {
  conjugate(inf: string, model: unknown): Conjugation;
  toInfinitive(word: string, model: unknown, tense?: string): string;
}

const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, string | string[]> } };
  methods: { two: { transform: { verb: VerbTransform } } };
};
const verbs = world.methods.two.transform.verb;
const lexicon = world.model.one.lexicon;

/** The infinitive of an inflected verb form ("drove" -> "drive", "managing" -> "manage"). */
export function toInfinitive(word: string, tense?: 'PastTense' | 'Gerund' | 'PresentTense' | 'Participle'): string {
  const lower = word.toLowerCase();
  try {
    return verbs.toInfinitive(lower, world.model, tense) || lower;
  } catch {
    return lower;
  }
}

/** All forms of a verb from its infinitive, using compromise's conjugation tables. */
export function conjugate(infinitive: string): Conjugation {
  try {
    return verbs.conjugate(infinitive.toLowerCase(), world.model);
  } catch {
    return { Infinitive: infinitive };
  }
}

/** The tag compromise's lexicon gives a word out of context, if any. */
export function lexiconTag(word: string): string | undefined {
  const tag = lexicon[word.toLowerCase()];
  return Array.isArray(tag) ? tag[0] : tag;
}

/** Verbs whose past tense is the infinitive itself. */
const UNCHANGED_PAST = new Set(['cut', 'set', 'put', 'hit', 'let', 'shut', 'spread', 'split', 'quit', 'cast', 'cost', 'broadcast', 'bet', 'burst', 'hurt', 'read', 'upset', 'reset', 'offset', 'input', 'output', 'forecast', 'beat', 'bid', 'thrust', 'rid', 'shed', 'slit']);

/**
 * The past tense of a verb. compromise's table is right for irregular verbs ("drive" -> "drove")
 * but returns some regular ones unchanged ("mentor" -> "mentor"); those get the regular ending.
 */
export function pastOf(infinitive: string): string {
  const inf = infinitive.toLowerCase();
  const past = conjugate(inf).PastTense;
  if (past && (past !== inf || UNCHANGED_PAST.has(inf))) return past;
  if (/e$/.test(inf)) return `${inf}d`;
  if (/[^aeiou]y$/.test(inf)) return `${inf.slice(0, -1)}ied`;
  return `${inf}ed`;
}
