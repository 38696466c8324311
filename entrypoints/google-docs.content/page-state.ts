// What the popup asks of a Google Docs tab: the document's state and numbers (as the sidebar
// shows them, after the user's settings) and "reveal this bullet" (the sidebar opens on its row;
// on the annotated canvas the bullet is selected in the document too).
import type { Report } from '../../analysis/types.ts';
import { sidebarSections } from '../../components/docs/sections.ts';
import type { DocsBulletView } from '../../components/docs/DocsBulletRow.tsx';
import type { DocsState } from '../../components/docs/types.ts';
import type { PageState } from '../../utils/protocol.ts';
import { summarizePage } from '../../utils/page-summary.ts';

const NOTE: Partial<Record<DocsState['status']['kind'], string>> = {
  signin: 'Sign in to Google with an account that can open this document, then try again from the sidebar.',
  'not-found': 'Impact Lens cannot read this document: it may have been deleted or you may have no access.',
  'too-long': 'This document is longer than a resume: Impact Lens reads documents up to 60,000 characters.',
  retry: 'Could not read the document just now: the sidebar tries again shortly.',
  'rate-limited': 'Google asked Impact Lens to slow down: the sidebar tries again shortly.',
};

/** The sidebar's rows, in its order, with the keys `revealBullet` takes. */
export function sidebarBullets(report: Report): DocsBulletView[] {
  return sidebarSections(report).flatMap((s) => s.groups.flatMap((g) => g.bullets));
}

/** `report` is what the sidebar shows (already through the user's settings). */
export function docsPageState(enabled: boolean, state: DocsState, report: Report | null): PageState {
  const base = { site: 'googleDocs' as const, score: null, categories: null, bullets: 0, counts: {}, topFixes: [] };
  if (!enabled) return { ...base, status: 'off' };
  if (!report) {
    const note = NOTE[state.status.kind];
    return note ? { ...base, status: 'empty', note } : { ...base, status: 'loading' };
  }
  const summary = summarizePage([
    {
      score: report.score,
      categories: report.categories,
      bullets: sidebarBullets(report).map((b) => ({ id: b.key, text: b.text.replace(/\s+/g, ' ').trim(), findings: b.findings })),
      documentFindings: report.documentFindings,
    },
  ]);
  return { ...base, ...summary, status: summary.bullets ? 'ready' : 'empty' };
}

/** Scrolls the sidebar to the row, opens it and focuses its marker; false if there is no such row. */
export function revealRow(root: ShadowRoot | null | undefined, key: string): boolean {
  const row = Array.from(root?.querySelectorAll<HTMLElement>('[data-il-key]') ?? []).find((r) => r.dataset.ilKey === key);
  const marker = row?.querySelector<HTMLElement>('.il-marker');
  if (!row || !marker) return false;
  row.scrollIntoView({ block: 'center' });
  if (marker.getAttribute('aria-expanded') !== 'true') marker.click();
  marker.focus({ preventScroll: true });
  return true;
}
