// @vitest-environment happy-dom
// Work that grows with the page runs in time slices (utils/yield.ts), so a long profile never
// makes one long main-thread task: the slicer itself, then each place that uses it (reading the
// profile, posting the per-block messages, mounting and rendering the boxes) gives the page the
// thread back between blocks and still ends with exactly what the unsliced code produced.
import { describe, expect, it } from 'vitest';
import { analyzeBlocks, type BlockInput } from '../../entrypoints/linkedin.content/analyze.ts';
import { ProfileAnnotator } from '../../entrypoints/linkedin.content/annotate-profile.tsx';
import { extractProfile, extractProfileSliced } from '../../entrypoints/linkedin.content/extract.ts';
import { mountPlainHost } from '../../entrypoints/linkedin.content/mount.ts';
import { routeOf } from '../../entrypoints/linkedin.content/route.ts';
import { timeSlicer, yieldToPage } from '../../utils/yield.ts';
import { fakeAnalyze } from './fake-engine.ts';
import { fixtureNames, loadFixture, useFixture } from './fixtures.ts';

describe('timeSlicer', () => {
  it('yields only once a slice has used its budget, then starts a new slice', async () => {
    let clock = 0;
    const yields: number[] = [];
    const checkpoint = timeSlicer({ budgetMs: 8, now: () => clock, yieldTo: async () => void yields.push(clock) });
    for (const step of [3, 3, 3, 3, 3, 3, 10, 1]) {
      clock += step;
      await checkpoint();
    }
    // Work reached 9 ms (> 8) at the third checkpoint, 18 at the sixth, then 28 after 10 more.
    expect(yields).toEqual([9, 18, 28]);
  });

  it('yieldToPage resumes in a later task (a timer queued before it has run)', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('page task'), 0);
    await yieldToPage();
    order.push('resumed');
    expect(order).toEqual(['page task', 'resumed']);
  });
});

describe('extractProfileSliced', () => {
  for (const name of fixtureNames()) {
    it(`${name}: the same blocks as extractProfile, a checkpoint after each`, async () => {
      const doc = loadFixture(name);
      for (const url of ['https://www.linkedin.com/in/someone/', 'https://www.linkedin.com/in/someone/details/experience/']) {
        const route = routeOf(url);
        let checkpoints = 0;
        const sliced = await extractProfileSliced(doc, route, async () => void checkpoints++);
        const whole = extractProfile(doc, route);
        expect(sliced.markup).toBe(whole.markup);
        expect(sliced.blocks.map((b) => [b.kind, b.label, b.text])).toEqual(whole.blocks.map((b) => [b.kind, b.label, b.text]));
        expect(sliced.blocks.map((b) => b.source)).toEqual(whole.blocks.map((b) => b.source));
        expect(checkpoints).toBe(whole.blocks.length);
      }
    });
  }
});

const BLOCKS: BlockInput[] = [
  { text: '• Responsible for the CI pipeline', mode: 'document' },
  { text: '• Cut churn 12% for 40k users', mode: 'document' },
  { text: '• Helped with onboarding', mode: 'document' },
];

describe('analyzeBlocks with a checkpoint', () => {
  it('per-block: one checkpoint between two posts, answers in block order', async () => {
    const events: string[] = [];
    const analyze = fakeAnalyze();
    const results = await analyzeBlocks(
      async (r) => (events.push(`post ${r.text.slice(2, 8)}`), analyze(r)),
      BLOCKS,
      'per-block',
      {},
      async () => void events.push('checkpoint'),
    );
    expect(events).toEqual(['post Respon', 'checkpoint', 'post Cut ch', 'checkpoint', 'post Helped']);
    expect(results.map((r) => r.bullets[0]!.text)).toEqual(BLOCKS.map((b) => b.text.slice(2)));
  });

  it('a block that fails while later blocks are still being posted rejects the whole, once', async () => {
    const analyze = fakeAnalyze();
    let n = 0;
    const failing = async (r: Parameters<typeof analyze>[0]) => {
      if (n++ === 0) throw new Error('worker gone');
      return analyze(r);
    };
    await expect(analyzeBlocks(failing, BLOCKS, 'per-block', {}, yieldToPage)).rejects.toThrow('worker gone');
  });
});

describe('ProfileAnnotator mounting in slices', () => {
  it('checkpoints between blocks while mounting; every block ends up annotated, in page order', async () => {
    const doc = useFixture('profile-legacy.html');
    const blocks = extractProfile(doc, routeOf('https://www.linkedin.com/in/someone/')).blocks;
    const mounted: number[] = [];
    let hostsAtCheckpoints: number[] = [];
    const count = () => doc.querySelectorAll('impact-lens-annotations').length;
    const annotator = new ProfileAnnotator({
      analyze: fakeAnalyze(),
      mount: async (anchor, name) => {
        mounted.push(blocks.findIndex((b) => b.anchor === anchor));
        return mountPlainHost(anchor, name);
      },
      slicer: () => async () => void hostsAtCheckpoints.push(count()),
    });
    await annotator.update(blocks);
    expect(count()).toBe(blocks.length);
    expect(mounted).toEqual(blocks.map((_, i) => i));
    // The sends take blocks - 1 checkpoints (nothing mounted yet), then one between two mounts.
    const sends = hostsAtCheckpoints.slice(0, blocks.length - 1);
    const mounts = hostsAtCheckpoints.slice(blocks.length - 1);
    expect(sends).toEqual(blocks.slice(1).map(() => 0));
    expect(mounts).toEqual(blocks.slice(1).map((_, i) => i + 1));
    hostsAtCheckpoints = [];
    annotator.dispose();
    expect(count()).toBe(0);
  });

  it('a dispose between two slices stops mounting: nothing is left on the page', async () => {
    const doc = useFixture('profile-legacy.html');
    const blocks = extractProfile(doc, routeOf('https://www.linkedin.com/in/someone/')).blocks;
    let checkpoints = 0;
    const annotator: ProfileAnnotator = new ProfileAnnotator({
      analyze: fakeAnalyze(),
      mount: mountPlainHost,
      // The user navigates away after the second box is on the page.
      slicer: () => async () => {
        if (++checkpoints === blocks.length - 1 + 2) annotator.dispose();
      },
    });
    await annotator.update(blocks);
    expect(doc.querySelectorAll('impact-lens-annotations').length).toBe(0);
  });
});

describe('ProfileAnnotator rerender in slices', () => {
  it('paints the box the user dismissed in first, the others after checkpoints', async () => {
    const doc = useFixture('profile-legacy.html');
    const blocks = extractProfile(doc, routeOf('https://www.linkedin.com/in/someone/')).blocks;
    let dismissed: string | null = null;
    let slicing = false;
    const painted: string[] = [];
    const annotator: ProfileAnnotator = new ProfileAnnotator({
      analyze: fakeAnalyze(),
      mount: async (anchor, name) => {
        const host = await mountPlainHost(anchor, name);
        const label = blocks.find((b) => b.anchor === anchor)!.label;
        return { ...host, render: (vnode) => (painted.push(label), host.render(vnode)) };
      },
      // What is hidden: the dismissed bullet's findings.
      present: (result) => ({ ...result, bullets: result.bullets.map((b) => (b.text.includes(dismissed ?? '\0') ? { ...b, findings: [] } : b)) }),
      onDismiss: (bullet) => {
        dismissed = bullet.text;
        void annotator.rerender();
      },
      slicer: () => async () => {
        if (slicing) painted.push('checkpoint');
      },
    });
    await annotator.update(blocks);
    // The last box with a flagged bullet: painted last in page order, so first only if prioritised.
    const hosts = Array.from(doc.querySelectorAll('impact-lens-annotations'));
    const host = hosts.filter((h) => h.shadowRoot!.querySelector('[data-il-bullet]:not([data-rules=""])')).pop()!;
    const last = blocks.find((b) => b.anchor === host.previousElementSibling)!;
    expect(hosts.indexOf(host)).toBeGreaterThan(0);
    host.shadowRoot!.querySelector<HTMLElement>('[data-il-bullet]:not([data-rules=""])')!.click();
    await new Promise((r) => setTimeout(r, 0));
    painted.length = 0;
    slicing = true;
    host.shadowRoot!.querySelector<HTMLElement>('[data-il-action="dismiss"]')!.click();
    await new Promise((r) => setTimeout(r, 10));
    // The last block (where the click was) first, then one checkpoint between each of the others.
    expect(painted[0]).toBe(last.label);
    expect(painted.filter((p) => p === 'checkpoint')).toHaveLength(blocks.length);
    expect(painted.filter((p) => p !== 'checkpoint').sort()).toEqual(blocks.map((b) => b.label).sort());
    annotator.dispose();
  });

  it('a newer rerender takes over: the older one stops at its next checkpoint', async () => {
    const doc = useFixture('profile-legacy.html');
    const blocks = extractProfile(doc, routeOf('https://www.linkedin.com/in/someone/')).blocks;
    let renders = 0;
    let hold: (() => void) | null = null;
    let slicing = false;
    const annotator = new ProfileAnnotator({
      analyze: fakeAnalyze(),
      mount: async (anchor, name) => {
        const host = await mountPlainHost(anchor, name);
        return { ...host, render: (vnode) => (renders++, host.render(vnode)) };
      },
      slicer: () => () => (slicing ? new Promise<void>((resolve) => (hold = resolve)) : Promise.resolve()),
    });
    await annotator.update(blocks);
    renders = 0;
    slicing = true;
    const first = annotator.rerender(); // paints one box, then waits at its checkpoint
    expect(renders).toBe(1);
    slicing = false;
    await annotator.rerender(); // paints every box
    expect(renders).toBe(1 + blocks.length);
    hold!();
    await first; // resumed after the newer one: stops without painting again
    expect(renders).toBe(1 + blocks.length);
    annotator.dispose();
  });
});
