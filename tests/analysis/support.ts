// Shared test data for the engine suite: the evaluation bullets and an English irregular-verb table
// (independent of the engine's own lexicon, so a rewrite is judged against English, not itself).
import { readFileSync } from 'node:fs';

export interface EvalBullet {
  id: string;
  text: string;
  role_hint?: string;
  labels: Record<string, boolean | null>;
}

export const EVAL_PATH = '/work/shared/eval/dev.jsonl';

export function loadEvalBullets(): EvalBullet[] {
  return readFileSync(EVAL_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvalBullet);
}

/** [base, simple past] of irregular verbs whose regular "-ed" form is simply wrong. */
export const IRREGULAR_VERBS: ReadonlyArray<readonly [string, string]> = [
  ['arise', 'arose'], ['bear', 'bore'], ['beat', 'beat'], ['become', 'became'], ['begin', 'began'], ['bend', 'bent'],
  ['bind', 'bound'], ['bite', 'bit'], ['bleed', 'bled'], ['blow', 'blew'], ['break', 'broke'], ['breed', 'bred'],
  ['bring', 'brought'], ['build', 'built'], ['buy', 'bought'], ['catch', 'caught'], ['choose', 'chose'],
  ['cling', 'clung'], ['come', 'came'], ['cost', 'cost'], ['creep', 'crept'], ['cut', 'cut'], ['deal', 'dealt'],
  ['dig', 'dug'], ['do', 'did'], ['draw', 'drew'], ['drink', 'drank'], ['drive', 'drove'], ['eat', 'ate'],
  ['fall', 'fell'], ['feed', 'fed'], ['feel', 'felt'], ['fight', 'fought'], ['find', 'found'], ['flee', 'fled'],
  ['fling', 'flung'], ['fly', 'flew'], ['forbid', 'forbade'], ['forget', 'forgot'], ['forgive', 'forgave'],
  ['freeze', 'froze'], ['get', 'got'], ['give', 'gave'], ['go', 'went'], ['grind', 'ground'], ['grow', 'grew'],
  ['have', 'had'], ['hear', 'heard'], ['hide', 'hid'], ['hit', 'hit'], ['hold', 'held'], ['hurt', 'hurt'],
  ['keep', 'kept'], ['know', 'knew'], ['lay', 'laid'], ['lead', 'led'], ['leave', 'left'], ['lend', 'lent'],
  ['let', 'let'], ['lose', 'lost'], ['make', 'made'], ['mean', 'meant'], ['meet', 'met'], ['overcome', 'overcame'],
  ['oversee', 'oversaw'], ['overtake', 'overtook'], ['pay', 'paid'], ['put', 'put'], ['quit', 'quit'], ['read', 'read'],
  ['rebuild', 'rebuilt'], ['redo', 'redid'], ['remake', 'remade'], ['rerun', 'reran'], ['rewrite', 'rewrote'],
  ['ride', 'rode'], ['ring', 'rang'], ['rise', 'rose'], ['run', 'ran'], ['say', 'said'], ['see', 'saw'],
  ['seek', 'sought'], ['sell', 'sold'], ['send', 'sent'], ['set', 'set'], ['shake', 'shook'], ['shoot', 'shot'],
  ['shut', 'shut'], ['sing', 'sang'], ['sink', 'sank'], ['sit', 'sat'], ['sleep', 'slept'], ['slide', 'slid'],
  ['speak', 'spoke'], ['spend', 'spent'], ['spin', 'spun'], ['split', 'split'], ['spread', 'spread'], ['stand', 'stood'],
  ['steal', 'stole'], ['stick', 'stuck'], ['sting', 'stung'], ['strike', 'struck'], ['strive', 'strove'],
  ['swear', 'swore'], ['sweep', 'swept'], ['swim', 'swam'], ['swing', 'swung'], ['take', 'took'], ['teach', 'taught'],
  ['tear', 'tore'], ['tell', 'told'], ['think', 'thought'], ['throw', 'threw'], ['undergo', 'underwent'],
  ['understand', 'understood'], ['undertake', 'undertook'], ['uphold', 'upheld'], ['wake', 'woke'], ['wear', 'wore'],
  ['win', 'won'], ['withdraw', 'withdrew'], ['write', 'wrote'], ['speed', 'sped'], ['shed', 'shed'], ['bet', 'bet'],
  ['troubleshoot', 'troubleshot'], ['outgrow', 'outgrew'], ['oversell', 'oversold'], ['undersell', 'undersold'],
  ['overrun', 'overran'], ['outrun', 'outran'], ['co-write', 'co-wrote'], ['co-lead', 'co-led'], ['spin', 'spun'],
];

const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_VERBS.map(([, past]) => past));

// Regular-looking forms that are real English words in their own right ("seed", "sited", "teared up").
const REAL_WORDS = new Set(['seed', 'winded', 'ringed', 'singed', 'sited', 'wined', 'quitted', 'putted', 'bended', 'creeped', 'teared', 'strived', 'costed', 'waked', 'overseed', 'shedded', 'speeded', 'betted', 'payed']);

/** "drived", "leaded", "builded", "writed", "runned": a regular ending glued to an irregular verb. */
export const MISCONJUGATIONS: ReadonlySet<string> = new Set(
  IRREGULAR_VERBS.flatMap(([base, past]) => {
    if (past === `${base}ed` || past === `${base}d`) return [];
    const wrong = base.endsWith('e') ? [`${base}d`] : [`${base}ed`];
    // Doubled final consonant ("runned", "setted", "cutted").
    if (/[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(base)) wrong.push(`${base}${base.slice(-1)}ed`);
    return wrong;
  }).filter((w) => !REAL_WORDS.has(w)),
);

/** A simple-past verb form: a regular "-ed" past or a listed irregular past. */
export function isPastTense(word: string): boolean {
  const w = word.toLowerCase();
  return (/^[a-z][a-z-]*[a-z]ed$/.test(w) && !MISCONJUGATIONS.has(w)) || IRREGULAR_PAST.has(w);
}

/** Digit runs of a text, as a multiset: "12,000 users in 2021" -> {12:1, 000:1, 2021:1}. */
export function digitRuns(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.match(/\d+/g) ?? []) out.set(m, (out.get(m) ?? 0) + 1);
  return out;
}
