// Keeps one annotation host beside each profile block (position description, About, headline) in
// step with the page: new blocks get critiqued and annotated, changed ones re-critiqued, vanished
// ones removed. Idempotent: calling update() again with the same page changes nothing.
import type { Finding } from '../../analysis/types.ts';
import { Annotations } from '../../components/Annotations.tsx';
import type { BulletView } from '../../components/BulletRow.tsx';
import { analyzeBlocks, toBulletViews, type Analyze, type BlockResult, type Strategy } from './analyze.ts';
import { timeSlicer, yieldToFrame } from '../../utils/yield.ts';
import type { ProfileBlock } from './extract.ts';
import { applyInset, readInset, type Host, type Inset, type MountHost } from './mount.ts';

interface Entry {
  block: ProfileBlock;
  host: Host | null;
  removed: boolean;
  /** The engine's last result for the block, and what is shown of it (after `present`). */
  result: BlockResult | null;
  shown: { result: BlockResult; bullets: BulletView[] } | null;
  /** Bumped by every critique of this entry: only the latest answer is shown. */
  seq: number;
}

/** A block as annotated on the page: for the popup's summary and for revealing a bullet. */
export interface ShownBlock {
  block: ProfileBlock;
  host: HTMLElement;
  result: BlockResult;
  bullets: BulletView[];
}

export interface ProfileAnnotatorOptions {
  analyze: Analyze;
  mount: MountHost;
  strategy?: Strategy;
  onError?: (err: unknown) => void;
  /** What of a block's result to show (the user's dismissals taken out); default: all of it. */
  present?: (result: BlockResult, block: ProfileBlock) => BlockResult;
  /** Offered on each bullet finding when given: the user dismisses it on that bullet. */
  onDismiss?: (bullet: BulletView, finding: Finding, block: ProfileBlock) => void;
  /** Offered on each finding about the block's whole text when given: dismissed for that text. */
  onDismissDocument?: (finding: Finding, block: ProfileBlock) => void;
  /** Makes the checkpoints between blocks when annotating (default: utils/yield.ts's time slices). */
  slicer?: () => () => Promise<void>;
}

export class ProfileAnnotator {
  private entries = new Map<Element, Entry>();
  private disposed = false;
  /** Rerenders started, so an older one stops when a newer starts. */
  private rerenders = 0;
  /** The entry the user last dismissed a finding in: the next rerender paints it first. */
  private touched: Entry | null = null;

  constructor(private readonly options: ProfileAnnotatorOptions) {}

  /** Number of blocks currently annotated (hosts on the page). */
  get annotated(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.host?.element.isConnected) n++;
    return n;
  }

  async update(blocks: readonly ProfileBlock[]): Promise<void> {
    if (this.disposed) return;
    const seen = new Set<Element>();
    const fresh: Entry[] = [];
    for (const block of blocks) {
      seen.add(block.source);
      const entry = this.entries.get(block.source);
      if (entry && entry.block.text === block.text && entry.block.anchor === block.anchor && this.alive(entry)) continue;
      if (entry) this.drop(entry);
      const next: Entry = { block, host: null, removed: false, result: null, shown: null, seq: 0 };
      this.entries.set(block.source, next);
      fresh.push(next);
    }
    for (const [source, entry] of this.entries) {
      if (!seen.has(source) || !source.isConnected) {
        this.drop(entry);
        this.entries.delete(source);
      }
    }
    if (!fresh.length) return;
    await this.critique(fresh, (e) => {
      // Forget these blocks so the next scan retries them (e.g. once the worker is back).
      if (this.entries.get(e.block.source) === e) this.entries.delete(e.block.source);
    });
  }

  /**
   * Critiques every annotated block again (the user changed the lens or the rules) and updates
   * the annotations in place: hosts stay, open rows stay open.
   */
  async refresh(): Promise<void> {
    if (this.disposed) return;
    const live = [...this.entries.values()].filter((e) => !e.removed && e.result);
    if (live.length) await this.critique(live, () => {});
  }

  /**
   * Shows the last results again through `present` (the user's dismissals or rules changed): no
   * critique. The box the user just dismissed in is painted first, in the click's own task; the
   * others follow in time slices (a dismissal on a 30-position profile repainted all 31 boxes in
   * the click's task: 40 ms on a loaded machine). A newer rerender takes over from an older one.
   */
  async rerender(): Promise<void> {
    if (this.disposed) return;
    const run = ++this.rerenders;
    const first = this.touched;
    this.touched = null;
    const entries = [...this.entries.values()].sort((a, b) => (a === first ? -1 : b === first ? 1 : 0));
    const checkpoint = this.slices(true);
    for (const entry of entries) {
      if (this.disposed || run !== this.rerenders) return;
      if (entry.removed || !entry.result) continue;
      if (entry.host) this.paint(entry, entry.host);
      else void this.show(entry, entry.result, entry.seq, readInset(entry.block.anchor));
      await checkpoint();
    }
  }

  /** The annotated blocks, in page order. */
  shown(): ShownBlock[] {
    const out: ShownBlock[] = [];
    for (const e of this.entries.values()) {
      if (!e.removed && e.host?.element.isConnected && e.shown) out.push({ block: e.block, host: e.host.element, ...e.shown });
    }
    // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
    return out.sort((a, b) => (a.host.compareDocumentPosition(b.host) & 4 ? -1 : 1));
  }

  private async critique(entries: Entry[], onFail: (e: Entry) => void): Promise<void> {
    const seqs = entries.map((e) => ++e.seq);
    let results: BlockResult[];
    try {
      results = await analyzeBlocks(
        this.options.analyze,
        entries.map((e) => ({ text: e.block.text, mode: e.block.kind === 'headline' ? 'lines' : 'document' })),
        this.options.strategy ?? 'per-block',
        {},
        this.slices(false),
      );
    } catch (err) {
      entries.forEach(onFail);
      this.options.onError?.(err);
      return;
    }
    // Read every anchor's padding before mounting anything: a read after each mount forced one
    // style recalculation per block (31 on a 30-position profile). Then mount and render in time
    // slices, giving the page the main thread between them: rendering is most of our main-thread
    // work (about 0.2 ms per bullet row), and a 240-bullet profile rendered at once made one
    // 55-130 ms task on this machine (tests/e2e/hardening-perf.e2e.test.ts).
    const insets = entries.map((e) => readInset(e.block.anchor));
    const checkpoint = this.slices(true);
    for (let i = 0; i < entries.length; i++) {
      await this.show(entries[i]!, results[i]!, seqs[i]!, insets[i]!);
      if (i < entries.length - 1) await checkpoint();
    }
  }

  /** Checkpoints for one loop; one that changes the DOM lets a frame render at each yield. */
  private slices(writesDom: boolean): () => Promise<void> {
    if (this.options.slicer) return this.options.slicer();
    return writesDom ? timeSlicer({ yieldTo: yieldToFrame }) : timeSlicer();
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of this.entries.values()) this.drop(entry);
    this.entries.clear();
  }

  private alive(entry: Entry): boolean {
    // Pending (host not mounted yet) counts as alive; a mounted host must still be on the page.
    return !entry.host || entry.host.element.isConnected;
  }

  private drop(entry: Entry): void {
    entry.removed = true;
    entry.host?.remove();
    entry.host = null;
  }

  private async show(entry: Entry, result: BlockResult, seq: number, inset: Inset): Promise<void> {
    // A later critique of the same block (a refresh) owns the entry now.
    if (seq !== entry.seq) return;
    entry.result = result;
    if (entry.removed || this.disposed || !entry.block.anchor.isConnected) return;
    if (entry.host) {
      this.paint(entry, entry.host);
      return;
    }
    const bullets = toBulletViews(this.present(entry, result).bullets);
    if (!bullets.length && !result.documentFindings.length) return; // nothing to say: leave the page alone
    const host = await this.options.mount(entry.block.anchor, 'impact-lens-annotations');
    if (entry.removed || this.disposed || entry.host) {
      host.remove();
      return;
    }
    entry.host = host;
    applyInset(host.element, inset);
    this.paint(entry, host);
  }

  private present(entry: Entry, result: BlockResult): BlockResult {
    return this.options.present ? this.options.present(result, entry.block) : result;
  }

  /** Renders the entry's latest result into its host (Preact keeps the rows' open state). */
  private paint(entry: Entry, host: Host): void {
    const shown = this.present(entry, entry.result!);
    const bullets = toBulletViews(shown.bullets);
    entry.shown = { result: shown, bullets };
    const { onDismiss, onDismissDocument } = this.options;
    host.render(
      <Annotations
        subject={entry.block.label}
        bullets={bullets}
        documentFindings={shown.documentFindings}
        score={shown.score}
        onDismiss={
          onDismiss
            ? (key, finding) => {
                const bullet = bullets.find((b) => b.key === key);
                this.touched = entry;
                if (bullet) onDismiss(bullet, finding, entry.block);
              }
            : undefined
        }
        onDismissDocument={
          onDismissDocument
            ? (finding) => {
                this.touched = entry;
                onDismissDocument(finding, entry.block);
              }
            : undefined
        }
      />,
    );
  }
}
