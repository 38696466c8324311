// @vitest-environment happy-dom
// The user's settings on a LinkedIn page (settings.ts, utils/site-settings.ts + page.ts), with the real engine over
// fakeBrowser storage, wired as index.tsx wires them: a rule switched off leaves the annotations at
// once; the lens changes severities live; a finding dismissed from its panel is gone, stored, and
// still gone after a reload; the popup's numbers (page-state.ts) are the annotations' numbers; a
// bullet can be revealed. Edit forms apply the same dismissals, keyed the same way (bullet text, or
// the whole text for findings about it), so a dismissal made on either holds on both.
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
import { dismiss, getSettings, setLens, setRuleEnabled } from '../../utils/settings.ts';
import { loadFixture, useFixture } from './fixtures.ts';

const URL_ = new URL('https://www.linkedin.com/in/maria-jose-nunez/');
const CI = 'Responsible for maintaining the CI pipeline';

const cleanups: Array<() => void> = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A page session wired like index.tsx: settings first, then the page, changes followed live. */
async function open(url: URL = URL_) {
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
    url, doc: document, signal: controller.signal, analyze: prefs.wrap(engine), mount: mountPlainHost, scanDebounceMs: 10,
    typingDebounceMs: 5,
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
      expect((await getSettings()).dismissed).toEqual([{ ruleId: 'weak-ownership', scope: 'bullet', bulletText: CI, site: 'linkedin', at: expect.any(Number) }]),
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

describe('edit forms: the same dismissals as the profile', () => {
  const EDIT_URL = new URL('https://www.linkedin.com/in/maria-jose-nunez/edit/forms/position/2084137629/');
  const WORKED = 'Worked on various projects with cross-functional teams';
  // A description whose bullets open with one verb three times: a finding about the whole text.
  const REPEATED = [
    '• Built the service with Kubernetes and React',
    '• Built the pipeline with Kafka and Spark',
    '• Built dashboards for the sales team',
    '• Cut churn 12% by calling at-risk accounts',
  ];

  const editor = () => document.querySelector<HTMLElement>('impact-lens-editor');
  const editorRoot = () => editor()!.shadowRoot!;
  const editorMarker = (bullet: string) =>
    Array.from(editorRoot().querySelectorAll<HTMLElement>('[data-il-bullet]')).find((m) => m.dataset.ilBullet === bullet);
  const editorRules = (bullet: string) => (editorMarker(bullet)?.dataset.rules ?? '').split(' ').filter(Boolean);
  const editorScore = () => Number(editorRoot().querySelector('[data-score]')!.getAttribute('data-score'));
  const textarea = () => document.querySelector<HTMLTextAreaElement>('textarea[id$="-description"]')!;
  const hostOf = (bullet: string) => marker(bullet).getRootNode() as ShadowRoot;

  /** LinkedIn's edit modal over the profile (the same session: an edit URL of the same profile). */
  function openModal(text?: string) {
    const modal = document.importNode(loadFixture('edit-position-legacy.html').getElementById('artdeco-modal-outlet')!, true);
    document.body.append(modal);
    if (text !== undefined) textarea().value = text;
  }

  /** Gives the profile's "Associate Product Manager" position another description, as LinkedIn renders one. */
  function setProfileDescription(lines: string[]) {
    const old = 'I helped the team launch a new reporting dashboard for merchants. Reports were generated faster after the launch.';
    for (const span of Array.from(document.querySelectorAll('span')).filter((s) => s.textContent === old)) {
      span.replaceChildren(...lines.flatMap((l, i) => (i ? [document.createElement('br'), document.createTextNode(l)] : [document.createTextNode(l)])));
    }
  }

  async function openFinding(bullet: string, rule: string) {
    const m = editorMarker(bullet)!;
    if (m.getAttribute('aria-expanded') !== 'true') m.click();
    await vi.waitFor(() => expect(editorRoot().querySelector(`.il-row-open .il-finding[data-rule="${rule}"]`)).not.toBeNull());
    return Array.from(editorRoot().querySelectorAll<HTMLElement>(`.il-row-open .il-finding[data-rule="${rule}"]`)).find((f) =>
      f.closest('.il-row')!.contains(m),
    )!;
  }

  it('a finding dismissed on a profile bullet is hidden on the same bullet in the edit form', async () => {
    // As the profile stores it (the marker's text), before the form opens.
    await dismiss({ ruleId: 'weak-ownership', bulletText: CI, site: 'linkedin' });
    useFixture('edit-position-legacy.html');
    await open(EDIT_URL);
    await vi.waitFor(() => expect(editorMarker(CI)).toBeDefined());
    expect(editorRules(CI)).not.toContain('weak-ownership');
    expect(editorRules(CI)).toContain('no-metric');
    expect(editorRules(WORKED)).not.toHaveLength(0);
    // Offered on what is left, with the profile's wording.
    const finding = await openFinding(CI, 'no-metric');
    expect(finding.querySelector('[data-il-action="dismiss"]')!.getAttribute('aria-label')).toBe('Dismiss No metric on this bullet');
  });

  it('Dismiss in the form: gone at once, rescored, stored under the profile’s key, and hidden on the profile', async () => {
    useFixture('edit-position-legacy.html');
    const first = await open(EDIT_URL);
    await vi.waitFor(() => expect(editorRules(CI)).toContain('weak-ownership'));
    const before = editorScore();
    const calls = first.calls.length;
    const finding = await openFinding(CI, 'weak-ownership');
    finding.querySelector<HTMLButtonElement>('[data-il-action="dismiss"]')!.click();
    await vi.waitFor(() => expect(editorRules(CI)).not.toContain('weak-ownership'));
    expect(editorScore()).toBeGreaterThan(before);
    expect(first.calls.length).toBe(calls); // shown again, not critiqued again
    // The field's text is untouched.
    expect(textarea().value).toContain(`• ${CI}`);
    await vi.waitFor(async () =>
      expect((await getSettings()).dismissed).toEqual([{ ruleId: 'weak-ownership', scope: 'bullet', bulletText: CI, site: 'linkedin', at: expect.any(Number) }]),
    );

    // The profile, another page load.
    cleanups.splice(0).forEach((c) => c());
    useFixture('profile-legacy.html');
    await open();
    expect(rulesOf(CI)).not.toContain('weak-ownership');
    expect(rulesOf('Was tasked with improving the checkout flow')).toContain('weak-ownership');
  });

  it('the edit modal over the profile: a dismissal in either updates the other at once, no reload', async () => {
    useFixture('profile-legacy.html');
    openModal();
    const { session } = await open();
    await vi.waitFor(() => expect(editorRules(CI)).toContain('no-metric'));
    expect(rulesOf(CI)).toContain('no-metric');

    // Form -> profile.
    (await openFinding(CI, 'no-metric')).querySelector<HTMLButtonElement>('[data-il-action="dismiss"]')!.click();
    await vi.waitFor(() => expect(rulesOf(CI)).not.toContain('no-metric'));
    expect(editorRules(CI)).not.toContain('no-metric');

    // Profile -> form.
    marker(CI).click();
    await vi.waitFor(() => expect(hostOf(CI).querySelector('.il-finding[data-rule="weak-ownership"] [data-il-action="dismiss"]')).not.toBeNull());
    hostOf(CI).querySelector<HTMLButtonElement>('.il-finding[data-rule="weak-ownership"] [data-il-action="dismiss"]')!.click();
    await vi.waitFor(() => expect(editorRules(CI)).not.toContain('weak-ownership'));
    expect(rulesOf(CI)).not.toContain('weak-ownership');
    expect(session.shown().length).toBeGreaterThan(0);
  });

  it('a finding about the whole description: Dismiss on this text, rescored, and the profile showing the same text follows', async () => {
    useFixture('profile-legacy.html');
    setProfileDescription(REPEATED);
    openModal(REPEATED.join('\n'));
    await open();
    const profileHost = () => hostOf('Built the pipeline with Kafka and Spark');
    const docRules = (root: ShadowRoot) => Array.from(root.querySelectorAll('.il-doc .il-finding')).map((f) => f.getAttribute('data-rule'));
    await vi.waitFor(() => expect(docRules(editorRoot())).toContain('verb-repetition'));
    expect(docRules(profileHost())).toContain('verb-repetition');
    const button = editorRoot().querySelector<HTMLButtonElement>('.il-doc .il-finding[data-rule="verb-repetition"] [data-il-action="dismiss"]')!;
    expect(button.getAttribute('aria-label')).toBe('Dismiss Verb repetition on this text');
    const before = editorScore();
    button.click();
    await vi.waitFor(() => expect(docRules(editorRoot())).not.toContain('verb-repetition'));
    expect(editorScore()).toBeGreaterThan(before);
    await vi.waitFor(() => expect(docRules(profileHost())).not.toContain('verb-repetition'));
    const stored = (await getSettings()).dismissed;
    expect(stored).toEqual([
      { ruleId: 'verb-repetition', scope: 'document', bulletText: REPEATED.join(' '), label: 'Position description', site: 'linkedin', at: expect.any(Number) },
    ]);

    // Another text (the user edits the description): the finding is back for it.
    textarea().value = REPEATED.join('\n').replace('sales team', 'finance team');
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(docRules(editorRoot())).toContain('verb-repetition'));
    expect(docRules(profileHost())).not.toContain('verb-repetition');
  });

  it('without the content script’s settings (none made), the form offers no Dismiss', async () => {
    useFixture('edit-position-legacy.html');
    const controller = new AbortController();
    cleanups.push(() => controller.abort());
    const page = startPage({
      url: EDIT_URL, doc: document, signal: controller.signal, mount: mountPlainHost,
      analyze: async (request) => critique(request.text, request),
    });
    await page.scan();
    await vi.waitFor(() => expect(editorMarker(CI)).toBeDefined());
    await openFinding(CI, 'weak-ownership');
    expect(editorRoot().querySelector('[data-il-action="dismiss"]')).toBeNull();
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
