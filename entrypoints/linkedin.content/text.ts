// Reads the text a person sees in a LinkedIn node: one copy (never the screen-reader twin), no
// "…see more" buttons, no comments, no UI of ours; <br> and block boundaries become newlines.
import { HOST_PREFIX, LEGACY } from './selectors.ts';

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);
const WHITESPACE = /\s/;
const SKIP = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'NOSCRIPT']);

export function isOwnHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase().startsWith(HOST_PREFIX);
}

function skipped(el: Element): boolean {
  return SKIP.has(el.tagName.toUpperCase()) || isOwnHost(el) || el.matches(LEGACY.hiddenCopy);
}

/** The visible text of `root`, normalised: lines trimmed, runs of blank lines collapsed. */
export function visibleText(root: Element): string {
  let out = '';
  const newline = () => {
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Whitespace-only nodes are source formatting between elements: a space at most. (Only the
      // last character is tested: /\s$/ on the whole text rescans it, quadratic in a long block.)
      if (!data.trim()) {
        if (out && !WHITESPACE.test(out[out.length - 1]!)) out += ' ';
        return;
      }
      out += data;
      return;
    }
    if (node.nodeType !== 1) return; // comments (Ember's <!---->) and the rest
    const el = node as Element;
    if (skipped(el)) return;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) newline();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) newline();
  };
  walk(root);
  return normalize(out);
}

export function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\t]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One-line text (titles, dates): whitespace collapsed. */
export function lineText(el: Element | null | undefined): string {
  return el ? visibleText(el).replace(/\s+/g, ' ').trim() : '';
}

/** Bullet markers LinkedIn users type: "•", "-", "*", "▪", "→", "1." and friends. */
const MARKER = /^\s*(?:[•·▪◦‣●○■□▶►▸➢➤→✓✔✅\-–—*+]|\d{1,2}[.)])\s+/u;

/** A bullet's text without its list marker (what `data-il-bullet` carries). */
export function stripMarker(text: string): string {
  return text.replace(MARKER, '').trim();
}
