// Splits the input into lines and reads each line's shape: indentation, list marker, markdown
// heading hashes, separator rules. Every offset indexes the original input (CRLF, BOM and all).

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past its last character, before the line break. */
  end: number;
  /** First non-space character; equals contentEnd on a blank line. */
  contentStart: number;
  /** Just past the last non-space character. */
  contentEnd: number;
  /** Indentation in columns (a tab counts 4). */
  indent: number;
  /** Where the text starts after a list marker or markdown hashes and their spaces. */
  bodyStart: number;
  /** A list item: "• ", "- ", "1. ", "2) "... */
  marked: boolean;
  /** A marker with nothing after it (PDF copies put "•" on a line of its own). */
  markerOnly: boolean;
  /** Markdown heading level (the number of leading '#'), 0 when none. */
  hashes: number;
  /** The character a separator rule ("-----", "=====", "━━━") is drawn with, '' when not a rule. */
  rule: string;
}

/**
 * Space for the parser: ASCII whitespace and control characters (NUL and friends, so binary
 * noise trims away), NBSP, BOM, zero-width and typographic spaces.
 */
export function isSpaceCode(c: number): boolean {
  return (
    c <= 0x20 ||
    (c >= 0x7f && c <= 0xa0) ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x1680
  );
}

/** Symbols that open a list item even when glued to the text ("•Built ..." in PDF copies). */
const GLUED_MARKERS = new Set(
  '•·‣⁃◦▪▫■□●○◆◇♦❖►▶▸▹➢➣➤➔→⇒✓✔✗✘☐☑★☆∙⦁\uF0B7\uF0A7\uF076\uF0D8\uF0FC'.split(''),
);
/** Markers that need a space after them: "-5% churn" and "*emphasis*" are not list items. */
const SPACED_MARKERS = new Set(['-', '*', '+', '–', '—', '~', '‐', '‒']);
/** Characters a separator rule is drawn with. */
const RULE_CHARS = new Set('-=_*~#━─═—–•·.'.split(''));

/** Line breaks other than \n and \r\n: a lone \r (old Mac), U+2028/2029, NEL. */
const RARE_BREAK = /\r(?!\n)|[\u2028\u2029\u0085]/;

/**
 * Lines of input[0, limit), split at \n, \r\n, \r, U+2028/2029 and NEL. A final line break adds
 * no empty line; the input's end always closes a line, so an empty input is one blank line.
 */
export function splitLines(input: string, limit: number, maxLines = Infinity): Line[] {
  const lines: Line[] = [];
  let start = 0;
  if (!RARE_BREAK.test(input.length > limit ? input.slice(0, limit) : input)) {
    // The common case: native indexOf finds each \n; a \r before it is trimmed as space.
    for (let i = input.indexOf('\n'); i !== -1 && i < limit; i = input.indexOf('\n', start)) {
      if (lines.length >= maxLines) return lines;
      lines.push(readLine(input, start, i > start && input.charCodeAt(i - 1) === 13 ? i - 1 : i));
      start = i + 1;
    }
  } else {
    for (let i = 0; i < limit; i++) {
      if (lines.length >= maxLines) return lines;
      const c = input.charCodeAt(i);
      if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029 && c !== 0x85) continue;
      lines.push(readLine(input, start, i));
      if (c === 13 && input.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if ((start < limit && lines.length < maxLines) || lines.length === 0) lines.push(readLine(input, start, limit));
  return lines;
}

function readLine(input: string, start: number, end: number): Line {
  let cs = start;
  let indent = 0;
  while (cs < end && isSpaceCode(input.charCodeAt(cs))) {
    indent += input.charCodeAt(cs) === 9 ? 4 : 1;
    cs++;
  }
  let ce = end;
  while (ce > cs && isSpaceCode(input.charCodeAt(ce - 1))) ce--;
  const line: Line = {
    start,
    end,
    contentStart: cs,
    contentEnd: ce,
    indent,
    bodyStart: cs,
    marked: false,
    markerOnly: false,
    hashes: 0,
    rule: '',
  };
  if (cs === ce) return line;
  if (isRule(input, cs, ce)) {
    line.rule = input[cs]!;
    return line;
  }
  readHashes(input, line) || readMarker(input, line);
  return line;
}

/** Three or more rule characters and nothing else but spaces: "-----", "= = =", "━━━". */
function isRule(input: string, cs: number, ce: number): boolean {
  if (ce - cs > 400) return false;
  let count = 0;
  for (let i = cs; i < ce; i++) {
    const ch = input[i]!;
    if (RULE_CHARS.has(ch)) count++;
    else if (!isSpaceCode(input.charCodeAt(i))) return false;
  }
  return count >= 3;
}

/** "## Experience": records the level and starts the body after the hashes. */
function readHashes(input: string, line: Line): boolean {
  let i = line.contentStart;
  while (i < line.contentEnd && input[i] === '#') i++;
  const level = i - line.contentStart;
  if (level === 0 || level > 6 || i === line.contentEnd || !isSpaceCode(input.charCodeAt(i))) return false;
  while (i < line.contentEnd && isSpaceCode(input.charCodeAt(i))) i++;
  line.hashes = level;
  line.bodyStart = i;
  return true;
}

function readMarker(input: string, line: Line): boolean {
  const cs = line.contentStart;
  const ce = line.contentEnd;
  const ch = input[cs]!;
  let after = -1;
  if (GLUED_MARKERS.has(ch)) after = cs + 1;
  else if (SPACED_MARKERS.has(ch) && (cs + 1 === ce || isSpaceCode(input.charCodeAt(cs + 1)))) after = cs + 1;
  else after = numberMarkerEnd(input, cs, ce);
  if (after < 0) return false;
  let body = after;
  while (body < ce && isSpaceCode(input.charCodeAt(body))) body++;
  line.marked = true;
  line.bodyStart = body;
  line.markerOnly = body >= ce;
  return true;
}

/** "1. ", "12) ", "(3) ": one or two digits, so "2019 - 2021" and "3.5x" stay text. */
function numberMarkerEnd(input: string, cs: number, ce: number): number {
  let i = cs;
  const paren = input[i] === '(';
  if (paren) i++;
  const digits = i;
  while (i < ce && i - digits < 3 && input.charCodeAt(i) >= 48 && input.charCodeAt(i) <= 57) i++;
  const n = i - digits;
  if (n === 0 || n > 2) return -1;
  const close = input[i];
  if (paren ? close !== ')' : close !== '.' && close !== ')') return -1;
  i++;
  // A marker is followed by a space; "1.5" and "2)x" are not markers. A lone "1." is a marker-only line.
  if (i < ce && !isSpaceCode(input.charCodeAt(i))) return -1;
  return i;
}
