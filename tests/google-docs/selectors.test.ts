// @vitest-environment happy-dom
// Every Docs selector matches the fixture page (the convention: no selector without a fixture).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCS_SELECTORS, SUGGESTING_LABEL } from '../../entrypoints/google-docs.content/selectors.ts';

const html = readFileSync(join(import.meta.dirname, '../fixtures/google-docs/edit-page.html'), 'utf8');
const emulation = readFileSync(join(import.meta.dirname, '../fixtures/google-docs/annotated-canvas.js'), 'utf8');

beforeAll(() => {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.innerHTML = parsed.body.innerHTML;
  // Docs with the annotated canvas on: the emulation draws the rect[aria-label] overlays.
  (window as unknown as Record<string, unknown>)._docs_annotate_canvas_by_ext = 'abcdefghijklmnopabcdefghijklmnop';
  new Function(emulation)();
});

describe('DOCS_SELECTORS against tests/fixtures/google-docs/edit-page.html', () => {
  it.each(Object.entries(DOCS_SELECTORS).filter(([k]) => k !== 'canvasOverlay'))('%s (%s) matches exactly one element', (_k, selector) => {
    expect(document.querySelectorAll(selector)).toHaveLength(1);
  });

  it('canvasOverlay matches one rect per non-empty line, labelled with its text', () => {
    const rects = [...document.querySelectorAll(DOCS_SELECTORS.canvasOverlay)];
    expect(rects.length).toBeGreaterThan(10);
    expect(rects.map((r) => r.getAttribute('aria-label'))).toContain('Responsible for the roadmap of the reporting product.');
  });

  it('the mode switcher says Editing, not Suggesting', () => {
    const label = document.querySelector(DOCS_SELECTORS.modeSwitcher)!.textContent ?? '';
    expect(label).toMatch(/Editing/);
    expect(SUGGESTING_LABEL.test(label)).toBe(false);
  });
});
