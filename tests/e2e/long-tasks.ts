// Which main-thread tasks of a page are the extension's doing: a Chromium trace of the page's
// renderer, its tasks, and V8's CPU samples of the same thread, each sample attributed to the
// extension when any frame of its stack comes from the extension's origin.
//
//   const trace = await startTrace(page);           // before page.goto
//   ... work ...
//   const tasks = attributeTasks(await trace.stop(), { pageUrl, extensionOrigin });
//
// Why not PerformanceObserver('longtask') alone: its entries do not say whose script ran, and a
// content script runs on the page's main thread, in the page's tasks (the DOMContentLoaded task, a
// message callback, a timer). Long Animation Frames attribute scripts by URL but leave out
// isolated-world scripts. The trace's CPU samples do see them, with their chrome-extension:// URL,
// and the trace's task events give each task's exact span on the same clock.
import type { BrowserContext, Page } from 'playwright-core';

/** One trace event, as Chromium reports it (only the fields read here). */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, any>;
}

/** V8's CPU profile of the page's main thread (CDP Profiler.Profile, the fields read here). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; parent?: number; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Recording {
  events: TraceEvent[];
  profile: CpuProfile;
  /** The page's main frame (Chromium's id), to find its renderer in a trace started after load. */
  frameId: string;
}

export interface Trace {
  stop(): Promise<Recording>;
}

/**
 * Starts tracing the browser (tasks and script events) and sampling the page's main thread every
 * `sampleUs` microseconds. Call before navigating. The trace's own sampler (the
 * disabled-by-default-v8.cpu_profiler category) samples every ~0.2 ms and slowed our script down
 * several times on this 2-core machine; 1 ms samples cost little and resolve a 50 ms budget.
 */
export async function startTrace(page: Page, sampleUs = 1000): Promise<Trace> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['__metadata', 'toplevel', 'devtools.timeline', 'blink.user_timing'] },
  } as never);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: sampleUs });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => {});
      return { events, profile, frameId: frameTree.frame.id };
    },
  };
}

export interface TaskReport {
  /** ms since the page's navigation started (its performance.now() clock). */
  start: number;
  duration: number;
  /** CPU-sampled time spent with the extension's code on the stack, ms. */
  extensionMs: number;
  /** What the task mostly was: the largest event inside it. */
  what: string;
  /** Time in rendering (style, layout, paint) outside any script, ms: a change to the DOM made
   *  earlier is paid here, whoever made it. */
  renderingMs: number;
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'RasterTask']);
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'v8.compile', 'FireAnimationFrame', 'v8.run']);

export interface AttributeOptions {
  /** The page whose renderer is analysed (its HTML parse names the process). */
  pageUrl: string;
  /** `chrome-extension://<id>/`: frames from scripts under it are the extension's. */
  extensionOrigin: string;
  /** Tasks shorter than this are left out (ms); default 0. */
  minDuration?: number;
}

/** The page's main-thread tasks, each with the extension's share of it. */
export function attributeTasks({ events, profile, frameId }: Recording, options: AttributeOptions): TaskReport[] {
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.ph === 'M') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && String(e.args?.beginData?.url ?? '').startsWith(options.pageUrl),
  );
  // A trace started after the page loaded has no parse: the renderer main thread whose events
  // name the page's frame.
  const byFrame = events.find(
    (e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && (e.args?.data?.frame === frameId || e.args?.frame === frameId || e.args?.beginData?.frame === frameId),
  );
  const thread = parse ? `${parse.pid}:${parse.tid}` : byFrame ? `${byFrame.pid}:${byFrame.tid}` : undefined;
  if (!thread) throw new Error(`trace: no renderer main thread for ${options.pageUrl}`);
  const [pid, tid] = thread.split(':').map(Number) as [number, number];
  // The page's time origin: its navigationStart (the first one names the document's URL); for a
  // trace started later, the trace's first event of that thread.
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === options.pageUrl);
  const origin = navigation?.ts ?? parse?.ts ?? Math.min(...events.filter((e) => e.pid === pid && e.tid === tid && e.ts > 0).map((e) => e.ts));

  // Top-level tasks of that thread.
  const runs = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: TraceEvent[] = [];
  for (const e of runs) {
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + last.dur!) continue; // nested in the previous task
    tasks.push(e);
  }

  const samples = cpuSamples(profile, options.extensionOrigin);
  const complete = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const min = (options.minDuration ?? 0) * 1000;
  const out: TaskReport[] = [];
  let s = 0;
  for (const task of tasks) {
    if (task.dur! < min) continue;
    const end = task.ts + task.dur!;
    while (s < samples.length && samples[s]!.ts < task.ts) s++;
    let ext = 0;
    for (let i = s; i < samples.length && samples[i]!.ts < end; i++) {
      if (samples[i]!.extension) ext += Math.min(samples[i]!.dur, end - samples[i]!.ts);
    }
    const inside = complete.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    out.push({
      start: round((task.ts - origin) / 1000),
      duration: round(task.dur! / 1000),
      extensionMs: round(ext / 1000),
      what: largestInside(inside),
      renderingMs: round(renderingOutsideScript(inside) / 1000),
    });
  }
  return out;
}

interface Sample {
  ts: number;
  dur: number;
  extension: boolean;
}

/** The profile's samples in time order, each marked when the extension's code is on the stack. */
function cpuSamples(profile: CpuProfile, extensionOrigin: string): Sample[] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  const fromExtension = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    const known = fromExtension.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const parent = node?.parent ?? parents.get(id);
    const result = !!node && (node.callFrame.url.startsWith(extensionOrigin) || (parent !== undefined && isExtension(parent)));
    fromExtension.set(id, result);
    return result;
  };
  const out: Sample[] = [];
  let t = profile.startTime;
  const times = profile.timeDeltas.map((d) => (t += d));
  // A sample stands for the time until the next one, at most two sampling intervals: a gap in the
  // samples is not time spent where the last one was taken.
  const interval = [...profile.timeDeltas].sort((a, b) => a - b)[profile.timeDeltas.length >> 1] ?? 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dur = i + 1 < times.length ? Math.min(times[i + 1]! - times[i]!, 2 * interval) : interval;
    out.push({ ts: times[i]!, dur, extension: isExtension(profile.samples[i]!) });
  }
  return out;
}

function renderingOutsideScript(inside: TraceEvent[]): number {
  const scripts = inside.filter((e) => SCRIPT.has(e.name));
  const within = (e: TraceEvent, outer: TraceEvent) => e.ts >= outer.ts && e.ts + e.dur! <= outer.ts + outer.dur!;
  const rendering = inside.filter((e) => RENDERING.has(e.name) && !scripts.some((s) => within(e, s)));
  // Rendering events can nest (a layout inside a style update): count the outermost only.
  return rendering.filter((e) => !rendering.some((o) => o !== e && within(e, o))).reduce((sum, e) => sum + e.dur!, 0);
}

function largestInside(inside: TraceEvent[]): string {
  let best: TraceEvent | null = null;
  for (const e of inside) if (!e.name.includes('RunTask') && (!best || e.dur! > best.dur!)) best = e;
  if (!best) return 'task';
  const type = best.args?.data?.type;
  return type ? `${best.name} (${type})` : best.name;
}

const round = (x: number) => Math.round(x * 10) / 10;

/** A long task, as issue 6 counts them: over 50 ms. */
export const LONG_TASK_MS = 50;

/**
 * The tasks over 50 ms that are the extension's doing: mostly ours, or under 50 ms without our
 * share. Our share is our script, plus, from `firstHost` (ms, when our first box went into the
 * page) on, the page's rendering: on a fixture with no script of its own only our boxes change it.
 */
export function causedByExtension(tasks: readonly TaskReport[], firstHost: number | null): TaskReport[] {
  const ours = (t: TaskReport) => t.extensionMs + (firstHost !== null && t.start >= firstHost ? t.renderingMs : 0);
  return tasks.filter((t) => {
    if (t.duration <= LONG_TASK_MS) return false;
    const share = ours(t);
    return share > 0 && (share >= t.duration / 2 || t.duration - share <= LONG_TASK_MS);
  });
}

/**
 * Records, in each page of `context` (its own world, before any script), when the first of our
 * hosts is inserted: the DOM is shared with the content script's isolated world. Read it with
 * firstHostAt (ms since the page's navigation start, or null).
 */
export async function watchFirstHost(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __ilFirstHost: number | null };
    w.__ilFirstHost = null;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => Array.from(r.addedNodes).some((n) => n instanceof Element && n.tagName.toLowerCase().startsWith('impact-lens-')))) {
        w.__ilFirstHost = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

export function firstHostAt(page: Page): Promise<number | null> {
  return page.evaluate(() => (window as unknown as { __ilFirstHost: number | null }).__ilFirstHost);
}
