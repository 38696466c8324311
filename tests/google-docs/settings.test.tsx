// @vitest-environment happy-dom
// Settings on Google Docs: the controller critiques again when lens or rules change; the popup's
// numbers for a document are the sidebar's; a top fix opens its row; a finding can be dismissed
// from the sidebar; settings read and followed through utils/site-settings.ts.
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { critique } from '../../analysis/index.ts';
import { DocsSidebar, type DocsSidebarProps } from '../../components/docs/DocsSidebar.tsx';
import { initialDocsState, type DocsState } from '../../components/docs/types.ts';
import { DocsController, type ControllerDeps } from '../../entrypoints/google-docs.content/controller.ts';
import { docsPageState, revealRow, sidebarBullets } from '../../entrypoints/google-docs.content/page-state.ts';
import { normalizeExportText } from '../../utils/docs/export-text.ts';
import type { AnalyzeRequest } from '../../utils/protocol.ts';
import { SiteSettings } from '../../utils/site-settings.ts';
import { getSettings, setLens, setRuleEnabled } from '../../utils/settings.ts';

const TEXT = normalizeExportText(readFileSync(join(import.meta.dirname, '../fixtures/google-docs/export-resume.txt'), 'utf8')).text;
const WEAK = 'Responsible for the roadmap of the reporting product.';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const ready = (report = critique(TEXT)): DocsState => ({ ...initialDocsState(), status: { kind: 'ready' }, source: 'export', report, text: TEXT });

describe('DocsController.recritique', () => {
  function controller(analyze: ControllerDeps['analyze']) {
    return new DocsController({
      ref: { docId: '1fixtureDocId0123456789abcdef' },
      analyze,
      fetchExport: async () => ({ ok: true, text: TEXT }),
      createBridge: () => null,
      now: () => 0,
      random: () => 0.5,
      setTimer: () => 0,
      clearTimer: () => {},
      isVisible: () => true,
    });
  }

  it('critiques the same text again with the current settings; nothing to do before a text', async () => {
    const prefs = new SiteSettings('googleDocs', () => {});
    const calls: AnalyzeRequest[] = [];
    const send = prefs.wrap(async (request: AnalyzeRequest) => (calls.push(request), { ok: true as const, report: critique(request.text, request) }));
    const c = controller((text) => send({ text, mode: 'document' }));
    c.recritique(); // no source, no text yet
    expect(calls).toHaveLength(0);
    c.start();
    await vi.waitFor(() => expect(c.current.status.kind).toBe('ready'));
    expect(calls.at(-1)!.lens).toBe('pm');
    await setLens('engineer');
    await setRuleEnabled('buzzword', false);
    await vi.waitFor(() => expect(prefs.current.lens).toBe('engineer'));
    await vi.waitFor(() => expect(prefs.current.disabledRules).toEqual(['buzzword']));
    c.recritique();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toMatchObject({ text: calls[0]!.text, lens: 'engineer', disabled: ['buzzword'] });
    await vi.waitFor(() => expect(c.current.report!.lens).toBe('engineer'));
    prefs.dispose();
    c.dispose();
  });
});

describe('docsPageState', () => {
  it('off, loading, and a plain note when the document cannot be read', () => {
    expect(docsPageState(false, ready(), null).status).toBe('off');
    expect(docsPageState(true, initialDocsState(), null).status).toBe('loading');
    const signin = docsPageState(true, { ...initialDocsState(), status: { kind: 'signin' } }, null);
    expect(signin).toMatchObject({ status: 'empty', note: expect.stringMatching(/^Sign in to Google/) });
  });

  it("ready: the sidebar's score, bullets and findings; fix ids are the sidebar's row keys", () => {
    const report = critique(TEXT);
    const s = docsPageState(true, ready(report), report);
    expect(s.status).toBe('ready');
    expect(s.score).toBe(report.score);
    expect(s.categories).toEqual(report.categories);
    expect(s.bullets).toBe(report.bullets.length);
    const all = [...report.bullets.flatMap((b) => b.findings), ...report.documentFindings];
    const counts: Record<string, number> = {};
    for (const f of all) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
    expect(s.counts).toEqual(counts);
    const keys = sidebarBullets(report).map((b) => b.key);
    for (const fix of s.topFixes) expect(keys).toContain(fix.bulletId);
  });
});

describe('the sidebar with settings', () => {
  function sidebar(state: DocsState, onDismiss: DocsSidebarProps['onDismiss'] = vi.fn()) {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    render(
      <DocsSidebar state={state} collapsed={false} layout={{ top: 0, right: 0 }} onCollapse={() => {}} onRefresh={() => {}} onRetry={() => {}} onDismiss={onDismiss} />,
      { container },
    );
    return { shadow, onDismiss };
  }

  it('a top fix opens its row, scrolled to and focused', async () => {
    const report = critique(TEXT);
    const { shadow } = sidebar(ready(report));
    const fix = docsPageState(true, ready(report), report).topFixes[0]!;
    const row = shadow.querySelector<HTMLElement>(`[data-il-key="${fix.bulletId}"]`)!;
    const marker = row.querySelector<HTMLElement>('.il-marker')!;
    fireEvent.click(marker); // rows with findings start open: close it first
    expect(marker.getAttribute('aria-expanded')).toBe('false');
    row.scrollIntoView = vi.fn();
    expect(revealRow(shadow, fix.bulletId)).toBe(true);
    await vi.waitFor(() => expect(marker.getAttribute('aria-expanded')).toBe('true'));
    expect(row.scrollIntoView).toHaveBeenCalled();
    expect(shadow.activeElement).toBe(marker);
    expect(revealRow(shadow, 'no-such-key')).toBe(false);
  });

  it('Dismiss on a finding: stored for Google Docs, then presented without it and rescored', async () => {
    const changes: string[] = [];
    const prefs = new SiteSettings('googleDocs', (c) => changes.push(JSON.stringify(c)));
    await prefs.ready;
    const report = critique(TEXT);
    const { shadow } = sidebar(ready(report), (bullet, finding) => prefs.dismiss(bullet, finding, () => {}));
    const row = Array.from(shadow.querySelectorAll<HTMLElement>('.il-docs-row')).find((r) => r.textContent!.includes(WEAK))!;
    const button = row.querySelector<HTMLButtonElement>('.il-finding[data-rule="weak-ownership"] [data-il-action="dismiss"]')!;
    fireEvent.click(button);
    await vi.waitFor(async () => expect((await getSettings()).dismissed).toMatchObject([{ ruleId: 'weak-ownership', bulletText: WEAK, site: 'googleDocs' }]));
    const shown = prefs.present(report);
    const bullet = shown.bullets.find((b) => b.text === WEAK)!;
    expect(bullet.findings.map((f) => f.rule)).not.toContain('weak-ownership');
    expect(shown.score).toBeGreaterThan(report.score);
    // LinkedIn's dismissals are LinkedIn's: the same bullet there keeps the finding.
    const linkedIn = new SiteSettings('linkedin', () => {});
    await linkedIn.ready;
    expect(linkedIn.present(report).bullets.find((b) => b.text === WEAK)!.findings.map((f) => f.rule)).toContain('weak-ownership');
    prefs.dispose();
    linkedIn.dispose();
  });

  it('Dismiss on a finding about the whole document: for this document (its id), under its title, rescored', async () => {
    // Three bullets open with "Built": verb repetition, a finding about the whole document.
    const text = normalizeExportText(
      readFileSync(join(import.meta.dirname, '../fixtures/google-docs/export-resume.txt'), 'utf8').replace(
        '* Cut checkout drop-off',
        '* Built the card form in React.\n* Built the fraud rules with the risk team.\n* Built a payouts dashboard for merchants.\n* Cut checkout drop-off',
      ),
    ).text;
    const report = critique(text);
    expect(report.documentFindings.map((f) => f.rule)).toEqual(['verb-repetition']);
    const prefs = new SiteSettings('googleDocs', () => {});
    await prefs.ready;
    const scope = { text: '1fixtureDocId0123456789abcdef', label: 'Jordan Rivera - Resume' };
    const host = document.createElement('div');
    document.body.append(host);
    const onDismissDocument = vi.fn((finding) => prefs.dismissDocument(scope, finding, () => {}));
    render(
      <DocsSidebar
        state={ready(report)} collapsed={false} layout={{ top: 0, right: 0 }} onCollapse={() => {}} onRefresh={() => {}} onRetry={() => {}}
        onDismiss={vi.fn()} onDismissDocument={onDismissDocument}
      />,
      { container: host },
    );
    const whole = host.querySelector<HTMLElement>('[data-il-document-findings]')!;
    const button = whole.querySelector<HTMLButtonElement>('.il-finding[data-rule="verb-repetition"] [data-il-action="dismiss"]')!;
    expect(button.getAttribute('aria-label')).toBe('Dismiss Verb repetition in this document');
    fireEvent.click(button);
    expect(onDismissDocument).toHaveBeenCalledOnce();
    await vi.waitFor(async () =>
      expect((await getSettings()).dismissed).toEqual([
        { ruleId: 'verb-repetition', scope: 'document', bulletText: scope.text, label: scope.label, site: 'googleDocs', at: expect.any(Number) },
      ]),
    );
    const shown = prefs.present(report, scope);
    expect(shown.documentFindings.map((f) => f.rule)).not.toContain('verb-repetition');
    // Rescored as the engine scores the document without that rule.
    expect(shown.score).toBe(critique(text, { disabled: ['verb-repetition'] }).score);
    expect(shown.score).toBeGreaterThan(report.score);
    // The page state the popup reads follows the sidebar.
    expect(docsPageState(true, ready(report), shown).score).toBe(shown.score);
    expect(docsPageState(true, ready(report), shown).counts['verb-repetition']).toBeUndefined();
    // Another document (another id), whatever its text: still flagged.
    expect(prefs.present(report, { text: '1anotherDocId0123456789abcdef' }).documentFindings.map((f) => f.rule)).toContain('verb-repetition');
    prefs.dispose();
  });
});
