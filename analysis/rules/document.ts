// The document rules, in report order.
import type { DocumentRule } from './document-rule.ts';
import stackUpTop from './stack-up-top.ts';
import verbRepetition from './verb-repetition.ts';
import tenseMix from './tense-mix.ts';
import jargonHeavy from './jargon-heavy.ts';

export const DOCUMENT_RULES: readonly DocumentRule[] = [stackUpTop, verbRepetition, tenseMix, jargonHeavy];
