// Finds the employment dates on a header line: "Jan 2020 - Present", "2019–2021", "(2018 – 2022)",
// "Mar 2021 - Present · 3 yrs 2 mos", "Summer 2020", "Since 2019", "Shelfwise — side project, 2023".

export interface DateMatch {
  /** Offsets relative to the string searched. */
  start: number;
  end: number;
  /** The range runs to Present / Current / Now. */
  current: boolean;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
/** "Jan 2020", "January, 2020", "Jan. '20", "Summer 2020". */
const MONTH_YEAR = `(?:${MONTH}\\.?|${SEASON})[\\s,]*(?:${YEAR}|['’]\\d\\d)`;
/** "01/2020", "1.2020", and ISO "2020-01" (two-digit month, so "2019-20" is not one). */
const NUMERIC = `(?:(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}|${YEAR}[-/.](?:0[1-9]|1[0-2])(?!\\d))`;
const POINT = `(?:${MONTH_YEAR}|${NUMERIC}|${YEAR})`;
const NOW = '(?:present|current(?:ly)?|now|today|ongoing|date)';
const DASH = '(?:\\s*(?:--?|[‐‑‒–—−~→]|\\.\\.)\\s*|\\s+(?:to|until|till|through|thru)\\s+)';
// ASCII edges keep these regexes off the slower unicode path; dates sit next to ASCII anyway.
const EDGE_BEFORE = '(?<![A-Za-z0-9])';
const EDGE_AFTER = '(?![A-Za-z0-9])';

const RANGE = new RegExp(`${EDGE_BEFORE}${POINT}${DASH}(?:${POINT}|(${NOW}))${EDGE_AFTER}`, 'i');
const SINCE = new RegExp(`${EDGE_BEFORE}since\\s+${POINT}${EDGE_AFTER}`, 'i');
const SINGLE = new RegExp(`${EDGE_BEFORE}(?:${MONTH_YEAR}|${NUMERIC})${EDGE_AFTER}`, 'i');
/** A bare year only counts at the end of a line ("..., 2023", "(2019)"): elsewhere it is too often a number. */
const END_YEAR = new RegExp(`${EDGE_BEFORE}${YEAR}(?=\\s*\\)?\\s*$)`);
/** Every date form above has a year (or an abbreviated '20): lines without one skip the regexes. */
const HAS_YEAR = /(?:19[5-9]|20\d)\d|['’]\d\d/;

/** Header lines are short; a longer line is prose and is not searched (bounds the work). */
const MAX_HEADER_LENGTH = 200;

/** The first date range (or, failing that, single date) in a short line; null when none. */
export function findDate(text: string): DateMatch | null {
  if (text.length > MAX_HEADER_LENGTH || !HAS_YEAR.test(text)) return null;
  let m = RANGE.exec(text);
  if (m) return { start: m.index, end: m.index + m[0].length, current: m[1] !== undefined };
  m = SINCE.exec(text);
  if (m) return { start: m.index, end: m.index + m[0].length, current: true };
  m = SINGLE.exec(text) ?? END_YEAR.exec(text);
  if (m) return { start: m.index, end: m.index + m[0].length, current: false };
  return null;
}

/** "3 yrs 2 mos", "(2 years)", "less than a year": LinkedIn's and resumes' tenure notes. */
export const DURATION = /\(?\b\d+\+?\s*(?:yrs?|years?|mos?|months?)\b(?:,?\s*\d+\s*(?:mos?|months?)\b)?\)?|\bless than a (?:year|month)\b/gi;

export function isDuration(text: string): boolean {
  DURATION.lastIndex = 0;
  const m = DURATION.exec(text);
  return m !== null && m.index === 0 && m[0].length === text.length;
}

/** The text holds a tenure somewhere ("Full-time · 3 yrs 5 mos"). */
export function hasDuration(text: string): boolean {
  DURATION.lastIndex = 0;
  return DURATION.test(text);
}
