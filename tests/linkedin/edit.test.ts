// @vitest-environment happy-dom
// Edit forms: finding the fields (legacy ids, new-markup labels), reading their text, applying a
// rewrite to exactly one bullet within the length limit, and undoing it to the exact previous text.
import { describe, expect, it, vi } from 'vitest';
import { applyRewrite, undoRewrite } from '../../entrypoints/linkedin.content/apply.ts';
import { editableModel, fieldText, type FieldText } from '../../entrypoints/linkedin.content/editable.ts';
import { findEditFields, labelOf } from '../../entrypoints/linkedin.content/fields.ts';
import { useFixture } from './fixtures.ts';

describe('findEditFields', () => {
  it('legacy position form: the description textarea, 2,000 max, anchored after its field group (counter included)', () => {
    const doc = useFixture('edit-position-legacy.html');
    const fields = findEditFields(doc);
    expect(fields).toHaveLength(1);
    const [f] = fields;
    expect(f!.kind).toBe('position');
    expect(f!.type).toBe('value');
    expect(f!.maxLength).toBe(2000);
    expect(f!.el.id).toMatch(/-description$/);
    expect(f!.anchor.classList.contains('pe-form-field')).toBe(true);
    expect(f!.anchor.querySelector('#description-count')).not.toBeNull();
  });

  it('new-markup form: the contenteditable labelled "Description" (aria-labelledby), default 2,000', () => {
    const doc = useFixture('edit-position-sdui.html');
    const fields = findEditFields(doc);
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ kind: 'position', type: 'editable', maxLength: 2000 });
    expect(fields[0]!.el.getAttribute('contenteditable')).toBe('true');
    expect(fields[0]!.anchor).toBe(fields[0]!.el);
  });

  it('About and headline editors', () => {
    expect(findEditFields(useFixture('edit-about-legacy.html')).map((f) => [f.kind, f.maxLength])).toEqual([['about', 2600]]);
    expect(findEditFields(useFixture('edit-intro-legacy.html')).map((f) => [f.kind, f.maxLength])).toEqual([['headline', 220]]);
  });

  it('no fields on profiles and the feed', () => {
    expect(findEditFields(useFixture('profile-legacy.html'))).toEqual([]);
    expect(findEditFields(useFixture('profile-sdui.html'))).toEqual([]);
    expect(findEditFields(useFixture('feed.html'))).toEqual([]);
  });

  it('labelOf: aria-label, aria-labelledby, label[for], wrapping label', () => {
    document.body.innerHTML = `<form><textarea id="a" aria-label="Description"></textarea>
      <span id="l">Headline</span><input id="b" aria-labelledby="l">
      <label for="c">About</label><textarea id="c"></textarea>
      <label>Description <textarea id="d"></textarea></label></form>`;
    const el = (id: string) => document.getElementById(id)!;
    expect(labelOf(el('a'))).toBe('Description');
    expect(labelOf(el('b'))).toBe('Headline');
    expect(labelOf(el('c'))).toBe('About');
    expect(labelOf(el('d')).trim()).toBe('Description');
    expect(findEditFields(document).map((f) => f.kind)).toEqual(['position', 'headline', 'about', 'position']);
  });
});

describe('editableModel (contenteditable text and offsets)', () => {
  const model = (html: string) => {
    document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
    return editableModel(document.getElementById('e')!).text;
  };
  it('one line per block, <br> breaks, an empty block is an empty line', () => {
    expect(model('<p>a</p><p>b</p>')).toBe('a\nb');
    expect(model('<p>a</p><p><br></p><p>b</p>')).toBe('a\n\nb');
    expect(model('<p>a<br>b</p>')).toBe('a\nb');
    expect(model('<p>a<b>bold</b> c<br></p>')).toBe('abold c');
    expect(model('plain')).toBe('plain');
    expect(model('<div><p>a</p><p>b</p></div>')).toBe('a\nb');
  });
  it('reads the new-markup fixture field', () => {
    const doc = useFixture('edit-position-sdui.html');
    const field = findEditFields(doc)[0]!;
    expect(fieldText(field.el).read().split('\n')).toHaveLength(3);
  });
});

/** A field backed by a string, standing in for the DOM in the apply/undo logic. */
function memoryField(initial: string, accept = true): FieldText & { value: string } {
  const f = {
    value: initial,
    read: () => f.value,
    replace: (s: number, e: number, t: string) => {
      if (!accept) return false;
      f.value = f.value.slice(0, s) + t + f.value.slice(e);
      return true;
    },
  };
  return f;
}

describe('applyRewrite / undoRewrite', () => {
  const text = '• Led onboarding\n• Responsible for maintaining the CI pipeline\n• Ran tests';
  const start = text.indexOf('Responsible');
  const bullet = { start, end: start + 'Responsible for maintaining the CI pipeline'.length, text: 'Responsible for maintaining the CI pipeline' };
  const rewrite = 'Maintained the CI pipeline, cutting build time 40%';

  it('replaces exactly the bullet, keeps the marker, and undo restores the exact text', () => {
    const f = memoryField(text);
    const r = applyRewrite(f, bullet, rewrite, 2000);
    expect(r.ok).toBe(true);
    expect(f.value).toBe(`• Led onboarding\n• ${rewrite}\n• Ran tests`);
    const u = undoRewrite(f, (r as { edit: Parameters<typeof undoRewrite>[1] }).edit);
    expect(u).toEqual({ ok: true, exact: true });
    expect(f.value).toBe(text);
  });

  it('a bullet range that includes its marker keeps the marker too', () => {
    const f = memoryField(text);
    const s = text.indexOf('• Responsible');
    const r = applyRewrite(f, { start: s, end: bullet.end, text: text.slice(s, bullet.end) }, `• ${rewrite}`, 2000);
    expect(r.ok).toBe(true);
    expect(f.value).toBe(`• Led onboarding\n• ${rewrite}\n• Ran tests`);
  });

  it('refuses when the rewrite would exceed the limit, leaving the text alone', () => {
    const f = memoryField(text);
    const r = applyRewrite(f, bullet, rewrite, text.length + 3);
    expect(r.ok).toBe(false);
    expect((r as { reason: string }).reason).toMatch(/limit/);
    expect(f.value).toBe(text);
  });

  it('refuses a stale range (the user typed since the critique)', () => {
    const f = memoryField(`x${text}`);
    expect(applyRewrite(f, bullet, rewrite, 2000).ok).toBe(false);
    expect(f.value).toBe(`x${text}`);
  });

  it('reports an editor that refuses the change', () => {
    const f = memoryField(text, false);
    expect(applyRewrite(f, bullet, rewrite, 2000)).toMatchObject({ ok: false });
  });

  it('undo after further typing elsewhere still finds the rewrite, but is not exact', () => {
    const f = memoryField(text);
    const r = applyRewrite(f, bullet, rewrite, 2000);
    f.value += '\n• New line';
    const u = undoRewrite(f, (r as { edit: Parameters<typeof undoRewrite>[1] }).edit);
    expect(u).toEqual({ ok: true, exact: false });
    expect(f.value).toBe(`${text}\n• New line`);
  });

  it('undo refuses when the rewritten text itself was edited', () => {
    const f = memoryField(text);
    const r = applyRewrite(f, bullet, rewrite, 2000);
    f.value = f.value.replace('cutting', 'slashing');
    expect(undoRewrite(f, (r as { edit: Parameters<typeof undoRewrite>[1] }).edit).ok).toBe(false);
  });
});

describe('fieldText on a textarea (happy-dom has no execCommand: the native-setter path)', () => {
  it('sets the value through the prototype setter and fires bubbling input and change', () => {
    const doc = useFixture('edit-position-legacy.html');
    const field = findEditFields(doc)[0]!;
    const events: string[] = [];
    const form = doc.getElementById('position-form')!;
    const onEvent = vi.fn((e: Event) => events.push(e.type));
    form.addEventListener('input', onEvent);
    form.addEventListener('change', onEvent);
    const ft = fieldText(field.el);
    const before = ft.read();
    const s = before.indexOf('Responsible');
    const r = applyRewrite(ft, { start: s, end: s + 43, text: before.slice(s, s + 43) }, 'Maintained the CI pipeline', field.maxLength);
    expect(r.ok).toBe(true);
    expect(ft.read()).toContain('• Maintained the CI pipeline\n');
    expect(events).toEqual(['input', 'change']);
    expect(undoRewrite(ft, (r as { edit: Parameters<typeof undoRewrite>[1] }).edit)).toEqual({ ok: true, exact: true });
    expect(ft.read()).toBe(before);
  });
});
