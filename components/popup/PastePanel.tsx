// Critique any text right in the popup: a bullet or a whole resume pasted into a text box.
import type { Report } from '../../analysis/types.ts';
import { Annotations } from '../Annotations.tsx';
import type { BulletView } from '../BulletRow.tsx';
import { CategoryBars } from '../docs/CategoryBars.tsx';
import type { RewriteBoxProps } from '../RewriteBox.tsx';
import { ScoreGauge } from '../ScoreGauge.tsx';

export interface PasteState {
  text: string;
  busy: boolean;
  report: Report | null;
  error: string | null;
}

export const initialPaste: PasteState = { text: '', busy: false, report: null, error: null };

export interface PastePanelProps {
  paste: PasteState;
  onChange: (text: string) => void;
  onSubmit: () => void;
  onCopy?: RewriteBoxProps['onCopy'];
}

function views(report: Report): BulletView[] {
  return report.bullets.map((b, i) => ({
    key: String(i),
    text: b.text.replace(/\s+/g, ' ').trim(),
    score: b.score,
    findings: b.findings,
    rewrite: b.rewrite,
  }));
}

export function PastePanel({ paste, onChange, onSubmit, onCopy }: PastePanelProps) {
  const { text, busy, report, error } = paste;
  const bullets = report ? views(report) : [];
  return (
    <div class="il-paste" data-il-paste="">
      <form
        class="il-paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() && !busy) onSubmit();
        }}
      >
        <label class="il-label" for="il-paste-text">
          Paste a bullet or a whole resume
        </label>
        <textarea
          id="il-paste-text"
          class="il-textarea"
          rows={5}
          value={text}
          placeholder="Responsible for maintaining the CI pipeline"
          onInput={(e) => onChange((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter critiques without leaving the keyboard.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim() && !busy) {
              e.preventDefault();
              onSubmit();
            }
          }}
        />
        <div class="il-actions">
          <button type="submit" class="il-button il-button-primary" data-il-action="critique" disabled={!text.trim() || busy}>
            {busy ? 'Critiquing…' : 'Critique'}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" class={error ? 'il-error-text' : 'il-sr'}>
        {error ?? (report && !busy ? `Critiqued ${bullets.length} ${bullets.length === 1 ? 'bullet' : 'bullets'}, score ${report.score}` : '')}
      </div>
      {report && !busy ? (
        bullets.length ? (
          // Scrolls inside the popup (popup.css): a named region, reachable by keyboard through its rows.
          <div class="il-paste-result" data-il-paste-result="" role="region" aria-label="Critique of the pasted text">
            <div class="il-overview">
              <ScoreGauge score={report.score} of="the pasted text" />
              <div class="il-overview-side">
                <CategoryBars categories={report.categories} />
              </div>
            </div>
            <Annotations subject="the pasted text" bullets={bullets} documentFindings={report.documentFindings} onCopy={onCopy} initiallyOpen={bullets.length === 1 ? ['0'] : []} />
          </div>
        ) : (
          <p class="il-muted" data-il-paste-result="">No bullets found in that text: paste lines that describe your work.</p>
        )
      ) : null}
    </div>
  );
}
