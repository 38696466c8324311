// A stronger version of a bullet, with Copy, and Apply/Undo when the host can edit the text.
import { useEffect, useState } from 'preact/hooks';
import { copyText } from './clipboard.ts';

export interface RewriteBoxProps {
  rewrite: string;
  /** Copies the text; resolves true on success. Defaults to the Clipboard API with a fallback. */
  onCopy?: (text: string) => Promise<boolean> | boolean;
  /** Offered only where the text can be edited in place (an edit form). */
  onApply?: () => void;
  /** Offered while the last applied rewrite can be undone. */
  onUndo?: () => void;
  /** Why Apply cannot run right now (e.g. over the length limit); disables it. */
  applyBlocked?: string | null;
}

export function RewriteBox({ rewrite, onCopy = copyText, onApply, onUndo, applyBlocked }: RewriteBoxProps) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(null), 1500);
    return () => clearTimeout(t);
  }, [copied]);
  const copy = async () => {
    let ok = false;
    try {
      ok = await onCopy(rewrite);
    } catch {
      ok = false;
    }
    setCopied(ok ? 'yes' : 'no');
  };
  return (
    <div class="il-rewrite" data-il-rewrite="">
      <div class="il-rewrite-label">Stronger version</div>
      <p class="il-rewrite-text">{rewrite}</p>
      <div class="il-actions">
        <button type="button" class="il-button" data-il-action="copy" onClick={copy}>
          {copied === 'yes' ? 'Copied' : copied === 'no' ? 'Copy failed' : 'Copy'}
        </button>
        {onApply ? (
          <button
            type="button"
            class="il-button il-button-primary"
            data-il-action="apply"
            disabled={Boolean(applyBlocked)}
            title={applyBlocked ?? 'Replace this bullet with the stronger version'}
            onClick={onApply}
          >
            Apply
          </button>
        ) : null}
        {onUndo ? (
          <button type="button" class="il-button" data-il-action="undo" onClick={onUndo}>
            Undo
          </button>
        ) : null}
      </div>
      {applyBlocked ? <p class="il-note">{applyBlocked}</p> : null}
      <span class="il-sr" role="status" aria-live="polite">
        {copied === 'yes' ? 'Rewrite copied to the clipboard' : ''}
      </span>
    </div>
  );
}
