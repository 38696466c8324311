// @vitest-environment happy-dom
// The user's settings on a LinkedIn page (settings.ts, utils/site-settings.ts + page.ts), with the real engine over
// fakeBrowser storage, wired as index.tsx wires them: a rule switched off leaves the annotations at
// once; the lens changes severities live; a finding dismissed from its panel is gone, stored, and
// still gone after a reload; the popup's numbers (page-state.ts) are the annotations' numbers; a
// bullet can be revealed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { critique } from '../../analysis/index.ts';
import type { Analyze } from '../../entrypoints/linkedin.content/analyze.ts';
import { mountPlainHost } from '../../entrypoints/linkedin.content/mount.ts';
import { startPage, type PageSession } from '../../entrypoints/linkedin.content/page.ts';
import { pageStateOf, revealBullet } from '../../entrypoints/linkedin.content/page-state.ts';
import { scoreReporter } from '../../utils/page-summary.ts';
import { linkedInSettings } from '../../entrypoints/linkedin.content/settings.ts';
import type { AnalyzeRequest, PageState } from '../../utils/protocol.ts';
import { getSettings, setLens, setRuleEnabled } from '../../utils/settings.ts';
import { useFixture } from './fixtures.ts';

const URL_ = new URL('https://www.linkedin.com/in/maria-jose-nunez/');
const CI = 'Responsible for maintaining the CI pipeline';

const cleanups: Array<() => void> = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A page session wired like index.tsx: settings first, then the page, changes followed live. */
async function open() {
  const calls: AnalyzeRequest[] = [];
  let session: PageSession | null = null;
  const changes: string[] = [];
  const prefs = linkedInSettings((change) => {
    changes.push(JSON.stringify(change));
    if (change.shown || change.critique) session?.rerender();
    if (change.critique) void session?.refresh();
  });
  const engine: Analyze = async (request) => {
    calls.push(request);
    return critique(request.text, request);
  };
  await prefs.ready;
  const controller = new AbortController();
  session = startPage({
    url: URL_, doc: document, signal: controller.signal, analyze: prefs.wrap(engine), mount: mountPlainHost, scanDebounceMs: 10,
    present: prefs.present,
    onDismiss: (bullet, finding) => prefs.dismiss(bullet, finding, () => session?.rerender()),
  });
  cleanups.push(() => {
    controller.abort();
    prefs.dispose();
  });
  await session.scan();
  const state = (): PageState => pageStateOf({ supported: true, enabled: prefs.enabled, scanned: true, blocks: session!.shown() });
  return { session, prefs, calls, changes, state };
}

const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('impact-lens-annotations'));
const markers = () => hosts().flatMap((h) => Array.from(h.shadowRoot!.querySelectorAll<HTMLElement>('[data-il-bullet]')));
const marker = (bullet: string) => markers().find((m) => m.dataset.ilBullet === bullet)!;
const rulesOf = (bullet: string) => (marker(bullet).dataset.rules ?? '').split(' ').filter(Boolean);

/** Opens every row and reads what the annotations show: block scores, bullets, findings by rule. */
async function pageNumbers() {
  for (const m of markers()) if (m.getAttribute('aria-expanded') !== 'true') m.click();
  await vi.waitFor(() => expect(markers().every((m) => m.getAttribute('aria-expanded') === 'true')).toBe(true));
  let weighted = 0;
  let bullets = 0;
  const counts: Record<string, number> = {};
  for (const h of hosts()) {
    const n = h.shadowRoot!.querySelectorAll('[data-il-bullet]').length;
    weighted += Number(h.shadowRoot!.querySelector('[data-score]')!.getAttribute('data-score')) * n;
    bullets += n;
    for (const f of h.shadowRoot!.querySelectorAll('.il-finding[data-rule]')) counts[f.getAttribute('data-rule')!] = (counts[f.getAttribute('data-rule')!] ?? 0) + 1;
  }
  return { score: Math.round(weighted / bullets), bullets, counts };
}

describe('LinkedIn settings', () => {
  it("the popup's numbers are the annotations' numbers", async () => {
    useFixture('profile-legacy.html');
    const { state } = await open();
    const s = state();
    expect(s.status).toBe('ready');
    const shown = await pageNumbers();
    expect({ score: s.score, bullets: s.bullets, counts: s.counts }).toEqual(shown);
    expect(s.topFixes).toHaveLength(3);
    expect(s.topFixes.map((f) => f.rule)).toContain('weak-ownership');
  });

  it('a rule switched off leaves at once (before the new critique), then the engine runs without it', async () => {
    useFixture('profile-legacy.html');
    const { calls, session } = await open();
    expect(rulesOf(CI)).toContain('no-metric');
    const before = calls.length;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const refresh = session.refresh.bind(session);
    // Hold the re-critique back to see the annotations change before it.
    vi.spyOn(session, 'refresh').mockImplementation(async () => {
      await gate;
      return refresh();
    });
    await setRuleEnabled('no-metric', false);
    await vi.waitFor(() => expect(rulesOf(CI)).not.toContain('no-metric'));
    expect(markers().every((m) => !(m.dataset.rules ?? '').includes('no-metric'))).toBe(true);
    release();
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(before));
    expect(calls.slice(before).every((c) => c.disabled?.includes('no-metric'))).toBe(true);
  });

  it('the lens changes severities live, without a reload', async () => {
    useFixture('profile-legacy.html');
    const { calls } = await open();
    const bullet = 'Managed a team of 8 engineers';
    const severity = () => marker(bullet).dataset.severity;
    expect(calls.every((c) => c.lens === 'pm')).toBe(true);
    const pmScore = hosts().map((h) => h.shadowRoot!.querySelector('[data-score]')!.getAttribute('data-score'));
    await setLens('engineer');
    await vi.waitFor(() => expect(calls.at(-1)!.lens).toBe('engineer'));
    await vi.waitFor(() => {
      const engScore = hosts().map((h) => h.shadowRoot!.querySelector('[data-score]')!.getAttribute('data-score'));
      expect(engScore).not.toEqual(pmScore);
    });
    // Each marker's severity is the engine's for the engineer lens.
    const expected = critique(bullet, { lens: 'engineer', mode: 'lines' }).bullets[0]!.findings;
    const worst = ['error', 'warning', 'info'].find((s) => expected.some((f) => f.severity === s)) ?? 'ok';
    expect(severity()).toBe(worst);
  });

  it('a finding dismissed from its panel is gone at once, stored, and still gone after a reload', async () => {
    useFixture('profile-legacy.html');
    const first = await open();
    const scoreOf = () => Number((marker(CI).getRootNode() as ShadowRoot).querySelector('[data-score]')!.getAttribute('data-score'));
    const before = scoreOf();
    const weakBefore = first.state().counts['weak-ownership']!;
    marker(CI).click();
    const root = marker(CI).getRootNode() as ShadowRoot;
    await vi.waitFor(() => expect(root.querySelector('.il-finding[data-rule="weak-ownership"] [data-il-action="dismiss"]')).not.toBeNull());
    const button = root.querySelector<HTMLButtonElement>('.il-finding[data-rule="weak-ownership"] [data-il-action="dismiss"]')!;
    expect(button.getAttribute('aria-label')).toBe('Dismiss Weak ownership on this bullet');
    button.click();
    await vi.waitFor(() => expect(rulesOf(CI)).not.toContain('weak-ownership'));
    expect(scoreOf()).toBeGreaterThan(before); // the points it cost come back
    // The row stayed open; other bullets with the same rule keep it.
    expect(marker(CI).getAttribute('aria-expanded')).toBe('true');
    expect(rulesOf('Was tasked with improving the checkout flow')).toContain('weak-ownership');
    await vi.waitFor(async () =>
      expect((await getSettings()).dismissed).toEqual([{ ruleId: 'weak-ownership', bulletText: CI, site: 'linkedin', at: expect.any(Number) }]),
    );
    expect(first.state().counts['weak-ownership']).toBe(weakBefore - 1);

    // A reload: a fresh page, fresh settings read from storage.
    cleanups.splice(0).forEach((c) => c());
    useFixture('profile-legacy.html');
    await open();
    expect(rulesOf(CI)).not.toContain('weak-ownership');
    expect(rulesOf('Was tasked with improving the checkout flow')).toContain('weak-ownership');
  });

  it('a top fix reveals its bullet: scrolled to, opened, focused', async () => {
    useFixture('profile-legacy.html');
    const { state, session } = await open();
    const fix = state().topFixes[0]!;
    const m = marker(fix.bullet);
    const scrolled = vi.fn();
    m.scrollIntoView = scrolled;
    expect(revealBullet(session.shown(), fix.bulletId)).toBe(true);
    await vi.waitFor(() => expect(m.getAttribute('aria-expanded')).toBe('true'));
    expect(scrolled).toHaveBeenCalledOnce();
    expect((m.getRootNode() as ShadowRoot).activeElement).toBe(m);
    // Revealing again keeps it open; an unknown id finds nothing.
    expect(revealBullet(session.shown(), fix.bulletId)).toBe(true);
    expect(m.getAttribute('aria-expanded')).toBe('true');
    expect(revealBullet(session.shown(), 'b999:0')).toBe(false);
    expect(revealBullet(session.shown(), 'nonsense')).toBe(false);
  });
});

describe('page state', () => {
  it('unsupported, off, loading, empty', () => {
    expect(pageStateOf({ supported: false, enabled: true, scanned: true, blocks: [] }).status).toBe('unsupported');
    expect(pageStateOf({ supported: true, enabled: false, scanned: true, blocks: [] }).status).toBe('off');
    expect(pageStateOf({ supported: true, enabled: true, scanned: false, blocks: [] }).status).toBe('loading');
    expect(pageStateOf({ supported: true, enabled: true, scanned: true, blocks: [] })).toEqual({
      status: 'empty', site: 'linkedin', score: null, categories: null, bullets: 0, counts: {}, topFixes: [],
    });
  });

  it('the badge hears of a score only when it changes, and null when there is none', async () => {
    const sent: Array<number | null> = [];
    const report = scoreReporter(async (s) => void sent.push(s));
    const ready = (score: number) => ({ status: 'ready', score }) as PageState;
    report(ready(70));
    report(ready(70));
    report({ status: 'loading', score: null } as PageState);
    report(ready(72));
    expect(sent).toEqual([70, null, 72]);
  });
});
