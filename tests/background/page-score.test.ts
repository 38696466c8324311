// The toolbar badge: only our content script, in the top frame of its own tab, sets that tab's badge.
import { describe, expect, it } from 'vitest';
import { BADGE_COLOR, handlePageScore, type Badge, type ScoreSender } from '../../entrypoints/background/page-score.ts';

const ID = 'ext-id';
const linkedin: ScoreSender = { id: ID, url: 'https://www.linkedin.com/in/someone/', frameId: 0, tab: { id: 7 } };

function recorder() {
  const calls: string[] = [];
  const badge: Badge = {
    setText: async (tab, text) => void calls.push(`text ${tab} "${text}"`),
    setColor: async (tab, color) => void calls.push(`color ${tab} ${color}`),
  };
  return { calls, badge };
}

describe('handlePageScore', () => {
  it('sets the text and the band colour on the sender tab', async () => {
    for (const [score, color] of [[85, BADGE_COLOR.strong], [60, BADGE_COLOR.fair], [12, BADGE_COLOR.weak]] as const) {
      const { calls, badge } = recorder();
      expect(await handlePageScore({ score }, linkedin, badge, ID)).toEqual({ ok: true });
      expect(calls).toEqual([`color 7 ${color}`, `text 7 "${score}"`]);
    }
  });

  it('null clears the badge; a Docs page may report too', async () => {
    const { calls, badge } = recorder();
    const docs = { ...linkedin, url: 'https://docs.google.com/document/d/abc/edit', tab: { id: 3 } };
    expect(await handlePageScore({ score: null }, docs, badge, ID)).toEqual({ ok: true });
    expect(calls).toEqual(['text 3 ""']);
  });

  it.each<[string, ScoreSender | undefined]>([
    ['no sender', undefined],
    ['another extension', { ...linkedin, id: 'other' }],
    ['no tab (the popup)', { id: ID, url: `chrome-extension://${ID}/popup.html` }],
    ['an extension page in a tab', { id: ID, url: `chrome-extension://${ID}/popup.html`, frameId: 0, tab: { id: 7 } }],
    ['a subframe', { ...linkedin, frameId: 3 }],
    ['a page we do not run on', { ...linkedin, url: 'https://evil.example/in/x' }],
    ['a look-alike host', { ...linkedin, url: 'https://www.linkedin.com.evil.example/' }],
  ])('refuses %s', async (_, sender) => {
    const { calls, badge } = recorder();
    const res = await handlePageScore({ score: 50 }, sender, badge, ID);
    expect(res.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it.each<unknown>([null, 'x', {}, { score: 101 }, { score: -1 }, { score: 50.5 }, { score: '50' }, { score: 50, extra: 1 }])(
    'refuses the payload %j',
    async (data) => {
      const { calls, badge } = recorder();
      expect((await handlePageScore(data, linkedin, badge, ID)).ok).toBe(false);
      expect(calls).toEqual([]);
    },
  );

  it('a closed tab is an answer, not a throw', async () => {
    const badge: Badge = { setText: () => Promise.reject(new Error('No tab with id: 7')), setColor: async () => {} };
    expect(await handlePageScore({ score: 50 }, linkedin, badge, ID)).toEqual({ ok: false, error: 'pageScore: No tab with id: 7' });
  });
});
