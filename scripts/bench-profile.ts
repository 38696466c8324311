// npm run bench:profile [-- --baseline DIR]: the long-profile budget of issue 6, as numbers. Builds
// the extension from this tree and opens a generated profile of 30 positions x 8 bullets
// (tests/e2e/fixtures-gen.ts) in headless Chromium, traced (tests/e2e/long-tasks.ts), BENCH_RUNS
// times (default 8) after one warm-up. Prints medians: DOMContentLoaded -> all 241 markers, the
// extension's most script time in one main-thread task, its total, tasks over 50 ms it caused;
// then a Dismiss clicked on the annotated page: the click's task and our script in it.
// With --baseline DIR (an unpacked chrome-mv3 build, e.g. of an older commit) both run
// interleaved in one process, so machine load hits both alike: compare the two columns, not
// numbers from different runs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BIG_PROFILE, bigProfileHtml } from '../tests/e2e/fixtures-gen.ts';
import { LONG_TASK_MS, attributeTasks, causedByExtension, firstHostAt, startTrace, watchFirstHost } from '../tests/e2e/long-tasks.ts';
import { buildExtension, launch, type Browser } from '../tests/linkedin/browser.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 8);
const HOSTS = 31;
const MARKERS = 241;
const HTML = bigProfileHtml({ positions: 30, bullets: 8 });

interface Sample {
  annotateMs: number;
  mostInOneTask: number;
  total: number;
  caused: number;
  /** The Dismiss click's task, and our script in it (ms). */
  clickMs: number;
  clickOurs: number;
}

interface Variant {
  label: string;
  browser: Browser;
  origin: string;
  samples: Sample[];
  /** Dismiss clicks so far: each run opens another bullet (dismissals are remembered). */
  clicks: number;
}

async function start(label: string, dir: string): Promise<Variant> {
  const browser = await launch(dir);
  await browser.context.route(BIG_PROFILE, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HTML }));
  await watchFirstHost(browser.context);
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return { label, browser, origin: `chrome-extension://${new URL(worker.url()).host}/`, samples: [], clicks: 0 };
}

async function once(v: Variant): Promise<Sample> {
  const page = await v.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const trace = await startTrace(page);
  await page.goto(BIG_PROFILE);
  await page.waitForFunction(
    ({ hosts, markers }) => {
      const all = Array.from(document.querySelectorAll('impact-lens-annotations'));
      return all.length === hosts && all.reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('[data-il-bullet]').length ?? 0), 0) === markers;
    },
    { hosts: HOSTS, markers: MARKERS },
    { polling: 'raf', timeout: 30_000 },
  );
  const done = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  const recording = await trace.stop();
  const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  const firstHost = await firstHostAt(page);
  // A dismissal: open a flagged bullet of the first position, trace the click on its first Dismiss.
  await page.locator('impact-lens-annotations [data-il-bullet]:not([data-rules=""])').nth(v.clicks++).click();
  const dismiss = page.locator('impact-lens-annotations [data-il-action="dismiss"]').first();
  await dismiss.waitFor();
  const clickTrace = await startTrace(page);
  await dismiss.click();
  await page.waitForTimeout(500);
  const clickTasks = attributeTasks(await clickTrace.stop(), { pageUrl: BIG_PROFILE, extensionOrigin: v.origin });
  const click = clickTasks.find((t) => t.what.startsWith('EventDispatch (click)')) ?? { duration: 0, extensionMs: 0 };
  await page.close();
  const tasks = attributeTasks(recording, { pageUrl: BIG_PROFILE, extensionOrigin: v.origin });
  const caused = causedByExtension(tasks, firstHost);
  if (process.env.BENCH_VERBOSE) {
    for (const t of caused) console.log(`    ${t.duration} ms @${Math.round(t.start)} script ${t.extensionMs} rendering ${t.renderingMs} ${t.what} (first box @${Math.round(firstHost ?? -1)})`);
  }
  return {
    annotateMs: done - dcl,
    mostInOneTask: tasks.reduce((m, t) => Math.max(m, t.extensionMs), 0),
    total: tasks.reduce((s, t) => s + t.extensionMs, 0),
    caused: caused.length,
    clickMs: click.duration,
    clickOurs: click.extensionMs,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;

async function main(): Promise<void> {
  const at = process.argv.indexOf('--baseline');
  const baseline = at > 0 ? process.argv[at + 1] : undefined;
  if (at > 0 && !baseline) throw new Error('--baseline needs a directory (an unpacked chrome-mv3 build)');
  const out = await mkdtemp(join(tmpdir(), 'impact-lens-bench-'));
  const variants: Variant[] = [];
  try {
    variants.push(await start('this tree', await buildExtension(out)));
    if (baseline) variants.push(await start(`baseline`, resolve(baseline)));
    for (const v of variants) await once(v); // warm-up: worker, code cache
    for (let i = 0; i < RUNS; i++) for (const v of variants) v.samples.push(await once(v));
    console.log(`30 x 8 profile, ${RUNS} runs each${baseline ? `, interleaved with ${baseline}` : ''} (medians):`);
    for (const v of variants) {
      const s = v.samples;
      console.log(
        `  ${v.label.padEnd(10)} DOMContentLoaded -> ${MARKERS} markers ${median(s.map((x) => x.annotateMs)).toFixed(0).padStart(5)} ms` +
          `   our most in one task ${median(s.map((x) => x.mostInOneTask)).toFixed(1).padStart(5)} ms` +
          `   our total ${median(s.map((x) => x.total)).toFixed(0).padStart(4)} ms` +
          `   tasks > ${LONG_TASK_MS} ms caused ${median(s.map((x) => x.caused))} (per run: ${s.map((x) => x.caused).join(' ')})` +
          `   Dismiss click task ${median(s.map((x) => x.clickMs)).toFixed(1)} ms (our script ${median(s.map((x) => x.clickOurs)).toFixed(1)} ms)`,
      );
    }
  } finally {
    for (const v of variants) await v.browser.close();
    await rm(out, { recursive: true, force: true });
  }
}

await main();
