// npm run bench:linkedin: how fast the LinkedIn surface is, in real headless Chromium on the
// fixtures. Builds the extension twice (one `analyze` message per block, as shipped, and one
// batched message per page), runs the two interleaved (load changes on this shared machine hit
// both alike) and prints, for each: page load to all annotations with a warm and a cold (stopped)
// worker, SPA navigation to all annotations; then keystroke to updated annotations in the edit
// form (debounce included). Times are measured inside the page (performance.now()).
import { readFile, rm, mkdtemp } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension, launch, stopWorker, type Browser } from '../tests/linkedin/browser.ts';
import {
  HOSTS,
  LEGACY_DETAILS,
  LEGACY_EDIT,
  LEGACY_PROFILE,
  SDUI_PROFILE,
  measureKeystrokes,
  routeLinkedIn,
  spaNavigate,
} from '../tests/linkedin/e2e-pages.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 30);
/** BENCH_ONLY_SHIPPED=1 skips the batched build. */
const ONLY_SHIPPED = process.env.BENCH_ONLY_SHIPPED === '1';

/** Installed before any page script: polls until `count` hosts hold markers, records the time. */
const WATCH = `(() => {
  const w = window;
  w.__ilWatch = (count, t0) => new Promise((resolve) => {
    const tick = () => {
      const hosts = Array.from(document.querySelectorAll(${JSON.stringify(HOSTS)}));
      if (hosts.length === count && hosts.every((h) => h.shadowRoot && h.shadowRoot.querySelector('[data-il-bullet]'))) {
        clearInterval(id);
        resolve(performance.now() - t0);
      }
    };
    const id = setInterval(tick, 2);
  });
  w.__ilLoaded = w.__ilWatch(Number(sessionStorage.getItem('il-expect') || 0), 0);
})();`;

interface Stats {
  median: number;
  p95: number;
  n: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)]!, p95: s[Math.ceil(s.length * 0.95) - 1]!, n: s.length };
}

const fmt = (x: Stats) => `median ${x.median.toFixed(0).padStart(4)} ms   p95 ${x.p95.toFixed(0).padStart(4)} ms   (n=${x.n})`;

/** Full page load (navigation start = 0) to all `count` hosts annotated. */
async function pageLoad(browser: Browser, url: string, count: number, cold: boolean): Promise<number> {
  if (cold) await stopWorker(browser.context);
  const page = await browser.context.newPage();
  await page.addInitScript(`sessionStorage.setItem('il-expect', '${count}');`);
  await page.addInitScript(WATCH);
  await page.goto(url);
  const ms = await page.evaluate(() => (window as unknown as { __ilLoaded: Promise<number> }).__ilLoaded);
  await page.close();
  return ms;
}

/** history.pushState, the new content `domDelayMs` later (LinkedIn fetching it), to all `count` hosts annotated. */
async function spa(page: Page, url: string, count: number, domDelayMs = 0): Promise<number> {
  await page.evaluate((count) => {
    const w = window as unknown as { __ilWatch: (c: number, t0: number) => Promise<number>; __ilSpa?: Promise<number> };
    w.__ilSpa = w.__ilWatch(count, performance.now());
  }, count);
  await spaNavigate(page, url, { domDelayMs });
  return page.evaluate(() => (window as unknown as { __ilSpa: Promise<number> }).__ilSpa);
}

interface Variant {
  label: string;
  browser: Browser;
  /** The page used for SPA navigations, kept open. */
  spaPage: Page;
}

/** Runs `measure` for each variant in turn, `runs` times: interleaved, so load changes hit all alike. */
async function interleave(variants: Variant[], runs: number, measure: (v: Variant, i: number) => Promise<number>): Promise<number[][]> {
  const out = variants.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) for (const [k, v] of variants.entries()) out[k]!.push(await measure(v, i));
  return out;
}

function report(title: string, variants: Variant[], samples: number[][]): void {
  console.log(title);
  variants.forEach((v, k) => console.log(`  ${v.label.padEnd(22)} ${fmt(stats(samples[k]!))}`));
}

async function start(label: string, extensionDir: string): Promise<Variant> {
  const browser = await launch(extensionDir);
  await routeLinkedIn(browser.context);
  const spaPage = await browser.context.newPage();
  await spaPage.addInitScript(WATCH);
  await spaPage.goto(LEGACY_PROFILE);
  await spaPage.waitForFunction((sel) => document.querySelectorAll(sel).length === 6, HOSTS);
  return { label, browser, spaPage };
}

async function bench(variants: Variant[]): Promise<void> {
  for (const [name, url, count] of [
    ['profile (legacy, 6 blocks)', LEGACY_PROFILE, 6],
    ['details (legacy, 5 blocks, 12-bullet role)', LEGACY_DETAILS, 5],
  ] as const) {
    await interleave(variants, 1, (v) => pageLoad(v.browser, url, count, false)); // warms caches
    report(`page load -> all annotations, ${name}, warm worker`, variants, await interleave(variants, RUNS, (v) => pageLoad(v.browser, url, count, false)));
    report(`page load -> all annotations, ${name}, cold worker`, variants, await interleave(variants, COLD_RUNS, (v) => pageLoad(v.browser, url, count, true)));
  }
  const nav = await interleave(variants, RUNS * 2, (v, i) => spa(v.spaPage, i % 2 ? LEGACY_PROFILE : SDUI_PROFILE, i % 2 ? 6 : 5));
  report('SPA navigation (pushState + new DOM) -> all annotations, warm worker', variants, nav);
  const coldNav = await interleave(variants, COLD_RUNS * 2, async (v, i) => {
    await stopWorker(v.browser.context);
    return spa(v.spaPage, i % 2 ? LEGACY_PROFILE : SDUI_PROFILE, i % 2 ? 6 : 5, 300);
  });
  report('SPA navigation, new DOM 300 ms after pushState (data fetch), cold worker', variants, coldNav);

  const shipped = variants[0]!;
  const edit = await shipped.browser.context.newPage();
  await edit.goto(LEGACY_EDIT);
  await edit.locator('impact-lens-editor [data-il-bullet]').first().waitFor({ timeout: 15_000 });
  const keys = await measureKeystrokes(edit, 'textarea[id$="-description"]', KEYSTROKES);
  report('keystroke -> updated annotations in the edit form (40 ms debounce included)', [shipped], [keys]);
  await edit.close();
}

async function size(extensionDir: string): Promise<string> {
  const script = await readFile(join(extensionDir, 'content-scripts', 'linkedin.js'));
  return `${(script.length / 1024).toFixed(1)} kB, ${(gzipSync(script).length / 1024).toFixed(1)} kB gzip`;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'impact-lens-bench-'));
  const variants: Variant[] = [];
  try {
    console.log(ONLY_SHIPPED ? 'Building the extension…' : 'Building the extension twice (one message per block as shipped, one batched message)…');
    const perBlock = await buildExtension(join(dir, 'per-block'));
    const batched = ONLY_SHIPPED ? null : await buildExtension(join(dir, 'batched'), { WXT_IL_STRATEGY: 'batched' });
    console.log(`content script: ${await size(perBlock)} (compromise stays in the worker)`);
    variants.push(await start('per block (shipped)', perBlock));
    if (batched) variants.push(await start('batched', batched));
    console.log(`Chromium headless; ${RUNS} warm / ${COLD_RUNS} cold runs, variants interleaved; load ${(await loadavg()).trim()}\n`);
    await bench(variants);
    console.log(`\nload at the end: ${(await loadavg()).trim()}`);
  } finally {
    for (const v of variants) await v.browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function loadavg(): Promise<string> {
  return readFile('/proc/loadavg', 'utf8').catch(() => 'n/a');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
