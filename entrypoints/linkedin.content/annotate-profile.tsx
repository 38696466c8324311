// Keeps one annotation host beside each profile block (position description, About, headline) in
// step with the page: new blocks get critiqued and annotated, changed ones re-critiqued, vanished
// ones removed. Idempotent: calling update() again with the same page changes nothing.
import { Annotations } from '../../components/Annotations.tsx';
import { analyzeBlocks, toBulletViews, type Analyze, type BlockResult, type Strategy } from './analyze.ts';
import type { ProfileBlock } from './extract.ts';
import { alignWithAnchor, type Host, type MountHost } from './mount.ts';

interface Entry {
  block: ProfileBlock;
  host: Host | null;
  removed: boolean;
}

export interface ProfileAnnotatorOptions {
  analyze: Analyze;
  mount: MountHost;
  strategy?: Strategy;
  onError?: (err: unknown) => void;
}

export class ProfileAnnotator {
  private entries = new Map<Element, Entry>();
  private disposed = false;

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
      const next: Entry = { block, host: null, removed: false };
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
    let results: BlockResult[];
    try {
      results = await analyzeBlocks(
        this.options.analyze,
        fresh.map((e) => ({ text: e.block.text, mode: e.block.kind === 'headline' ? 'lines' : 'document' })),
        this.options.strategy ?? 'per-block',
      );
    } catch (err) {
      // Forget these blocks so the next scan retries them (e.g. once the worker is back).
      for (const e of fresh) if (this.entries.get(e.block.source) === e) this.entries.delete(e.block.source);
      this.options.onError?.(err);
      return;
    }
    await Promise.all(fresh.map((entry, i) => this.show(entry, results[i]!)));
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

  private async show(entry: Entry, result: BlockResult): Promise<void> {
    if (entry.removed || this.disposed || !entry.block.anchor.isConnected) return;
    const bullets = toBulletViews(result.bullets);
    if (!bullets.length && !result.documentFindings.length) return; // nothing to say: leave the page alone
    const host = await this.options.mount(entry.block.anchor, 'impact-lens-annotations');
    if (entry.removed || this.disposed) {
      host.remove();
      return;
    }
    entry.host = host;
    alignWithAnchor(host.element, entry.block.anchor);
    host.render(
      <Annotations
        subject={entry.block.label}
        bullets={bullets}
        documentFindings={result.documentFindings}
        score={result.score}
      />,
    );
  }
}
