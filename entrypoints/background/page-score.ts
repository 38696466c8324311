// The `pageScore` message: a content script reports its page's score and the worker shows it on
// that tab's toolbar badge. Only our content script in the top frame of a page it runs on may set
// a tab's badge, and only its own tab's. Never throws: a refused or failed report changes nothing.
import { browser } from 'wxt/browser';
import { scoreBand, type ScoreBand } from '../../components/severity.ts';
import { validatePageScore } from '../../utils/validate.ts';

/** The part of `runtime.MessageSender` the handler reads. */
export interface ScoreSender {
  id?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined } | undefined;
}

export interface Badge {
  setText(tabId: number, text: string): Promise<void>;
  setColor(tabId: number, color: string): Promise<void>;
}

/** Where our content scripts run (the manifest's matches): a sender elsewhere is not one of them. */
const CONTENT_SCRIPT_PAGES = [/^https:\/\/www\.linkedin\.com\//, /^https:\/\/docs\.google\.com\/document\//];

/** The score bands' colours of components/impact-lens.css (light theme: white text reads on each). */
export const BADGE_COLOR: Record<ScoreBand, string> = { strong: '#1f7a4d', fair: '#a85a00', weak: '#c4314b' };

/** The toolbar API: `action` in MV3, `browserAction` in Firefox's MV2. */
export function toolbarBadge(): Badge {
  const b = browser as unknown as { action?: ToolbarApi; browserAction?: ToolbarApi };
  const api = b.action ?? b.browserAction;
  return {
    setText: async (tabId, text) => void (await api?.setBadgeText({ tabId, text })),
    setColor: async (tabId, color) => void (await api?.setBadgeBackgroundColor({ tabId, color })),
  };
}

interface ToolbarApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

export type PageScoreResult = { ok: true } | { ok: false; error: string };

export async function handlePageScore(
  data: unknown,
  sender: ScoreSender | undefined,
  badge: Badge = toolbarBadge(),
  extensionId: string = browser.runtime.id,
): Promise<PageScoreResult> {
  try {
    if (!sender || sender.id !== extensionId) return { ok: false, error: 'pageScore: sender is not this extension' };
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || tabId < 0) return { ok: false, error: 'pageScore: sender is not in a tab' };
    if (sender.frameId !== undefined && sender.frameId !== 0) return { ok: false, error: 'pageScore: sender is not the top frame' };
    // Extension pages (popup, options) have chrome-extension:// URLs: only a content script is on a page.
    if (typeof sender.url !== 'string' || !CONTENT_SCRIPT_PAGES.some((re) => re.test(sender.url!))) {
      return { ok: false, error: 'pageScore: sender is not our content script' };
    }
    const request = validatePageScore(data);
    if (!request.ok) return request;
    const { score } = request.value;
    if (score === null) {
      await badge.setText(tabId, '');
    } else {
      await badge.setColor(tabId, BADGE_COLOR[scoreBand(score)]);
      await badge.setText(tabId, String(score));
    }
    return { ok: true };
  } catch (err) {
    // The tab may have closed meanwhile: nothing to badge.
    return { ok: false, error: `pageScore: ${err instanceof Error ? err.message : String(err)}` };
  }
}
