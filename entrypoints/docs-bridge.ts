// Google Docs, page world, Firefox: the same bridge as docs-annotate.content.ts, injected as a
// script element by google-docs.content (Firefox MV2 has no MAIN-world content scripts). The
// canvas flag was already set through Firefox's Xray view at document_start.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageBridge } from './google-docs.content/page-bridge.ts';

export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    try {
      startPageBridge(window, document);
    } catch {
      /* never break Docs */
    }
  },
});
