// Turns what `export?format=txt` really sends into text the engine parses: no byte-order mark,
// LF line ends, `* ` list items as `• ` bullets, table rows flattened to one cell per line,
// horizontal rules and the trailing comment block dropped. Pure.

export type ExportNote = 'bom' | 'crlf' | 'list-items' | 'table-flattened' | 'comments-removed' | 'rules-removed';

export interface ExportText {
  text: string;
  /** What the normaliser changed, for diagnostics and tests. */
  notes: ExportNote[];
}

// Docs writes list items as `* item`; nested levels are indented, and other exporters of the same
// document use the round glyphs, so all of them count as a bullet marker.
const LIST_ITEM = /^[ \t]*[*●○■◦▪•][ \t]+(?=\S)/;
const RULE_LINE = /^[ \t]*([_\-=─━])\1{2,}[ \t]*$/;
// Comment anchors: `[a]` … `[z]`, `[aa]` …
const COMMENT_LABEL = /^\[([a-z]{1,3})\]/;

function labelAt(i: number): string {
  // a..z, aa..az, ba.. (the order Docs uses for comment anchors)
  let n = i;
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/**
 * Docs' txt export appends the document's comments after the text, each starting `[a]`, `[b]`, …
 * and leaves the same `[a]` anchors inline. Only a block that starts with `[a]` and continues in
 * order counts as one, so a resume line that happens to start with `[a]` stays.
 */
function removeComments(lines: string[]): { lines: string[]; removed: boolean } {
  for (let start = lines.length - 1; start >= 0; start--) {
    if (!lines[start]!.startsWith('[a]')) continue;
    let next = 0;
    let ok = true;
    for (let j = start; j < lines.length; j++) {
      const m = COMMENT_LABEL.exec(lines[j]!);
      if (!m) continue; // continuation line of a multi-line comment
      if (m[1] !== labelAt(next)) {
        ok = false;
        break;
      }
      next++;
    }
    if (!ok) continue;
    const labels = Array.from({ length: next }, (_, i) => labelAt(i));
    const anchor = new RegExp(`\\[(?:${labels.join('|')})\\]`, 'g');
    const body = lines.slice(0, start).map((l) => l.replace(anchor, ''));
    return { lines: body, removed: true };
  }
  return { lines, removed: false };
}

export function normalizeExportText(raw: string): ExportText {
  const notes = new Set<ExportNote>();
  let text = raw;
  if (text.startsWith('\uFEFF')) {
    notes.add('bom');
    text = text.replace(/^\uFEFF+/, '');
  }
  if (text.includes('\r')) {
    notes.add('crlf');
    text = text.replace(/\r\n?/g, '\n');
  }
  text = text
    .replace(/\u000B/g, '\n') // a soft line break (Shift+Enter)
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');

  let lines = text.split('\n');
  const comments = removeComments(lines);
  if (comments.removed) notes.add('comments-removed');
  lines = comments.lines;

  const out: string[] = [];
  for (const line of lines) {
    // A table row comes out with its cells separated by tabs: one cell per line keeps each
    // cell's bullet or heading whole. A single tab inside a line (title<TAB>dates) stays unless
    // what follows it is a list item (a two-column layout table: dates | bullets).
    const parts = line.split('\t');
    const isRow = parts.length >= 3 || (parts.length === 2 && LIST_ITEM.test(parts[1]!));
    const cells = isRow ? parts : [line];
    if (cells.length > 1) notes.add('table-flattened');
    for (let cell of cells) {
      if (cells.length > 1) {
        cell = cell.trim();
        if (!cell) continue;
      }
      if (RULE_LINE.test(cell)) {
        notes.add('rules-removed');
        out.push('');
        continue;
      }
      if (LIST_ITEM.test(cell)) {
        notes.add('list-items');
        cell = cell.replace(LIST_ITEM, '• ');
      }
      out.push(cell.replace(/[ \t]+$/, ''));
    }
  }
  text = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\s+$/, '');
  return { text: text ? `${text}\n` : '', notes: [...notes] };
}
