// Apply a bullet's rewrite to the field it came from, and undo it. A rewrite is only ever applied on
// the user's click, replaces exactly that bullet's text (its list marker stays), respects the
// field's length limit, and remembers what it replaced so Undo restores the exact previous text.
import type { FieldText } from './editable.ts';
import { stripMarker } from './text.ts';

export interface AppliedEdit {
  /** The whole field before and right after the edit. */
  before: string;
  after: string;
  start: number;
  original: string;
  replacement: string;
}

export type ApplyResult = { ok: true; edit: AppliedEdit } | { ok: false; reason: string };
export type UndoResult = { ok: true; exact: boolean } | { ok: false; reason: string };

export interface BulletRange {
  start: number;
  end: number;
  text: string;
}

const LEADING_MARKER = /^\s*(?:[•·▪◦‣●○■□▶►▸➢➤→✓✔✅\-–—*+]|\d{1,2}[.)])\s+/u;

export function applyRewrite(field: FieldText, bullet: BulletRange, rewrite: string, maxLength: number): ApplyResult {
  const current = field.read();
  if (current.slice(bullet.start, bullet.end) !== bullet.text) {
    return { ok: false, reason: 'The text changed since it was checked; try again in a moment.' };
  }
  // Keep the user's own list marker; never insert one of ours.
  const marker = LEADING_MARKER.exec(bullet.text)?.[0] ?? '';
  const start = bullet.start + marker.length;
  const end = bullet.end - (bullet.text.length - bullet.text.trimEnd().length);
  const replacement = stripMarker(rewrite).replace(/\s*\n\s*/g, ' ');
  if (!replacement) return { ok: false, reason: 'There is no rewrite to apply.' };
  const length = current.length - (end - start) + replacement.length;
  if (length > maxLength) {
    return {
      ok: false,
      reason: `The rewrite would make this field ${(length - maxLength).toLocaleString('en-US')} characters longer than its ${maxLength.toLocaleString('en-US')}-character limit.`,
    };
  }
  const original = current.slice(start, end);
  if (!field.replace(start, end, replacement)) {
    return { ok: false, reason: 'This editor did not accept the change; copy the rewrite instead.' };
  }
  return { ok: true, edit: { before: current, after: field.read(), start, original, replacement } };
}

/** Puts back what `edit` replaced. Exact when nothing was typed since; otherwise only if the rewrite is still there once. */
export function undoRewrite(field: FieldText, edit: AppliedEdit): UndoResult {
  const current = field.read();
  let at = -1;
  if (current === edit.after) at = edit.start;
  else {
    const first = current.indexOf(edit.replacement);
    if (first >= 0 && current.indexOf(edit.replacement, first + 1) < 0) at = first;
  }
  if (at < 0) return { ok: false, reason: 'The rewritten text was edited since, so it cannot be undone here (Ctrl+Z may still work).' };
  if (!field.replace(at, at + edit.replacement.length, edit.original)) {
    return { ok: false, reason: 'This editor did not accept the change.' };
  }
  return { ok: true, exact: field.read() === edit.before };
}
