// The LinkedIn surface end to end: the built extension in headless Chromium on LinkedIn URLs served
// from tests/fixtures/linkedin (never the live site), with the real worker and engine.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  FEED,
  HOSTS,
  LEGACY_DETAILS,
  LEGACY_EDIT,
  LEGACY_PROFILE,
  SDUI_DETAILS,
  SDUI_EDIT,
  SDUI_PROFILE,
  annotatedBullets,
  measureKeystrokes,
  routeLinkedIn,
  spaNavigate,
  waitForHosts,
} from '../linkedin/e2e-pages.ts';
import { fixtureHtml } from '../linkedin/fixtures.ts';
import { ROOT } from './builds.ts';
import { launchWithExtension, stopServiceWorkers, type ExtensionSession } from './harness.ts';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeLinkedIn(session.context);
});

afterAll(async () => {
  await session?.close();
});

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

const LEGACY_BULLETS = [
  'Led the redesign of patient onboarding, lifting 30-day activation from 41% to 58% across 120k new users.',
  'Responsible for maintaining the CI pipeline',
  'Worked on various projects with cross-functional teams',
  'Ran 14 A/B tests on the pricing page; the winning variant added €1.2M ARR while trading off short-term trial volume.',
  'Managed a team of 8 engineers',
  'Utilized cutting-edge synergies to leverage best-in-class solutions',
  'Was tasked with improving the checkout flow',
  'Cut checkout abandonment 12% by shipping one-page checkout to 1.7M merchants',
];

const SDUI_BULLETS = [
  'Responsible for maintaining the CI pipeline',
  'Reduced p99 deploy time from 40 to 9 minutes by moving 300 services to a shared build cache',
  'Leveraged synergies across teams to drive alignment',
  'Hired and grew a team of 11 engineers across 4 time zones 🌍',
  'Was responsible for the payments API',
  'Migrated 40 services from Python 2 to Python 3 with zero downtime, cutting p95 latency 35%',
];

async function rulesOf(page: Page, bullet: string): Promise<string[]> {
  const marker = page.locator(`[data-il-bullet="${bullet}"]`).first();
  return ((await marker.getAttribute('data-rules')) ?? '').split(' ').filter(Boolean);
}

describe('profiles', () => {
  it('legacy markup: a host per described block, every bullet marked once', async () => {
    const page = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    const bullets = await annotatedBullets(page);
    for (const b of LEGACY_BULLETS) expect(bullets.filter((x) => x === b), b).toHaveLength(1);
    // Each host is a custom element with an open shadow root; markers carry data-rules.
    const hosts = await page.locator(HOSTS).evaluateAll((els) =>
      els.map((e) => ({ tag: e.tagName.toLowerCase(), open: Boolean(e.shadowRoot), rules: e.shadowRoot!.querySelector('[data-il-bullet]')!.hasAttribute('data-rules') })),
    );
    expect(hosts).toHaveLength(6);
    for (const h of hosts) expect(h).toEqual({ tag: 'impact-lens-annotations', open: true, rules: true });
    await page.close();
  });

  it('legacy markup: weak bullets are flagged (engine findings)', async () => {
    const page = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    expect(await rulesOf(page, 'Responsible for maintaining the CI pipeline')).toContain('weak-ownership');
    expect(await rulesOf(page, 'Was tasked with improving the checkout flow')).toContain('weak-ownership');
    expect(await rulesOf(page, 'Utilized cutting-edge synergies to leverage best-in-class solutions')).toContain('buzzword');
    await page.close();
  });

  it('opening a marker shows findings with why, a rewrite and Copy, by keyboard', async () => {
    const page = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    const marker = page.locator('[data-il-bullet="Responsible for maintaining the CI pipeline"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => marker.getAttribute('aria-expanded')).toBe('true');
    const host = page.locator('impact-lens-annotations', { has: marker });
    const finding = host.locator('[data-rule="weak-ownership"]');
    await expect.poll(() => finding.count()).toBeGreaterThan(0);
    expect((await finding.first().locator('.il-finding-why').innerText()).length).toBeGreaterThan(10);
    expect(await host.locator('.il-rewrite-text').innerText()).toMatch(/CI pipeline/);
    await expect.poll(() => host.locator('[data-il-action="copy"]').isVisible()).toBe(true);
    expect(await host.locator('[data-il-action="apply"]').count()).toBe(0);
    await page.close();
  });

  it('new markup (SDUI): headline, About and every position bullet', async () => {
    const page = await open(SDUI_PROFILE);
    await waitForHosts(page, 5);
    const bullets = await annotatedBullets(page);
    for (const b of SDUI_BULLETS) expect(bullets.filter((x) => x === b), b).toHaveLength(1);
    expect(await rulesOf(page, 'Was responsible for the payments API')).toContain('weak-ownership');
    await page.close();
  });

  it('LinkedIn nodes are untouched: only our hosts were added', async () => {
    const page = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    // The page as served (parsed by the same browser), against the live page minus our hosts.
    const { served, live } = await page.evaluate(
      ({ sel, html }) => {
        const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
        main.querySelectorAll(sel).forEach((h) => h.remove());
        return { served: new DOMParser().parseFromString(html, 'text/html').querySelector('main')!.innerHTML, live: main.innerHTML };
      },
      { sel: HOSTS, html: fixtureHtml('profile-legacy.html') },
    );
    expect(live).toBe(served);
    await page.close();
  });

  it('the feed (nothing to critique) is left alone', async () => {
    const page = await open(FEED);
    await page.waitForTimeout(800);
    expect(await page.locator(HOSTS).count()).toBe(0);
    await page.close();
  });
});

describe('details pages', () => {
  it('legacy: all positions of the long list, then a lazily loaded page', async () => {
    const page = await open(LEGACY_DETAILS);
    await waitForHosts(page, 5);
    const bullets = await annotatedBullets(page);
    expect(bullets).toContain('Responsible for on-call rotations and incident reviews');
    expect(bullets).toContain('Responsible for maintaining the CI pipeline');
    expect(bullets.filter((b) => b.startsWith('Participated in architecture reviews'))).toHaveLength(1);
    await page.evaluate((li) => {
      document.querySelector('ul.pvs-list')!.insertAdjacentHTML('beforeend', li);
    }, fixtureHtml('details-experience-legacy.page2.html'));
    await waitForHosts(page, 6);
    expect(await annotatedBullets(page)).toContain('Responsible for restocking shelves');
    await page.close();
  });

  it('new markup (SDUI) details section', async () => {
    const page = await open(SDUI_DETAILS);
    await waitForHosts(page, 4);
    expect(await annotatedBullets(page)).toContain('Was in charge of release notes');
    await page.close();
  });
});

describe('SPA navigation', () => {
  it('between two profiles without reload: exactly one set of annotations each time', async () => {
    const page = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    await spaNavigate(page, SDUI_PROFILE, { domDelayMs: 300 });
    await waitForHosts(page, 5);
    await page.waitForTimeout(300); // any late UI of the old page would show up now
    expect(await page.locator(HOSTS).count()).toBe(5);
    let bullets = await annotatedBullets(page);
    expect(new Set(bullets).size).toBe(bullets.length);
    expect(bullets).not.toContain('Managed a team of 8 engineers');

    await spaNavigate(page, LEGACY_PROFILE, { domDelayMs: 0 });
    await waitForHosts(page, 6);
    await page.waitForTimeout(300);
    expect(await page.locator(HOSTS).count()).toBe(6);
    bullets = await annotatedBullets(page);
    expect(bullets.filter((b) => b === 'Managed a team of 8 engineers')).toHaveLength(1);
    expect(bullets).not.toContain('Was responsible for the payments API');
    await page.close();
  });

  it('an edit modal opening over the profile gets live annotations', async () => {
    const page = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    const form = fixtureHtml('edit-position-legacy.html');
    await page.evaluate(
      ({ form, url }) => {
        history.pushState({}, '', url);
        const modal = new DOMParser().parseFromString(form, 'text/html').getElementById('artdeco-modal-outlet')!;
        document.body.append(document.importNode(modal, true));
      },
      { form, url: LEGACY_EDIT },
    );
    await page.locator('impact-lens-editor [data-il-bullet]').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('impact-lens-editor').count()).toBe(1);
    await page.close();
  });
});

describe('edit forms', () => {
  const TEXTAREA = 'textarea[id$="-description"]';
  const editorBullets = (page: Page) =>
    page.locator('impact-lens-editor [data-il-bullet]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.ilBullet));

  it('typing in the description updates the findings', async () => {
    const page = await open(LEGACY_EDIT);
    await expect.poll(() => editorBullets(page), { timeout: 10_000 }).toHaveLength(3);
    await page.locator(TEXTAREA).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n• Helped with hiring');
    await expect.poll(() => editorBullets(page)).toContain('Helped with hiring');
    expect(await rulesOf(page, 'Helped with hiring')).not.toHaveLength(0);
    await page.close();
  });

  it('legacy textarea: Apply replaces exactly that bullet (the form notices), Undo restores the exact text, Ctrl+Z too', async () => {
    const page = await open(LEGACY_EDIT);
    const textarea = page.locator(TEXTAREA);
    const original = await textarea.inputValue();
    const bullet = 'Responsible for maintaining the CI pipeline';
    const marker = page.locator(`impact-lens-editor [data-il-bullet="${bullet}"]`);
    await marker.waitFor({ timeout: 10_000 });
    await marker.click();
    const editor = page.locator('impact-lens-editor');
    const rewrite = await editor.locator('.il-rewrite-text').innerText();
    await editor.locator('[data-il-action="apply"]').click();
    const applied = original.replace(bullet, rewrite);
    await expect.poll(() => textarea.inputValue()).toBe(applied);
    expect(await page.evaluate(() => (window as unknown as { __formModel: { description: string } }).__formModel.description)).toBe(applied);
    expect(await page.locator('#description-count').innerText()).toBe(`${applied.length.toLocaleString('en-US')}/2,000`);

    await editor.locator('[data-il-action="undo"]').click();
    await expect.poll(() => textarea.inputValue()).toBe(original);
    expect(await page.evaluate(() => (window as unknown as { __formModel: { description: string } }).__formModel.description)).toBe(original);

    // The browser's own undo stack holds the edits too (insertText): Ctrl+Z undoes the Undo.
    await textarea.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => textarea.inputValue()).toBe(applied);
    await page.keyboard.press('Control+z');
    await expect.poll(() => textarea.inputValue()).toBe(original);
    await page.close();
  });

  it('new-markup contenteditable: Apply via insertText, then Undo restores the exact text', async () => {
    const page = await open(SDUI_EDIT);
    const field = page.locator('[contenteditable="true"][aria-labelledby]');
    const text = () => field.evaluate((el) => Array.from(el.children).map((p) => p.textContent).join('\n'));
    const original = await text();
    const bullet = 'Responsible for maintaining the CI pipeline';
    const marker = page.locator(`impact-lens-editor [data-il-bullet="${bullet}"]`);
    await marker.waitFor({ timeout: 10_000 });
    await marker.click();
    const editor = page.locator('impact-lens-editor');
    const rewrite = await editor.locator('.il-rewrite-text').innerText();
    await editor.locator('[data-il-action="apply"]').click();
    await expect.poll(text).toBe(original.replace(bullet, rewrite));
    expect(await page.evaluate(() => (window as unknown as { __formModel: { description: string } }).__formModel.description)).toBe(
      original.replace(bullet, rewrite),
    );
    await editor.locator('[data-il-action="undo"]').click();
    await expect.poll(text).toBe(original);
    // The editor's own undo stack holds both edits (insertText), as in the textarea.
    await field.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(original.replace(bullet, rewrite));
    await page.close();
  });

  it('About and headline editors are critiqued as the user types', async () => {
    const about = await open('https://www.linkedin.com/in/maria-jose-nunez/edit/forms/summary/new/');
    await about.locator('impact-lens-editor [data-il-bullet]').first().waitFor({ timeout: 10_000 });
    expect(await annotatedBullets(about)).toContain('I am a passionate product manager with a proven track record.');
    await about.close();
    const intro = await open('https://www.linkedin.com/in/maria-jose-nunez/edit/intro/');
    const marker = intro.locator('impact-lens-editor [data-il-bullet]');
    await marker.first().waitFor({ timeout: 10_000 });
    expect(await annotatedBullets(intro)).toEqual(['Results-driven product leader passionate about synergy']);
    expect(await rulesOf(intro, 'Results-driven product leader passionate about synergy')).toContain('buzzword');
    await intro.close();
  });

  // The 100 ms budget is measured and printed by `npm run bench:linkedin` (a benchmark, not a
  // timed test: this machine is shared and noisy). Here: every keystroke does update the
  // annotations, and never anywhere near a user-visible stall.
  it('every keystroke updates the annotations, well within a second', async () => {
    const page = await open(LEGACY_EDIT);
    await page.locator('impact-lens-editor [data-il-bullet]').first().waitFor({ timeout: 10_000 });
    const latencies = await measureKeystrokes(page, TEXTAREA, 30);
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;
    console.log(`keystroke -> annotations: median ${latencies[latencies.length >> 1]!.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (n=${latencies.length})`);
    expect(latencies).toHaveLength(30);
    expect(p95).toBeLessThan(1000);
    await page.close();
  });
});

// Dismissals are one store, keyed by bullet text (or, for a finding about the whole text, by the
// block's text) and site: what is dismissed on the profile stays dismissed in the edit form
// showing the same text, and the other way round, without a reload.
describe('dismissals across the profile and its edit form', () => {
  const CI = 'Responsible for maintaining the CI pipeline';
  const REPEATED = [
    '• Built the service with Kubernetes and React',
    '• Built the pipeline with Kafka and Spark',
    '• Built dashboards for the sales team',
    '• Cut churn 12% by calling at-risk accounts',
  ];
  const editorRules = async (page: Page, bullet: string) =>
    ((await page.locator(`impact-lens-editor [data-il-bullet="${bullet}"]`).getAttribute('data-rules')) ?? '').split(' ').filter(Boolean);
  const profileRules = (page: Page, bullet: string) => rulesOf(page, bullet);

  /** LinkedIn opens the edit form as a modal over the profile, with an edit URL of the same profile. */
  async function openEditModal(page: Page, description?: string) {
    await page.evaluate(
      ({ form, url, description }) => {
        history.pushState({}, '', url);
        const modal = document.importNode(new DOMParser().parseFromString(form, 'text/html').getElementById('artdeco-modal-outlet')!, true);
        if (description !== null) modal.querySelector('textarea')!.value = description;
        document.body.append(modal);
      },
      { form: fixtureHtml('edit-position-legacy.html'), url: LEGACY_EDIT, description: description ?? null },
    );
    await page.locator('impact-lens-editor [data-il-bullet]').first().waitFor({ timeout: 10_000 });
  }

  async function dismissIn(page: Page, host: 'impact-lens-editor' | 'impact-lens-annotations', bullet: string, rule: string) {
    const marker = page.locator(`${host} [data-il-bullet="${bullet}"]`);
    if ((await marker.getAttribute('aria-expanded')) !== 'true') await marker.click();
    // `has` is relative to the row: the marker without its host.
    const row = page.locator(`${host} .il-row`, { has: page.locator(`[data-il-bullet="${bullet}"]`) });
    await row.locator(`.il-finding[data-rule="${rule}"] [data-il-action="dismiss"]`).click();
  }

  beforeAll(async () => {
    await mkdir(join(ROOT, 'test-results'), { recursive: true });
  });

  afterAll(async () => {
    // Leave no dismissal behind for the files after this one (the profile is the session's).
    await session.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('dismissed'));
  });

  it('dismissed on the profile: hidden in the edit form; dismissed in the form: hidden on the profile at once; both after a reload', async () => {
    const page = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    await dismissIn(page, 'impact-lens-annotations', CI, 'weak-ownership');
    await expect.poll(() => profileRules(page, CI)).not.toContain('weak-ownership');

    await openEditModal(page);
    await expect.poll(() => editorRules(page, CI)).toContain('no-metric');
    expect(await editorRules(page, CI)).not.toContain('weak-ownership');
    expect(await editorRules(page, 'Worked on various projects with cross-functional teams')).toContain('weak-ownership');

    await dismissIn(page, 'impact-lens-editor', CI, 'no-metric');
    await expect.poll(() => editorRules(page, CI)).not.toContain('no-metric');
    await expect.poll(() => profileRules(page, CI)).not.toContain('no-metric');
    // The user's text is never changed by a dismissal.
    expect(await page.locator('textarea[id$="-description"]').inputValue()).toContain(`• ${CI}`);
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await page.locator('impact-lens-editor').screenshot({ path: join(ROOT, 'test-results', 'linkedin-edit-form-dismissed.png') });
    await page.close();

    // A fresh load of the edit form, and of the profile: both dismissals hold.
    const edit = await open(LEGACY_EDIT);
    await edit.locator(`impact-lens-editor [data-il-bullet="${CI}"]`).waitFor({ timeout: 10_000 });
    const rules = await editorRules(edit, CI);
    expect(rules).not.toContain('weak-ownership');
    expect(rules).not.toContain('no-metric');
    await edit.close();
    const profile = await open(LEGACY_PROFILE);
    await waitForHosts(profile, 6);
    expect(await profileRules(profile, CI)).not.toContain('no-metric');
    expect(await profileRules(profile, 'Was tasked with improving the checkout flow')).toContain('weak-ownership');
    await profile.close();
  });

  it('a finding about the whole description, dismissed in the form, is gone there (rescored) and on the profile showing the same text', async () => {
    const page = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    // The profile's third position gets a description whose bullets repeat one opening verb.
    await page.evaluate((lines) => {
      const old = 'I helped the team launch a new reporting dashboard for merchants. Reports were generated faster after the launch.';
      for (const span of Array.from(document.querySelectorAll('span')).filter((s) => s.textContent === old)) {
        span.replaceChildren(...lines.flatMap((l, i) => (i ? [document.createElement('br'), document.createTextNode(l)] : [document.createTextNode(l)])));
      }
    }, REPEATED);
    const profileHost = page.locator('impact-lens-annotations', { has: page.locator('[data-il-bullet="Built the pipeline with Kafka and Spark"]') });
    await expect.poll(() => profileHost.locator('.il-doc .il-finding[data-rule="verb-repetition"]').count(), { timeout: 10_000 }).toBe(1);

    await openEditModal(page, REPEATED.join('\n'));
    const editor = page.locator('impact-lens-editor');
    const docFinding = editor.locator('.il-doc .il-finding[data-rule="verb-repetition"]');
    await docFinding.waitFor({ timeout: 10_000 });
    const score = async () => Number(await editor.locator('.il-head [data-score]').getAttribute('data-score'));
    const before = await score();
    await editor.screenshot({ path: join(ROOT, 'test-results', 'linkedin-edit-form-document-finding.png') });
    await docFinding.getByRole('button', { name: 'Dismiss Verb repetition on this text' }).click();
    await expect.poll(() => docFinding.count()).toBe(0);
    expect(await score()).toBeGreaterThan(before);
    await expect.poll(() => profileHost.locator('.il-doc .il-finding[data-rule="verb-repetition"]').count()).toBe(0);
    await page.close();
  });
});

describe('worker', () => {
  it('a stopped worker recovers: the next page gets annotated', async () => {
    const page = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    await stopServiceWorkers(session.context);
    await spaNavigate(page, SDUI_PROFILE, { domDelayMs: 0 });
    await waitForHosts(page, 5);
    expect(await rulesOf(page, 'Was responsible for the payments API')).toContain('weak-ownership');
    await page.close();
  });
});

describe('build', () => {
  it('the content script stays small and free of the NLP library (it lives in the worker)', async () => {
    const file = join(inject('extensionDir'), 'content-scripts', 'linkedin.js');
    const source = await readFile(file, 'utf8');
    expect((await stat(file)).size).toBeLessThan(80_000);
    expect(source).not.toMatch(/compromise|#Gerund|nlp\.plugin/);
    const manifest = JSON.parse(await readFile(join(inject('extensionDir'), 'manifest.json'), 'utf8')) as {
      content_scripts: { matches: string[]; js: string[] }[];
    };
    const linkedin = manifest.content_scripts.find((c) => c.js.some((j) => j.includes('linkedin')));
    expect(linkedin?.matches).toEqual(['https://www.linkedin.com/*']);
    // Nothing of ours is web-accessible on LinkedIn (the stylesheet is bundled, not fetched).
    expect(JSON.stringify(manifest)).not.toMatch(/linkedin\.css/);
  });
});
