// Finds the section headings of a resume or profile and maps their words to a SectionKind.
// A heading is a short line made of section words ("EXPERIENCE", "Work History", "Skills & Tools:",
// "**Projects**"), a markdown heading, or a line underlined with === / ---. Unknown words make a
// heading only when the markup says so (markdown, underline) or, in ALL CAPS, inside list-like
// sections; elsewhere an unknown ALL CAPS line is more likely a name or a company ("ACME CORP").

import type { SectionKind } from '../types.ts';
import type { Line } from './lines.ts';

export interface SectionHeading {
  /** Index of the heading's line. */
  line: number;
  kind: SectionKind;
  /** The heading words, without '#', '**' or a trailing colon. */
  start: number;
  end: number;
  /** Markdown level (1 for '#', or '=' underline; 2 for '##' or '-' underline); 0 for a plain line. */
  level: number;
}

export interface HeadingScan {
  headings: SectionHeading[];
  /** Lines that belong to a heading and carry no content: an underline, a repeated heading. */
  consumed: Set<number>;
}

type Strength = SectionKind | 'weak-experience';

/** Section words. "work", "history" and "career" name experience only when nothing stronger does. */
const KIND_WORDS = new Map<string, Strength>([
  ...words('experience experiences employment', 'experience'),
  ...words('work history career', 'weak-experience'),
  ...words('projects project portfolio contributions', 'projects'),
  ...words('education academic academics studies schooling degrees qualifications', 'education'),
  ...words('skills skill technologies technology tools stack competencies expertise proficiencies programming toolbox', 'skills'),
  ...words('certifications certification certificates licenses licences credentials accreditations', 'certifications'),
  ...words('summary about profile objective overview statement introduction bio', 'summary'),
  ...words(
    'awards honors honours achievements accomplishments publications patents interests hobbies volunteering ' +
      'volunteer activities leadership references languages contact recommendations organizations ' +
      'organisations affiliations memberships courses coursework training talks presentations conferences ' +
      'speaking research featured activity extracurricular extracurriculars community miscellaneous misc ' +
      'additional information info other',
    'other',
  ),
]);
/** Words that may stand beside section words without changing the kind. */
const MODIFIERS = new Set(
  'and of the in my me professional relevant technical tech key core selected select personal side recent previous prior industry open source areas area highlights notable full'.split(
    ' ',
  ),
);
/** When a heading mixes kinds ("Education & Certifications"), the first in this list wins. */
const PRIORITY: readonly SectionKind[] = ['experience', 'projects', 'education', 'skills', 'certifications', 'summary', 'other'];
/** Sections made of lists, where an unknown ALL CAPS line starts a new section. */
const LIST_SECTIONS: ReadonlySet<SectionKind> = new Set(['skills', 'summary', 'certifications']);

function words(list: string, kind: Strength): [string, Strength][] {
  return list.split(' ').map((w) => [w, kind]);
}

/** The section kind a heading's words name, or null when they are not section words. */
export function headingKind(text: string): SectionKind | null {
  if (/\d/.test(text)) return null;
  let t = text.toLowerCase();
  if (/^(?:[a-z] ){3,}[a-z]$/.test(t)) t = t.replace(/ /g, ''); // letter-spaced: "E X P E R I E N C E"
  const tokens = t.split(/[^a-z]+/).filter((w) => w !== '');
  if (tokens.length === 0 || tokens.length > 5) return null;
  const found = new Set<Strength>();
  for (const token of tokens) {
    const kind = KIND_WORDS.get(token);
    if (kind) found.add(kind);
    else if (!MODIFIERS.has(token)) return null;
  }
  for (const kind of PRIORITY) if (kind !== 'other' && found.has(kind)) return kind;
  if (found.has('weak-experience')) return 'experience';
  return found.has('other') ? 'other' : null;
}

interface Candidate {
  start: number;
  end: number;
  kind: SectionKind | null;
  /** Markdown or underline level; 0 for a plain line. */
  level: number;
  explicit: boolean;
  underlined: boolean;
  caps: boolean;
  colon: boolean;
}

/** Headings never run long; longer lines are not even looked at. */
const MAX_HEADING_LENGTH = 60;

function candidate(input: string, line: Line, next: Line | undefined): Candidate | null {
  if (line.contentStart === line.contentEnd || line.rule || line.marked) return null;
  let s = line.bodyStart;
  let e = line.contentEnd;
  if (e - s > MAX_HEADING_LENGTH * 2) return null;
  const colon = input[e - 1] === ':';
  while (e > s && ':#*_ \t'.includes(input[e - 1]!)) e--;
  while (s < e && '*_'.includes(input[s]!)) s++;
  if (s >= e || e - s > MAX_HEADING_LENGTH) return null;
  // LinkedIn's copied text can repeat a heading on its line ("ExperienceExperience").
  const n = e - s;
  if (n % 2 === 0 && n >= 4 && input.slice(s, s + n / 2) === input.slice(s + n / 2, e)) e = s + n / 2;
  const text = input.slice(s, e);
  const underline = next && next.contentStart !== next.contentEnd ? next.rule : '';
  const setext = underline === '=' || underline === '-';
  return {
    start: s,
    end: e,
    kind: headingKind(text),
    level: line.hashes || (underline === '=' ? 1 : setext ? 2 : 0),
    explicit: line.hashes > 0 || setext,
    underlined: underline !== '',
    caps: /^[\p{Lu}][\p{Lu} &/'-]*$/u.test(text) && text.split(' ').length <= 4,
    colon,
  };
}

/** Walks the lines once, deciding which are section headings given the section they appear in. */
export function findHeadings(input: string, lines: readonly Line[]): HeadingScan {
  const headings: SectionHeading[] = [];
  const consumed = new Set<number>();
  let section: SectionKind = 'preamble';
  let sectionLevel = 0;
  let seenContent = false;
  let previousBlank = true;
  let contentSinceHeading = true;
  let lastHeading = '';

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (consumed.has(i)) continue;
    if (line.contentStart === line.contentEnd || line.rule) {
      previousBlank = true;
      continue;
    }
    const c = candidate(input, line, lines[i + 1]);
    const kind: SectionKind | null = c ? decide(c, section, sectionLevel, seenContent, previousBlank) : null;
    seenContent = true;
    previousBlank = false;
    if (!c || !kind) {
      contentSinceHeading = true;
      continue;
    }
    if (c.underlined) consumed.add(i + 1);
    const text = input.slice(c.start, c.end).toLowerCase();
    if (!contentSinceHeading && text === lastHeading) {
      consumed.add(i); // the same heading twice in a row: LinkedIn's visible and screen-reader copies
      continue;
    }
    headings.push({ line: i, kind, start: c.start, end: c.end, level: c.level });
    section = kind;
    sectionLevel = c.level;
    lastHeading = text;
    contentSinceHeading = false;
  }
  return { headings, consumed };
}

function decide(
  c: Candidate,
  section: SectionKind,
  sectionLevel: number,
  seenContent: boolean,
  previousBlank: boolean,
): SectionKind | null {
  if (c.kind) {
    // "Leadership" or "Research" alone on a line is often a skill in a list; "other" headings
    // need markup, capitals, a colon, or a blank line before them outside a skills list.
    if (c.kind !== 'other' || c.explicit || c.caps || c.colon) return c.kind;
    return previousBlank && section !== 'skills' ? 'other' : null;
  }
  if (c.explicit) {
    // The first line of a markdown resume ("# Jane Doe") is the name, not a section. A deeper
    // unknown heading ("### Senior Engineer, Acme") names a position inside the section.
    if (!seenContent) return null;
    return c.level <= (sectionLevel || 2) ? 'other' : null;
  }
  return c.caps && previousBlank && LIST_SECTIONS.has(section) ? 'other' : null;
}
