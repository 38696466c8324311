// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocsSidebar, type DocsSidebarProps } from '../../components/docs/DocsSidebar.tsx';
import { initialDocsState, type DocsState } from '../../components/docs/types.ts';
import { sampleReport } from './report-fixture.ts';

afterEach(cleanup);

function setup(state: Partial<DocsState> = {}, props: Partial<DocsSidebarProps> = {}) {
  const callbacks = {
    onCollapse: vi.fn(),
    onRefresh: vi.fn(),
    onRetry: vi.fn(),
    onSelect: vi.fn(),
    onCopy: vi.fn(async () => true),
  };
  const all: DocsSidebarProps = {
    state: { ...initialDocsState(), ...state },
    collapsed: false,
    layout: { top: 113, right: 56 },
    now: () => 1_000_000,
    ...callbacks,
    ...props,
  };
  const view = render(<DocsSidebar {...all} />);
  return { ...view, ...callbacks, props: all };
}

const ready = (): Partial<DocsState> => {
  const { text, report } = sampleReport();
  return { status: { kind: 'ready' }, source: 'export', report, text, updatedAt: 1_000_000 };
};

describe('DocsSidebar states', () => {
  it('loading, as a card rather than an empty panel', () => {
    const { container } = setup();
    expect(container.querySelector('.il-docs-empty')).not.toBeNull();
    expect(screen.getByText('Reading your document…')).toBeTruthy();
    expect(container.querySelector('[data-il-status="loading"]')).not.toBeNull();
  });

  it('sign in, with Try again', () => {
    const { container, onRetry } = setup({ status: { kind: 'signin' }, source: 'export' });
    expect(container.textContent).toContain('Sign in to Google');
    fireEvent.click(screen.getByText('Try again'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('try again, with the countdown to the automatic retry', () => {
    const { container } = setup({ status: { kind: 'retry', retryAt: 1_008_000 }, source: 'export' });
    expect(container.textContent).toContain('Couldn’t read the document.');
    expect(container.textContent).toContain('Trying again in 8 s.');
  });

  it('try again when automatic retries are over', () => {
    const { container } = setup({ status: { kind: 'retry', retryAt: null }, source: 'export' });
    expect(container.textContent).toContain('Click Try again when ready.');
  });

  it('rate limited', () => {
    const { container } = setup({ status: { kind: 'rate-limited', retryAt: 1_030_000 }, source: 'export' });
    expect(container.querySelector('[data-il-status="rate-limited"]')!.textContent).toContain('slow down');
    expect(container.textContent).toContain('Trying again in 30 s.');
  });

  it('unsupported: too long, with the numbers', () => {
    const { container } = setup({ status: { kind: 'too-long', length: 84_213, limit: 60_000 }, source: 'canvas' });
    expect(container.textContent).toContain('Not supported: this document is too long.');
    expect(container.textContent).toContain('84,213 characters');
    expect(container.textContent).toContain('60,000');
  });

  it('suggestion mode is reported', () => {
    const { container } = setup({ ...ready(), suggesting: true });
    expect(container.querySelector('[data-il-notice="suggesting"]')!.textContent).toContain('You are suggesting.');
  });

  it('a failed refresh keeps the previous critique under the banner', () => {
    const { container } = setup({ ...ready(), status: { kind: 'retry', retryAt: null } });
    expect(container.textContent).toContain('Couldn’t refresh the document.');
    expect(container.querySelectorAll('[data-il-bullet]')).toHaveLength(3);
  });
});

describe('DocsSidebar report', () => {
  it('shows the score, the categories and the document findings', () => {
    const { container } = setup(ready());
    expect(container.querySelector('.il-docs-head [data-score]')!.getAttribute('data-score')).toBe('71');
    expect([...container.querySelectorAll('[data-category]')].map((e) => e.textContent)).toEqual(['Impact62', 'Ownership48', 'Clarity85', 'Product70']);
    expect(container.querySelector('[data-il-document-findings] [data-rule="verb-repetition"]')).not.toBeNull();
  });

  it('lists each section’s bullets under their position, with the test contract attributes', () => {
    const { container } = setup(ready());
    expect([...container.querySelectorAll('.il-docs-h')].map((h) => h.textContent)).toEqual(['Whole document', 'Experience', 'Skills']);
    // One heading per position, not per bullet.
    expect([...container.querySelectorAll('.il-docs-subh')].map((h) => h.textContent)).toEqual(['Senior PM · Acme']);
    expect(container.querySelectorAll('.il-docs-group')).toHaveLength(2);
    const bullets = [...container.querySelectorAll('[data-il-bullet]')];
    expect(bullets.map((b) => b.getAttribute('data-il-bullet'))).toEqual([
      'Responsible for the roadmap of the reporting product.',
      'Led a team of 8 engineers to grow weekly active users 35%.',
      'SQL, Figma <img src=x onerror=alert(1)>',
    ]);
    expect(bullets.map((b) => b.getAttribute('data-rules'))).toEqual(['weak-ownership no-metric', '', '']);
  });

  it('opens bullets with findings: each finding with its why, then the rewrite with Copy', async () => {
    const { container, onCopy } = setup(ready());
    const row = container.querySelector('[data-il-key="s0-b0"]')!;
    expect([...row.querySelectorAll('[data-rule]')].map((f) => f.getAttribute('data-rule'))).toEqual(['weak-ownership', 'no-metric']);
    expect(row.textContent).toContain('Why weak-ownership matters.');
    expect(row.textContent).toContain('Owned the reporting roadmap');
    fireEvent.click(row.querySelector('[data-il-action="copy"]')!);
    expect(onCopy).toHaveBeenCalledWith('Owned the reporting roadmap, shipping 4 releases that lifted retention 9%.');
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it('renders page text as text, never as markup', () => {
    const { container } = setup(ready());
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('selects a bullet on click with the annotated canvas only', () => {
    const canvas = setup({ ...ready(), source: 'canvas' });
    fireEvent.click(canvas.container.querySelector('[data-il-key="s0-b1"] [data-il-select]')!);
    expect(canvas.onSelect).toHaveBeenCalledWith(expect.objectContaining({ text: 'Led a team of 8 engineers to grow weekly active users 35%.' }));
    cleanup();
    const exported = setup(ready());
    expect(exported.container.querySelector('[data-il-select]')).toBeNull();
  });

  it('marks the selected bullet, or says when it could not be found', () => {
    const { text } = sampleReport();
    const start = text.indexOf('Led a team');
    const ok = setup({ ...ready(), source: 'canvas', selection: { start, ok: true } });
    expect(ok.container.querySelector('.il-docs-selected')!.getAttribute('data-il-key')).toBe('s0-b1');
    cleanup();
    const failed = setup({ ...ready(), source: 'canvas', selection: { start, ok: false } });
    expect(failed.container.textContent).toContain('This bullet changed in the document');
  });

  it('refresh and collapse', () => {
    const { container, onRefresh, onCollapse } = setup(ready());
    fireEvent.click(container.querySelector('[data-il-action="refresh"]')!);
    expect(onRefresh).toHaveBeenCalled();
    fireEvent.click(container.querySelector('[data-il-action="collapse"]')!);
    expect(onCollapse).toHaveBeenCalledWith(true);
  });

  it('collapsed: a small tab with the score that reopens', () => {
    const { container, onCollapse } = setup(ready(), { collapsed: true });
    expect(container.querySelector('[data-il-bullet]')).toBeNull();
    const tab = container.querySelector('[data-il-action="expand"]')!;
    expect(tab.getAttribute('aria-label')).toBe('Open Impact Lens, resume score 71');
    fireEvent.click(tab);
    expect(onCollapse).toHaveBeenCalledWith(false);
  });

  it('docks below the toolbar and left of the companion rail', () => {
    const { container } = setup(ready());
    const panel = container.querySelector<HTMLElement>('[data-il-sidebar]')!;
    expect(panel.style.top).toBe('113px');
    expect(panel.style.right).toBe('56px');
  });

  it('a refresh updates rows in place: no remount, the user’s toggles and scroll stay', () => {
    const view = setup(ready());
    const body = view.container.querySelector<HTMLElement>('.il-docs-body')!;
    body.scrollTop = 120;
    const row = view.container.querySelector('[data-il-key="s0-b1"]')!;
    fireEvent.click(row.querySelector('.il-marker')!); // open a clean bullet
    const { text, report } = sampleReport();
    const next = { ...report, score: 74, bullets: report.bullets.map((b) => ({ ...b })) };
    view.rerender(<DocsSidebar {...view.props} state={{ ...view.props.state, report: next, text }} />);
    expect(view.container.querySelector('[data-il-key="s0-b1"]')).toBe(row);
    expect(view.container.querySelector('.il-docs-body')).toBe(body);
    expect(row.querySelector('.il-panel')).not.toBeNull();
    expect(body.scrollTop).toBe(120);
    expect(view.container.querySelector('.il-docs-head [data-score]')!.getAttribute('data-score')).toBe('74');
  });
});
