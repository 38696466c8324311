import { defineDocumentRule } from './document-rule.ts';

const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Copula', 'Auxiliary', 'Modal', 'QuestionWord'];
export const JARGON_SHARE = 0.2;
const MIN_CONTENT_WORDS = 20;

export default defineDocumentRule({
  id: 'jargon-heavy',
  name: 'Jargon heavy',
  category: 'product',
  severity: { pm: 'warning', engineer: 'info' },
  penalty: { pm: 6, engineer: 2 },
  message: 'More than a fifth of the words are technology names.',
  why: 'The seed\'s checklist: rewrite your projects "to focus exclusively on the business problem and outcome, removing 90% of the technical jargon".',
  check({ bullets }) {
    let content = 0;
    let tech = 0;
    for (const b of bullets) {
      for (const t of b.features.tokens) if (!FUNCTION_TAGS.some((tag) => t.tags.has(tag)) && /\p{L}/u.test(t.text)) content++;
      for (const m of b.features.tech) tech += m.text.split(/[\s-]+/).length;
    }
    if (content < MIN_CONTENT_WORDS || tech / content <= JARGON_SHARE) return [];
    const first = bullets[0]!;
    const last = bullets[bullets.length - 1]!;
    return [{ start: first.start, end: last.end, message: `${Math.round((100 * tech) / content)}% of the content words name technologies (${tech} of ${content}).` }];
  },
});
