import { defineDocumentRule } from './document-rule.ts';
import type { RawFinding } from './rule.ts';

export default defineDocumentRule({
  id: 'verb-repetition',
  name: 'Verb repetition',
  category: 'clarity',
  severity: { pm: 'info', engineer: 'info' },
  penalty: { pm: 3, engineer: 3 },
  message: 'The same verb opens too many bullets.',
  why: 'Common resume practice: a list that opens "Developed... Developed... Developed..." reads as one task repeated; precise verbs (Defined, Prioritized, Launched, Cut) show different kinds of agency.',
  check({ bullets }) {
    const byVerb = new Map<string, { start: number; end: number; word: string }[]>();
    for (const b of bullets) {
      const { opening } = b.features;
      if (opening.kind !== 'action' && opening.kind !== 'weak-verb' && opening.kind !== 'gerund') continue;
      if (!opening.verb) continue;
      const list = byVerb.get(opening.verb.inf) ?? [];
      list.push({ start: b.start + opening.span.start, end: b.start + opening.span.end, word: b.features.text.slice(opening.span.start, opening.span.end) });
      byVerb.set(opening.verb.inf, list);
    }
    const out: RawFinding[] = [];
    for (const [, uses] of byVerb) {
      if (uses.length <= 2) continue;
      // Report each use past the second, so the UI can point at the bullets to vary.
      for (const use of uses.slice(2)) {
        out.push({ start: use.start, end: use.end, message: `"${uses[0]!.word}" opens ${uses.length} bullets; vary the verb to show what kind of action each was.` });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
