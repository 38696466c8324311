// The worker client and the two message strategies, against the real engine: report offsets slice
// the text we sent, and one batched message maps back to the same bullets as one message per block.
import { describe, expect, it } from 'vitest';
import { critique } from '../../analysis/index.ts';
import type { AnalyzeRequest } from '../../utils/protocol.ts';
import { analyzeBlocks, analyzeClient, joinBlocks, toBulletViews, type BlockInput } from '../../entrypoints/linkedin.content/analyze.ts';

const engine = async ({ text, ...options }: AnalyzeRequest) => critique(text, options);

const BLOCKS: BlockInput[] = [
  { text: 'Senior Product Manager at Lumen Health | Ex-Shopify', mode: 'lines' },
  { text: 'I am a passionate product manager with a proven track record.\n\nToday I lead the activation team.', mode: 'document' },
  { text: '• Responsible for maintaining the CI pipeline\n• Cut checkout abandonment 12% by shipping one-page checkout to 1.7M merchants', mode: 'document' },
  { text: '- Was tasked with improving the checkout flow\n- Managed a team of 8 engineers', mode: 'document' },
];

describe('analyzeBlocks', () => {
  for (const strategy of ['per-block', 'batched'] as const) {
    it(`${strategy}: every bullet's offsets slice its own block's text`, async () => {
      const results = await analyzeBlocks(engine, BLOCKS, strategy);
      results.forEach((r, i) => {
        expect(r.bullets.length, `block ${i}`).toBeGreaterThan(0);
        for (const b of r.bullets) {
          expect(BLOCKS[i]!.text.slice(b.start, b.end)).toBe(b.text);
          for (const f of b.findings) expect(f.start >= 0 && f.end <= BLOCKS[i]!.text.length).toBe(true);
        }
      });
    });
  }

  it('batched finds the same bullets as per-block, with one message per mode', async () => {
    const calls: AnalyzeRequest[] = [];
    const counting = async (r: AnalyzeRequest) => (calls.push(r), engine(r));
    const one = await analyzeBlocks(engine, BLOCKS, 'per-block');
    const batched = await analyzeBlocks(counting, BLOCKS, 'batched');
    expect(calls.map((c) => c.mode).sort()).toEqual(['document', 'lines']);
    expect(batched.map((r) => toBulletViews(r.bullets).map((b) => b.text))).toEqual(one.map((r) => toBulletViews(r.bullets).map((b) => b.text)));
  });

  it('joinBlocks separates blocks with a blank line and records their starts', () => {
    expect(joinBlocks(['a', 'bc', 'd'])).toEqual({ text: 'a\n\nbc\n\nd', starts: [0, 3, 7] });
  });

  it('toBulletViews strips list markers and keeps report indices as keys', () => {
    const views = toBulletViews([
      { start: 0, end: 3, text: '   ', score: 1, categories: { impact: 1, ownership: 1, clarity: 1, product: 1 }, findings: [], signals: [], rewrite: null, section: 0, position: null },
      { start: 4, end: 9, text: '• Led\n X', score: 1, categories: { impact: 1, ownership: 1, clarity: 1, product: 1 }, findings: [], signals: [], rewrite: null, section: 0, position: null },
    ]);
    expect(views.map((v) => [v.key, v.text])).toEqual([['1', 'Led X']]);
  });
});

describe('analyzeClient', () => {
  it('retries a failing send (a worker restarting), then succeeds', async () => {
    let n = 0;
    const client = analyzeClient(async (r) => {
      if (n++ < 2) throw new Error('Receiving end does not exist.');
      return { ok: true, report: await engine(r) };
    }, { delayMs: 1 });
    const report = await client({ text: '• Led X' });
    expect(report.bullets).toHaveLength(1);
    expect(n).toBe(3);
  });
  it('does not retry a refusal, and gives up after the retries', async () => {
    let n = 0;
    await expect(analyzeClient(async () => (n++, { ok: false, error: 'analyze: nope' }), { delayMs: 1 })({ text: 'x' })).rejects.toThrow('analyze: nope');
    expect(n).toBe(1);
    await expect(analyzeClient(async () => { throw new Error('down'); }, { retries: 2, delayMs: 1 })({ text: 'x' })).rejects.toThrow('down');
  });
});
