// Reads and edits a form field's text so that the page's own framework (Ember, React, an editor
// library) notices, and so that the browser's undo stack (Ctrl+Z) holds the edit where it can:
// - textarea/input: select the range and `insertText` (undoable, fires a real input event); if the
//   browser refuses, the native value setter plus bubbling input/change events (what React and
//   Ember listen to; React's own setter would be bypassed by a plain `el.value =`);
// - contenteditable: select the range and `insertText`, nothing else (editor libraries own their
//   DOM: if they refuse the edit we report it rather than rewrite their nodes).
export interface FieldText {
  read(): string;
  /** Replaces [start, end) of read() with `text`; true when the field then holds exactly that. */
  replace(start: number, end: number, text: string): boolean;
}

export function fieldText(el: HTMLElement): FieldText {
  if (isValueField(el)) return valueField(el);
  return editableField(el);
}

function isValueField(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName;
  return tag === 'TEXTAREA' || tag === 'INPUT';
}

function valueField(el: HTMLTextAreaElement | HTMLInputElement): FieldText {
  return {
    read: () => el.value,
    replace(start, end, text) {
      const expected = el.value.slice(0, start) + text + el.value.slice(end);
      if (tryInsertText(el, () => el.setSelectionRange(start, end), text) && el.value === expected) {
        fire(el, 'change');
        return true;
      }
      if (el.value !== expected) {
        const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
        if (setter) setter.call(el, expected);
        else el.value = expected;
        fire(el, 'input');
        fire(el, 'change');
      }
      return el.value === expected;
    },
  };
}

function fire(el: Element, type: 'input' | 'change'): void {
  el.dispatchEvent(new Event(type, { bubbles: true }));
}

/** Focuses, selects and runs execCommand('insertText'); false when the browser does not support it. */
function tryInsertText(el: HTMLElement, select: () => void, text: string): boolean {
  try {
    el.focus({ preventScroll: true });
    select();
    const doc = el.ownerDocument;
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

// ---------- contenteditable ----------

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

interface Segment {
  node: Text;
  start: number;
}

interface Model {
  text: string;
  segments: Segment[];
}

/** The text of an editing host: one line per block, <br> as a newline, offsets mapped to DOM text. */
export function editableModel(root: HTMLElement): Model {
  let text = '';
  const segments: Segment[] = [];
  let atLineStart = true;
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      segments.push({ node: node as Text, start: text.length });
      text += data;
      atLineStart = data.endsWith('\n');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      // A trailing <br> only props its block open (`<p><br></p>` is one empty line); others break.
      if (el.parentElement?.lastChild !== el) {
        text += '\n';
        atLineStart = true;
      }
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block && !atLineStart) {
      text += '\n';
      atLineStart = true;
    }
    const before = text.length;
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block && (text.length === before || !atLineStart)) {
      text += '\n';
      atLineStart = true;
    }
  };
  for (const child of Array.from(root.childNodes)) walk(child);
  return { text: text.endsWith('\n') && atLineStart ? text.slice(0, -1) : text, segments };
}

/** DOM point of a text offset; at a line boundary, `side` picks the end of the line before or the start of the one after. */
function pointAt(model: Model, offset: number, side: 'start' | 'end'): [Text, number] | null {
  let best: [Text, number] | null = null;
  for (const seg of model.segments) {
    const end = seg.start + seg.node.data.length;
    if (offset < seg.start || offset > end) continue;
    if (side === 'end' && offset === seg.start && seg.start !== end && best) continue;
    best = [seg.node, offset - seg.start];
    if (side === 'start' && offset < end) return best;
  }
  return best;
}

function editableField(root: HTMLElement): FieldText {
  return {
    read: () => editableModel(root).text,
    replace(start, end, text) {
      const model = editableModel(root);
      const expected = model.text.slice(0, start) + text + model.text.slice(end);
      const from = pointAt(model, start, 'start');
      const to = pointAt(model, end, 'end');
      if (!from || !to) return false;
      const doc = root.ownerDocument;
      const ok = tryInsertText(
        root,
        () => {
          const range = doc.createRange();
          range.setStart(from[0], from[1]);
          range.setEnd(to[0], to[1]);
          const selection = doc.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
        },
        text,
      );
      return ok && editableModel(root).text === expected;
    },
  };
}
