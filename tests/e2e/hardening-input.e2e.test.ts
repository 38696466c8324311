/// <reference types="chrome" />
// (`chrome` below runs in the extension's worker and pages, through evaluate.)
// Hardening, hostile and odd input (issue 6), in real headless Chromium with the built extension:
// - page text that looks like markup or script renders as text in our UI and never executes;
// - messages that do not match the protocol (wrong shape, unknown type, another extension, a web
//   page's postMessage / CustomEvents) are ignored or answered with an error, never acted on.
// LinkedIn and Docs URLs are fixtures fulfilled by routing (never the live sites).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_EVENT, EXT_ID_ATTR, PAGE_EVENT } from '../../utils/docs/bridge-protocol.ts';
import { HOSTS, LEGACY_PROFILE, annotatedBullets, routeLinkedIn, waitForHosts } from '../linkedin/e2e-pages.ts';
import { fixtureHtml } from '../linkedin/fixtures.ts';
import { launchContext, writeStrangerExtension } from './hardening-helpers.ts';
import { launchWithExtension, openExtensionPage, sendFromExtensionPage, type ExtensionSession } from './harness.ts';

const HOSTILE_PROFILE = 'https://www.linkedin.com/in/hostile-tester/';
const DOCS = join(import.meta.dirname, '../fixtures/google-docs');
const EDIT_PAGE = readFileSync(join(DOCS, 'edit-page.html'), 'utf8');
const EMULATION = readFileSync(join(DOCS, 'annotated-canvas.js'), 'utf8');
const DOCS_HOST = 'impact-lens-docs-sidebar';

// Bullets of tests/fixtures/linkedin/hostile-profile.html, as the page shows them (text).
const HOSTILE_BULLETS = [
  'Led the <img src=x onerror="window.__pwned=1"> renderer rewrite, cutting page load 40% for 2M users',
  'Responsible for <script>window.__pwned=2</script> sanitization',
  'Fixed "><img src=x onerror=window.__pwned=3> attribute injection in 14 templates',
  'Reviewed javascript:window.__pwned=4 links and <a href="javascript:window.__pwned=5">click me</a> in user bios',
  'Built <svg onload="window.__pwned=6"></svg> and <iframe src="javascript:window.__pwned=7"></iframe> filters',
  "Templated {{constructor.constructor('window.__pwned=8')()}} and ${window.__pwned=9} strings safely",
];

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
  await routeLinkedIn(session.context);
  // Registered after routeLinkedIn, so it wins for this URL (Playwright: last route first).
  await session.context.route(HOSTILE_PROFILE, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml('hostile-profile.html') }),
  );
});

afterAll(async () => {
  await session?.close();
});

interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
}

async function open(url: string): Promise<Watched> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  await page.goto(url);
  return { page, errors, dialogs };
}

/** Everything our UI holds: its text (text nodes only) and what its elements are. */
function inspectShadowRoots(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const text: string[] = [];
    const tags = new Set<string>();
    const handlers: string[] = [];
    const urls: string[] = [];
    for (const host of Array.from(document.querySelectorAll(sel))) {
      const root = host.shadowRoot;
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        // Text of our <style> elements is CSS, not page text.
        if (n.parentElement?.tagName !== 'STYLE') text.push(n.nodeValue ?? '');
      }
      for (const el of Array.from(root.querySelectorAll('*'))) {
        tags.add(el.tagName.toLowerCase());
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) handlers.push(`${el.tagName}[${attr.name}]`);
          if (/^\s*javascript:/i.test(attr.value) && /^(href|src|action|formaction|xlink:href|data)$/i.test(attr.name)) {
            urls.push(`${el.tagName}[${attr.name}=${attr.value}]`);
          }
        }
      }
    }
    return { text: text.join('\n'), tags: [...tags].sort(), handlers, urls };
  }, selector);
}

const FORBIDDEN_TAGS = ['img', 'script', 'iframe', 'frame', 'object', 'embed', 'a', 'base', 'meta', 'link', 'form'];

describe('hostile page text', () => {
  it('LinkedIn: markup-looking bullets render as text, nothing executes, RTL and zero-width survive', async () => {
    const { page, errors, dialogs } = await open(HOSTILE_PROFILE);
    // Headline, About and two positions.
    await waitForHosts(page, 4);
    const bullets = await annotatedBullets(page);
    // data-il-bullet holds the exact text: the attribute-breakout bullet did not break out.
    for (const b of HOSTILE_BULLETS) expect(bullets, b).toContain(b);
    expect(bullets.some((b) => b.startsWith('قاد فريقًا من 8 مهندسين'))).toBe(true);
    expect(bullets.some((b) => b.includes('ניהלתי צוות של 5 מפתחים'))).toBe(true);
    expect(bullets.some((b) => b.includes('&lt;b&gt;escaped&lt;/b&gt;'))).toBe(true); // entities stay literal
    expect(bullets.some((b) => /Re\u200B?duced la\u200C?tency b\u200D?y 30%/.test(b))).toBe(true); // zero-width: kept or dropped, never broken

    // Open every bullet: findings, "why" and the rewrite (which may quote the text) render too.
    const markers = page.locator('impact-lens-annotations [data-il-bullet]');
    const count = await markers.count();
    expect(count).toBeGreaterThanOrEqual(HOSTILE_BULLETS.length + 4);
    for (let i = 0; i < count; i++) {
      const marker = markers.nth(i);
      if ((await marker.getAttribute('aria-expanded')) !== 'true') await marker.click();
    }
    await expect.poll(() => page.locator('impact-lens-annotations [aria-expanded="true"]').count()).toBe(count);
    await page.waitForTimeout(300); // an onerror would have fired by now (src=x fails at once)

    const ui = await inspectShadowRoots(page, HOSTS);
    for (const needle of ['<img src=x onerror=', '<script>window.__pwned=2</script>', '"><img src=x onerror=window.__pwned=3>', 'javascript:window.__pwned=4', '<svg onload=', '{{constructor.constructor(']) {
      expect(ui.text, needle).toContain(needle);
    }
    for (const tag of FORBIDDEN_TAGS) expect(ui.tags, `no <${tag}> in our UI`).not.toContain(tag);
    expect(ui.handlers).toEqual([]);
    expect(ui.urls).toEqual([]);

    // The page world: nothing ran, nothing was added to LinkedIn's DOM.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('img, script, iframe, svg, object, embed').length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Google Docs: hostile export text renders as text in the sidebar, nothing executes', async () => {
    const id = '1hostileDocId000000000000000';
    const text = [
      'Robin <img src=x onerror="window.__pwned=1">',
      '',
      'Experience',
      ...HOSTILE_BULLETS.map((b) => `* ${b}`),
      '* Re\u200Bduced la\u200Ctency b\u200Dy 30% with \uFEFFcaching, \u202Eesrever\u202C',
      '* قاد فريقًا من 8 مهندسين وخفض زمن الاستجابة بنسبة 35%',
    ].join('\r\n');
    const html = EDIT_PAGE.replace('<!--FIXTURE-SCRIPTS-->', `<script>window.__docsFixtureIgnoreFlag = true;</script><script>${EMULATION}</script>`);
    await session.context.route(`https://docs.google.com/document/d/${id}/edit**`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await session.context.route(`https://docs.google.com/document/d/${id}/export**`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text }),
    );
    const { page, errors, dialogs } = await open(`https://docs.google.com/document/d/${id}/edit`);
    await page.locator(`${DOCS_HOST} [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    const bullets = await page.locator(`${DOCS_HOST} [data-il-bullet]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-il-bullet')));
    for (const b of HOSTILE_BULLETS) expect(bullets, b).toContain(b);
    await page.waitForTimeout(300);
    const ui = await inspectShadowRoots(page, DOCS_HOST);
    expect(ui.text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(ui.text).toContain('<script>window.__pwned=2</script>');
    for (const tag of FORBIDDEN_TAGS) expect(ui.tags, `no <${tag}> in the sidebar`).not.toContain(tag);
    expect(ui.handlers).toEqual([]);
    expect(ui.urls).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** chrome.runtime.sendMessage from an extension page with a message of any shape, raw. */
function sendRaw(page: Page, build: string): Promise<{ res: unknown; err: string | null }> {
  // `build` is an expression evaluated in the page (so it can hold what JSON cannot express). A
  // string goes through CDP's Runtime.evaluate, which the extension page's CSP does not apply to.
  return page.evaluate(`new Promise((resolve) => chrome.runtime.sendMessage((${build}), (res) =>
    resolve({ res: res ?? null, err: chrome.runtime.lastError?.message ?? null })))`);
}

/** Starts logging, in the worker, every runtime message it receives (alongside its own listener). */
async function logWorkerMessages(): Promise<() => Promise<string[]>> {
  await session.worker.evaluate(() => {
    const g = globalThis as unknown as { __ilLog?: string[] };
    if (g.__ilLog) return;
    g.__ilLog = [];
    chrome.runtime.onMessage.addListener((message: unknown, sender: chrome.runtime.MessageSender) => {
      g.__ilLog!.push(`${sender.url ?? sender.id ?? '?'} ${JSON.stringify(message).slice(0, 500)}`);
      return false; // never answers: the extension's own listener does
    });
  });
  return () => session.worker.evaluate(() => (globalThis as unknown as { __ilLog: string[] }).__ilLog.slice());
}

describe('messages off the protocol', () => {
  it('analyze with a wrong shape, from an extension page: { ok: false }, and nothing is polluted', async () => {
    const page = await openExtensionPage(session);
    const bad: [string, unknown][] = [
      ['null', null],
      ['a string', 'Led a team'],
      ['an array', ['Led a team']],
      ['a number text', { text: 42 }],
      ['no text', { lens: 'engineer' }],
      ['an unknown field', { text: 'Led a team', extra: true }],
      ['an unknown lens', { text: 'Led a team', lens: 'hacker' }],
      ['an unknown mode', { text: 'Led a team', mode: 'html' }],
      ['disabled not an array', { text: 'Led a team', disabled: 'all' }],
      ['an unknown rule id', { text: 'Led a team', disabled: ['rm -rf'] }],
      ['a too long text', { text: 'a'.repeat(1_000_001) }],
    ];
    for (const [what, data] of bad) {
      const res = await sendFromExtensionPage(page, 'analyze', data as never);
      expect(res, what).toMatchObject({ ok: false });
      expect(typeof (res as { error?: unknown }).error, what).toBe('string');
    }
    // A prototype-pollution attempt: an own "__proto__" key, as JSON.parse makes it.
    const polluted = await sendRaw(
      page,
      `{ id: 1, type: 'analyze', timestamp: Date.now(), data: JSON.parse('{"text":"Led a team","__proto__":{"polluted":1}}') }`,
    );
    expect(polluted.err).toBeNull();
    expect(polluted.res).toMatchObject({ res: { ok: false } });
    expect(await session.worker.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    expect(await session.worker.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    // The worker still works.
    expect(await sendFromExtensionPage(page, 'analyze', { text: 'Led a team of 8 engineers' })).toMatchObject({ ok: true });
    await page.close();
  });

  it('unknown types and raw messages that are not the protocol get no answer', async () => {
    const page = await openExtensionPage(session);
    for (const raw of [
      `{ id: 1, type: 'deleteEverything', data: {}, timestamp: Date.now() }`,
      `{ id: 2, type: 'analyze', data: { text: 'Led a team' } }`, // no timestamp: not the format
      `{ type: 'analyze' }`,
      `'analyze'`,
      `null`,
      `[1, 2, 3]`,
    ]) {
      const { res, err } = await sendRaw(page, raw);
      // Nobody answered: Chrome reports the closed port.
      expect(res, raw).toBeNull();
      expect(err ?? '', raw).toMatch(/^$|port closed|Receiving end does not exist/);
    }
    // Types named like Object.prototype members: @webext-core/messaging looks listeners up in a
    // plain object, so these reach Object.prototype.toString & co. and come back with junk or an
    // error. Never with a report, and nothing of ours runs.
    for (const type of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const { res } = await sendRaw(page, `{ id: 3, type: '${type}', data: { text: 'Led a team' }, timestamp: Date.now() }`);
      const answer = (res as { res?: unknown } | null)?.res;
      expect(JSON.stringify(answer ?? null), type).not.toMatch(/"report"|"ok":true/);
    }
    expect(await sendFromExtensionPage(page, 'analyze', { text: 'Led a team of 8 engineers' })).toMatchObject({ ok: true });
    await page.close();
  });

  it('fetchDocExport from a page that is not that document is refused and fetches nothing', async () => {
    const id = '1notThisTabDoc00000000000000';
    const exports: string[] = [];
    await session.context.route(`https://docs.google.com/document/d/${id}/export**`, (r) => {
      exports.push(r.request().url());
      return r.fulfill({ status: 200, contentType: 'text/plain', body: 'secret' });
    });
    const page = await openExtensionPage(session);
    const cases: unknown[] = [
      { docId: id },
      { docId: id, tab: 't.0' },
      { docId: '../../../../etc/passwd' },
      { docId: `${id}/export?format=txt&x=` },
      { docId: id, authuser: 'a@b.c/../../' },
      { docId: id, url: 'https://evil.example/' },
      null,
    ];
    for (const data of cases) {
      expect(await sendFromExtensionPage(page, 'fetchDocExport', data as never), JSON.stringify(data)).toEqual({ ok: false, state: 'error' });
    }
    expect(exports).toEqual([]);
    await page.close();
  });

  it('another extension cannot reach the worker (no onMessageExternal, no externally_connectable)', async () => {
    const stranger = await writeStrangerExtension();
    const both = await launchContext([inject('extensionDir'), stranger.dir]);
    try {
      const ours = both.workers.get('Impact Lens')!;
      const theirs = both.workers.get('Stranger')!;
      expect(ours).toBeDefined();
      expect(theirs).toBeDefined();
      const ourId = new URL(ours.url()).host;
      const answers = await theirs.evaluate(async (id) => {
        const out: { res: unknown; err: string | null }[] = [];
        for (const message of [
          { id: 1, type: 'analyze', data: { text: 'Led a team' }, timestamp: Date.now() },
          { id: 2, type: 'fetchDocExport', data: { docId: '1someDocumentId0000000000' }, timestamp: Date.now() },
        ]) {
          out.push(
            await new Promise((resolve) =>
              chrome.runtime.sendMessage(id, message, (res: unknown) => resolve({ res: res ?? null, err: chrome.runtime.lastError?.message ?? null })),
            ),
          );
        }
        const port = await new Promise<string | null>((resolve) => {
          const p = chrome.runtime.connect(id);
          p.onDisconnect.addListener(() => resolve(chrome.runtime.lastError?.message ?? 'disconnected'));
          setTimeout(() => resolve(null), 2000);
        });
        return { out, port };
      }, ourId);
      for (const a of answers.out) {
        expect(a.res).toBeNull();
        expect(a.err).toMatch(/Receiving end does not exist|port closed/);
      }
      expect(answers.port).not.toBeNull(); // the port was dropped, nobody listens
    } finally {
      await both.close();
      await stranger.remove();
    }
  });

  it('a web page has no chrome.runtime messaging to reach us', async () => {
    const { page } = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    const probe = await page.evaluate((id) => {
      const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } }).chrome;
      const out = { runtime: typeof c?.runtime, sendMessage: typeof c?.runtime?.sendMessage, connect: typeof c?.runtime?.connect, threw: '' };
      try {
        (c!.runtime!.sendMessage as (id: string, m: unknown) => void)(id, { type: 'analyze', data: { text: 'x' }, timestamp: 1 });
      } catch (e) {
        out.threw = String(e);
      }
      return out;
    }, session.extensionId);
    expect(probe.sendMessage).toBe('undefined');
    expect(probe.connect).toBe('undefined');
    expect(probe.threw).toMatch(/TypeError/);
    await page.close();
  });

  it('LinkedIn page: forged postMessage and CustomEvents are ignored (no change, no message, no error)', async () => {
    const readLog = await logWorkerMessages();
    const { page, errors } = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    await page.waitForTimeout(300);
    const before = await annotatedBullets(page);
    const logBefore = (await readLog()).length;

    await page.evaluate(
      ({ id, PAGE_EVENT, CONTENT_EVENT }) => {
        const forged = 'FORGED bullet from the page';
        const payloads: unknown[] = [
          { id: 1, type: 'analyze', data: { text: forged }, timestamp: Date.now() },
          { id: 2, type: 'fetchDocExport', data: { docId: '1someDocumentId0000000000' }, timestamp: Date.now() },
          { id: 3, type: 'revealBullet', data: { bulletId: '0:0' }, timestamp: Date.now() },
          { id: 4, type: 'getPageState', data: undefined, timestamp: Date.now() },
          { id: 5, type: 'pageScore', data: { score: 0 }, timestamp: Date.now() },
          // @webext-core window/custom-event messaging shapes
          { namespace: 'impact-lens', instanceId: 'x', message: { id: 6, type: 'analyze', data: { text: forged }, timestamp: Date.now() } },
          { type: 'messaging', namespace: 'impact-lens', message: { type: 'revealBullet', data: { bulletId: '0:0' } } },
          JSON.stringify({ id: 7, type: 'analyze', data: { text: forged }, timestamp: Date.now() }),
          { v: 1, type: 'text', text: forged, seq: 99 },
        ];
        for (const p of payloads) {
          window.postMessage(p, '*');
          window.top?.postMessage(p, '*');
        }
        const names = [
          'analyze',
          'revealBullet',
          'getPageState',
          'message',
          '@webext-core/messaging',
          'webext-core-messaging',
          PAGE_EVENT,
          CONTENT_EVENT,
          `${id}:linkedin:wxt:locationchange`,
          'wxt:locationchange',
        ];
        for (const name of names) {
          for (const p of payloads) {
            const detail = typeof p === 'string' ? p : JSON.stringify(p);
            window.dispatchEvent(new CustomEvent(name, { detail }));
            document.dispatchEvent(new CustomEvent(name, { detail }));
            document.dispatchEvent(new CustomEvent(name, { detail: p }));
          }
        }
      },
      { id: session.extensionId, PAGE_EVENT, CONTENT_EVENT },
    );
    await page.waitForTimeout(800);
    expect(await page.locator(HOSTS).count()).toBe(6);
    expect(await annotatedBullets(page)).toEqual(before);
    expect(await page.locator('impact-lens-annotations [aria-expanded="true"]').count()).toBe(0); // revealBullet not acted on
    const newMessages = (await readLog()).slice(logBefore);
    expect(newMessages.filter((m) => m.includes('FORGED'))).toEqual([]);
    expect(errors).toEqual([]);
    // Still alive: the page's next change is critiqued.
    await page.evaluate(() => {
      const span = document.querySelector('#experience')!.closest('section')!.querySelector('.inline-show-more-text--is-collapsed span[aria-hidden="true"]')!;
      span.append(document.createElement('br'), '• Helped with onboarding after the forgeries');
    });
    await expect.poll(() => annotatedBullets(page), { timeout: 5_000 }).toContain('Helped with onboarding after the forgeries');
    await page.close();
  });

  // PRODUCT BUG (reported to the lead): this test fails. WXT's ContentScriptContext invalidates
  // itself when a newer copy of the same content script announces itself with a CustomEvent on
  // `document` named `<extension id>:<entrypoint>:wxt:content-script-started` whose detail names
  // the entrypoint. The page shares `document`, Chrome hands an object `detail` across worlds, and
  // the id is no secret (a store extension's id is public; on Docs we even write it into the
  // page's DOM): one line of page script removes every annotation and stops the content script.
  it("LinkedIn page: a forged WXT 'content script started' event does not tear our UI down", async () => {
    const { page, errors } = await open(LEGACY_PROFILE);
    await waitForHosts(page, 6);
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:linkedin:wxt:content-script-started`, { detail: { contentScriptName: 'linkedin', messageId: 'forged' } }),
      );
    }, session.extensionId);
    await page.waitForTimeout(500);
    expect(await page.locator(HOSTS).count(), 'annotations still on the page').toBe(6);
    // ...and still alive: a change is critiqued.
    await page.evaluate(() => {
      const span = document.querySelector('#experience')!.closest('section')!.querySelector('.inline-show-more-text--is-collapsed span[aria-hidden="true"]')!;
      span.append(document.createElement('br'), '• Helped with onboarding after the forged event');
    });
    await expect.poll(() => annotatedBullets(page), { timeout: 5_000 }).toContain('Helped with onboarding after the forged event');
    expect(errors).toEqual([]);
    await page.close();
  });

  // PRODUCT BUG, same as above: on Docs the page reads our id from the attribute we write for the
  // page bridge, so no guessing is needed.
  it("Google Docs page: a forged WXT 'content script started' event does not remove the sidebar", async () => {
    const id = '1forgedWxtEventDoc0000000000';
    const html = EDIT_PAGE.replace('<!--FIXTURE-SCRIPTS-->', `<script>window.__docsFixtureIgnoreFlag = true;</script><script>${EMULATION}</script>`);
    await session.context.route(`https://docs.google.com/document/d/${id}/edit**`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await session.context.route(`https://docs.google.com/document/d/${id}/export**`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: readFileSync(join(DOCS, 'export-resume.txt')) }),
    );
    const { page, errors } = await open(`https://docs.google.com/document/d/${id}/edit`);
    await page.locator(`${DOCS_HOST} [data-il-bullet]`).first().waitFor({ timeout: 20_000 });
    const leaked = await page.evaluate((attr) => {
      const extId = document.documentElement.getAttribute(attr);
      document.dispatchEvent(
        new CustomEvent(`${extId}:google-docs:wxt:content-script-started`, { detail: { contentScriptName: 'google-docs', messageId: 'forged' } }),
      );
      return extId;
    }, EXT_ID_ATTR);
    expect(leaked).toBe(session.extensionId);
    await page.waitForTimeout(500);
    expect(await page.locator(DOCS_HOST).count(), 'sidebar still on the page').toBe(1);
    expect(await page.locator(`${DOCS_HOST} [data-il-bullet]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Google Docs page: malformed bridge events are ignored, the sidebar keeps its critique', async () => {
    const id = '1forgedBridgeDoc000000000000';
    const html = EDIT_PAGE.replace('<!--FIXTURE-SCRIPTS-->', `<script>window.__docsFixtureIgnoreFlag = true;</script><script>${EMULATION}</script>`);
    await session.context.route(`https://docs.google.com/document/d/${id}/edit**`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await session.context.route(`https://docs.google.com/document/d/${id}/export**`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: readFileSync(join(DOCS, 'export-resume.txt')) }),
    );
    const { page, errors } = await open(`https://docs.google.com/document/d/${id}/edit`);
    const sidebar = page.locator(`${DOCS_HOST} [data-il-sidebar][data-il-source="export"]`);
    await sidebar.locator('[data-il-bullet]').first().waitFor({ timeout: 20_000 });
    const bullets = () => page.locator(`${DOCS_HOST} [data-il-bullet]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-il-bullet')));
    const before = await bullets();

    await page.evaluate(
      ({ PAGE_EVENT, CONTENT_EVENT }) => {
        const forged = '* FORGED bullet from a malformed event';
        const details: unknown[] = [
          { v: 1, type: 'text', text: forged, seq: 1 }, // an object, not the JSON string
          JSON.stringify({ v: 2, type: 'text', text: forged, seq: 1 }), // wrong version
          JSON.stringify({ type: 'text', text: forged, seq: 1 }), // no version
          JSON.stringify({ v: 1, type: 'text', text: forged, seq: -1 }),
          JSON.stringify({ v: 1, type: 'text', text: forged, seq: '1' }),
          JSON.stringify({ v: 1, type: 'text', text: forged, seq: 1.5 }),
          JSON.stringify({ v: 1, type: 'text', text: 42, seq: 1 }),
          JSON.stringify({ v: 1, type: 'text', text: 'x'.repeat(1_000_001), seq: 1 }),
          JSON.stringify({ v: 1, type: 'status', canvas: 'ready', overlays: -1 }),
          JSON.stringify({ v: 1, type: 'status', canvas: 'pwned', overlays: 1 }),
          JSON.stringify({ v: 1, type: 'selected', id: 1, ok: true, start: 5, end: 2 }),
          JSON.stringify({ v: 1, type: 'eval', code: 'window.__pwned=1' }),
          JSON.stringify([{ v: 1, type: 'text', text: forged, seq: 1 }]),
          '{"v":1,"type":"text","text":"* FORGED',
          `{"v":1,"__proto__":{"type":"text","text":"${forged}","seq":1}}`,
          null,
          42,
        ];
        for (const detail of details) {
          document.dispatchEvent(new CustomEvent(PAGE_EVENT, { detail }));
          window.dispatchEvent(new CustomEvent(PAGE_EVENT, { detail }));
          document.dispatchEvent(new CustomEvent(CONTENT_EVENT, { detail }));
        }
        // Requests to the page bridge (the MAIN-world end), malformed.
        for (const detail of [
          JSON.stringify({ v: 1, type: 'select', id: 1, start: -1, end: 5, expected: 'x' }),
          JSON.stringify({ v: 1, type: 'select', id: 1, start: 0, end: 1e12, expected: 'x' }),
          JSON.stringify({ v: 1, type: 'select', id: 1, start: 0, end: 5, expected: 7 }),
        ]) {
          document.dispatchEvent(new CustomEvent(CONTENT_EVENT, { detail }));
        }
      },
      { PAGE_EVENT, CONTENT_EVENT },
    );
    await page.waitForTimeout(1000);
    expect(await bullets()).toEqual(before);
    expect(await page.locator(`${DOCS_HOST} [data-il-sidebar][data-il-source="export"]`).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
