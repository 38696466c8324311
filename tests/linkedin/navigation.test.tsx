// @vitest-environment happy-dom
// SPA navigation: LinkedIn changes the URL before it swaps the page, so a new page session first
// sees the previous page. Its blocks are held back (stale.ts) until the page changes them or a
// grace period passes; pages that are the same page (route.ts pageKeyOf) keep their session.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractProfile } from '../../entrypoints/linkedin.content/extract.ts';
import { mountPlainHost } from '../../entrypoints/linkedin.content/mount.ts';
import { readOnScreen, startPage, type PageOptions, type PageSession } from '../../entrypoints/linkedin.content/page.ts';
import { pageKeyOf, routeOf, sameProfileEdit } from '../../entrypoints/linkedin.content/route.ts';
import { StaleGate, leftOnScreen, type ReadBlock, type Seen } from '../../entrypoints/linkedin.content/stale.ts';
import { fakeAnalyze } from './fake-engine.ts';
import { fixtureHtml, useFixture } from './fixtures.ts';

const LEGACY = new URL('https://www.linkedin.com/in/maria-jose-nunez/');
const SDUI = new URL('https://www.linkedin.com/in/aleksei-smirnov/');
const SDUI_DETAILS = new URL('https://www.linkedin.com/in/aleksei-smirnov/details/experience/');
const LEGACY_EDIT = new URL('https://www.linkedin.com/in/maria-jose-nunez/edit/forms/position/2084137629/');

const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('*')).filter((el) => el.tagName.toLowerCase().startsWith('impact-lens-'));
const bullets = () => hosts().flatMap((h) => Array.from(h.shadowRoot!.querySelectorAll<HTMLElement>('[data-il-bullet]')).map((m) => m.dataset.ilBullet!));

describe('StaleGate', () => {
  const el = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
    return p;
  };
  const clock = () => {
    let t = 1000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('holds a block that is still the same element with the same text as on the previous page', () => {
    document.body.innerHTML = '';
    const a = el('Led a team');
    const previous: Seen = new WeakMap([[a, { text: 'Led a team', page: 'profile:a' }]]);
    const gate = new StaleGate(previous, 'profile:b', { graceMs: 100, now: clock().now });
    expect(gate.heldFrom(a, 'Led a team')).toBe('profile:a');
    expect(gate.heldFrom(el('Led a team'), 'Led a team')).toBeNull(); // another element: new
  });

  it('releases a block for good once its text changed, even if it changes back', () => {
    document.body.innerHTML = '';
    const a = el('Led a team');
    const gate = new StaleGate(new WeakMap([[a, { text: 'Led a team', page: 'profile:a' }]]), 'profile:b', { graceMs: 100, now: clock().now });
    expect(gate.heldFrom(a, 'Shipped checkout')).toBeNull();
    expect(gate.heldFrom(a, 'Led a team')).toBeNull();
  });

  it('releases everything once the grace period is over, or when released', () => {
    document.body.innerHTML = '';
    const a = el('one');
    const b = el('two');
    const c = clock();
    const previous: Seen = new WeakMap([
      [a, { text: 'one', page: 'profile:a' }],
      [b, { text: 'two', page: 'profile:a' }],
    ]);
    const gate = new StaleGate(previous, 'profile:b', { graceMs: 100, now: c.now });
    expect(gate.remaining()).toBe(100);
    c.advance(60);
    expect(gate.heldFrom(a, 'one')).toBe('profile:a');
    c.advance(40);
    expect(gate.remaining()).toBe(0);
    expect(gate.heldFrom(a, 'one')).toBeNull();
    const other = new StaleGate(previous, 'profile:b', { graceMs: 100, now: c.now });
    other.release();
    expect(other.heldFrom(b, 'two')).toBeNull();
  });

  it('a block read on this very page is not stale (back before LinkedIn swapped anything)', () => {
    document.body.innerHTML = '';
    const a = el('one');
    const gate = new StaleGate(new WeakMap([[a, { text: 'one', page: 'profile:a' }]]), 'profile:a', { now: clock().now });
    expect(gate.heldFrom(a, 'one')).toBeNull();
  });

  it('a detached element is never held; no previous page holds nothing', () => {
    const a = document.createElement('p');
    const gate = new StaleGate(new WeakMap([[a, { text: '', page: 'profile:a' }]]), 'profile:b', { now: clock().now });
    expect(gate.heldFrom(a, '')).toBeNull();
    const none = new StaleGate(null, 'profile:b');
    expect(none.remaining()).toBe(0);
    expect(none.heldFrom(document.body, '')).toBeNull();
  });

  it('sift: critiques the new, holds the old, records both (a held block keeps its page)', () => {
    document.body.innerHTML = '';
    const old = el('old');
    const changed = el('was this');
    const added = el('new');
    const previous: Seen = new WeakMap([
      [old, { text: 'old', page: 'profile:a' }],
      [changed, { text: 'was that', page: 'profile:a' }],
    ]);
    const gate = new StaleGate(previous, 'profile:b', { now: clock().now });
    const seen = new WeakMap<Element, ReadBlock>();
    const items = [old, changed, added].map((e) => ({ el: e, text: e.textContent! }));
    const { fresh, held } = gate.sift(items, (i) => i, seen);
    expect(fresh.map((i) => i.text)).toEqual(['was this', 'new']);
    expect(held).toBe(1);
    expect(seen.get(old)).toEqual({ text: 'old', page: 'profile:a' });
    expect(seen.get(changed)).toEqual({ text: 'was this', page: 'profile:b' });
    expect(seen.get(added)).toEqual({ text: 'new', page: 'profile:b' });
  });
});

describe('pageKeyOf and sameProfileEdit', () => {
  it('one page per profile (or details page): query, fragment, case and edit forms do not matter', () => {
    const key = pageKeyOf(LEGACY);
    expect(pageKeyOf('https://www.linkedin.com/in/maria-jose-nunez')).toBe(key);
    expect(pageKeyOf('https://www.linkedin.com/in/maria-jose-nunez/?miniProfileUrn=x#experience')).toBe(key);
    expect(pageKeyOf('https://www.linkedin.com/in/Maria-Jose-Nunez/')).toBe(key);
    expect(pageKeyOf(LEGACY_EDIT)).toBe(key);
    expect(pageKeyOf('https://www.linkedin.com/in/maria-jose-nunez/edit/intro/')).toBe(key);
    expect(pageKeyOf(SDUI)).not.toBe(pageKeyOf(SDUI_DETAILS));
    expect(pageKeyOf(SDUI_DETAILS)).toBe(pageKeyOf('https://www.linkedin.com/in/aleksei-smirnov/details/experience/edit/forms/position/1/'));
    expect(pageKeyOf(SDUI)).not.toBe(key);
  });

  it('other pages: by path and query, not fragment', () => {
    expect(pageKeyOf('https://www.linkedin.com/feed/')).toBe(pageKeyOf('https://www.linkedin.com/feed/#top'));
    expect(pageKeyOf('https://www.linkedin.com/feed/')).not.toBe(pageKeyOf('https://www.linkedin.com/feed/?a=1'));
    expect(pageKeyOf('https://www.linkedin.com/feed/')).not.toBe(pageKeyOf('https://www.linkedin.com/jobs/'));
  });

  it('an edit form of the same profile over another kind of page keeps that page', () => {
    const details = routeOf(SDUI_DETAILS);
    const profileForm = routeOf('https://www.linkedin.com/in/aleksei-smirnov/edit/forms/position/1/');
    expect(sameProfileEdit(details, profileForm)).toBe(true);
    expect(sameProfileEdit(profileForm, details)).toBe(true);
    expect(sameProfileEdit(routeOf(SDUI), details)).toBe(false); // profile -> details: another page
    expect(sameProfileEdit(routeOf(LEGACY), profileForm)).toBe(false); // another person
    expect(sameProfileEdit(null, profileForm)).toBe(false);
  });
});

describe('page sessions across a navigation', () => {
  const sessions: AbortController[] = [];
  afterEach(() => sessions.splice(0).forEach((c) => c.abort()));

  function start(url: URL, extra: Partial<PageOptions> = {}) {
    const controller = new AbortController();
    sessions.push(controller);
    const analyze = fakeAnalyze();
    const page = startPage({ url, doc: document, signal: controller.signal, analyze, mount: mountPlainHost, scanDebounceMs: 10, ...extra });
    return { page, controller, analyze };
  }

  /**
   * What index.tsx does at a URL change: the screen read as the new page would read it (unless the
   * change was seen late), tagged by the departing session, which is then torn down.
   */
  function navigate(
    from: { page: PageSession; controller: AbortController },
    url: URL,
    extra: Partial<PageOptions> = {},
    { prompt = true } = {},
  ) {
    const now = prompt ? readOnScreen(document, routeOf(url)) : [];
    const previous = leftOnScreen(now, (el, text) => from.page.originOf(el, text), from.page.seen());
    from.controller.abort();
    return start(url, { previous, ...extra });
  }

  /** LinkedIn's content swap: the body's nodes replaced by a fixture's. */
  function swapTo(fixture: string) {
    const next = new DOMParser().parseFromString(fixtureHtml(fixture), 'text/html');
    document.body.replaceChildren(...Array.from(next.body.childNodes).map((n) => document.importNode(n, true)));
  }

  it('profile -> profile: nothing of the old page is critiqued or mounted; the new one at once when it arrives', async () => {
    useFixture('profile-legacy.html');
    const a = start(LEGACY);
    await a.page.scan();
    expect(hosts()).toHaveLength(6);
    const b = navigate(a, SDUI);
    await b.page.scan(); // the URL changed, the content not yet
    expect(b.analyze.calls).toHaveLength(0);
    expect(hosts()).toHaveLength(0);
    expect(b.page.holding()).toBe(true);
    expect(b.page.status.held).toBe(6);
    swapTo('profile-sdui.html');
    await vi.waitFor(() => expect(hosts()).toHaveLength(5));
    expect(b.page.holding()).toBe(false);
    expect(b.analyze.calls).toHaveLength(5); // exactly the new profile's blocks
    expect(bullets()).toContain('Was responsible for the payments API');
    expect(bullets()).not.toContain('Managed a team of 8 engineers');
  });

  it('blocks the page rewrites in place (same elements, new text) are critiqued at once', async () => {
    useFixture('profile-sdui.html');
    const a = start(SDUI);
    await a.page.scan();
    const b = navigate(a, LEGACY);
    await b.page.scan();
    expect(b.analyze.calls).toHaveLength(0);
    // A framework reusing the nodes: the About box gets the next person's text.
    document.querySelector('[componentkey$="About"] [data-testid="expandable-text-box"]')!.textContent = 'Responsible for the roadmap of a brand new person';
    await vi.waitFor(() => expect(b.analyze.calls).toHaveLength(1));
    expect(b.analyze.calls[0]!.text).toBe('Responsible for the roadmap of a brand new person');
    await vi.waitFor(() => expect(bullets()).toEqual(['Responsible for the roadmap of a brand new person']));
    expect(b.page.holding()).toBe(true); // the rest is still the old person's
  });

  it('a URL change that keeps the content: annotated once the grace period is over', async () => {
    useFixture('profile-sdui.html');
    const a = start(SDUI);
    await a.page.scan();
    const b = navigate(a, SDUI_DETAILS, { staleGraceMs: 300 });
    await b.page.scan();
    expect(hosts()).toHaveLength(0);
    await vi.waitFor(() => expect(b.analyze.calls.length).toBeGreaterThan(0), { timeout: 5000 });
    await vi.waitFor(() => expect(hosts().length).toBeGreaterThan(0), { timeout: 5000 });
    expect(b.page.holding()).toBe(false);
  });

  it('onUpdated fires when the grace period releases the held blocks (the popup leaves "loading")', async () => {
    useFixture('profile-sdui.html');
    const a = start(SDUI);
    await a.page.scan();
    const onUpdated = vi.fn();
    const b = navigate(a, SDUI_DETAILS, { staleGraceMs: 300, onUpdated });
    await b.page.scan();
    expect(onUpdated).toHaveBeenCalledTimes(1);
    expect(b.page.holding()).toBe(true);
    await vi.waitFor(() => expect(onUpdated).toHaveBeenCalledTimes(2), { timeout: 5000 });
    expect(b.page.holding()).toBe(false);
  });

  it('back before LinkedIn swapped anything: the page is its own again, annotated at once', async () => {
    useFixture('profile-legacy.html');
    const a = start(LEGACY);
    await a.page.scan();
    const b = navigate(a, SDUI);
    await b.page.scan();
    expect(hosts()).toHaveLength(0);
    const back = navigate(b, LEGACY);
    await back.page.scan();
    expect(back.analyze.calls).toHaveLength(6);
    expect(hosts()).toHaveLength(6);
  });

  it('profile -> details -> profile: each page held until it arrives, never the other one annotated', async () => {
    useFixture('profile-sdui.html');
    const a = start(SDUI);
    await a.page.scan();
    const details = navigate(a, SDUI_DETAILS);
    await details.page.scan();
    expect(details.analyze.calls).toHaveLength(0);
    swapTo('details-experience-sdui.html');
    await vi.waitFor(() => expect(hosts()).toHaveLength(4));
    expect(bullets()).toContain('Was in charge of release notes');
    const profile = navigate(details, SDUI);
    await profile.page.scan();
    expect(profile.analyze.calls).toHaveLength(0);
    expect(hosts()).toHaveLength(0);
    swapTo('profile-sdui.html');
    await vi.waitFor(() => expect(hosts()).toHaveLength(5));
    expect(bullets()).not.toContain('Was in charge of release notes');
  });

  it('feed -> profile: nothing was read before, the profile is critiqued at once', async () => {
    useFixture('profile-legacy.html');
    const { page, analyze } = start(LEGACY, { previous: null });
    await page.scan();
    expect(analyze.calls).toHaveLength(6);
    expect(hosts()).toHaveLength(6);
  });

  it("an open edit form's field is the previous page's too: not critiqued until it changes", async () => {
    useFixture('edit-position-legacy.html');
    const a = start(LEGACY_EDIT);
    await a.page.scan();
    await vi.waitFor(() => expect(document.querySelector('impact-lens-editor')).not.toBeNull());
    const b = navigate(a, SDUI);
    await b.page.scan();
    expect(b.analyze.calls).toHaveLength(0);
    expect(hosts()).toHaveLength(0);
    swapTo('profile-sdui.html');
    await vi.waitFor(() => expect(hosts()).toHaveLength(5));
    expect(b.analyze.calls).toHaveLength(5);
  });

  it('a scan after the URL moved on (seen late) is not recorded as this page', async () => {
    useFixture('profile-legacy.html');
    let current = true;
    const a = start(LEGACY, { isCurrent: () => current });
    await a.page.scan();
    const source = extractProfile(document, routeOf(LEGACY)).blocks[0]!.source;
    expect(a.page.seen().get(source)?.page).toBe(pageKeyOf(LEGACY));
    // The next page's content arrives before this session hears of the URL change.
    current = false;
    swapTo('profile-sdui.html');
    await a.page.scan();
    const b = navigate(a, SDUI, {}, { prompt: false });
    await b.page.scan();
    expect(b.analyze.calls).toHaveLength(5);
  });

  it('a URL change seen late, the old content still there: what the departing session read is held', async () => {
    useFixture('profile-legacy.html');
    const a = start(LEGACY);
    await a.page.scan();
    const b = navigate(a, SDUI, {}, { prompt: false });
    await b.page.scan();
    expect(b.analyze.calls).toHaveLength(0);
    swapTo('profile-sdui.html');
    await vi.waitFor(() => expect(hosts()).toHaveLength(5));
    expect(b.analyze.calls).toHaveLength(5);
  });
});
