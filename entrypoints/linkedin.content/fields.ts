// Finds the edit-form fields we critique while the user types: a position's description, About and
// the headline, in the legacy form (known ids) and the new one (found by their label).
import { EDIT, EDIT_LABELS, HOST_PREFIX } from './selectors.ts';

export type FieldKind = 'position' | 'about' | 'headline';

/** LinkedIn's limits when the field does not say (maxlength): position 2,000, About 2,600, headline 220. */
export const DEFAULT_MAX_LENGTH: Record<FieldKind, number> = { position: 2000, about: 2600, headline: 220 };

export interface EditField {
  el: HTMLElement;
  kind: FieldKind;
  /** 'value' for textarea/input, 'editable' for a contenteditable textbox. */
  type: 'value' | 'editable';
  maxLength: number;
  /** Our UI goes right after this element. */
  anchor: Element;
}

const LABEL_KIND: Record<string, FieldKind> = {
  [EDIT_LABELS.description]: 'position',
  [EDIT_LABELS.about]: 'about',
  [EDIT_LABELS.headline]: 'headline',
};

export function findEditFields(root: Document | Element): EditField[] {
  const found = new Map<HTMLElement, FieldKind>();
  const add = (selector: string, kind: FieldKind) => {
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(selector))) if (!found.has(el)) found.set(el, kind);
  };
  add(EDIT.legacyDescription, 'position');
  add(EDIT.legacySummary, 'about');
  add(EDIT.legacyHeadline, 'headline');
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(EDIT.labelledCandidate))) {
    if (found.has(el) || !el.closest('form, [role="dialog"]')) continue;
    // A contenteditable's inner nodes are editable too: keep the editing host only.
    if (el.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')) continue;
    const kind = LABEL_KIND[normalizeLabel(labelOf(el))];
    if (kind) found.set(el, kind);
  }
  return Array.from(found, ([el, kind]) => toField(el, kind));
}

function toField(el: HTMLElement, kind: FieldKind): EditField {
  const isValue = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
  const max = isValue ? el.maxLength : -1;
  return {
    el,
    kind,
    type: isValue ? 'value' : 'editable',
    maxLength: max > 0 ? max : DEFAULT_MAX_LENGTH[kind],
    anchor: anchorFor(el),
  };
}

/**
 * After the field's own group (label, input, character counter) when it has one, else right after
 * the field: the highest ancestor below the form that holds no other field.
 */
function anchorFor(el: HTMLElement): Element {
  let anchor: Element = el;
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    if (parent.matches('form, [role="dialog"], body')) break;
    if (parent.querySelectorAll(EDIT.labelledCandidate).length !== 1) break;
    anchor = parent;
  }
  return anchor;
}

/** The accessible name of a form field, as far as LinkedIn's forms use it. */
export function labelOf(el: HTMLElement): string {
  const doc = el.ownerDocument;
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const text = ids
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  if (el.id) {
    for (const label of Array.from(doc.querySelectorAll('label'))) {
      if (label.htmlFor === el.id) return ownText(label);
    }
  }
  const wrapping = el.closest('label');
  return wrapping ? ownText(wrapping) : '';
}

function ownText(label: Element): string {
  return Array.from(label.childNodes)
    .filter((n) => n.nodeType === 3 || (n.nodeType === 1 && !(n as Element).tagName.toLowerCase().startsWith(HOST_PREFIX)))
    .map((n) => n.textContent ?? '')
    .join('');
}

function normalizeLabel(text: string): string {
  return text.replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
