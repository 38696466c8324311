// Wakes the background worker while a LinkedIn profile page loads. A stopped MV3 worker takes most
// of a cold first critique to boot (it imports the engine); this costs the page one message at
// document_start. The LinkedIn script itself (linkedin.content/) runs at document_end, in a task of
// its own: evaluated at document_start it ran inside the page's first HTML parsing task and made
// it long (tests/e2e/hardening-perf.e2e.test.ts: 50-75 ms tasks, 30-40 ms of them ours, on a
// loaded machine). Kept tiny: no UI, no settings, nothing read from the page but its URL.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../utils/messaging.ts';
import { routeOf } from './linkedin.content/route.ts';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_start',
  main() {
    try {
      // An empty critique: nothing of the page is sent, the worker only boots.
      if (routeOf(location.href).kind !== 'other') void sendMessage('analyze', { text: '' }).catch(() => {});
    } catch {
      // Never throw into LinkedIn's page.
    }
  },
});
