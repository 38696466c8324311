// The attribution behind the long-task budget (tests/e2e/long-tasks.ts), on a synthetic trace: the
// page's main thread found by its HTML parse, each task's CPU samples with an extension frame on
// the stack counted as ours, rendering outside script counted, and the rule for "caused by the
// extension" applied to both.
import { describe, expect, it } from 'vitest';
import { attributeTasks, causedByExtension, type CpuProfile, type Recording } from '../e2e/long-tasks.ts';

const PAGE = 'https://www.linkedin.com/in/someone/';
const EXT = 'chrome-extension://abcdefghijklmnop/';
const PID = 10;
const TID = 11;
const T0 = 1_000_000; // navigationStart, µs

const meta = (pid: number, tid: number, name: string) => ({ name: 'thread_name', cat: '__metadata', ph: 'M', pid, tid, ts: 0, args: { name } });
const x = (name: string, startMs: number, durMs: number, args: Record<string, unknown> = {}, tid = TID) => ({
  name, cat: 'devtools.timeline', ph: 'X', pid: PID, tid, ts: T0 + startMs * 1000, dur: durMs * 1000, args,
});
const task = (startMs: number, durMs: number) => x('ThreadControllerImpl::RunTask', startMs, durMs);

/** Samples every 1 ms from `fromMs` to `toMs` on node `id`. */
function samples(spans: [fromMs: number, toMs: number, id: number][]): Pick<CpuProfile, 'samples' | 'timeDeltas' | 'startTime'> {
  const out: { t: number; id: number }[] = [];
  for (const [from, to, id] of spans) for (let t = from; t < to; t++) out.push({ t, id });
  out.sort((a, b) => a.t - b.t);
  return {
    startTime: T0,
    samples: out.map((s) => s.id),
    timeDeltas: out.map((s, i) => (s.t - (i ? out[i - 1]!.t : 0)) * 1000),
  };
}

function recording(): Recording {
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3, 5] },
      { id: 2, callFrame: { url: `${EXT}content-scripts/linkedin.js`, functionName: 'paint' }, children: [4] },
      { id: 3, callFrame: { url: 'https://static.licdn.com/app.js', functionName: 'pageWork' } },
      // Native code called from our script (a DOM call): ours through its parent.
      { id: 4, callFrame: { url: '', functionName: 'createElement' } },
      { id: 5, callFrame: { url: '', functionName: '(program)' } },
    ],
    ...samples([
      [100, 130, 2], // task A: 30 ms ours...
      [130, 160, 4], // ...and 30 ms of DOM calls made by our code
      [300, 370, 3], // task B: the page's own script
      [370, 380, 2], //   with 10 ms of ours
      [500, 510, 5], // task C: rendering only
    ]),
  };
  const events = [
    meta(PID, TID, 'CrRendererMain'),
    meta(99, 99, 'CrRendererMain'), // another renderer (an extension page): never read
    { name: 'navigationStart', cat: 'blink.user_timing', ph: 'R', pid: PID, tid: TID, ts: T0, args: { data: { documentLoaderURL: PAGE } } },
    x('ParseHTML', 10, 20, { beginData: { url: PAGE } }),
    task(100, 70), x('FunctionCall', 100, 65, { data: { url: `${EXT}content-scripts/linkedin.js` } }), // A
    task(300, 80), x('FunctionCall', 300, 75), // B
    task(500, 90), x('Layout', 505, 60), x('Paint', 570, 15), // C
    task(700, 20), // D: short
    { ...task(100, 900), pid: 99, tid: 99 },
  ];
  return { events, profile, frameId: 'F' } as unknown as Recording;
}

describe('attributeTasks', () => {
  const tasks = attributeTasks(recording(), { pageUrl: PAGE, extensionOrigin: EXT });

  it('reads the page main thread only, times from its navigation start', () => {
    expect(tasks.map((t) => t.start)).toEqual([100, 300, 500, 700]);
    expect(tasks.map((t) => t.duration)).toEqual([70, 80, 90, 20]);
  });

  it('counts samples with an extension frame anywhere on the stack as ours (a gap after a sample is not)', () => {
    const ours = tasks.map((t) => t.extensionMs);
    // 60 and 10 ms of samples; the last sample before a gap stands for at most two intervals.
    expect(ours[0]).toBeGreaterThanOrEqual(60);
    expect(ours[0]).toBeLessThanOrEqual(62);
    expect(ours[1]).toBeGreaterThanOrEqual(10);
    expect(ours[1]).toBeLessThanOrEqual(12);
    expect(ours.slice(2)).toEqual([0, 0]);
  });

  it('counts rendering outside script, outermost events only', () => {
    expect(tasks.map((t) => t.renderingMs)).toEqual([0, 0, 75, 0]);
    expect(tasks[2]!.what).toBe('Layout');
  });
});

describe('causedByExtension', () => {
  const tasks = attributeTasks(recording(), { pageUrl: PAGE, extensionOrigin: EXT });

  it('a long task mostly ours is ours; the page\'s own long task with a little of ours is not', () => {
    expect(causedByExtension(tasks, null).map((t) => t.start)).toEqual([100]);
  });

  it('a task that our share pushes over 50 ms is ours', () => {
    const pushed = tasks.map((t) => (t.start === 300 ? { ...t, duration: 58 } : t)); // 47 ms without ours
    expect(causedByExtension(pushed, null).map((t) => t.start)).toEqual([100, 300]);
  });

  it('after our first box, the page\'s rendering is ours too', () => {
    expect(causedByExtension(tasks, 450).map((t) => t.start)).toEqual([100, 500]);
    expect(causedByExtension(tasks, 600).map((t) => t.start)).toEqual([100]);
  });
});
