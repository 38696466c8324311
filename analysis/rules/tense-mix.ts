import { defineDocumentRule, type DocumentBullet } from './document-rule.ts';
import type { RawFinding } from './rule.ts';

type Tense = 'past' | 'present';

function tenseOf(b: DocumentBullet): Tense | null {
  const { opening } = b.features;
  if (!opening.verb || (opening.kind !== 'action' && opening.kind !== 'weak-verb' && opening.kind !== 'gerund' && opening.kind !== 'label')) return null;
  return opening.verb.tense === 'past' ? 'past' : 'present';
}

export default defineDocumentRule({
  id: 'tense-mix',
  name: 'Tense mix',
  category: 'clarity',
  severity: { pm: 'info', engineer: 'info' },
  penalty: { pm: 3, engineer: 3 },
  message: 'Tenses are mixed.',
  why: 'Common resume practice: past roles in the past tense; the current role in one tense throughout. Mixed tenses read as carelessness.',
  check({ bullets }) {
    const groups = new Map<string, DocumentBullet[]>();
    for (const b of bullets) {
      const key = b.position === null ? 'none' : String(b.position);
      const list = groups.get(key) ?? [];
      list.push(b);
      groups.set(key, list);
    }
    const out: RawFinding[] = [];
    const flag = (b: DocumentBullet, message: string) => {
      const { span } = b.features.opening;
      out.push({ start: b.start + span.start, end: b.start + span.end, message });
    };
    for (const list of groups.values()) {
      const tensed = list.map((b) => ({ b, tense: tenseOf(b) })).filter((x): x is { b: DocumentBullet; tense: Tense } => x.tense !== null);
      const current = list[0]?.current ?? null;
      if (current === false) {
        for (const { b, tense } of tensed) if (tense === 'present') flag(b, 'A past role described in the present tense.');
        continue;
      }
      const past = tensed.filter((x) => x.tense === 'past');
      const present = tensed.filter((x) => x.tense === 'present');
      if (past.length === 0 || present.length === 0) continue;
      const minority = present.length <= past.length ? present : past;
      const majority = minority === present ? 'past' : 'present';
      for (const { b } of minority) flag(b, `Mixes tenses: most bullets here are in the ${majority} tense.`);
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
