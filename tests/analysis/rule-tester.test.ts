// The RuleTester refuses malformed tables: a table that cannot fail is worse than none.
import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTester, validateTable } from './rule-tester.ts';

describe('ruleTester table validation', () => {
  it('accepts a well-formed table', () => {
    expect(() => validateTable('weak-ownership', { valid: ['Managed the vendor migration'], invalid: [{ text: 'Responsible for payroll', errors: [{ span: 'Responsible for' }] }] })).not.toThrow();
  });

  it('refuses an invalid case with no errors', () => {
    expect(() => validateTable('weak-ownership', { valid: [], invalid: [{ text: 'Responsible for payroll', errors: [] }] })).toThrow(/lists no errors/);
  });

  it('refuses a duplicate valid case', () => {
    expect(() => validateTable('buzzword', { valid: ['Cut churn 4%', 'Cut churn 4%'], invalid: [] })).toThrow(/duplicate valid/);
  });

  it('refuses a duplicate invalid case', () => {
    const c = { text: 'Successfully shipped v2', errors: [{}] };
    expect(() => validateTable('buzzword', { valid: [], invalid: [c, { ...c }] })).toThrow(/duplicate invalid/);
  });

  it('refuses a text that is both valid and invalid', () => {
    expect(() => validateTable('buzzword', { valid: ['Successfully shipped v2'], invalid: [{ text: 'Successfully shipped v2', errors: [{}] }] })).toThrow(/both valid and invalid/);
  });

  it('refuses a span that is not in the text, an unknown rule and an empty table', () => {
    expect(() => validateTable('buzzword', { valid: [], invalid: [{ text: 'Successfully shipped v2', errors: [{ span: 'Passionate' }] }] })).toThrow(/does not occur/);
    expect(() => validateTable('no-such-rule', { valid: ['x'], invalid: [] })).toThrow(/unknown rule/);
    expect(() => validateTable('buzzword', { valid: [], invalid: [] })).toThrow(/empty/);
    expect(() => validateTable('buzzword', { valid: ['  '], invalid: [] })).toThrow(/empty/);
  });

  it('ruleTester itself throws before registering any test', () => {
    expect(() => ruleTester('buzzword', { valid: ['Cut churn 4%'], invalid: [{ text: 'Cut churn 4%', errors: [{}] }] })).toThrow();
  });
});

describe('findingsOf', () => {
  it('runs lines mode by default and returns only the asked rule, in text order', () => {
    const found = findingsOf('first-person', 'I led the launch and I wrote the pricing page');
    expect(found.map((f) => [f.rule, f.start])).toEqual([
      ['first-person', 0],
      ['first-person', 21],
    ]);
  });
});
