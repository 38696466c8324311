// What the popup asks of a LinkedIn tab: the page's state and numbers (from exactly what the
// annotations show), and "reveal this bullet" (scroll to it, open its annotation).
import type { PageState } from '../../utils/protocol.ts';
import { summarizePage, type SummaryBlock } from '../../utils/page-summary.ts';
import type { ShownBlock } from './annotate-profile.tsx';

export interface LinkedInPageInput {
  /** The URL is a profile or details page (route.ts). */
  supported: boolean;
  /** The user's LinkedIn switch. */
  enabled: boolean;
  /** The session's first scan has finished. */
  scanned: boolean;
  blocks: readonly ShownBlock[];
}

// A block's id lives as long as its page node: stable across rescans and refreshes.
const ids = new WeakMap<Element, number>();
let nextId = 0;
const blockId = (block: ShownBlock): string => {
  let id = ids.get(block.block.source);
  if (id === undefined) ids.set(block.block.source, (id = nextId++));
  return `b${id}`;
};

export function pageStateOf(input: LinkedInPageInput): PageState {
  const base = { site: 'linkedin' as const, score: null, categories: null, bullets: 0, counts: {}, topFixes: [] };
  if (!input.supported) return { ...base, status: 'unsupported' };
  if (!input.enabled) return { ...base, status: 'off' };
  if (!input.scanned) return { ...base, status: 'loading' };
  const summary = summarizePage(input.blocks.map(toSummary));
  return { ...base, ...summary, status: summary.bullets ? 'ready' : 'empty' };
}

function toSummary(block: ShownBlock): SummaryBlock {
  const { result } = block;
  const score = result.score;
  return {
    score,
    // Always set by settings.ts's present; without it, the block's score stands for each category.
    categories: result.categories ?? { impact: score, ownership: score, clarity: score, product: score },
    bullets: block.bullets.map((b) => ({ id: `${blockId(block)}:${b.key}`, text: b.text, findings: b.findings })),
    documentFindings: result.documentFindings,
  };
}

/** Scrolls to the bullet, opens its annotation and focuses its marker; false if it is gone. */
export function revealBullet(blocks: readonly ShownBlock[], bulletId: string): boolean {
  const cut = bulletId.lastIndexOf(':');
  const block = blocks.find((b) => blockId(b) === bulletId.slice(0, cut));
  if (!block) return false;
  const index = block.bullets.findIndex((b) => b.key === bulletId.slice(cut + 1));
  // Rows render in `bullets` order, one marker each.
  const marker = block.host.shadowRoot?.querySelectorAll<HTMLElement>('.il-marker')[index];
  if (index < 0 || !marker || marker.dataset.ilBullet !== block.bullets[index]!.text) return false;
  // Instant: a smooth scroll waits for animation frames, which a page behind the popup may not get.
  marker.scrollIntoView({ block: 'center' });
  if (marker.getAttribute('aria-expanded') !== 'true') marker.click();
  marker.focus({ preventScroll: true });
  return true;
}
