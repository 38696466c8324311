// Placeholder until the real parser lands: every non-empty line is a bullet of one preamble section.
import type { ParsedDocument } from './types.ts';

export function parse(text: string): ParsedDocument {
  const doc: ParsedDocument = { text, sections: [], positions: [], bullets: [], notes: [] };
  doc.sections.push({ kind: 'preamble', heading: null, start: 0, end: text.length, positions: [], bullets: [] });
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index, e = s + m[0].length;
    if (!m[0].trim()) continue;
    doc.sections[0]!.bullets.push(doc.bullets.length);
    doc.bullets.push({ start: s, end: e, text: m[0], section: 0, position: null, marked: false });
  }
  return doc;
}
