// A 0-100 score as a ring gauge with its band colour (the popup's page score, a pasted text's).
import { scoreBand } from './severity.ts';

export interface ScoreGaugeProps {
  score: number;
  /** What is scored, for screen readers ("this page"). */
  of: string;
}

const R = 34;
const C = 2 * Math.PI * R;

export function ScoreGauge({ score, of }: ScoreGaugeProps) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const label = `Impact score ${value} out of 100 for ${of}`;
  return (
    <div class={`il-gauge il-score-${scoreBand(value)}-gauge`} role="img" aria-label={label} title={label} data-score={value}>
      <svg viewBox="0 0 80 80" width="80" height="80" aria-hidden="true" focusable="false">
        <circle class="il-gauge-track" cx="40" cy="40" r={R} />
        <circle
          class="il-gauge-fill"
          cx="40"
          cy="40"
          r={R}
          stroke-dasharray={`${(C * value) / 100} ${C}`}
          transform="rotate(-90 40 40)"
        />
      </svg>
      <span class="il-gauge-value" aria-hidden="true">
        {value}
      </span>
    </div>
  );
}
