// @vitest-environment happy-dom
// The content script's page session on the fixtures, with a fake engine and plain shadow hosts:
// every bullet gets a marker with data-il-bullet/data-rules, findings carry data-rule, panels show
// why + rewrite + Copy, LinkedIn's nodes are never changed, navigation tears everything down,
// lazily loaded sections get annotated, edit fields follow typing with Apply/Undo.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeRequest } from '../../utils/protocol.ts';
import { analyzeClient } from '../../entrypoints/linkedin.content/analyze.ts';
import { mountPlainHost } from '../../entrypoints/linkedin.content/mount.ts';
import { startPage, type PageOptions } from '../../entrypoints/linkedin.content/page.ts';
import { fakeAnalyze, fakeCritique } from './fake-engine.ts';
import { fixtureHtml, useFixture } from './fixtures.ts';

const PROFILE_URL = new URL('https://www.linkedin.com/in/maria-jose-nunez/');
const sessions: AbortController[] = [];
afterEach(() => sessions.splice(0).forEach((c) => c.abort()));

function start(url: URL, extra: Partial<PageOptions> = {}) {
  const controller = new AbortController();
  sessions.push(controller);
  const analyze = fakeAnalyze();
  const page = startPage({ url, doc: document, signal: controller.signal, analyze, mount: mountPlainHost, scanDebounceMs: 10, typingDebounceMs: 10, ...extra });
  return { page, controller, analyze };
}

const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('*')).filter((el) => el.tagName.toLowerCase().startsWith('impact-lens-'));
const markers = () => hosts().flatMap((h) => Array.from(h.shadowRoot!.querySelectorAll<HTMLElement>('[data-il-bullet]')));
const marker = (bullet: string) => markers().find((m) => m.dataset.ilBullet === bullet);

/** The page as LinkedIn rendered it: our hosts taken out. */
function pageWithoutHosts(): string {
  const clone = document.body.cloneNode(true) as HTMLElement;
  for (const el of Array.from(clone.querySelectorAll('*'))) if (el.tagName.toLowerCase().startsWith('impact-lens-')) el.remove();
  return clone.innerHTML;
}

describe('profile annotations', () => {
  it('legacy: one host per block, a marker per bullet, weak bullets flagged', async () => {
    useFixture('profile-legacy.html');
    const { page } = start(PROFILE_URL);
    await page.scan();
    expect(page.status).toMatchObject({ markup: 'legacy', blocks: 6 });
    expect(hosts()).toHaveLength(6);
    for (const h of hosts()) {
      expect(h.tagName.toLowerCase()).toBe('impact-lens-annotations');
      expect(h.shadowRoot).not.toBeNull();
    }
    const weak = marker('Responsible for maintaining the CI pipeline');
    expect(weak).toBeDefined();
    expect(weak!.dataset.rules!.split(' ')).toEqual(['weak-ownership', 'no-metric']);
    expect(marker('Was tasked with improving the checkout flow')!.dataset.rules).toContain('weak-ownership');
    expect(marker('📈 Built a churn model in Python that flagged 3,000 at-risk sellers; retention outreach saved ¥40M in GMV 🎯')!.dataset.rules).toBe('');
    // Every bullet of the first position has its marker, text as extracted (marker stripped).
    for (const b of ['Led the redesign of patient onboarding, lifting 30-day activation from 41% to 58% across 120k new users.', 'Managed a team of 8 engineers', 'Utilized cutting-edge synergies to leverage best-in-class solutions']) {
      expect(marker(b), b).toBeDefined();
    }
  });

  it('opening a marker shows findings (data-rule, message, why), the rewrite and Copy; keyboard-reachable buttons', async () => {
    useFixture('profile-legacy.html');
    const { page } = start(PROFILE_URL);
    await page.scan();
    const m = marker('Responsible for maintaining the CI pipeline')!;
    expect(m.tagName).toBe('BUTTON');
    expect(m.getAttribute('aria-expanded')).toBe('false');
    expect(m.getAttribute('aria-label')).toMatch(/2 suggestions/);
    m.click();
    await vi.waitFor(() => expect(m.getAttribute('aria-expanded')).toBe('true'));
    const root = m.getRootNode() as ShadowRoot;
    const panel = root.getElementById(m.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeNull();
    const findings = Array.from(panel.querySelectorAll<HTMLElement>('[data-rule]'));
    expect(findings.map((f) => f.dataset.rule)).toEqual(['weak-ownership', 'no-metric']);
    expect(findings[0]!.textContent).toContain('Says what you were assigned');
    expect(findings[0]!.querySelector('.il-finding-why')!.textContent).toMatch(/^Why:/);
    expect(panel.querySelector('.il-rewrite-text')!.textContent).toBe('Owned maintaining the CI pipeline, cutting lead time 30%');
    expect(panel.querySelector('[data-il-action="copy"]')!.tagName).toBe('BUTTON');
    expect(panel.querySelector('[data-il-action="apply"]')).toBeNull(); // profiles are read-only
  });

  it('new markup (SDUI): headline, About and every position annotated', async () => {
    useFixture('profile-sdui.html');
    const { page } = start(new URL('https://www.linkedin.com/in/aleksei-smirnov/'));
    await page.scan();
    expect(page.status).toMatchObject({ markup: 'sdui', blocks: 5 });
    expect(hosts()).toHaveLength(5);
    expect(marker('Responsible for maintaining the CI pipeline')!.dataset.rules).toContain('weak-ownership');
    expect(marker('Was responsible for the payments API')!.dataset.rules).toContain('weak-ownership');
    expect(marker('Hired and grew a team of 11 engineers across 4 time zones 🌍')).toBeDefined();
  });

  it('never changes LinkedIn nodes: only our hosts are added, as siblings', async () => {
    useFixture('profile-legacy.html');
    const before = document.body.innerHTML;
    const { page } = start(PROFILE_URL);
    await page.scan();
    expect(hosts().length).toBeGreaterThan(0);
    expect(pageWithoutHosts()).toBe(before);
  });

  it('renders page text as text, never as HTML', async () => {
    useFixture('profile-sdui.html');
    const box = document.querySelector('[data-testid="expandable-text-box"]')!;
    box.textContent = '• Responsible for <img src=x onerror="window.__pwned=1"> and <b>bold</b>';
    const { page } = start(new URL('https://www.linkedin.com/in/aleksei-smirnov/'));
    await page.scan();
    const m = marker('Responsible for <img src=x onerror="window.__pwned=1"> and <b>bold</b>')!;
    const root = m.getRootNode() as ShadowRoot;
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x');
  });

  it('is idempotent: scanning again keeps the same hosts', async () => {
    useFixture('profile-legacy.html');
    const { page, analyze } = start(PROFILE_URL);
    await page.scan();
    const first = hosts();
    const calls = analyze.calls.length;
    await page.scan();
    expect(hosts()).toEqual(first);
    expect(analyze.calls.length).toBe(calls);
  });

  it('sends each block once, in document mode (headline as lines), and maps bullets back by offsets', async () => {
    useFixture('profile-legacy.html');
    const { page, analyze } = start(PROFILE_URL);
    await page.scan();
    expect(analyze.calls.map((c) => c.mode)).toEqual(['lines', 'document', 'document', 'document', 'document', 'document']);
  });
});

describe('SPA navigation and lazy sections', () => {
  it('teardown on navigation: exactly one set of annotations for the new profile', async () => {
    useFixture('profile-legacy.html');
    const a = start(PROFILE_URL);
    await a.page.scan();
    expect(hosts()).toHaveLength(6);
    // LinkedIn swaps the page, then the content script gets wxt:locationchange.
    document.body.innerHTML = new DOMParser().parseFromString(fixtureHtml('profile-sdui.html'), 'text/html').body.innerHTML;
    a.controller.abort();
    expect(hosts()).toHaveLength(0);
    const b = start(new URL('https://www.linkedin.com/in/aleksei-smirnov/'));
    await b.page.scan();
    expect(hosts()).toHaveLength(5);
    expect(marker('Led the redesign of patient onboarding, lifting 30-day activation from 41% to 58% across 120k new users.')).toBeUndefined();
  });

  it('an answer arriving after navigation is dropped', async () => {
    useFixture('profile-legacy.html');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async (req: AnalyzeRequest) => {
      await gate;
      return fakeCritique(req);
    };
    const a = start(PROFILE_URL, { analyze: slow });
    const done = a.page.scan();
    a.controller.abort();
    release();
    await done;
    expect(hosts()).toHaveLength(0);
  });

  it('a lazily loaded page of the details list gets annotated', async () => {
    useFixture('details-experience-legacy.html');
    const { page } = start(new URL('https://www.linkedin.com/in/hanako-yamada/details/experience/'));
    await page.scan();
    expect(hosts()).toHaveLength(5);
    const more = new DOMParser().parseFromString(`<ul>${fixtureHtml('details-experience-legacy.page2.html')}</ul>`, 'text/html');
    document.querySelector('ul.pvs-list')!.append(...Array.from(more.querySelector('ul')!.children));
    await vi.waitFor(() => expect(hosts()).toHaveLength(6), { timeout: 2000 });
    expect(marker('Responsible for restocking shelves')!.dataset.rules).toContain('weak-ownership');
  });

  it('pages with nothing to critique are left untouched', async () => {
    useFixture('feed.html');
    const before = document.body.innerHTML;
    const { page, analyze } = start(new URL('https://www.linkedin.com/feed/'));
    await page.scan();
    expect(hosts()).toHaveLength(0);
    expect(analyze.calls).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('a worker that fails at first is retried, and a refusal is reported, not thrown', async () => {
    useFixture('profile-legacy.html');
    let failures = 2;
    const send = async (req: AnalyzeRequest) => {
      if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true as const, report: fakeCritique(req) };
    };
    const { page } = start(PROFILE_URL, { analyze: analyzeClient(send, { delayMs: 1 }) });
    await page.scan();
    expect(hosts()).toHaveLength(6);

    const reported: unknown[] = [];
    useFixture('profile-sdui.html');
    const refused = analyzeClient(async () => ({ ok: false as const, error: 'analyze: bad' }), { delayMs: 1 });
    const b = start(new URL('https://www.linkedin.com/in/aleksei-smirnov/'), { analyze: refused, report: (e) => reported.push(e) });
    await b.page.scan();
    expect(reported.length).toBeGreaterThan(0);
  });
});

describe('edit form', () => {
  const EDIT_URL = new URL('https://www.linkedin.com/in/maria-jose-nunez/edit/forms/position/2084137629/');
  const textarea = () => document.querySelector<HTMLTextAreaElement>('textarea[id$="-description"]')!;
  const editor = () => document.querySelector<HTMLElement>('impact-lens-editor')!;
  const editorMarkers = () => Array.from(editor().shadowRoot!.querySelectorAll<HTMLElement>('[data-il-bullet]')).map((m) => m.dataset.ilBullet);

  it('annotates the description per bullet, right after its field group', async () => {
    useFixture('edit-position-legacy.html');
    const { page } = start(EDIT_URL);
    await page.scan();
    await vi.waitFor(() => expect(editor()).not.toBeNull());
    expect(editor().previousElementSibling!.classList.contains('pe-form-field')).toBe(true);
    await vi.waitFor(() => expect(editorMarkers()).toHaveLength(3));
  });

  it('follows typing (debounced)', async () => {
    useFixture('edit-position-legacy.html');
    const { page } = start(EDIT_URL);
    await page.scan();
    await vi.waitFor(() => expect(editorMarkers()).toHaveLength(3));
    textarea().value += '\n• Helped with hiring';
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(editorMarkers()).toContain('Helped with hiring'));
    const m = Array.from(editor().shadowRoot!.querySelectorAll<HTMLElement>('[data-il-bullet]')).find((x) => x.dataset.ilBullet === 'Helped with hiring')!;
    expect(m.dataset.rules).toContain('weak-ownership');
  });

  it('Apply replaces exactly that bullet; Undo restores the exact original text', async () => {
    useFixture('edit-position-legacy.html');
    const original = textarea().value;
    const { page } = start(EDIT_URL);
    await page.scan();
    await vi.waitFor(() => expect(editorMarkers()).toHaveLength(3));
    const root = editor().shadowRoot!;
    const m = Array.from(root.querySelectorAll<HTMLElement>('[data-il-bullet]')).find((x) => x.dataset.ilBullet === 'Responsible for maintaining the CI pipeline')!;
    m.click();
    await vi.waitFor(() => expect(root.querySelector('[data-il-action="apply"]')).not.toBeNull());
    (root.querySelector('[data-il-action="apply"]') as HTMLButtonElement).click();
    expect(textarea().value).toBe(original.replace('Responsible for maintaining the CI pipeline', 'Owned maintaining the CI pipeline, cutting lead time 30%'));
    await vi.waitFor(() => expect(root.querySelector('[data-il-action="undo"]')).not.toBeNull());
    (root.querySelector('[data-il-action="undo"]') as HTMLButtonElement).click();
    expect(textarea().value).toBe(original);
    await vi.waitFor(() => expect(root.querySelector('.il-notice')!.textContent).toContain('Restored your text.'));
  });

  it('Apply is disabled, with the reason, when the rewrite would pass the 2,000-character limit', async () => {
    useFixture('edit-position-legacy.html');
    const ta = textarea();
    ta.value = `• Responsible for maintaining the CI pipeline\n• ${'Shipped 12 features. '.repeat(93)}`.slice(0, 1990);
    const { page } = start(EDIT_URL);
    await page.scan();
    await vi.waitFor(() => expect(editor()).not.toBeNull());
    const root = editor().shadowRoot!;
    await vi.waitFor(() => expect(root.querySelector('[data-il-bullet="Responsible for maintaining the CI pipeline"]')).not.toBeNull());
    (root.querySelector('[data-il-bullet="Responsible for maintaining the CI pipeline"]') as HTMLElement).click();
    await vi.waitFor(() => expect(root.querySelector('[data-il-action="apply"]')).not.toBeNull());
    const apply = root.querySelector<HTMLButtonElement>('[data-il-action="apply"]')!;
    expect(apply.disabled).toBe(true);
    expect(root.querySelector('.il-note')!.textContent).toMatch(/2,000/);
  });

  it('the editor host goes away with its form, and on navigation', async () => {
    useFixture('edit-position-legacy.html');
    const { page, controller } = start(EDIT_URL);
    await page.scan();
    await vi.waitFor(() => expect(editor()).not.toBeNull());
    controller.abort();
    expect(document.querySelector('impact-lens-editor')).toBeNull();
  });
});
