// Document rules see the whole parsed text and every critiqued bullet's features.
import type { BulletFeatures } from '../features.ts';
import type { DocumentRuleId, ParsedDocument } from '../types.ts';
import type { RawFinding, RuleMeta } from './rule.ts';

export interface DocumentBullet {
  /** Offset of the bullet in the document: features' offsets are relative to it. */
  start: number;
  end: number;
  features: BulletFeatures;
  /** The bullet's position's dates say it is the current role (null when unknown). */
  current: boolean | null;
  /** Position index, or null. */
  position: number | null;
}

export interface DocumentContext {
  text: string;
  parsed: ParsedDocument | null;
  bullets: DocumentBullet[];
}

export interface DocumentRule extends RuleMeta<DocumentRuleId> {
  /** Findings in document offsets. */
  check(doc: DocumentContext): RawFinding[];
}

export const defineDocumentRule = (rule: DocumentRule): DocumentRule => rule;
