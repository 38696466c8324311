// The Google Docs sidebar: docked at the right edge below Docs' toolbar, collapsible to a small
// tab. Shows the document score and categories, the document findings, then each section's
// bullets with findings, why and rewrite. Props in, callbacks out: the content script owns the
// data (controller.ts), the storage and the page.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../analysis/types.ts';
import { FindingList } from '../Finding.tsx';
import type { RewriteBoxProps } from '../RewriteBox.tsx';
import { ScoreBadge } from '../ScoreBadge.tsx';
import { CategoryBars } from './CategoryBars.tsx';
import { DocsBulletRow, type DocsBulletView } from './DocsBulletRow.tsx';
import { sidebarSections } from './sections.ts';
import { StatusBanner } from './StatusBanner.tsx';
import type { DocsState } from './types.ts';

export interface SidebarLayout {
  /** Pixels from the top of the window: below Docs' header. */
  top: number;
  /** Pixels from the right edge: left of Docs' companion rail. */
  right: number;
}

export interface DocsSidebarProps {
  state: DocsState;
  collapsed: boolean;
  layout: SidebarLayout;
  onCollapse: (collapsed: boolean) => void;
  onRefresh: () => void;
  onRetry: () => void;
  /** Select a bullet in the document; offered only while the source is the annotated canvas. */
  onSelect?: (bullet: DocsBulletView) => void;
  onCopy?: RewriteBoxProps['onCopy'];
  now?: () => number;
  /** Dismiss one finding on one bullet; offered on each bullet finding when given. */
  onDismiss?: (bullet: DocsBulletView, finding: Finding) => void;
  /** Dismiss a finding about the whole document, in this document; offered on each when given. */
  onDismissDocument?: (finding: Finding) => void;
}

function timeOf(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function DocsSidebar(props: DocsSidebarProps) {
  const { state, collapsed, layout, onCollapse, onRefresh, onRetry, onSelect, onCopy, now, onDismiss, onDismissDocument } = props;
  const { report } = state;
  const sections = useMemo(() => (report ? sidebarSections(report) : []), [report]);
  // Rows with findings start open; the user's toggles are remembered by row key across refreshes.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setToggled((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  // Keep the reader's place across collapse/expand (the list is unmounted while collapsed).
  const body = useRef<HTMLDivElement>(null);
  const scroll = useRef(0);
  useLayoutEffect(() => {
    if (!collapsed && body.current) body.current.scrollTop = scroll.current;
  }, [collapsed]);
  const collapse = () => {
    scroll.current = body.current?.scrollTop ?? 0;
    onCollapse(true);
  };

  const position = { top: `${layout.top}px`, right: `${layout.right}px` };
  const score = report && report.bullets.length ? report.score : null;

  if (collapsed) {
    return (
      <div class="il-root il-docs-tabwrap" style={position} data-il-sidebar="collapsed">
        <button
          type="button"
          class="il-docs-tab"
          data-il-action="expand"
          aria-label={`Open Impact Lens${score === null ? '' : `, resume score ${score}`}`}
          title="Open Impact Lens"
          onClick={() => onCollapse(false)}
        >
          <span class="il-brand" aria-hidden="true" />
          <span class="il-docs-tab-label">Impact Lens</span>
          {score === null ? null : <ScoreBadge score={score} of="this resume" />}
        </button>
      </div>
    );
  }

  const canSelect = state.source === 'canvas' && onSelect !== undefined;
  const bulletCount = report?.bullets.length ?? 0;
  const toFix = report?.bullets.filter((b) => b.findings.length).length ?? 0;

  return (
    <aside class={`il-root il-docs${report ? '' : ' il-docs-empty'}`} style={position} aria-label="Impact Lens: resume review" data-il-sidebar="open" data-il-source={state.source ?? ''}>
      <header class="il-docs-head">
        <span class="il-brand" aria-hidden="true" />
        <span class="il-title">Impact Lens</span>
        {score === null ? null : <ScoreBadge score={score} of="this resume" />}
        <span class="il-docs-spacer" />
        <button type="button" class="il-docs-icon" data-il-action="refresh" aria-label="Refresh" title="Refresh" onClick={onRefresh} disabled={state.refreshing}>
          <span aria-hidden="true" class={state.refreshing ? 'il-docs-spin' : ''}>⟳</span>
        </button>
        <button type="button" class="il-docs-icon" data-il-action="collapse" aria-label="Collapse Impact Lens" title="Collapse" onClick={collapse}>
          <span aria-hidden="true">›</span>
        </button>
      </header>
      <p class="il-docs-source">
        {state.source === 'canvas'
          ? 'Live: updates when you stop typing. Click a bullet to select it in the document.'
          : state.source === 'export'
            ? `From the document’s text export${state.tab ? ` (tab ${state.tab})` : ''}${state.updatedAt ? `, read at ${timeOf(state.updatedAt)}` : ''}. Refreshes every minute.`
            : 'Connecting to the document…'}
      </p>
      <StatusBanner status={state.status} stale={report !== null} onRetry={onRetry} now={now} />
      {state.suggesting ? (
        <div class="il-docs-status il-docs-status-info" data-il-notice="suggesting">
          <span>
            <strong>You are suggesting.</strong> The critique reads the text with pending suggestions in it; pasted rewrites become
            suggestions.
          </span>
        </div>
      ) : null}
      <div class="il-docs-body" ref={body}>
        {report ? (
          <>
            <div class="il-docs-summary">
              <span>
                {bulletCount
                  ? toFix
                    ? `${toFix} of ${bulletCount} bullets to improve`
                    : `All ${bulletCount} bullets look strong`
                  : 'No bullets found yet: add an Experience section with bullet points.'}
              </span>
            </div>
            {bulletCount ? <CategoryBars categories={report.categories} /> : null}
            {report.documentFindings.length ? (
              <div class="il-docs-docfindings" data-il-document-findings="">
                <h3 class="il-docs-h">Whole document</h3>
                <FindingList
                  findings={report.documentFindings}
                  label="Suggestions for the whole document"
                  onDismiss={onDismissDocument}
                  dismissWhere="in this document"
                />
              </div>
            ) : null}
            {sections.map((section) => (
              <section key={section.key} class="il-docs-section" data-il-section={section.kind}>
                <h3 class="il-docs-h">{section.title}</h3>
                {section.groups.map((group) => (
                  <div key={group.key} class="il-docs-group">
                    {group.title ? <h4 class="il-docs-subh">{group.title}</h4> : null}
                    <ul class="il-rows" aria-label={`Bullets: ${group.title ?? section.title}`}>
                      {group.bullets.map((b) => {
                        const open = b.findings.length ? !toggled.has(b.key) : toggled.has(b.key);
                        const sel = state.selection?.start === b.start ? (state.selection.ok ? 'ok' : 'failed') : null;
                        return (
                          <DocsBulletRow
                            key={b.key}
                            bullet={b}
                            open={open}
                            onToggle={() => toggle(b.key)}
                            onSelect={canSelect ? () => onSelect!(b) : undefined}
                            selected={sel}
                            onCopy={onCopy}
                            panelId={`il-docs-panel-${b.key}`}
                            onDismiss={onDismiss ? (f) => onDismiss(b, f) : undefined}
                          />
                        );
                      })}
                    </ul>
                  </div>
                ))}
              </section>
            ))}
          </>
        ) : null}
      </div>
    </aside>
  );
}
