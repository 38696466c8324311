// A content script's settings (utils/site-settings.ts) over fakeBrowser storage: document findings
// (about the whole text) dismissed for one block or document, rescored with the engine's own
// formulas (analysis/adjust.ts); subscribers hear of every change; LinkedIn's one settings object.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { critique } from '../../analysis/index.ts';
import type { Finding } from '../../analysis/types.ts';
import { currentLinkedInSettings, linkedInSettings } from '../../entrypoints/linkedin.content/settings.ts';
import { getSettings, restore } from '../../utils/settings.ts';
import { SiteSettings, type SettingsChange } from '../../utils/site-settings.ts';

// Three bullets open with "Built": one document finding, verb repetition.
const BLOCK = [
  '• Built the service with Kubernetes and React',
  '• Built the pipeline with Kafka and Spark',
  '• Built dashboards for the sales team',
  '• Cut churn 12% by calling at-risk accounts',
].join('\n');
const OTHER = BLOCK.replace('sales team', 'finance team');

const cleanups: Array<() => void> = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function settings(site: 'linkedin' | 'googleDocs' = 'linkedin') {
  const changes: SettingsChange[] = [];
  const prefs = new SiteSettings(site, (c) => changes.push(c));
  cleanups.push(() => prefs.dispose());
  await prefs.ready;
  return { prefs, changes };
}

const repetition = (findings: readonly Finding[]) => findings.find((f) => f.rule === 'verb-repetition');

describe('document findings dismissed for one block', () => {
  it.each(['pm', 'engineer'] as const)('are gone from that block only, and the score is the engine’s without them (%s lens)', async (lens) => {
    const report = critique(BLOCK, { mode: 'document', lens });
    const finding = repetition(report.documentFindings)!;
    expect(finding).toBeDefined();
    const { prefs } = await settings();
    prefs.current = { ...prefs.current, lens };
    prefs.dismissDocument({ text: BLOCK, label: 'Senior PM · Lumen Health' }, finding, () => {});

    const shown = prefs.present(report, { text: BLOCK });
    expect(repetition(shown.documentFindings)).toBeUndefined();
    // The engine's own numbers with that rule switched off: same score, same categories.
    const off = critique(BLOCK, { mode: 'document', lens, disabled: ['verb-repetition'] });
    expect(shown.score).toBe(off.score);
    expect(shown.score).toBeGreaterThan(report.score);
    expect(shown.categories).toEqual(off.categories);
    // Bullets untouched.
    expect(shown.bullets).toEqual(report.bullets);

    // Another block (other text), or no block given: still there, at the engine's score.
    const other = critique(OTHER, { mode: 'document', lens });
    expect(repetition(prefs.present(other, { text: OTHER }).documentFindings)).toBeDefined();
    expect(prefs.present(report).score).toBe(report.score);
    expect(repetition(prefs.present(report).documentFindings)).toBeDefined();
  });

  it('is stored for the site, with its label; a bullet dismissal of the same rule and text hides no document finding', async () => {
    const report = critique(BLOCK, { mode: 'document' });
    const { prefs } = await settings();
    prefs.dismiss({ text: BLOCK }, repetition(report.documentFindings)!, () => {});
    expect(repetition(prefs.present(report, { text: BLOCK }).documentFindings)).toBeDefined();
    prefs.dismissDocument({ text: BLOCK, label: 'Position description' }, repetition(report.documentFindings)!, () => {});
    await vi.waitFor(async () => expect((await getSettings()).dismissed).toHaveLength(2));
    expect((await getSettings()).dismissed[0]).toEqual({
      ruleId: 'verb-repetition',
      scope: 'document',
      bulletText: BLOCK.replace(/\s+/g, ' '),
      label: 'Position description',
      site: 'linkedin',
      at: expect.any(Number),
    });
    // Google Docs keeps its own: the same text there is not dismissed.
    const { prefs: docs } = await settings('googleDocs');
    expect(repetition(docs.present(report, { text: BLOCK }).documentFindings)).toBeDefined();
    // A fresh page reads it from storage.
    const { prefs: reloaded } = await settings();
    expect(repetition(reloaded.present(report, { text: BLOCK }).documentFindings)).toBeUndefined();
  });

  it('restored elsewhere (the options page): the finding is back and onChange hears it', async () => {
    const report = critique(BLOCK, { mode: 'document' });
    const { prefs, changes } = await settings();
    prefs.dismissDocument({ text: BLOCK }, repetition(report.documentFindings)!, () => {});
    await vi.waitFor(async () => expect((await getSettings()).dismissed).toHaveLength(1));
    await restore({ ruleId: 'verb-repetition', scope: 'document', bulletText: BLOCK, site: 'linkedin' });
    await vi.waitFor(() => expect(repetition(prefs.present(report, { text: BLOCK }).documentFindings)).toBeDefined());
    expect(changes.at(-1)).toEqual({ site: false, critique: false, shown: true });
  });
});

describe('subscribe', () => {
  it('hears a dismissal made on this page at once, and every stored change after onChange', async () => {
    const { prefs } = await settings();
    const order: string[] = [];
    const shown = vi.fn(() => order.push('shown'));
    const heard: SettingsChange[] = [];
    const stop = prefs.subscribe((c) => {
      heard.push(c);
      order.push('subscriber');
    });
    const report = critique('Responsible for the CI pipeline', { mode: 'lines' });
    prefs.dismiss({ text: 'Responsible for the CI pipeline' }, report.bullets[0]!.findings[0]!, shown);
    // Synchronously: the dismissing surface first, then the page's other surfaces.
    expect(order).toEqual(['shown', 'subscriber']);
    expect(heard).toEqual([{ site: false, critique: false, shown: true }]);
    // Then storage reports the write: heard again.
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    stop();
    await restore('all');
    await vi.waitFor(async () => expect((await getSettings()).dismissed).toEqual([]));
    await new Promise((r) => setTimeout(r, 10));
    expect(heard).toHaveLength(2);
  });

  it('one failing subscriber does not keep the others from hearing; dispose silences them all', async () => {
    const { prefs } = await settings();
    const second = vi.fn();
    prefs.subscribe(() => {
      throw new Error('boom');
    });
    prefs.subscribe(second);
    const report = critique('Responsible for the CI pipeline', { mode: 'lines' });
    expect(() => prefs.dismiss({ text: 'x' }, report.bullets[0]!.findings[0]!, () => {})).not.toThrow();
    expect(second).toHaveBeenCalledOnce();
    prefs.dispose();
    prefs.dismiss({ text: 'y' }, report.bullets[0]!.findings[0]!, () => {});
    expect(second).toHaveBeenCalledOnce();
  });
});

describe('LinkedIn: one settings object per content script', () => {
  it('the newest made is the one in use until disposed', async () => {
    expect(currentLinkedInSettings()).toBeNull();
    const a = linkedInSettings(() => {});
    expect(currentLinkedInSettings()).toBe(a);
    const b = linkedInSettings(() => {});
    expect(currentLinkedInSettings()).toBe(b);
    a.dispose(); // an older one going away leaves the one in use
    expect(currentLinkedInSettings()).toBe(b);
    b.dispose();
    expect(currentLinkedInSettings()).toBeNull();
    await Promise.all([a.ready, b.ready]);
  });

  it('matches bullets with their list marker stripped, as the markers show them', async () => {
    const prefs = linkedInSettings(() => {});
    cleanups.push(() => prefs.dispose());
    await prefs.ready;
    const report = critique('• Responsible for the CI pipeline', { mode: 'document' });
    const finding = report.bullets[0]!.findings.find((f) => f.rule === 'weak-ownership')!;
    prefs.dismiss({ text: 'Responsible for the CI pipeline' }, finding, () => {});
    expect(prefs.present(report).bullets[0]!.findings.map((f) => f.rule)).not.toContain('weak-ownership');
  });
});
