// analysis/rule-weights.ts and rule-info.ts copy each rule's metadata so that UI bundles and content
// scripts need not load the rules (and compromise with them). This test is what keeps the copy
// honest: every field must equal the rule's own, in the same order, for every rule id.
import { describe, expect, it } from 'vitest';
import { BULLET_RULES } from '../../analysis/rules/index.ts';
import { DOCUMENT_RULES } from '../../analysis/rules/document.ts';
import { BULLET_RULE_INFO, DOCUMENT_RULE_INFO, RULE_INFO, RULE_INFO_BY_ID } from '../../analysis/rule-info.ts';
import { RULE_WEIGHTS } from '../../analysis/rule-weights.ts';
import { BULLET_RULE_IDS, DOCUMENT_RULE_IDS } from '../../analysis/types.ts';
import type { RuleMeta } from '../../analysis/rules/rule.ts';

const meta = (r: RuleMeta<string>, scope: 'bullet' | 'document') => ({
  id: r.id,
  scope,
  name: r.name,
  category: r.category,
  severity: r.severity,
  penalty: r.penalty,
  why: r.why,
});

describe('rule-info', () => {
  it('equals every bullet rule meta, in BULLET_RULES order', () => {
    expect(BULLET_RULE_INFO).toEqual(BULLET_RULES.map((r) => meta(r, 'bullet')));
  });

  it('equals every document rule meta, in DOCUMENT_RULES order', () => {
    expect(DOCUMENT_RULE_INFO).toEqual(DOCUMENT_RULES.map((r) => meta(r, 'document')));
  });

  it('covers every rule id exactly once, and nothing else', () => {
    expect(RULE_INFO.map((r) => r.id).sort()).toEqual([...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS].sort());
    for (const id of [...BULLET_RULE_IDS, ...DOCUMENT_RULE_IDS]) expect(RULE_INFO_BY_ID[id].id).toBe(id);
  });

  it('the weights alone (what score.ts and the content scripts load) are the same rows', () => {
    expect(RULE_WEIGHTS).toEqual(RULE_INFO.map(({ name: _n, why: _w, ...weights }) => weights));
  });

  it('holds only data: no function sneaks in', () => {
    expect(JSON.parse(JSON.stringify(RULE_INFO))).toEqual(RULE_INFO);
  });
});
