// @vitest-environment happy-dom
// Every Docs selector matches the fixture page (the convention: no selector without a fixture).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCS_SELECTORS, SUGGESTING_LABEL } from '../../entrypoints/google-docs.content/selectors.ts';

const html = readFileSync(join(import.meta.dirname, '../fixtures/google-docs/edit-page.html'), 'utf8');
const emulation = readFileSync(join(import.meta.dirname, '../fixtures/google-docs/annotated-canvas.js'), 'utf8');

type W = Window & Record<string, unknown>;

/** The fixture page as Docs leaves it after booting in `mode`. */
function boot(mode: 'annotated' | 'html'): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.innerHTML = parsed.body.innerHTML;
  const w = window as unknown as W;
  for (const key of ['_docs_annotate_canvas_by_ext', '_docs_annotate_getAnnotatedText', '__docsFixtureHtml']) delete w[key];
  // Docs with the annotated canvas on: the emulation draws the rect[aria-label] overlays.
  w._docs_annotate_canvas_by_ext = 'abcdefghijklmnopabcdefghijklmnop';
  if (mode === 'html') w.__docsFixtureHtml = true;
  new Function(emulation)();
}

describe('DOCS_SELECTORS against tests/fixtures/google-docs/edit-page.html', () => {
  beforeAll(() => boot('annotated'));

  const once = Object.entries(DOCS_SELECTORS).filter(([k]) => k !== 'canvasOverlay' && k !== 'htmlLine');
  it.each(once)('%s (%s) matches exactly one element', (_k, selector) => {
    expect(document.querySelectorAll(selector)).toHaveLength(1);
  });

  it('canvasOverlay matches one rect per non-empty line, labelled with its text', () => {
    const rects = [...document.querySelectorAll(DOCS_SELECTORS.canvasOverlay)];
    expect(rects.length).toBeGreaterThan(10);
    expect(rects.map((r) => r.getAttribute('aria-label'))).toContain('Responsible for the roadmap of the reporting product.');
  });

  it('a canvas-rendered document has no HTML lines', () => {
    expect(document.querySelectorAll(DOCS_SELECTORS.htmlLine)).toHaveLength(0);
  });

  it('the mode switcher says Editing, not Suggesting', () => {
    const label = document.querySelector(DOCS_SELECTORS.modeSwitcher)!.textContent ?? '';
    expect(label).toMatch(/Editing/);
    expect(SUGGESTING_LABEL.test(label)).toBe(false);
  });
});

describe('DOCS_SELECTORS against the fixture rendered as HTML (Docs’ renderer before canvas)', () => {
  beforeAll(() => boot('html'));

  it('htmlLine matches one element per line; there is no canvas tile and no overlay', () => {
    const lines = [...document.querySelectorAll(DOCS_SELECTORS.htmlLine)];
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.map((l) => l.textContent)).toContain('Responsible for the roadmap of the reporting product.');
    expect(document.querySelectorAll(DOCS_SELECTORS.canvasTile)).toHaveLength(0);
    expect(document.querySelectorAll(DOCS_SELECTORS.canvasOverlay)).toHaveLength(0);
  });
});
