// @vitest-environment happy-dom
// The popup in every state, driven through its App with plain functions in place of the browser:
// asking, loading, ready (gauge, bars, counts, top fixes that reveal their bullet), empty, off,
// unsupported (paste and critique), the lens switch, and axe.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { critique } from '../../analysis/index.ts';
import { App, tabFromSearch, type PopupDeps } from '../../entrypoints/popup/App.tsx';
import type { PageState } from '../../utils/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings.ts';
import { axeViolations } from '../support/axe.ts';

afterEach(cleanup);

const READY: PageState = {
  status: 'ready',
  site: 'linkedin',
  score: 64,
  categories: { impact: 55, ownership: 70, clarity: 88, product: 61 },
  bullets: 8,
  counts: { 'weak-ownership': 2, 'no-metric': 5, buzzword: 1 },
  topFixes: [
    { bulletId: 'b0:1', rule: 'weak-ownership', message: 'Says the work was handed to you.', bullet: 'Responsible for maintaining the CI pipeline', gain: 20 },
    { bulletId: 'b1:0', rule: 'no-metric', message: 'Nothing here is quantified.', bullet: 'Worked on various projects with cross-functional teams', gain: 15 },
  ],
};

const page = (over: Partial<PageState>): PageState => ({ ...READY, ...over });

function setup(over: Partial<PopupDeps> & { state?: unknown; settings?: Partial<Settings> } = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...over.settings };
  const watchers = new Set<(s: Settings) => void>();
  const deps: PopupDeps = {
    resolveTab: vi.fn(async () => 42),
    getPageState: vi.fn(async () => over.state ?? READY),
    revealBullet: vi.fn(async () => true),
    analyze: vi.fn(async (req) => ({ ok: true as const, report: critique(req.text, req) })),
    getSettings: vi.fn(async () => settings),
    watchSettings: (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    setLens: vi.fn(async (lens) => {
      settings = { ...settings, lens };
      for (const w of watchers) w(settings);
    }),
    setSiteEnabled: vi.fn(async () => {}),
    openOptions: vi.fn(),
    afterReveal: vi.fn(),
    pollMs: 60_000,
    ...over,
  };
  const view = render(<App deps={deps} />);
  return { ...view, deps };
}

const state = () => document.querySelector('[data-il-state]')?.getAttribute('data-il-state');

describe('tab', () => {
  it('?tab=<id> names the tab to inspect; anything else means the active tab', () => {
    expect(tabFromSearch('?tab=123')).toBe(123);
    expect(tabFromSearch('')).toBeNull();
    expect(tabFromSearch('?tab=abc')).toBeNull();
    expect(tabFromSearch('?tab=-1')).toBeNull();
    expect(tabFromSearch('?tab=1e3')).toBeNull();
  });
});

describe('states', () => {
  it('asking: says so until the tab answers', async () => {
    let answer: ((v: unknown) => void) | undefined;
    setup({ getPageState: () => new Promise((r) => (answer = r)) });
    expect(screen.getByRole('status').textContent).toContain('Looking at this tab');
    await waitFor(() => expect(answer).toBeDefined());
    answer!(READY);
    await waitFor(() => expect(state()).toBe('ready'));
  });

  it('loading: a supported page still critiquing', async () => {
    setup({ state: page({ status: 'loading', score: null, categories: null, bullets: 0, counts: {}, topFixes: [] }) });
    await waitFor(() => expect(state()).toBe('loading'));
    expect(screen.getByRole('status').textContent).toContain('Critiquing this profile');
  });

  it('ready: the gauge, four bars, counts by rule and the top fixes, as the page gave them', async () => {
    const { deps } = setup();
    await waitFor(() => expect(state()).toBe('ready'));
    expect(deps.getPageState).toHaveBeenCalledWith(42);
    expect(screen.getByRole('img', { name: 'Impact score 64 out of 100 for this profile' }).dataset.score).toBe('64');
    const bars = [...document.querySelectorAll('[data-category]')].map((b) => [b.getAttribute('data-category'), b.querySelector('.il-docs-cat-value')!.textContent]);
    expect(bars).toEqual([['impact', '55'], ['ownership', '70'], ['clarity', '88'], ['product', '61']]);
    const counts = [...document.querySelectorAll('.il-count')].map((c) => [c.getAttribute('data-rule'), Number(c.getAttribute('data-count'))]);
    expect(counts).toEqual([['no-metric', 5], ['weak-ownership', 2], ['buzzword', 1]]);
    expect(screen.getByText('8 bullets · 8 findings')).toBeTruthy();
    const fixes = within(screen.getByRole('list', { name: 'Top fixes' })).getAllByRole('button');
    expect(fixes.map((b) => b.dataset.ilFix)).toEqual(['b0:1', 'b1:0']);
    expect(fixes[0]!.textContent).toContain('Weak ownership');
    expect(fixes[0]!.textContent).toContain('“Responsible for maintaining the CI pipeline”');
  });

  it('a top fix asks the tab to reveal its bullet, then gets out of the way', async () => {
    const { deps } = setup();
    await waitFor(() => expect(state()).toBe('ready'));
    fireEvent.click(document.querySelector('[data-il-fix="b1:0"]')!);
    await waitFor(() => expect(deps.afterReveal).toHaveBeenCalledOnce());
    expect(deps.revealBullet).toHaveBeenCalledWith(42, 'b1:0');
  });

  it('a fix whose bullet is gone says so and stays open', async () => {
    const { deps } = setup({ revealBullet: vi.fn(async () => false) });
    await waitFor(() => expect(state()).toBe('ready'));
    fireEvent.click(document.querySelector('[data-il-fix="b0:1"]')!);
    await waitFor(() => expect(screen.getByText(/no longer on the page/)).toBeTruthy());
    expect(deps.afterReveal).not.toHaveBeenCalled();
  });

  it('empty: no experience section found', async () => {
    setup({ state: page({ status: 'empty', score: null, categories: null, bullets: 0, counts: {}, topFixes: [] }) });
    await waitFor(() => expect(state()).toBe('empty'));
    expect(screen.getByRole('status').textContent).toBe('No experience section found — scroll to it or open the details page.');
  });

  it('off: the site is switched off, one click turns it back on', async () => {
    const { deps } = setup({ state: page({ status: 'off', score: null, categories: null, bullets: 0, counts: {}, topFixes: [] }) });
    await waitFor(() => expect(state()).toBe('off'));
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for LinkedIn' }));
    expect(deps.setSiteEnabled).toHaveBeenCalledWith('linkedin', true);
  });

  it('keeps asking while open: the numbers follow the page', async () => {
    const states = [page({ status: 'loading', score: null, categories: null, bullets: 0, counts: {}, topFixes: [] }), READY];
    const getPageState = vi.fn(async () => states.shift() ?? READY);
    setup({ getPageState, pollMs: 5 });
    await waitFor(() => expect(state()).toBe('ready'));
    expect(getPageState.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('a malformed answer is treated as no answer', async () => {
    setup({ state: { status: 'ready', score: 'lots' } });
    await waitFor(() => expect(state()).toBe('none'));
  });
});

describe('unsupported pages: paste and critique', () => {
  it('no content script answers: a text box critiques any text with the current lens and rules', async () => {
    const { deps } = setup({ getPageState: vi.fn(async () => Promise.reject(new Error('No response'))), settings: { disabledRules: ['buzzword'] } });
    await waitFor(() => expect(state()).toBe('none'));
    const box = screen.getByLabelText('Paste a bullet or a whole resume') as HTMLTextAreaElement;
    const go = screen.getByRole('button', { name: 'Critique' }) as HTMLButtonElement;
    expect(go.disabled).toBe(true);
    fireEvent.input(box, { target: { value: 'Responsible for maintaining the CI pipeline' } });
    fireEvent.click(go);
    await waitFor(() => expect(document.querySelector('[data-il-paste-result]')).toBeTruthy());
    expect(deps.analyze).toHaveBeenCalledWith({ text: 'Responsible for maintaining the CI pipeline', lens: 'pm', disabled: ['buzzword'], mode: 'document' });
    const expected = critique('Responsible for maintaining the CI pipeline', { disabled: ['buzzword'] });
    expect(screen.getByRole('img', { name: /for the pasted text/ }).dataset.score).toBe(String(expected.score));
    // One bullet: its annotation opens at once, findings and why included.
    const rules = [...document.querySelectorAll('.il-finding[data-rule]')].map((e) => e.getAttribute('data-rule'));
    expect(rules).toEqual(expected.bullets[0]!.findings.map((f) => f.rule));
    // The result is its own named region (it scrolls inside the popup: popup.css, measured in the
    // e2e), after the text box and Critique, which stay in place.
    const region = screen.getByRole('region', { name: 'Critique of the pasted text' });
    expect(region.contains(screen.getByRole('img', { name: /for the pasted text/ }))).toBe(true);
    expect(region.contains(box) || region.contains(go)).toBe(false);
    // Nothing here can dismiss: a pasted text is not kept anywhere.
    expect(document.querySelector('[data-il-action="dismiss"]')).toBeNull();
  });

  it('the LinkedIn feed is unsupported too, with a hint', async () => {
    setup({ state: page({ status: 'unsupported', score: null, categories: null, bullets: 0, counts: {}, topFixes: [] }) });
    await waitFor(() => expect(state()).toBe('unsupported'));
    expect(screen.getByText(/Open a LinkedIn profile/)).toBeTruthy();
    expect(screen.getByLabelText('Paste a bullet or a whole resume')).toBeTruthy();
  });

  it('a refused critique shows its reason', async () => {
    setup({ getPageState: vi.fn(async () => Promise.reject(new Error('x'))), analyze: vi.fn(async () => ({ ok: false as const, error: 'analyze: text is too long' })) });
    await waitFor(() => expect(state()).toBe('none'));
    fireEvent.input(screen.getByLabelText('Paste a bullet or a whole resume'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Critique' }));
    await waitFor(() => expect(screen.getByText(/Could not critique that text \(analyze: text is too long\)/)).toBeTruthy());
  });

  it('the lens switch re-critiques a pasted text', async () => {
    const { deps } = setup({ getPageState: vi.fn(async () => Promise.reject(new Error('x'))) });
    await waitFor(() => expect(state()).toBe('none'));
    fireEvent.input(screen.getByLabelText('Paste a bullet or a whole resume'), { target: { value: 'Built a React dashboard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Critique' }));
    await waitFor(() => expect(document.querySelector('[data-il-paste-result]')).toBeTruthy());
    fireEvent.click(screen.getByRole('radio', { name: 'Engineer' }));
    await waitFor(() => expect(deps.analyze).toHaveBeenLastCalledWith(expect.objectContaining({ lens: 'engineer' })));
    await waitFor(() => expect(document.querySelector('.il-finding[data-rule="tech-first"]')?.getAttribute('data-severity')).toBe('info'));
  });
});

describe('lens and settings', () => {
  it('the lens switch writes the setting and shows the stored lens', async () => {
    const { deps } = setup({ settings: { lens: 'engineer' } });
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Engineer' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('radio', { name: 'PM' }));
    expect(deps.setLens).toHaveBeenCalledWith('pm');
    expect((screen.getByRole('radio', { name: 'PM' }) as HTMLInputElement).checked).toBe(true);
  });

  it('Settings opens the options page', async () => {
    const { deps } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(deps.openOptions).toHaveBeenCalledOnce();
  });
});

describe('accessibility (axe)', () => {
  const STATES: Array<[string, Partial<PopupDeps> & { state?: unknown }]> = [
    ['ready', {}],
    ['loading', { state: page({ status: 'loading', score: null, categories: null, bullets: 0, counts: {}, topFixes: [] }) }],
    ['empty', { state: page({ status: 'empty', score: null, categories: null, bullets: 0, counts: {}, topFixes: [] }) }],
    ['off', { state: page({ status: 'off', score: null, categories: null, bullets: 0, counts: {}, topFixes: [] }) }],
    ['none', { getPageState: vi.fn(async () => Promise.reject(new Error('x'))) }],
  ];
  // Structure, names and roles here; colours (light and dark) in Chromium: tests/e2e/popup.e2e.test.ts.
  it.each(STATES)('%s: no violations', async (name, over) => {
    setup(over);
    await waitFor(() => expect(state()).toBe(name));
    expect(await axeViolations()).toEqual([]);
  });

  it('axe is awake: it does flag a nameless button', async () => {
    render(<button type="button" />);
    expect((await axeViolations()).join()).toContain('button-name');
  });

  it('a pasted text with its critique: no violations', async () => {
    setup({ getPageState: vi.fn(async () => Promise.reject(new Error('x'))) });
    await waitFor(() => expect(state()).toBe('none'));
    fireEvent.input(screen.getByLabelText('Paste a bullet or a whole resume'), { target: { value: 'Responsible for X\nWorked on various projects' } });
    fireEvent.click(screen.getByRole('button', { name: 'Critique' }));
    await waitFor(() => expect(document.querySelector('[data-il-paste-result]')).toBeTruthy());
    expect(await axeViolations()).toEqual([]);
  });
});
