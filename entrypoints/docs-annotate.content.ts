// Google Docs, page world, Chrome: runs before Docs' own scripts (MAIN world, document_start) to
// request the annotated canvas and to relay its text to the sidebar (page-bridge.ts). A MAIN-world
// content script rather than an injected <script>: it is guaranteed to run before Docs boots, and
// Docs' CSP and Trusted Types do not apply to it. Firefox MV2 has no MAIN world: there
// google-docs.content injects docs-bridge.ts instead.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installCanvasFlag, startPageBridge } from './google-docs.content/page-bridge.ts';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  world: 'MAIN',
  exclude: ['firefox'],
  main() {
    try {
      installCanvasFlag(window, document);
      startPageBridge(window, document);
    } catch {
      /* never break Docs */
    }
  },
});
