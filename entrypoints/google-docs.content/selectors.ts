// Every Google Docs selector Impact Lens relies on, in one place. Each is proved against
// tests/fixtures/google-docs/edit-page.html (tests/google-docs/selectors.test.ts); none is
// needed for the critique itself, so a Docs redesign degrades layout or detection, never the text.

export const DOCS_SELECTORS = {
  /** Docs' header: title bar, menus and toolbar. The sidebar starts below its bottom edge. */
  chrome: '#docs-chrome',
  /** The scrolling editor area that holds the canvas tiles. */
  editor: '.kix-appview-editor',
  /** With the annotated canvas on, Docs draws one `rect[aria-label]` per line of text in here. */
  canvasOverlay: '.kix-canvas-tile-content svg rect[aria-label]',
  /**
   * A page tile Docs has drawn (canvas rendering): `canvas.kix-canvas-tile-content`, the sibling of
   * the annotation layer's `div.kix-canvas-tile-content`. Its presence says Docs has booted.
   */
  canvasTile: 'canvas.kix-canvas-tile-content',
  /** A line of a document Docs rendered as HTML (its pre-canvas renderer): no annotated canvas there. */
  htmlLine: '.kix-lineview',
  /** The right-hand rail of companion apps (Calendar, Keep, Tasks); the sidebar stays left of it. */
  companionRail: '.companion-app-switcher-container',
  /** The Editing / Suggesting / Viewing switch; its label names the current mode. */
  modeSwitcher: '#docs-toolbar-mode-switcher',
  /** The hidden iframe Docs types into; focusing it lets a paste land at the selection. */
  textEventTarget: 'iframe.docs-texteventtarget-iframe',
} as const;

/** Words the mode switcher shows in suggestion mode (English UI; other languages: no notice). */
export const SUGGESTING_LABEL = /suggest/i;
