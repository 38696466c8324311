// One bullet: its marker and text, and when opened its findings (with why) and rewrite.
import type { Finding } from '../analysis/types.ts';
import { FindingList } from './Finding.tsx';
import { Marker } from './Marker.tsx';
import { RewriteBox, type RewriteBoxProps } from './RewriteBox.tsx';

export interface BulletView {
  /** Stable across re-critiques of the same bullet (its index in its block). */
  key: string;
  /** As extracted, list marker stripped. */
  text: string;
  score: number;
  findings: Finding[];
  rewrite: string | null;
}

export interface BulletRowProps {
  bullet: BulletView;
  open: boolean;
  onToggle: () => void;
  panelId: string;
  onCopy?: RewriteBoxProps['onCopy'];
  onApply?: () => void;
  applyBlocked?: string | null;
  /** Dismiss one of this bullet's findings (offered on each finding when given). */
  onDismiss?: (finding: Finding) => void;
}

export function BulletRow({ bullet, open, onToggle, panelId, onCopy, onApply, applyBlocked, onDismiss }: BulletRowProps) {
  return (
    <li class={`il-row${open ? ' il-row-open' : ''}`}>
      <div class="il-row-head">
        <Marker bullet={bullet.text} findings={bullet.findings} expanded={open} controls={panelId} onToggle={onToggle} />
        {/* The marker button is the keyboard target; clicking the text is a mouse convenience. */}
        <span class="il-excerpt" onClick={onToggle}>
          {bullet.text}
        </span>
      </div>
      {open ? (
        <div class="il-panel" id={panelId} role="region" aria-label={`Suggestions for: ${bullet.text.slice(0, 80)}`}>
          {bullet.findings.length ? (
            <FindingList findings={bullet.findings} onDismiss={onDismiss} />
          ) : (
            <p class="il-clean">Strong bullet: nothing to fix.</p>
          )}
          {bullet.rewrite ? (
            <RewriteBox rewrite={bullet.rewrite} onCopy={onCopy} onApply={onApply} applyBlocked={applyBlocked} />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
