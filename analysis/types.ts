// The engine's data contract: what a parse returns, what a rule reports, what a critique returns.
// Every offset is a half-open [start, end) range into the text given to `critique`/`parse`.

export type Lens = 'pm' | 'engineer';
export const LENSES: readonly Lens[] = ['pm', 'engineer'];

export type Severity = 'error' | 'warning' | 'info';

export const BULLET_RULE_IDS = [
  'weak-ownership',
  'passive-voice',
  'no-metric',
  'no-outcome',
  'tech-first',
  'system-metric',
  'team-size-only',
  'first-person',
  'buzzword',
  'too-long',
  'weak-start',
] as const;
export type BulletRuleId = (typeof BULLET_RULE_IDS)[number];

export const DOCUMENT_RULE_IDS = ['stack-up-top', 'verb-repetition', 'tense-mix', 'jargon-heavy'] as const;
export type DocumentRuleId = (typeof DOCUMENT_RULE_IDS)[number];

export type RuleId = BulletRuleId | DocumentRuleId;

export const CATEGORIES = ['impact', 'ownership', 'clarity', 'product'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A range edit: replace [start, end) of the analysed text with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  category: Category;
  start: number;
  end: number;
  /** The text of the span, as in the input. */
  actual: string;
  message: string;
  why: string;
  /** Score points this finding costs its bullet (or the document, for document rules). */
  penalty: number;
  /** Range edits that fix this finding alone, when one is sound. */
  suggestions?: Edit[];
}

// ---------- parsing ----------

export type SectionKind =
  | 'experience'
  | 'projects'
  | 'skills'
  | 'education'
  | 'summary'
  | 'certifications'
  | 'other'
  /** Text before any heading (name, contact line) or a whole headingless text. */
  | 'preamble';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface ParsedBullet extends Span {
  /** input.slice(start, end): the bullet without its marker; wrapped lines keep their newline. */
  text: string;
  /** Index into ParsedDocument.sections. */
  section: number;
  /** Index into ParsedDocument.positions, or null when the bullet belongs to no position. */
  position: number | null;
  /** True when the text came from a marked list item (•, -, 1.), false for a line or sentence. */
  marked: boolean;
}

export interface ParsedPosition extends Span {
  section: number;
  title: TextSpan | null;
  company: TextSpan | null;
  dates: (TextSpan & { current: boolean }) | null;
  /** Indices into ParsedDocument.bullets. */
  bullets: number[];
}

export interface ParsedSection extends Span {
  kind: SectionKind;
  heading: TextSpan | null;
  /** Indices into ParsedDocument.positions. */
  positions: number[];
  /** Indices into ParsedDocument.bullets (all bullets of the section, in order). */
  bullets: number[];
}

export interface ParsedDocument {
  text: string;
  sections: ParsedSection[];
  positions: ParsedPosition[];
  /** Every bullet, in document order. */
  bullets: ParsedBullet[];
  /** Non-fatal notes about the input (e.g. "input truncated at 200000 characters"). */
  notes: string[];
}

// ---------- critique ----------

export type SignalId = 'trade-off' | 'experiment' | 'business-metric';

export interface Signal {
  id: SignalId;
  start: number;
  end: number;
  bonus: number;
}

export type CategoryScores = Record<Category, number>;

export interface BulletReport extends Span {
  text: string;
  score: number;
  categories: CategoryScores;
  findings: Finding[];
  signals: Signal[];
  /** One stronger version of the whole bullet, or null when no sound rewrite exists. */
  rewrite: string | null;
  section: number;
  position: number | null;
}

export interface Report {
  lens: Lens;
  score: number;
  categories: CategoryScores;
  documentFindings: Finding[];
  bullets: BulletReport[];
  sections: ParsedSection[];
  positions: ParsedPosition[];
  notes: string[];
}

export interface CritiqueOptions {
  lens?: Lens;
  /** 'document' parses a resume/profile; 'lines' takes every non-empty line as one bullet. */
  mode?: 'document' | 'lines';
  /** Rule ids to skip entirely (user settings). */
  disabled?: readonly RuleId[];
}
