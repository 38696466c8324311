// The parser: plain text of a resume, a LinkedIn profile or one position's description in,
// sections, positions and bullets out, every span a [start, end) range into the input.
//
// Two passes over the lines. The first (parse/headings.ts) finds the section headings. The
// second reads each section's body in a mode chosen by its kind:
//   positions  experience, projects, other: header lines gather until a date line or the first
//              bullet makes them a position; marked items and prose sentences are its bullets.
//   loose      a text with no headings: positions only where dates mark them, every other
//              line or sentence a bullet (a pasted description, a list of bullets).
//   intro      text before the first heading: a name, a headline, contact details. Only marked
//              items and prose sentences are bullets.
//   lines      skills, education, summary, certifications: every line or sentence is a bullet.
// No NLP library here: the whole critique has about 0.5 ms per bullet, the parse a small part.

import type { ParsedDocument, ParsedPosition, ParsedSection, SectionKind, TextSpan } from './types.ts';
import { classifyLine, isVerbish, type LineKind } from './parse/classify.ts';
import { hasDuration } from './parse/dates.ts';
import { readHeader, type HeaderFields, type HeaderLine } from './parse/header.ts';
import { findHeadings, type SectionHeading } from './parse/headings.ts';
import { isSpaceCode, splitLines, type Line } from './parse/lines.ts';
import { splitSentences } from './parse/sentences.ts';
import { CONNECTORS } from './parse/vocabulary.ts';

/** Input beyond this is not analysed: a resume is a few thousand characters, a long profile 30k. */
export const MAX_ANALYSED_CHARS = 200_000;
/** Nor beyond this many lines (a resume has a few hundred): bounds the work on "\n\n\n..." input. */
export const MAX_ANALYSED_LINES = 20_000;

export function parse(text: string): ParsedDocument {
  // A JS caller (or a page extractor) may hand us anything; garbage in gives an empty document.
  const input = typeof text === 'string' ? text : '';
  const doc: ParsedDocument = { text: input, sections: [], positions: [], bullets: [], notes: [] };
  let limit = analysedLength(input, doc.notes);
  const lines = splitLines(input, limit, MAX_ANALYSED_LINES);
  const lastLine = lines[lines.length - 1]!;
  if (lines.length === MAX_ANALYSED_LINES && lastLine.end < limit) {
    limit = lastLine.end;
    doc.notes.push(
      `input truncated: analysed the first ${MAX_ANALYSED_LINES} lines (${limit} of ${input.length} characters); the rest was skipped`,
    );
  }
  new BodyReader(input, doc, lines, limit).read();
  return doc;
}

/** How much of the input to analyse; notes what was skipped. Cuts at a line break when one is near. */
function analysedLength(input: string, notes: string[]): number {
  // Only a note: the text is parsed anyway, with control characters trimmed like spaces at line edges.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input)) {
    notes.push('input contains control characters: it may be binary data rather than text');
  }
  if (input.length <= MAX_ANALYSED_CHARS) return input.length;
  let cut = MAX_ANALYSED_CHARS;
  const lastBreak = input.lastIndexOf('\n', cut);
  if (lastBreak > cut - 2_000) cut = lastBreak;
  else if (/[\uD800-\uDBFF]/.test(input[cut - 1]!)) cut--; // do not split a surrogate pair
  notes.push(
    `input truncated: analysed the first ${cut} of ${input.length} characters; the remaining ${input.length - cut} were skipped`,
  );
  return cut;
}

type Mode = 'positions' | 'loose' | 'intro' | 'lines';

const MODES: Record<SectionKind, Mode> = {
  experience: 'positions',
  projects: 'positions',
  other: 'positions',
  skills: 'lines',
  education: 'lines',
  summary: 'lines',
  certifications: 'lines',
  preamble: 'intro',
};

/** An open run of lines that will become one bullet (a marked item) or several (prose sentences). */
interface Block {
  start: number;
  end: number;
  /** The block's first line (its indentation and marker column) and its latest line. */
  first: Line;
  last: Line;
}

/** Header lines kept while waiting for dates; an older line is unlikely to belong to the header. */
const MAX_PENDING = 4;

class BodyReader {
  private section = -1;
  private mode: Mode = 'loose';
  /** The position new bullets belong to. */
  private current: number | null = null;
  /** The current position has no bullet yet, so header lines after its dates may still fill it. */
  private open = false;
  private pending: HeaderLine[] = [];
  private item: Block | null = null;
  private para: Block | null = null;
  /** A company that stood on its own line; title-only headers after it share it (grouped roles). */
  private sharedCompany: TextSpan | null = null;
  /** The previous line was a lone marker: the next text line is that item's body. */
  private markNext = false;
  /** The last item or paragraph flushed, to drop an immediate exact repeat. */
  private lastBlock: Block | null = null;

  constructor(
    private readonly input: string,
    private readonly doc: ParsedDocument,
    private readonly lines: readonly Line[],
    private readonly limit: number,
  ) {}

  read(): void {
    const { headings, consumed } = findHeadings(this.input, this.lines);
    const first = headings[0];
    if (!first) this.openSection('preamble', null, 0, 'loose');
    else if (this.hasContentBefore(first.line)) this.openSection('preamble', null, 0, 'intro');
    let next = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const heading = headings[next];
      if (heading && heading.line === i) {
        next++;
        const start = this.doc.sections.length === 0 ? 0 : this.lines[i]!.start;
        this.closeSection(start);
        this.openSection(heading.kind, heading, start, MODES[heading.kind]);
      } else if (!consumed.has(i)) {
        this.readLine(this.lines[i]!);
      }
    }
    this.closeSection(this.limit);
  }

  private hasContentBefore(lineIndex: number): boolean {
    for (let i = 0; i < lineIndex; i++) {
      const line = this.lines[i]!;
      if (line.contentStart < line.contentEnd && !line.rule) return true;
    }
    return false;
  }

  private openSection(kind: SectionKind, heading: SectionHeading | null, start: number, mode: Mode): void {
    const section: ParsedSection = {
      kind,
      heading: heading ? this.span(heading.start, heading.end) : null,
      start,
      end: this.limit,
      positions: [],
      bullets: [],
    };
    this.section = this.doc.sections.push(section) - 1;
    this.mode = mode;
    this.current = null;
    this.open = false;
    this.sharedCompany = null;
    this.markNext = false;
  }

  /** Ends the open section at `end`: its last item, paragraph and header lines are settled. */
  private closeSection(end: number): void {
    if (this.section < 0) return;
    this.flushItem();
    this.flushPara();
    this.resolvePending(true);
    this.doc.sections[this.section]!.end = end;
  }

  private readLine(line: Line): void {
    if (line.contentStart === line.contentEnd || line.rule) {
      // Blank lines (and separator rules) end an item and a paragraph; header lines stay pending.
      this.flushItem();
      this.flushPara();
      return;
    }
    if (line.markerOnly) {
      this.flushItem();
      this.flushPara();
      this.markNext = true;
      return;
    }
    if (line.marked || this.markNext) {
      this.markNext = false;
      this.startItem(line);
      return;
    }
    const text = this.input.slice(line.bodyStart, line.contentEnd);
    const { kind: classified, date } = classifyLine(text);
    // A markdown sub-heading ("### Senior Engineer, Acme") names something; it is never an achievement.
    const kind: LineKind = line.hashes > 0 && classified === 'prose' ? 'header' : classified;

    if (this.item) {
      if (line.hashes === 0 && this.continuesItem(this.item, line, kind)) {
        this.item.end = line.contentEnd;
        this.item.last = line;
        return;
      }
      this.flushItem();
    }
    if (this.para) {
      if (line.hashes === 0 && this.continuesPara(this.para, line, kind)) {
        this.para.end = line.contentEnd;
        this.para.last = line;
        return;
      }
      this.flushPara();
    }

    if (this.mode === 'lines') {
      // Every line is content here, except a bare label ("Frontend:") and LinkedIn interface text.
      if (kind === 'noise' || (kind === 'label' && text.endsWith(':'))) return;
      this.para = { start: line.bodyStart, end: line.contentEnd, first: line, last: line };
      return;
    }
    if (this.mode === 'intro') {
      if (kind === 'prose') this.para = { start: line.bodyStart, end: line.contentEnd, first: line, last: line };
      return;
    }
    switch (kind) {
      case 'date':
        if (date) this.dateLine(line, date.start + line.bodyStart, date.end + line.bodyStart, date.current);
        return;
      case 'meta': {
        // A tenure ("Full-time · 3 yrs 5 mos") under a line with no dates: that line is a company
        // grouping several roles (LinkedIn). A bare "Full-time" sits under a title instead.
        const last = this.pending[this.pending.length - 1];
        if (last && hasDuration(text)) last.companyHint = true;
        return;
      }
      case 'header': {
        const last = this.pending[this.pending.length - 1];
        if (last && this.input.slice(last.start, last.end) === text) return; // LinkedIn repeats lines
        this.pending.push({ start: line.bodyStart, end: line.contentEnd, companyHint: false });
        if (this.pending.length > MAX_PENDING) this.pending.shift();
        return;
      }
      case 'prose':
        this.resolvePending(false);
        this.para = { start: line.bodyStart, end: line.contentEnd, first: line, last: line };
        return;
      default:
        return; // location, label, noise: part of no bullet
    }
  }

  private startItem(line: Line): void {
    this.flushItem();
    this.flushPara();
    if (this.mode === 'positions' || this.mode === 'loose') this.resolvePending(false);
    this.item = { start: line.bodyStart, end: line.contentEnd, first: line, last: line };
  }

  /** A date line closes the pending header lines into a position. */
  private dateLine(line: Line, dateStart: number, dateEnd: number, current: boolean): void {
    const dates = { ...this.span(dateStart, dateEnd), current };
    const headerLines = [...this.pending, { start: line.bodyStart, end: line.contentEnd, companyHint: false }];
    this.pending = [];
    const fields = readHeader(this.input, headerLines, dates, this.kind() === 'projects');
    // Dates on a line of their own under a header that already became a position: "Title, Company"
    // then a blank line then "2019 - 2021" (or dates repeated): give them to that position.
    // LinkedIn's copied text may also repeat the dates line: the open position keeps its first.
    const open = this.current !== null && this.open ? this.doc.positions[this.current]! : null;
    if (open && headerLines.length === 1 && !fields.title && !fields.company) {
      open.dates ??= dates;
      open.end = Math.max(open.end, line.contentEnd);
      return;
    }
    this.createPosition(headerLines, fields, dates);
  }

  /**
   * Header lines met a bullet (or the section's end) without dates: they fill the position just
   * opened by a date line, open a position of their own, or, in a headingless text, are bullets.
   */
  private resolvePending(atEnd: boolean): void {
    if (this.pending.length === 0) return;
    const headerLines = this.pending;
    this.pending = [];
    const fields = readHeader(this.input, headerLines, null, this.kind() === 'projects');
    const open = this.current !== null && this.open ? this.doc.positions[this.current]! : null;
    if (open && (!open.title || !open.company)) {
      let title = fields.title;
      if (!open.title && title) {
        open.title = title;
        title = null;
      }
      if (!open.company) open.company = fields.company ?? title;
      open.end = Math.max(open.end, headerLines[headerLines.length - 1]!.end);
      return;
    }
    if (this.mode === 'loose') {
      for (const l of headerLines) this.emit(l.start, l.end, false);
      return;
    }
    // Under a complete header, one more line is a team or a location, not a new position.
    if (open && !(fields.title && fields.company)) return;
    if (!fields.title && !fields.company) return;
    if (atEnd && !fields.hinted) return;
    this.createPosition(headerLines, fields, null);
  }

  private createPosition(
    headerLines: readonly HeaderLine[],
    fields: HeaderFields,
    dates: ParsedPosition['dates'],
  ): void {
    let company = fields.company;
    if (company && fields.companyShared) this.sharedCompany = company;
    else if (company) this.sharedCompany = null;
    else if (fields.title && this.kind() !== 'projects') company = this.sharedCompany;
    const position: ParsedPosition = {
      section: this.section,
      title: fields.title,
      company,
      dates,
      start: headerLines[0]!.start,
      end: headerLines[headerLines.length - 1]!.end,
      bullets: [],
    };
    const index = this.doc.positions.push(position) - 1;
    this.doc.sections[this.section]!.positions.push(index);
    this.current = index;
    this.open = true;
  }

  private flushItem(): void {
    if (!this.item) return;
    if (!this.repeatsLastBlock(this.item)) this.emit(this.item.start, this.item.end, true);
    this.item = null;
  }

  private flushPara(): void {
    if (!this.para) return;
    if (!this.repeatsLastBlock(this.para)) {
      for (const s of splitSentences(this.input, this.para.start, this.para.end)) this.emit(s.start, s.end, false);
    }
    this.para = null;
  }

  /**
   * LinkedIn's copied text can hold each description twice in a row (the visible text and a
   * screen-reader copy); the repeat is skipped so it is not critiqued twice.
   */
  private repeatsLastBlock(block: Block): boolean {
    const last = this.lastBlock;
    this.lastBlock = block;
    if (!last || last.end > block.start || block.end - block.start !== last.end - last.start) return false;
    if (this.input.slice(last.end, block.start).trim() !== '') return false;
    return this.input.startsWith(this.input.slice(last.start, last.end), block.start);
  }

  private emit(start: number, end: number, marked: boolean): void {
    const index = this.doc.bullets.length;
    const position = this.mode === 'positions' || this.mode === 'loose' ? this.current : null;
    this.doc.bullets.push({ start, end, text: this.input.slice(start, end), section: this.section, position, marked });
    this.doc.sections[this.section]!.bullets.push(index);
    if (position !== null) {
      const p = this.doc.positions[position]!;
      p.bullets.push(index);
      p.end = Math.max(p.end, end);
      this.open = false;
    }
  }

  /**
   * Does `line` wrap the open list item? Yes when indented under the item's text, when the item
   * has not ended its sentence and the line starts lowercase or follows a dangling "to"/"and"/",",
   * or when it does not look like a header or a new achievement (an opening verb).
   */
  private continuesItem(item: Block, line: Line, kind: LineKind): boolean {
    if (kind === 'date' || kind === 'meta' || kind === 'noise') return false;
    const bodyColumn = item.first.indent + (item.first.bodyStart - item.first.contentStart);
    if (line.indent > item.first.indent && line.indent >= bodyColumn - 1) return true;
    if (endsSentence(this.input, item.last)) return false;
    if (startsLowercase(this.input, line) || endsDangling(this.input, item.last)) return true;
    if (kind !== 'prose') return false;
    return !isVerbish(firstWord(this.input, line));
  }

  /** Does `line` wrap the open prose paragraph? Only on clear signs: unmarked lines are often one bullet each. */
  private continuesPara(para: Block, line: Line, kind: LineKind): boolean {
    if (kind === 'date' || kind === 'meta' || kind === 'noise') return false;
    if (endsSentence(this.input, para.last)) return false;
    if (startsLowercase(this.input, line) || endsDangling(this.input, para.last)) return true;
    // A hanging indent: the lines after the first are indented alike.
    if (line.indent > para.first.indent && (para.last === para.first || line.indent === para.last.indent)) {
      return kind === 'prose';
    }
    // A hard-wrapped paragraph: a long line, then one that does not open a new achievement.
    const length = para.last.contentEnd - para.last.contentStart;
    return kind === 'prose' && length >= 70 && !isVerbish(firstWord(this.input, line));
  }

  private kind(): SectionKind {
    return this.doc.sections[this.section]!.kind;
  }

  private span(start: number, end: number): TextSpan {
    return { start, end, text: this.input.slice(start, end) };
  }
}

/** The line's last visible character ends a sentence (or a clause: ';' and ':' end a list item too). */
function endsSentence(input: string, line: Line): boolean {
  let i = line.contentEnd - 1;
  while (i > line.bodyStart && `"'”’)]`.includes(input[i]!)) i--;
  return '.!?;:'.includes(input[i]!);
}

/** The line ends mid-clause: a comma, a dash (or hyphenation), "&", or a word like "to", "and", "the". */
function endsDangling(input: string, line: Line): boolean {
  const last = input[line.contentEnd - 1]!;
  if (',-–—&/('.includes(last)) return true;
  let i = line.contentEnd;
  while (i > line.bodyStart && line.contentEnd - i < 20 && !isSpaceCode(input.charCodeAt(i - 1))) i--;
  return CONNECTORS.has(input.slice(i, line.contentEnd).toLowerCase());
}

function startsLowercase(input: string, line: Line): boolean {
  const ch = input[line.bodyStart]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function firstWord(input: string, line: Line): string {
  let i = line.bodyStart;
  while (i < line.contentEnd && i - line.bodyStart < 30 && !isSpaceCode(input.charCodeAt(i))) i++;
  return input.slice(line.bodyStart, i);
}
