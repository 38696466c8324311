// Where the sidebar may sit: below Docs' header (title, menus, toolbar) and left of the companion
// rail. Measured from the page, re-measured when they resize; fixed fallbacks if Docs renames them.
import { DOCS_SELECTORS } from './selectors.ts';
import type { SidebarLayout } from '../../components/docs/DocsSidebar.tsx';

const FALLBACK: SidebarLayout = { top: 112, right: 0 };

export function measureLayout(doc: Document, win: Window): SidebarLayout {
  try {
    const header = doc.querySelector(DOCS_SELECTORS.chrome)?.getBoundingClientRect();
    const rail = doc.querySelector(DOCS_SELECTORS.companionRail)?.getBoundingClientRect();
    const top = header && header.height > 0 ? Math.round(header.bottom) : FALLBACK.top;
    const right = rail && rail.width > 0 && rail.left > win.innerWidth / 2 ? Math.round(win.innerWidth - rail.left) : FALLBACK.right;
    return { top: Math.max(0, top), right: Math.max(0, right) };
  } catch {
    return FALLBACK;
  }
}

/** Calls `onChange` with the layout now and whenever the header, the rail or the window resize. */
export function watchLayout(doc: Document, win: Window, onChange: (layout: SidebarLayout) => void, signal: AbortSignal): void {
  let last = '';
  const update = () => {
    const layout = measureLayout(doc, win);
    const key = `${layout.top}:${layout.right}`;
    if (key !== last) {
      last = key;
      onChange(layout);
    }
  };
  update();
  win.addEventListener('resize', update, { signal });
  try {
    const observer = new ResizeObserver(update);
    for (const sel of [DOCS_SELECTORS.chrome, DOCS_SELECTORS.companionRail]) {
      const el = doc.querySelector(sel);
      if (el) observer.observe(el);
    }
    signal.addEventListener('abort', () => observer.disconnect());
  } catch {
    /* no ResizeObserver: window resizes still count */
  }
}

/** True while Docs is in Suggesting mode (read from the mode switcher's label). */
export function readSuggesting(doc: Document, pattern: RegExp): boolean {
  try {
    const el = doc.querySelector(DOCS_SELECTORS.modeSwitcher);
    if (!el) return false;
    return pattern.test(`${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`);
  } catch {
    return false;
  }
}
