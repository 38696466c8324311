// Cleans the text Docs' annotated canvas returns (`_docs_annotate_getAnnotatedText().getText()`)
// character for character, so every offset into the result is an offset Docs' `setSelection`
// understands. Pure.

// Structural control characters (public reports: ETX opens the text, FS separates sections,
// VT is a soft line break): each becomes a line break so no two paragraphs run together.
const BREAKS = /[\u0003\u000B\u000C\u001C\u001D\u001E\u001F\r]/g;
// Any other control character stands for an inline object (image, chip, footnote): a space.
const OTHER_CONTROLS = /[\u0000-\u0002\u0004-\u0008\u000E-\u001B\u007F]/g;
const ODD_SPACES = /[\u00A0\u2007\u202F\u200B\u200C\u200D\u2060\uFEFF]/g;

/** Same length as the input, same offsets: only characters change. */
export function normalizeAnnotatedText(raw: string): string {
  return raw.replace(BREAKS, '\n').replace(OTHER_CONTROLS, ' ').replace(ODD_SPACES, ' ');
}
