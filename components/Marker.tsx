// A bullet's compact marker: severity colour and finding count; a button that opens its details.
import type { Finding } from '../analysis/types.ts';
import { ruleIds, worstSeverity } from './severity.ts';

export interface MarkerProps {
  /** The bullet's text as extracted (list marker stripped): carried as data-il-bullet. */
  bullet: string;
  findings: readonly Finding[];
  expanded: boolean;
  /** id of the panel this marker opens. */
  controls?: string;
  onToggle: () => void;
}

export function Marker({ bullet, findings, expanded, controls, onToggle }: MarkerProps) {
  const severity = worstSeverity(findings);
  const count = findings.length;
  const excerpt = bullet.length > 60 ? `${bullet.slice(0, 57)}…` : bullet;
  const label = count
    ? `${count} ${count === 1 ? 'suggestion' : 'suggestions'} for “${excerpt}”`
    : `No suggestions for “${excerpt}”`;
  return (
    <button
      type="button"
      class={`il-marker il-sev-${severity ?? 'ok'}`}
      data-il-bullet={bullet}
      data-rules={ruleIds(findings).join(' ')}
      data-severity={severity ?? 'ok'}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={label}
      title={label}
      onClick={onToggle}
    >
      <span class="il-marker-dot" aria-hidden="true" />
      <span class="il-marker-count" aria-hidden="true">{count ? count : '✓'}</span>
    </button>
  );
}
