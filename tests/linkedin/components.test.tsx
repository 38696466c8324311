// @vitest-environment happy-dom
// The shared components on their own (props in, callbacks out): the attributes other tests rely
// on, keyboard/aria wiring, text-only rendering, Copy/Apply/Undo callbacks.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding as FindingData } from '../../analysis/types.ts';
import { Annotations } from '../../components/Annotations.tsx';
import { Finding, FindingList } from '../../components/Finding.tsx';
import { Marker } from '../../components/Marker.tsx';
import { RewriteBox } from '../../components/RewriteBox.tsx';
import { ScoreBadge } from '../../components/ScoreBadge.tsx';
import { ruleLabel, worstSeverity } from '../../components/severity.ts';

afterEach(cleanup);

const f = (rule: FindingData['rule'], severity: FindingData['severity']): FindingData => ({
  rule, severity, category: 'ownership', start: 0, end: 5, actual: 'x', message: `${rule} message`, why: `${rule} why`, penalty: 10,
});

describe('Marker', () => {
  it('carries data-il-bullet, data-rules (distinct ids), severity and an accessible name', () => {
    const onToggle = vi.fn();
    render(<Marker bullet="Responsible for X" findings={[f('weak-ownership', 'error'), f('no-metric', 'info'), f('no-metric', 'info')]} expanded={false} controls="p1" onToggle={onToggle} />);
    const m = screen.getByRole('button');
    expect(m.dataset.ilBullet).toBe('Responsible for X');
    expect(m.dataset.rules).toBe('weak-ownership no-metric');
    expect(m.dataset.severity).toBe('error');
    expect(m.getAttribute('aria-expanded')).toBe('false');
    expect(m.getAttribute('aria-controls')).toBe('p1');
    expect(m.getAttribute('aria-label')).toBe('3 suggestions for “Responsible for X”');
    expect(m.textContent).toBe('3');
    fireEvent.click(m);
    expect(onToggle).toHaveBeenCalledOnce();
  });
  it('a clean bullet: ok colour, a check, empty data-rules', () => {
    render(<Marker bullet="Cut churn 12%" findings={[]} expanded={false} onToggle={() => {}} />);
    const m = screen.getByRole('button');
    expect(m.dataset.rules).toBe('');
    expect(m.className).toContain('il-sev-ok');
    expect(m.textContent).toBe('✓');
  });
});

describe('Finding / FindingList', () => {
  it('every finding carries data-rule, message and why', () => {
    render(<FindingList findings={[f('weak-ownership', 'warning'), f('buzzword', 'info')]} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((i) => i.dataset.rule)).toEqual(['weak-ownership', 'buzzword']);
    expect(items[0]!.textContent).toContain('weak-ownership message');
    expect(items[0]!.textContent).toContain('weak-ownership why');
    expect(items[0]!.textContent).toContain('Weak ownership');
  });
  it('renders text, never HTML', () => {
    const evil = { ...f('buzzword', 'info'), message: '<img src=x onerror=alert(1)>', why: '<b>bold</b>' };
    const { container } = render(<ul><Finding finding={evil} /></ul>);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
  });
  it('an empty list renders nothing', () => {
    const { container } = render(<FindingList findings={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('RewriteBox', () => {
  it('Copy calls back with the rewrite and confirms', async () => {
    const onCopy = vi.fn(async () => true);
    render(<RewriteBox rewrite="Owned the CI pipeline" onCopy={onCopy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(onCopy).toHaveBeenCalledWith('Owned the CI pipeline');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
  });
  it('Apply and Undo only when provided; Apply disabled with its reason', () => {
    const onApply = vi.fn();
    const onUndo = vi.fn();
    const { rerender } = render(<RewriteBox rewrite="R" onApply={onApply} onUndo={onUndo} />);
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onApply).toHaveBeenCalledOnce();
    expect(onUndo).toHaveBeenCalledOnce();
    rerender(<RewriteBox rewrite="R" onApply={onApply} applyBlocked="Too long" />);
    expect((screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Too long')).toBeTruthy();
  });
});

describe('ScoreBadge and severity helpers', () => {
  it('bands and labels', () => {
    const { container } = render(<ScoreBadge score={83.6} of="About" />);
    const badge = container.querySelector('.il-score')!;
    expect(badge.textContent).toBe('84');
    expect(badge.className).toContain('il-score-strong');
    expect(badge.getAttribute('aria-label')).toBe('Impact score 84 out of 100 for About');
    expect(worstSeverity([f('buzzword', 'info'), f('no-metric', 'warning')])).toBe('warning');
    expect(worstSeverity([])).toBeNull();
    expect(ruleLabel('team-size-only')).toBe('Team size only');
  });
});

describe('Annotations', () => {
  const bullets = [
    { key: '0', text: 'Responsible for X', score: 40, findings: [f('weak-ownership', 'error')], rewrite: 'Owned X, cutting Y 20%' },
    { key: '1', text: 'Cut churn 12%', score: 95, findings: [], rewrite: null },
  ];
  it('summarises, and opens a row by keyboard-reachable marker with findings and rewrite', async () => {
    render(<Annotations subject="Senior PM · Lumen" bullets={bullets} score={67} />);
    expect(screen.getByRole('region', { name: 'Impact Lens: Senior PM · Lumen' })).toBeTruthy();
    expect(screen.getByText('1 of 2 bullets to improve')).toBeTruthy();
    const marker = screen.getAllByRole('button').find((b) => b.dataset.ilBullet === 'Responsible for X')!;
    fireEvent.click(marker);
    await waitFor(() => expect(marker.getAttribute('aria-expanded')).toBe('true'));
    const panel = document.getElementById(marker.getAttribute('aria-controls')!)!;
    expect(panel.querySelector('[data-rule="weak-ownership"]')).not.toBeNull();
    expect(panel.textContent).toContain('Owned X, cutting Y 20%');
  });
  it('Apply per bullet and an Undo notice, when the surface can edit', async () => {
    const onApply = vi.fn();
    const onUndo = vi.fn();
    render(<Annotations subject="d" bullets={bullets} onApply={onApply} notice="Rewrite applied." onUndo={onUndo} initiallyOpen={['0']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApply).toHaveBeenCalledWith('0');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Rewrite applied.');
  });
  it('Dismiss: on each bullet finding, and on each finding about the whole text when the surface can dismiss those', async () => {
    const onDismiss = vi.fn();
    const onDismissDocument = vi.fn();
    const doc = [f('verb-repetition', 'info'), f('tense-mix', 'warning')];
    const { rerender } = render(
      <Annotations subject="d" bullets={bullets} documentFindings={doc} onDismiss={onDismiss} initiallyOpen={['0']} />,
    );
    // Bullet findings only: no Dismiss for the whole text without its callback.
    expect(screen.getAllByRole('button', { name: /^Dismiss/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Dismiss Weak ownership on this bullet']);
    rerender(<Annotations subject="d" bullets={bullets} documentFindings={doc} onDismiss={onDismiss} onDismissDocument={onDismissDocument} initiallyOpen={['0']} />);
    const whole = within(screen.getByRole('list', { name: 'Suggestions for the whole text' }));
    const buttons = whole.getAllByRole('button', { name: /^Dismiss/ });
    expect(buttons.map((b) => [b.getAttribute('aria-label'), b.getAttribute('title')])).toEqual([
      ['Dismiss Verb repetition on this text', 'Not right here? Hide it on this text (Settings can restore it)'],
      ['Dismiss Tense mix on this text', 'Not right here? Hide it on this text (Settings can restore it)'],
    ]);
    fireEvent.click(buttons[1]!);
    expect(onDismissDocument).toHaveBeenCalledWith(doc[1]);
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss Weak ownership on this bullet' }));
    expect(onDismiss).toHaveBeenCalledWith('0', bullets[0]!.findings[0]);
    expect(onDismissDocument).toHaveBeenCalledOnce();
  });
  it('renders nothing for an empty block unless told what to say', () => {
    const { container, rerender } = render(<Annotations subject="d" bullets={[]} />);
    expect(container.innerHTML).toBe('');
    rerender(<Annotations subject="d" bullets={[]} emptyText="Each line is checked as you type." />);
    expect(container.textContent).toContain('Each line is checked as you type.');
  });
});
