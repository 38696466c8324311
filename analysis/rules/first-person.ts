import { defineBulletRule, both, type RawFinding } from './rule.ts';

// "I" is matched as written (a capital I alone); the others in any case. Not inside quotes, not
// "I/O", not a roman numeral after a name ("Phase I"), not a product name ("My Verizon").
const PRONOUN = /(?<![\p{L}\p{N}'’/-])(?:I(?![\p{L}\p{N}/'’-]|'(?:m|ve|d|ll)\b)|I(?='(?:m|ve|d|ll)\b)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|ME|MY)(?![\p{L}\p{N}/-]|\.\p{L})/gu;

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”');
  return straight || curly;
}

export default defineBulletRule({
  id: 'first-person',
  name: 'First person',
  category: 'clarity',
  severity: both('info'),
  penalty: both(5),
  message: 'Resume bullets drop the pronoun and start with the verb.',
  why: 'Common resume practice: the reader knows it is you; "I" and "my" spend words and push the action verb back.',
  check({ text }) {
    const out: RawFinding[] = [];
    PRONOUN.lastIndex = 0;
    for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (insideQuotes(text, start)) continue;
      const prev = /(\S+)\s*$/.exec(text.slice(0, start))?.[1] ?? '';
      // A roman numeral or a name: "Phase I", "World War I", "Series I".
      if (m[0] === 'I' && /^[A-Z][a-z]+$/.test(prev) && !/[.;:!?]$/.test(prev) && !/^(?:And|But|Then|So|Where|When|Which|That|Because)$/.test(prev)) continue;
      // "My Verizon app": a capitalised "My" mid-sentence before a capitalised word is a product name.
      if (m[0] === 'My' && start > 0 && !/[.;:!?•]\s*$/.test(text.slice(0, start)) && /^\s+[A-Z]/.test(text.slice(end))) continue;
      // An opening "I" goes, and the verb after it takes the capital: "I built" -> "Built".
      const opening = /^\s*$/.test(text.slice(0, start)) && m[0] === 'I';
      const next = /^\s+(\p{Ll})/u.exec(text.slice(end));
      const suggestions = opening && next ? [{ start, end: end + next[0].length, text: next[1]!.toUpperCase() }] : undefined;
      out.push({ start, end, suggestions });
    }
    return out;
  },
});
