// @vitest-environment happy-dom
// The options page on the real settings module over fakeBrowser storage: every rule listed with
// its id, name and why; switches write storage; a change made elsewhere shows at once; dismissed
// findings restore; corrupt storage renders the defaults; axe finds nothing.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RULE_INFO } from '../../analysis/rule-info.ts';
import { App } from '../../entrypoints/options/App.tsx';
import { getSettings } from '../../utils/settings.ts';
import { axeViolations } from '../support/axe.ts';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const DISMISSED = [
  { ruleId: 'weak-ownership', bulletText: 'Responsible for maintaining the CI pipeline', site: 'linkedin', at: 2 },
  { ruleId: 'no-metric', bulletText: 'Led the onboarding redesign', site: 'googleDocs', at: 1 },
];

async function open() {
  const view = render(<App />);
  await waitFor(() => expect(document.querySelector('.il-options main')).toBeTruthy());
  return view;
}

const ruleSwitch = (id: string) => document.querySelector<HTMLInputElement>(`[data-il-switch="rule-${id}"]`)!;

describe('options', () => {
  it('lists every rule by id, with its name and why, all on by default', async () => {
    await open();
    const rows = [...document.querySelectorAll<HTMLElement>('[data-rule]')];
    expect(rows.map((r) => r.dataset.rule)).toEqual(RULE_INFO.map((r) => r.id));
    for (const rule of RULE_INFO) {
      const row = document.querySelector<HTMLElement>(`.il-setting[data-rule="${rule.id}"]`)!;
      expect(row.textContent).toContain(rule.name);
      expect(row.querySelector('code')!.textContent).toBe(rule.id);
      expect(row.querySelector('.il-setting-why')!.textContent).toBe(rule.why);
      const input = ruleSwitch(rule.id);
      expect(input.checked).toBe(true);
      // The switch is named by the rule and described by its why.
      expect(screen.getByRole('switch', { name: rule.name })).toBe(input);
      expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe(rule.why);
    }
  });

  it('a rule switched off is stored, and on again', async () => {
    await open();
    fireEvent.click(ruleSwitch('no-metric'));
    await waitFor(async () => expect((await getSettings()).disabledRules).toEqual(['no-metric']));
    expect(ruleSwitch('no-metric').checked).toBe(false);
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    fireEvent.click(ruleSwitch('no-metric'));
    await waitFor(async () => expect((await getSettings()).disabledRules).toEqual([]));
  });

  it('lens and site switches are stored; severities follow the lens', async () => {
    await open();
    const techFirst = () => document.querySelector('.il-setting[data-rule="tech-first"] .il-finding-sev')!.textContent;
    expect(techFirst()).toBe('Improve');
    fireEvent.click(screen.getByRole('radio', { name: /Engineer lens/ }));
    fireEvent.click(screen.getByRole('switch', { name: 'Google Docs' }));
    await waitFor(async () => expect(await getSettings()).toMatchObject({ lens: 'engineer', sites: { linkedin: true, googleDocs: false } }));
    expect(techFirst()).toBe('Consider');
  });

  it('a change made elsewhere (the popup, another tab) shows at once', async () => {
    await open();
    await fakeBrowser.storage.local.set({ lens: 'engineer', disabledRules: ['buzzword'] });
    await waitFor(() => expect((screen.getByRole('radio', { name: /Engineer lens/ }) as HTMLInputElement).checked).toBe(true));
    await waitFor(() => expect(ruleSwitch('buzzword').checked).toBe(false));
  });

  it('dismissed findings: listed with rule, site and bullet; Restore and Restore all', async () => {
    await fakeBrowser.storage.local.set({ dismissed: DISMISSED });
    await open();
    const list = screen.getByRole('heading', { name: 'Dismissed findings' }).closest('section')!;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Weak ownership · LinkedIn“Responsible for maintaining the CI pipeline”Restore',
      'No metric · Google Docs“Led the onboarding redesign”Restore',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Restore Weak ownership on “Responsible for maintaining the CI pipeline”' }));
    await waitFor(async () => expect((await getSettings()).dismissed.map((d) => d.ruleId)).toEqual(['no-metric']));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    await fakeBrowser.storage.local.set({ dismissed: DISMISSED });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Restore all' }));
    await waitFor(async () => expect((await getSettings()).dismissed).toEqual([]));
    expect(within(list).getByText(/Nothing dismissed/)).toBeTruthy();
  });

  it('findings about the whole text: listed with where they were dismissed (never a Doc’s id); Restore one', async () => {
    const block = '• Built the service with Kubernetes and React • Built the pipeline with Kafka and Spark • Built dashboards';
    await fakeBrowser.storage.local.set({
      dismissed: [
        { ruleId: 'verb-repetition', scope: 'document', bulletText: block, label: 'Senior Software Engineer · Northwind', site: 'linkedin', at: 4 },
        { ruleId: 'tense-mix', scope: 'document', bulletText: '1popupDocId00000000000000000', label: 'Jordan Rivera - Resume', site: 'googleDocs', at: 3 },
        { ruleId: 'jargon-heavy', scope: 'document', bulletText: '1otherDocId000000000000000', site: 'googleDocs', at: 2 },
        ...DISMISSED,
      ],
    });
    await open();
    const list = screen.getByRole('heading', { name: 'Dismissed findings' }).closest('section')!;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => [i.dataset.scope, i.textContent])).toEqual([
      ['document', `Verb repetition · LinkedIn · whole textSenior Software Engineer · Northwind“${block}”Restore`],
      ['document', 'Tense mix · Google Docs · whole textJordan Rivera - ResumeRestore'],
      ['document', 'Jargon heavy · Google Docs · whole texta Google DocRestore'],
      ['bullet', 'Weak ownership · LinkedIn“Responsible for maintaining the CI pipeline”Restore'],
      ['bullet', 'No metric · Google Docs“Led the onboarding redesign”Restore'],
    ]);
    expect(list.textContent).not.toContain('DocId');
    fireEvent.click(screen.getByRole('button', { name: 'Restore Tense mix on Jordan Rivera - Resume' }));
    await waitFor(async () => expect((await getSettings()).dismissed.map((d) => d.ruleId)).toEqual(['verb-repetition', 'jargon-heavy', 'weak-ownership', 'no-metric']));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(4));
    expect(await axeViolations()).toEqual([]);
  });

  it('corrupt storage renders the defaults, never an error', async () => {
    await fakeBrowser.storage.local.set({ lens: 7, disabledRules: 'all', sites: [], dismissed: { a: 1 } });
    await open();
    expect((screen.getByRole('radio', { name: /Product lens/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('switch').every((s) => (s as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByText(/Nothing dismissed/)).toBeTruthy();
  });

  it('axe: no violations, with and without dismissed findings', async () => {
    await open();
    expect(await axeViolations()).toEqual([]);
    cleanup();
    await fakeBrowser.storage.local.set({ dismissed: DISMISSED, disabledRules: ['buzzword'] });
    await open();
    expect(await axeViolations()).toEqual([]);
  });
});
