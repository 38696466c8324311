// One bullet in the Docs sidebar: the shared Marker (which carries data-il-bullet and data-rules),
// the bullet text — a button that selects the bullet in the document when Docs allows it — and,
// when open, the shared finding list and rewrite box.
import type { Finding } from '../../analysis/types.ts';
import { FindingList } from '../Finding.tsx';
import { Marker } from '../Marker.tsx';
import { RewriteBox, type RewriteBoxProps } from '../RewriteBox.tsx';

export interface DocsBulletView {
  /** Stable across re-critiques: section and index in it, so typing keeps the row in place. */
  key: string;
  text: string;
  start: number;
  end: number;
  score: number;
  findings: Finding[];
  rewrite: string | null;
}

export interface DocsBulletRowProps {
  bullet: DocsBulletView;
  open: boolean;
  onToggle: () => void;
  /** Present when the bullet can be selected in the document (annotated canvas). */
  onSelect?: () => void;
  /** Result of the last selection of this bullet. */
  selected?: 'ok' | 'failed' | null;
  onCopy?: RewriteBoxProps['onCopy'];
  panelId: string;
  /** Dismiss one of this bullet's findings (offered on each finding when given). */
  onDismiss?: (finding: Finding) => void;
}

export function DocsBulletRow({ bullet, open, onToggle, onSelect, selected, onCopy, panelId, onDismiss }: DocsBulletRowProps) {
  return (
    <li class={`il-row il-docs-row${open ? ' il-row-open' : ''}${selected === 'ok' ? ' il-docs-selected' : ''}`} data-il-key={bullet.key}>
      <div class="il-row-head">
        <Marker bullet={bullet.text} findings={bullet.findings} expanded={open} controls={panelId} onToggle={onToggle} />
        {onSelect ? (
          <button
            type="button"
            class="il-docs-bullet-text"
            data-il-select=""
            title="Select this bullet in the document, then paste a rewrite over it"
            onClick={onSelect}
          >
            {bullet.text}
          </button>
        ) : (
          <span class="il-docs-bullet-text" onClick={onToggle}>
            {bullet.text}
          </span>
        )}
      </div>
      {selected === 'failed' ? (
        <p class="il-note il-docs-row-note" role="status">
          This bullet changed in the document; refresh, then try again.
        </p>
      ) : null}
      {open ? (
        <div class="il-panel" id={panelId} role="region" aria-label={`Suggestions for: ${bullet.text.slice(0, 80)}`}>
          {bullet.findings.length ? <FindingList findings={bullet.findings} onDismiss={onDismiss} /> : <p class="il-clean">Strong bullet: nothing to fix.</p>}
          {bullet.rewrite ? <RewriteBox rewrite={bullet.rewrite} onCopy={onCopy} /> : null}
        </div>
      ) : null}
    </li>
  );
}
