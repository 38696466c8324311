// The background worker: runs the engine and answers messages.
// Every listener is registered synchronously at the top of main(): an MV3 worker that Chrome
// stopped is restarted by the incoming message and must have its listener before that message is
// dispatched. One handler module per message; add the next one here, also synchronously.
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../../utils/messaging.ts';
import { handleAnalyze } from './analyze-handler.ts';
import { handleFetchDocExport } from './docs-export.ts';
import { handlePageScore } from './page-score.ts';

export default defineBackground(() => {
  onMessage('analyze', ({ data, sender }) => handleAnalyze(data, sender));
  onMessage('fetchDocExport', ({ data, sender }) => handleFetchDocExport(data, sender));
  onMessage('pageScore', async ({ data, sender }) => {
    const res = await handlePageScore(data, sender);
    if (!res.ok) console.debug('[Impact Lens]', res.error);
  });
});
