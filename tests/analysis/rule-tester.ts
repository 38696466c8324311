// A small ESLint-style RuleTester: a rule's tests read as a spec table of lines that must pass and
// lines that must be flagged, with the exact span and message of every expected finding.
import { describe, expect, it } from 'vitest';
import {
  BULLET_RULE_IDS,
  DOCUMENT_RULE_IDS,
  critique,
  type CritiqueOptions,
  type Finding,
  type RuleId,
} from '../../analysis/index.ts';

export interface ExpectedError {
  /** The exact text of the finding's span: `text.slice(start, end)`. */
  span?: string;
  message?: RegExp;
}

export interface InvalidCase {
  text: string;
  errors: ExpectedError[];
}

export interface RuleTable {
  valid: string[];
  invalid: InvalidCase[];
}

/** How each case is critiqued; bullet rules default to `{ mode: 'lines' }`. */
export type TesterOptions = Omit<CritiqueOptions, 'disabled'>;

const KNOWN: ReadonlySet<string> = new Set<string>([...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS]);

/** Refuses a table a reader could misread: it throws instead of silently testing less. */
export function validateTable(ruleId: string, table: RuleTable): void {
  if (!KNOWN.has(ruleId)) throw new Error(`ruleTester: unknown rule id "${ruleId}"`);
  if (!table || !Array.isArray(table.valid) || !Array.isArray(table.invalid)) {
    throw new Error(`ruleTester(${ruleId}): the table needs "valid" and "invalid" arrays`);
  }
  if (table.valid.length + table.invalid.length === 0) throw new Error(`ruleTester(${ruleId}): the table is empty`);
  const seen = new Map<string, 'valid' | 'invalid'>();
  const note = (text: unknown, kind: 'valid' | 'invalid') => {
    if (typeof text !== 'string') throw new Error(`ruleTester(${ruleId}): a ${kind} case's text is not a string`);
    if (text.trim() === '') throw new Error(`ruleTester(${ruleId}): a ${kind} case is empty`);
    const before = seen.get(text);
    if (before === kind) throw new Error(`ruleTester(${ruleId}): duplicate ${kind} case ${JSON.stringify(text)}`);
    if (before) throw new Error(`ruleTester(${ruleId}): ${JSON.stringify(text)} is both valid and invalid`);
    seen.set(text, kind);
  };
  for (const text of table.valid) note(text, 'valid');
  for (const c of table.invalid) {
    note(c?.text, 'invalid');
    if (!Array.isArray(c.errors) || c.errors.length === 0) {
      throw new Error(`ruleTester(${ruleId}): invalid case ${JSON.stringify(c.text)} lists no errors`);
    }
    for (const e of c.errors) {
      if (e.span !== undefined && (e.span === '' || !c.text.includes(e.span))) {
        throw new Error(`ruleTester(${ruleId}): span ${JSON.stringify(e.span)} does not occur in ${JSON.stringify(c.text)}`);
      }
      if (e.message !== undefined && !(e.message instanceof RegExp)) {
        throw new Error(`ruleTester(${ruleId}): an expected message must be a RegExp`);
      }
    }
  }
}

/** Every finding of `ruleId` in the critique of `text`, bullet and document findings, in text order. */
export function findingsOf(ruleId: RuleId, text: string, options: TesterOptions = {}): Finding[] {
  const report = critique(text, { mode: 'lines', ...options });
  return [...report.documentFindings, ...report.bullets.flatMap((b) => b.findings)]
    .filter((f) => f.rule === ruleId)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

const title = (text: string, i: number) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return `#${i + 1} ${JSON.stringify(one.length > 90 ? `${one.slice(0, 87)}...` : one)}`;
};

const describeFinding = (text: string, f: Finding) => ({ span: text.slice(f.start, f.end), message: f.message });

export function ruleTester(ruleId: RuleId, table: RuleTable, options: TesterOptions = {}): void {
  validateTable(ruleId, table);
  describe(`${ruleId} (${options.mode ?? 'lines'}${options.lens ? `, ${options.lens}` : ''})`, () => {
    if (table.valid.length > 0) describe('valid', () => {
      table.valid.forEach((text, i) => {
        it(title(text, i), () => {
          const found = findingsOf(ruleId, text, options);
          expect(found.map((f) => describeFinding(text, f)), `${ruleId} should not fire`).toEqual([]);
        });
      });
    });
    if (table.invalid.length > 0) describe('invalid', () => {
      table.invalid.forEach(({ text, errors }, i) => {
        it(title(text, i), () => {
          const found = findingsOf(ruleId, text, options);
          const got = found.map((f) => describeFinding(text, f));
          expect(found.length, `expected ${errors.length} ${ruleId} finding(s), got ${JSON.stringify(got)}`).toBe(errors.length);
          errors.forEach((e, j) => {
            const f = found[j]!;
            expect(f.rule).toBe(ruleId);
            expect(f.actual, 'finding.actual is the span text').toBe(text.slice(f.start, f.end));
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.start).toBeLessThan(f.end);
            if (e.span !== undefined) expect(text.slice(f.start, f.end), `span of ${ruleId} finding #${j + 1}`).toBe(e.span);
            if (e.message !== undefined) expect(f.message).toMatch(e.message);
          });
        });
      });
    });
  });
}
