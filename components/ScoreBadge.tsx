// A 0-100 score with its band colour.
import { scoreBand } from './severity.ts';

export interface ScoreBadgeProps {
  score: number;
  /** What is scored, for screen readers ("this position"). */
  of?: string;
}

export function ScoreBadge({ score, of }: ScoreBadgeProps) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const label = `Impact score ${value} out of 100${of ? ` for ${of}` : ''}`;
  return (
    <span class={`il-score il-score-${scoreBand(value)}`} role="img" aria-label={label} title={label} data-score={value}>
      {value}
    </span>
  );
}
