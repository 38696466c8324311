// A block's annotations: a header (score, summary, text-level findings) and one row per bullet.
// Used beside each LinkedIn position/About/headline and under edit fields; reusable by any surface
// (Docs sidebar, popup): props in, callbacks out.
import { useState } from 'preact/hooks';
import type { Finding } from '../analysis/types.ts';
import { BulletRow, type BulletView } from './BulletRow.tsx';
import { FindingList } from './Finding.tsx';
import type { RewriteBoxProps } from './RewriteBox.tsx';
import { ScoreBadge } from './ScoreBadge.tsx';

export interface AnnotationsProps {
  /** What the block is, for screen readers: "Senior Product Manager · Lumen Health". */
  subject: string;
  bullets: BulletView[];
  documentFindings?: Finding[];
  score?: number | null;
  /** A status line (applied, undone, could not apply…) with an optional Undo. */
  notice?: string | null;
  onUndo?: (() => void) | null;
  /** Edit surfaces only: apply a bullet's rewrite. */
  onApply?: (key: string) => void;
  /** Why a bullet's rewrite cannot be applied now, if it cannot. */
  applyBlocked?: (key: string) => string | null;
  onCopy?: RewriteBoxProps['onCopy'];
  /** Shown when there are no bullets (edit fields: "start typing"). Nothing is rendered without it. */
  emptyText?: string;
  /** Rows open at first render. */
  initiallyOpen?: string[];
  /** Dismiss one finding on one bullet (by the bullet's key); offered on each finding when given. */
  onDismiss?: (key: string, finding: Finding) => void;
  /** Dismiss a finding about the whole text, for this text; offered on each of them when given. */
  onDismissDocument?: (finding: Finding) => void;
}

export function Annotations(props: AnnotationsProps) {
  const { subject, bullets, documentFindings = [], score, notice, onUndo, onApply, applyBlocked, onCopy, emptyText, onDismiss, onDismissDocument } =
    props;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(props.initiallyOpen ?? []));
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  if (!bullets.length && !documentFindings.length && !notice && !emptyText) return null;
  const toFix = bullets.filter((b) => b.findings.length).length;
  const summary = bullets.length
    ? toFix
      ? `${toFix} of ${bullets.length} ${bullets.length === 1 ? 'bullet' : 'bullets'} to improve`
      : `${bullets.length === 1 ? 'Bullet looks' : 'All bullets look'} strong`
    : (emptyText ?? '');
  return (
    <section class="il-root il-annotations" aria-label={`Impact Lens: ${subject}`} data-il-annotations="">
      <div class="il-head">
        <span class="il-brand" aria-hidden="true" />
        <span class="il-title">Impact Lens</span>
        {typeof score === 'number' && bullets.length ? <ScoreBadge score={score} of={subject} /> : null}
        <span class="il-summary">{summary}</span>
      </div>
      {documentFindings.length ? (
        <div class="il-doc">
          <FindingList
            findings={documentFindings}
            label="Suggestions for the whole text"
            onDismiss={onDismissDocument}
            dismissWhere="on this text"
          />
        </div>
      ) : null}
      {notice || onUndo ? (
        <div class="il-notice">
          <span role="status" aria-live="polite">
            {notice}
          </span>
          {onUndo ? (
            <button type="button" class="il-button" data-il-action="undo" onClick={onUndo}>
              Undo
            </button>
          ) : null}
        </div>
      ) : null}
      {bullets.length ? (
        // The row count sizes the list while it is off screen (impact-lens.css, content-visibility).
        <ul class="il-rows" aria-label="Bullets" style={{ '--il-row-count': String(bullets.length) }}>
          {bullets.map((b, i) => (
            <BulletRow
              key={b.key}
              bullet={b}
              open={open.has(b.key)}
              onToggle={() => toggle(b.key)}
              panelId={`il-panel-${i}`}
              onCopy={onCopy}
              onApply={onApply && b.rewrite ? () => onApply(b.key) : undefined}
              applyBlocked={applyBlocked?.(b.key) ?? null}
              onDismiss={onDismiss ? (f) => onDismiss(b.key, f) : undefined}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
