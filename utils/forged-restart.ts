// WXT stops a content script when a "newer copy" of it announces itself with a DOM event
// (ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE). Any page script can dispatch that event, and
// our extension id is public, so a page could switch Impact Lens off for the tab
// (tests/e2e/hardening-input.e2e.test.ts). A genuine newer copy only appears after the extension
// was updated or reloaded, which first orphans this copy (its `browser.runtime.id` reads
// undefined); while we are alive, such an event is a forgery and is dropped before WXT sees it.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export function ignoreForgedRestarts(ctx: Pick<ContentScriptContext, 'onInvalidated'>): void {
  // Private in WXT's types, public at runtime: the exact event name WXT listens for.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const drop = (event: Event) => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  // Capture on window runs before WXT's listener on document.
  window.addEventListener(type, drop, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(type, drop, { capture: true }));
}
