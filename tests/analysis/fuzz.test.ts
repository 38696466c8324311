// Property tests of the engine on hostile and odd input (issue 6): critique never throws, every
// offset it reports slices the input to the text it names, scores stay in 0..100, rewrites invent
// no number, and the work is bounded (a 1 MB paste) and about linear in the input.
// Seeds are random on every run (that is how a fuzzer finds things); fast-check prints the seed and
// the shrunk input of a failure, and FC_SEED=<n> replays it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BULLETS, MAX_INPUT } from '../../analysis/critique.ts';
import { BULLET_RULE_IDS, critique, DOCUMENT_RULE_IDS, type Report, type RuleId } from '../../analysis/index.ts';

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const runs = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...(SEED !== undefined && { seed: SEED }) });

// ---------- what every report must satisfy ----------

/** Every violated invariant of `report` for `text`, as readable lines (empty: all hold). */
function problems(text: string, report: Report, mode: 'document' | 'lines'): string[] {
  const out: string[] = [];
  const fail = (what: string): void => {
    if (out.length < 10) out.push(what);
  };
  const inText = (s: { start: number; end: number }): boolean =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
  const score = (name: string, v: number): void => {
    if (!(Number.isFinite(v) && v >= 0 && v <= 100)) fail(`${name} = ${v} is not in 0..100`);
  };

  score('score', report.score);
  for (const [k, v] of Object.entries(report.categories)) score(`categories.${k}`, v);
  if (!Array.isArray(report.notes) || report.notes.some((n) => typeof n !== 'string')) fail('notes is not a string[]');

  report.bullets.forEach((b, i) => {
    if (!inText(b)) return fail(`bullet ${i} [${b.start}, ${b.end}) is outside the text (length ${text.length})`);
    if (text.slice(b.start, b.end) !== b.text) fail(`bullet ${i}: text.slice(${b.start}, ${b.end}) !== ${JSON.stringify(b.text)}`);
    if (mode === 'lines' && /[\r\n]/.test(b.text)) fail(`bullet ${i} spans a line break in lines mode`);
    score(`bullet ${i} score`, b.score);
    for (const [k, v] of Object.entries(b.categories)) score(`bullet ${i} categories.${k}`, v);
    const inBullet = (s: { start: number; end: number }): boolean => inText(s) && b.start <= s.start && s.end <= b.end;
    for (const f of b.findings) {
      if (!inBullet(f)) fail(`bullet ${i} ${f.rule} [${f.start}, ${f.end}) is outside its bullet [${b.start}, ${b.end})`);
      else if (text.slice(f.start, f.end) !== f.actual) fail(`bullet ${i} ${f.rule}: slice ${JSON.stringify(text.slice(f.start, f.end))} !== actual ${JSON.stringify(f.actual)}`);
      for (const s of f.suggestions ?? []) if (!inBullet(s)) fail(`bullet ${i} ${f.rule} suggestion [${s.start}, ${s.end}) is outside its bullet`);
    }
    for (const s of b.signals) if (!inBullet(s)) fail(`bullet ${i} signal ${s.id} [${s.start}, ${s.end}) is outside its bullet`);
    if (b.rewrite !== null) {
      // Whole digit runs: "12" taken from "123" would be a number the author never wrote.
      const own = new Set(b.text.match(/\d+/g) ?? []);
      for (const run of b.rewrite.match(/\d+/g) ?? []) {
        if (!own.has(run)) fail(`bullet ${i}: rewrite ${JSON.stringify(b.rewrite)} has the number ${run}, absent from ${JSON.stringify(b.text)}`);
      }
    }
  });
  for (const f of report.documentFindings) {
    if (!inText(f)) fail(`document ${f.rule} [${f.start}, ${f.end}) is outside the text`);
    else if (text.slice(f.start, f.end) !== f.actual) fail(`document ${f.rule}: slice !== actual ${JSON.stringify(f.actual)}`);
  }
  // The parse's own spans (document mode): sections, headings, positions and their parts.
  for (const s of report.sections) {
    if (!inText(s)) fail(`section [${s.start}, ${s.end}) is outside the text`);
    if (s.heading && (!inText(s.heading) || text.slice(s.heading.start, s.heading.end) !== s.heading.text)) fail(`heading ${JSON.stringify(s.heading.text)} does not slice`);
  }
  for (const p of report.positions) {
    if (!inText(p)) fail(`position [${p.start}, ${p.end}) is outside the text`);
    for (const part of [p.title, p.company, p.dates]) {
      if (part && (!inText(part) || text.slice(part.start, part.end) !== part.text)) fail(`position part ${JSON.stringify(part.text)} does not slice`);
    }
  }
  return out;
}

/** Critiques `text` in both modes (with a random lens and disabled rules) and checks every report. */
function holds(text: string, lens: 'pm' | 'engineer' = 'pm', disabled: readonly RuleId[] = []): boolean {
  for (const mode of ['document', 'lines'] as const) {
    const report = critique(text, { mode, lens, disabled });
    const found = problems(text, report, mode);
    if (found.length > 0) throw new Error(`${mode} mode:\n  ${found.join('\n  ')}`);
  }
  return true;
}

// ---------- generators ----------

const fromRanges = (...ranges: Array<[number, number]>): fc.Arbitrary<string> =>
  fc.oneof(...ranges.map(([min, max]) => fc.integer({ min, max }))).map((cp) => String.fromCodePoint(cp));

/** One character of many scripts: letters, marks and digits of each, astral planes included. */
const scriptChar = fromRanges(
  [0x00c0, 0x024f], // Latin-1 and Latin Extended
  [0x0300, 0x036f], // combining diacritics
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x0530, 0x058f], // Armenian
  [0x0590, 0x05ff], // Hebrew
  [0x0600, 0x06ff], // Arabic, Arabic-Indic digits
  [0x0900, 0x097f], // Devanagari
  [0x0980, 0x09ff], // Bengali
  [0x0b80, 0x0bff], // Tamil
  [0x0e00, 0x0e7f], // Thai
  [0x0f00, 0x0fff], // Tibetan
  [0x10a0, 0x10ff], // Georgian
  [0x1200, 0x137f], // Ethiopic
  [0x1780, 0x17ff], // Khmer
  [0x1800, 0x18af], // Mongolian
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x4e00, 0x9fff], // CJK
  [0xac00, 0xd7a3], // Hangul
  [0xff00, 0xffef], // fullwidth forms (fullwidth digits)
  [0x1d400, 0x1d7ff], // mathematical alphanumerics (astral)
  [0x13000, 0x1342f], // Egyptian hieroglyphs (astral)
  [0x20000, 0x2a6df], // CJK Extension B (astral)
);
const scriptWord = fc.string({ unit: scriptChar, minLength: 1, maxLength: 12 });

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u034f'];
const BIDI = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const RTL = [
  'قمت بقيادة فريق من 5 مهندسين',
  'زيادة الإيرادات بنسبة ٣٠٪',
  'הובלתי צוות של 5 מהנדסים',
  'Led \u202eevitatneserper\u202c 3 teams',
  '\u202bשיפרתי את ההמרה ב-12%\u202c',
  'Built עם React و Node',
];
const EMOJI = ['👩‍💻', '🚀', '📈', '🇺🇸', '👍🏽', '❤️', '🧑‍🤝‍🧑', '🏳️‍🌈', '1️⃣', '🔥🔥🔥', '✅', '\u{1F9EA}'];
const CONTROL = fromRanges([0x00, 0x1f], [0x7f, 0x9f]);
const ODD_BREAKS = ['\r', '\r\n', '\n\n\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '\t'];
const LONE_SURROGATE = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>Led</b> a <i>team</i>',
  '</li><li>',
  '&lt;script&gt;',
  '&amp; &nbsp; &#x202e;',
  '<a href="javascript:alert(1)">Increased revenue</a>',
  '<!-- comment -->',
  '<svg onload=alert(1)>',
  '"><script src=https://evil.example/x.js></script>',
  '${1+1}',
  '{{constructor.constructor("alert(1)")()}}',
];
const MARKERS = ['•', '-', '*', '–', '—', '▪', '◦', '●', '►', '✓', '·', '1.', '2)', '10.', '>', '+', '○', '■'];
const RESUME = [
  'Led', 'Built', 'Responsible for', 'Worked on', 'Helped', 'Was part of the team that', 'was migrated to', 'were built by',
  'I', 'my', 'Successfully', 'results-driven', 'team player', 'etc.', 'various', 'a team of 5 engineers', 'React', 'Kubernetes',
  'Postgres', 'GraphQL', 'reducing latency by 40%', 'increasing revenue by $1.2M', 'to 12,000 users', 'conversion from 9% to 12%',
  'chose React over Angular', 'instead of', 'A/B test', 'retention', 'Jan 2020 – Present', 'Mar 2019 - Feb 2022', '2021',
  'v2.3.1', 'GPT-4', 'Q3', '10k requests per second', 'Cut', 'Reduced', 'Design', 'Drive adoption', 'Developing', 'Development of',
  'EXPERIENCE', 'Experience', 'SKILLS', 'Skills:', 'Education', 'Projects', 'Summary', 'Staff Engineer — Acme, Remote',
  'Senior Software Engineer, Tech Lead', 'and', 'the', 'of', 'by', ',', '.', ';', '(', ')', ':', '%', '$', '#',
];

const number = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.constantFrom('%', 'k', 'M', 'x', ' ms', ' users')).map(([n, u]) => `${n}${u}`),
  fc.nat({ max: 99 }).map((n) => `$${n}.${n % 10}M`),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String), // a run longer than any safe integer
);

/** One piece of a line: mostly resume words, plus every kind of odd text the brief names. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...RESUME) },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: scriptWord },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...BIDI) },
  { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: CONTROL },
  { weight: 1, arbitrary: LONE_SURROGATE },
  { weight: 1, arbitrary: fc.constantFrom(...HTML) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const joiner = fc.oneof({ weight: 6, arbitrary: fc.constant(' ') }, fc.constantFrom('', '  ', '\t', '\u00a0', '\u3000', ...ZERO_WIDTH));
const lineBreak = fc.oneof({ weight: 6, arbitrary: fc.constant('\n') }, fc.constantFrom(...ODD_BREAKS));

const line = fc
  .tuple(
    fc.option(fc.constantFrom(...MARKERS).map((m) => `${m} `), { freq: 2 }),
    fc.array(fc.tuple(fragment, joiner), { maxLength: 8 }),
  )
  .map(([marker, parts]) => (marker ?? '') + parts.map(([f, j]) => f + j).join(''));

/** A small document: a few lines, odd line breaks between them. */
const document = fc
  .array(fc.tuple(line, lineBreak), { maxLength: 6 })
  .map((lines) => lines.map(([l, br]) => l + br).join(''));

const lens = fc.constantFrom('pm' as const, 'engineer' as const);
const disabled = fc.subarray<RuleId>([...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS], { maxLength: 4 });

/** A realistic document (sections, positions, bullets) of about `chars` characters. */
function bigDocument(chars: number, seed: number, words = { min: 6, max: 30 }): string {
  const bullets = fc.sample(
    fc.array(fc.constantFrom(...RESUME), { minLength: words.min, maxLength: words.max }).map((ws) => ws.join(' ')),
    { numRuns: 400, seed },
  );
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const chunk =
      i % 12 === 0
        ? `\nEXPERIENCE\n\nStaff Engineer ${i} — Acme, Remote\nJan 2020 – Present\n`
        : `• ${bullets[i % bullets.length]!}\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('').slice(0, chars);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timeOf(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// ---------- properties (10,350 generated inputs, each critiqued in both modes) ----------

// Generous: the properties run a few seconds each, slower on a loaded machine.
const SLOW = 60_000;

describe('critique on generated input', () => {
  it('small hostile documents: no throw, valid spans, scores, honest rewrites (2,500 inputs)', () => {
    fc.assert(fc.property(document, lens, disabled, (text, l, d) => holds(text, l, d)), runs(2_500));
  }, SLOW);

  it('raw unicode of any kind, lone surrogates and controls included (6,500 inputs)', () => {
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: fc.oneof(scriptChar, CONTROL, LONE_SURROGATE, fc.constantFrom(...ZERO_WIDTH, ...BIDI, ...ODD_BREAKS)), maxLength: 200 }),
    );
    fc.assert(fc.property(raw, lens, (text, l) => holds(text, l)), runs(6_500));
  }, SLOW);

  it('only bullet markers, blank lines and whitespace (1,000 inputs)', () => {
    const markersOnly = fc
      .array(fc.oneof(fc.constantFrom(...MARKERS), fc.constantFrom(' ', '\t', '\u00a0', ...ODD_BREAKS, '\n')), { maxLength: 60 })
      .map((xs) => xs.join(''));
    // Spans and scores only: a line of bare markers ("• •", "--") is still critiqued as a bullet today.
    fc.assert(fc.property(markersOnly, (text) => holds(text)), runs(1_000));
  }, SLOW);

  it('resume-shaped documents with sections and positions (250 inputs)', () => {
    const heading = fc.constantFrom('EXPERIENCE', 'Experience', 'PROJECTS', 'SKILLS', 'Education', 'Summary', 'Work History', 'Other');
    const position = fc
      .tuple(fc.constantFrom(...RESUME), fc.constantFrom('Jan 2020 – Present', 'Mar 2019 - Feb 2022', '2018–2019', ''), fc.array(line, { maxLength: 6 }))
      .map(([title, dates, ls]) => `${title} — Acme\n${dates}\n${ls.map((l) => `• ${l}`).join('\n')}`);
    const resume = fc
      .array(fc.tuple(heading, fc.array(position, { maxLength: 3 })), { maxLength: 4 })
      .map((secs) => secs.map(([h, ps]) => `${h}\n${ps.join('\n\n')}`).join('\n\n'));
    fc.assert(fc.property(resume, lens, (text, l) => holds(text, l)), runs(250));
  }, SLOW);

  it('one very long line, with and without spaces (100 inputs)', () => {
    const longLine = fc
      .tuple(fc.oneof(fragment, fc.constant('x')), fc.integer({ min: 2_000, max: 60_000 }), fc.boolean())
      .map(([unit, length, spaced]) => {
        const piece = spaced ? `${unit} ` : unit || 'x';
        return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
      });
    fc.assert(fc.property(longLine, (text) => holds(text)), runs(100));
  }, SLOW);
});

describe('critique on large input', () => {
  it('a 100 kB document: invariants hold', () => {
    const text = bigDocument(100_000, 1);
    expect(holds(text)).toBe(true);
  }, SLOW);

  it('a 1 MB document finishes within 3 s and says what it skipped', () => {
    const text = bigDocument(1_000_000, 2);
    let report: Report | undefined;
    const ms = timeOf(() => (report = critique(text, { mode: 'document' })));
    expect(problems(text, report!, 'document')).toEqual([]);
    expect(report!.notes.join('\n')).toMatch(new RegExp(`${MAX_INPUT.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters`));
    expect(report!.bullets.length).toBeLessThanOrEqual(MAX_BULLETS);
    expect(ms).toBeLessThan(3_000);

    // Lines mode: 1 MB of short lines hits the bullet cap, and says so.
    const lines = `${'Led a team of 5 engineers.\n'.repeat(40_000)}`.slice(0, 1_000_000);
    let linesReport: Report | undefined;
    const linesMs = timeOf(() => (linesReport = critique(lines, { mode: 'lines' })));
    expect(linesReport!.bullets).toHaveLength(MAX_BULLETS);
    expect(linesReport!.notes.join('\n')).toMatch(new RegExp(`first ${MAX_BULLETS} of \\d+ bullets`));
    expect(linesMs).toBeLessThan(3_000);
  }, SLOW);

  it('time grows about linearly: 4x the text takes well under 8x the time', () => {
    // Long bullets keep both below the caps (25 kB: 76 bullets, 100 kB: 294): all the work is done.
    const small = bigDocument(25_000, 3, { min: 25, max: 40 });
    const large = bigDocument(100_000, 3, { min: 25, max: 40 });
    critique(small, { mode: 'document' }); // warm up compromise and the JIT
    const t = { small: [] as number[], large: [] as number[] };
    for (let i = 0; i < 3; i++) {
      t.small.push(timeOf(() => critique(small, { mode: 'document' })));
      t.large.push(timeOf(() => critique(large, { mode: 'document' })));
    }
    const ratio = median(t.large) / median(t.small);
    console.log(`critique: 25 kB ${median(t.small).toFixed(0)} ms, 100 kB ${median(t.large).toFixed(0)} ms, ratio ${ratio.toFixed(2)}`);
    expect(critique(large, { mode: 'document' }).bullets.length).toBeLessThan(MAX_BULLETS);
    expect(ratio).toBeLessThan(8);
  }, SLOW);
});
