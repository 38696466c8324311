// Settings: fallbacks, field-by-field validation of whatever storage holds, writes, and the watch
// that carries a change from one context (options, popup) to every other (content scripts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  MAX_DISMISSED,
  MAX_LABEL,
  bulletKey,
  dismiss,
  dismissedMatcher,
  getSettings,
  restore,
  sanitizeDismissed,
  sanitizeDisabledRules,
  sanitizeLens,
  sanitizeSites,
  setLens,
  setRuleEnabled,
  setSiteEnabled,
  watchSettings,
  type Settings,
} from '../../utils/settings.ts';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const raw = (values: Record<string, unknown>) => fakeBrowser.storage.local.set(values);

/** Resolves with the next settings a watcher delivers. */
function nextSettings(): Promise<Settings> {
  return new Promise((resolve) => {
    const stop = watchSettings((s) => {
      stop();
      resolve(s);
    });
  });
}

describe('reading', () => {
  it('an empty storage reads as the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('a corrupt value of every kind falls back, field by field, without throwing', async () => {
    const corrupt: unknown[] = [null, 42, 'x', true, [], {}, [1, 2], { a: 1 }, 'engineer ', Number.NaN];
    for (const value of corrupt) {
      await raw({ lens: value, disabledRules: value, sites: value, dismissed: value });
      const s = await getSettings();
      expect(s.lens).toBe('pm');
      expect(s.disabledRules).toEqual([]);
      expect(s.sites).toEqual({ linkedin: true, googleDocs: true });
      expect(s.dismissed).toEqual([]);
    }
  });

  it('keeps the valid parts of a half-valid value', async () => {
    await raw({
      lens: 'engineer',
      disabledRules: ['buzzword', 'no-such-rule', 7, 'buzzword', 'tense-mix'],
      sites: { linkedin: false, googleDocs: 'no', extra: true },
      dismissed: [
        { ruleId: 'weak-ownership', bulletText: '  Responsible for   the CI pipeline ', site: 'linkedin', at: 5 },
        { ruleId: 'weak-ownership', bulletText: 'x', site: 'myspace', at: 6 },
        { ruleId: 'nope', bulletText: 'x', site: 'linkedin', at: 7 },
        { ruleId: 'buzzword', bulletText: '', site: 'linkedin', at: 8 },
        { ruleId: 'buzzword', bulletText: 'Synergies', site: 'googleDocs' },
        'garbage',
      ],
    });
    expect(await getSettings()).toEqual({
      lens: 'engineer',
      disabledRules: ['buzzword', 'tense-mix'],
      sites: { linkedin: false, googleDocs: true },
      dismissed: [
        { ruleId: 'weak-ownership', scope: 'bullet', bulletText: 'Responsible for the CI pipeline', site: 'linkedin', at: 5 },
        { ruleId: 'buzzword', scope: 'bullet', bulletText: 'Synergies', site: 'googleDocs', at: 0 },
      ],
    });
  });

  it('a value written by a newer build (a version downgrade) still reads, validated', async () => {
    // WXT refuses to migrate down and logs; our sanitizer still decides what the value means.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await raw({ lens: 'engineer', lens$: { v: 9 }, sites: { linkedin: 'off' }, sites$: { v: 9 } });
    const s = await getSettings();
    expect(s.lens).toBe('engineer');
    expect(s.sites).toEqual({ linkedin: true, googleDocs: true });
  });

  it('a storage that fails reads as the defaults', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('quota'));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('sanitizers never throw on odd input', () => {
    const odd: unknown[] = [undefined, null, Symbol('s'), () => 1, new Date(), Object.create(null), [[]], [{ ruleId: {} }]];
    for (const v of odd) {
      expect(() => [sanitizeLens(v), sanitizeDisabledRules(v), sanitizeSites(v), sanitizeDismissed(v)]).not.toThrow();
    }
  });
});

describe('writing', () => {
  it('lens, rules and sites round-trip', async () => {
    await setLens('engineer');
    await setRuleEnabled('no-metric', false);
    await setRuleEnabled('buzzword', false);
    await setRuleEnabled('no-metric', false); // twice off is still once
    await setSiteEnabled('googleDocs', false);
    expect(await getSettings()).toMatchObject({
      lens: 'engineer',
      disabledRules: ['no-metric', 'buzzword'],
      sites: { linkedin: true, googleDocs: false },
    });
    await setRuleEnabled('no-metric', true);
    expect((await getSettings()).disabledRules).toEqual(['buzzword']);
  });

  it('stores the version with the first write on a fresh install', async () => {
    // WXT decides "fresh" when the item is defined (module load): load a fresh copy.
    vi.resetModules();
    const fresh = await import('../../utils/settings.ts');
    await fresh.setLens('engineer');
    await fresh.setSiteEnabled('linkedin', false);
    expect(await fakeBrowser.storage.local.get(['lens$', 'sites$'])).toEqual({ lens$: { v: 1 }, sites$: { v: 1 } });
  });

  it('dismiss and restore one finding on one bullet, per site; restore all', async () => {
    await dismiss({ ruleId: 'no-metric', bulletText: 'Led the redesign', site: 'linkedin' }, 1);
    await dismiss({ ruleId: 'no-metric', bulletText: 'Led  the redesign ', site: 'linkedin' }, 2); // same bullet
    await dismiss({ ruleId: 'buzzword', bulletText: 'Led the redesign', site: 'linkedin' }, 3);
    await dismiss({ ruleId: 'no-metric', bulletText: 'Led the redesign', site: 'googleDocs' }, 4);
    let s = await getSettings();
    expect(s.dismissed.map((d) => [d.site, d.ruleId, d.at])).toEqual([
      ['googleDocs', 'no-metric', 4],
      ['linkedin', 'buzzword', 3],
      ['linkedin', 'no-metric', 2],
    ]);
    const onLinkedIn = dismissedMatcher(s.dismissed, 'linkedin');
    expect(onLinkedIn('no-metric', 'Led the\nredesign')).toBe(true);
    expect(onLinkedIn('weak-start', 'Led the redesign')).toBe(false);
    expect(onLinkedIn('no-metric', 'Led the launch')).toBe(false);

    await restore({ ruleId: 'no-metric', bulletText: 'Led the redesign', site: 'linkedin' });
    s = await getSettings();
    expect(s.dismissed.map((d) => [d.site, d.ruleId])).toEqual([
      ['googleDocs', 'no-metric'],
      ['linkedin', 'buzzword'],
    ]);
    await restore('all');
    expect((await getSettings()).dismissed).toEqual([]);
  });

  it('dismissals and restores made in a row, without waiting, all stick (no lost update)', async () => {
    await Promise.all([
      dismiss({ ruleId: 'no-metric', bulletText: 'a', site: 'linkedin' }, 1),
      dismiss({ ruleId: 'no-metric', bulletText: 'b', site: 'linkedin' }, 2),
      dismiss({ ruleId: 'tense-mix', scope: 'document', bulletText: 'c', site: 'googleDocs' }, 3),
      restore({ ruleId: 'no-metric', bulletText: 'a', site: 'linkedin' }),
      dismiss({ ruleId: 'buzzword', bulletText: 'd', site: 'linkedin' }, 4),
    ]);
    expect((await getSettings()).dismissed.map((d) => d.bulletText)).toEqual(['d', 'c', 'b']);
  });

  it('a failed write rejects its caller and does not block the next', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(dismiss({ ruleId: 'no-metric', bulletText: 'a', site: 'linkedin' }, 1)).rejects.toThrow('quota');
    set.mockRestore();
    await dismiss({ ruleId: 'no-metric', bulletText: 'b', site: 'linkedin' }, 2);
    expect((await getSettings()).dismissed.map((d) => d.bulletText)).toEqual(['b']);
  });

  it('keeps at most MAX_DISMISSED, the newest', async () => {
    const many = Array.from({ length: MAX_DISMISSED + 20 }, (_, i) => ({ ruleId: 'no-metric', bulletText: `b${i}`, site: 'linkedin', at: i }));
    await raw({ dismissed: many });
    await dismiss({ ruleId: 'buzzword', bulletText: 'new', site: 'linkedin' }, 10_000);
    const { dismissed } = await getSettings();
    expect(dismissed).toHaveLength(MAX_DISMISSED);
    expect(dismissed[0]!.bulletText).toBe('new');
    expect(dismissed.at(-1)!.bulletText).toBe(`b${20 + 1}`);
  });

  it('bulletKey collapses whitespace and caps length', () => {
    expect(bulletKey(' a \n\t b ')).toBe('a b');
    expect(bulletKey('x'.repeat(5000))).toHaveLength(2000);
  });
});

describe('document dismissals (version 2 of the dismissed list)', () => {
  const BLOCK = '• Built the API in Go\n• Built the app in React\n• Built the site in Vue';

  it('are their own entries, per site, scope, rule and text; whitespace does not matter; Restore by scope', async () => {
    await dismiss({ ruleId: 'verb-repetition', scope: 'document', bulletText: BLOCK, label: '  Senior PM\n· Lumen ', site: 'linkedin' }, 1);
    // The same rule and text as a bullet dismissal is another entry (it never hides a document finding).
    await dismiss({ ruleId: 'verb-repetition', bulletText: BLOCK, site: 'linkedin' }, 2);
    // The same text again, whitespace changed: the same document dismissal, newer.
    await dismiss({ ruleId: 'verb-repetition', scope: 'document', bulletText: BLOCK.replace(/\n/g, '\n\n  '), site: 'linkedin' }, 3);
    const s = await getSettings();
    const key = '• Built the API in Go • Built the app in React • Built the site in Vue';
    expect(s.dismissed).toEqual([
      { ruleId: 'verb-repetition', scope: 'document', bulletText: key, site: 'linkedin', at: 3 },
      { ruleId: 'verb-repetition', scope: 'bullet', bulletText: key, site: 'linkedin', at: 2 },
    ]);
    const onLinkedIn = dismissedMatcher(s.dismissed, 'linkedin');
    expect(onLinkedIn('verb-repetition', ` ${BLOCK} `, 'document')).toBe(true);
    expect(onLinkedIn('tense-mix', BLOCK, 'document')).toBe(false);
    expect(onLinkedIn('verb-repetition', '• Built the API in Go', 'document')).toBe(false);
    expect(dismissedMatcher(s.dismissed, 'googleDocs')('verb-repetition', BLOCK, 'document')).toBe(false);

    await restore({ ruleId: 'verb-repetition', scope: 'document', bulletText: BLOCK, site: 'linkedin' });
    expect((await getSettings()).dismissed.map((d) => d.scope)).toEqual(['bullet']);
  });

  it('a label is kept for document dismissals only: one line, trimmed, capped; anything else dropped', () => {
    const base = { ruleId: 'tense-mix', bulletText: 'x', site: 'googleDocs', at: 1 };
    expect(sanitizeDismissed([{ ...base, scope: 'document', label: ' Jordan\n Rivera  - Resume ' }])).toEqual([
      { ...base, scope: 'document', label: 'Jordan Rivera - Resume' },
    ]);
    expect(sanitizeDismissed([{ ...base, scope: 'document', label: 'L'.repeat(5000) }])[0]!.label).toHaveLength(MAX_LABEL);
    for (const label of [42, '', '   ', null, { a: 1 }]) {
      expect(sanitizeDismissed([{ ...base, scope: 'document', label }])).toEqual([{ ...base, scope: 'document' }]);
    }
    expect(sanitizeDismissed([{ ...base, scope: 'bullet', label: 'ignored' }])).toEqual([{ ...base, scope: 'bullet' }]);
  });

  it('an entry with a scope this build does not know (a newer build) is dropped, not guessed at', () => {
    const base = { ruleId: 'tense-mix', bulletText: 'x', site: 'linkedin', at: 1 };
    expect(sanitizeDismissed([{ ...base, scope: 'section' }, { ...base, scope: 7 }, { ...base, scope: null }, base])).toEqual([
      { ...base, scope: 'bullet' },
    ]);
  });

  it('version 1 data is migrated once, when the item is defined: every entry becomes a bullet dismissal', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const v1 = { ruleId: 'no-metric', bulletText: 'Led the redesign', site: 'linkedin', at: 3 };
    await raw({ dismissed: [v1, 'junk'], dismissed$: { v: 1 } });
    vi.resetModules();
    const fresh = await import('../../utils/settings.ts');
    expect((await fresh.getSettings()).dismissed).toEqual([{ ...v1, scope: 'bullet' }]);
    // Stored as version 2; what the migration cannot read is left for the sanitizer to drop.
    expect(await fakeBrowser.storage.local.get(['dismissed', 'dismissed$'])).toEqual({
      dismissed: [{ ...v1, scope: 'bullet' }, 'junk'],
      dismissed$: { v: 2 },
    });
    expect(console.error).not.toHaveBeenCalled();
  });

  it('version 1 data without version metadata, and a corrupt list, migrate without throwing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await raw({ dismissed: [{ ruleId: 'buzzword', bulletText: 'Synergies', site: 'googleDocs', at: 1 }] });
    vi.resetModules();
    let fresh = await import('../../utils/settings.ts');
    expect((await fresh.getSettings()).dismissed).toEqual([{ ruleId: 'buzzword', scope: 'bullet', bulletText: 'Synergies', site: 'googleDocs', at: 1 }]);

    await fakeBrowser.storage.local.clear();
    await raw({ dismissed: 'corrupt', dismissed$: { v: 1 } });
    vi.resetModules();
    fresh = await import('../../utils/settings.ts');
    expect((await fresh.getSettings()).dismissed).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a fresh install stores version 2 with the first dismissal', async () => {
    vi.resetModules();
    const fresh = await import('../../utils/settings.ts');
    await fresh.dismiss({ ruleId: 'tense-mix', scope: 'document', bulletText: 'doc-id-123', label: 'Resume', site: 'googleDocs' }, 5);
    expect(await fakeBrowser.storage.local.get(['dismissed', 'dismissed$'])).toEqual({
      dismissed: [{ ruleId: 'tense-mix', scope: 'document', bulletText: 'doc-id-123', label: 'Resume', site: 'googleDocs', at: 5 }],
      dismissed$: { v: 2 },
    });
  });
});

describe('watchSettings', () => {
  it('delivers the whole, sanitized settings after any one changes', async () => {
    let next = nextSettings();
    await setLens('engineer');
    expect((await next).lens).toBe('engineer');

    next = nextSettings();
    await raw({ disabledRules: ['buzzword', 'bogus'] }); // written by anything, still validated
    expect(await next).toMatchObject({ lens: 'engineer', disabledRules: ['buzzword'] });

    next = nextSettings();
    await raw({ sites: 'corrupt' });
    expect((await next).sites).toEqual({ linkedin: true, googleDocs: true });
  });

  it('stops delivering after unwatch', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    stop();
    await setLens('engineer');
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).not.toHaveBeenCalled();
  });
});
