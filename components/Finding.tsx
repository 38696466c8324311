// One finding (what is wrong, and why it matters) and a list of them.
import type { Finding as FindingData } from '../analysis/types.ts';
import { SEVERITY_LABEL, ruleLabel } from './severity.ts';

/** Where a dismissal applies, as the Dismiss button says it: "on this bullet", "on this text"… */
export const DISMISS_ON_BULLET = 'on this bullet';

export interface FindingProps {
  finding: FindingData;
  /** Hide this finding here for good (restorable in the options page). */
  onDismiss?: () => void;
  /** Where Dismiss hides it, for its label and tooltip (default: on this bullet). */
  dismissWhere?: string;
}

export function Finding({ finding, onDismiss, dismissWhere = DISMISS_ON_BULLET }: FindingProps) {
  return (
    <li class={`il-finding il-sev-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
      <div class="il-finding-head">
        <span class="il-finding-sev">{SEVERITY_LABEL[finding.severity]}</span>
        <span class="il-finding-rule">{ruleLabel(finding.rule)}</span>
        {onDismiss ? (
          <button
            type="button"
            class="il-dismiss"
            data-il-action="dismiss"
            aria-label={`Dismiss ${ruleLabel(finding.rule)} ${dismissWhere}`}
            title={`Not right here? Hide it ${dismissWhere} (Settings can restore it)`}
            onClick={onDismiss}
          >
            Dismiss
          </button>
        ) : null}
      </div>
      <p class="il-finding-message">{finding.message}</p>
      {finding.why ? <p class="il-finding-why">{finding.why}</p> : null}
    </li>
  );
}

export interface FindingListProps {
  findings: readonly FindingData[];
  /** Accessible name of the list. */
  label?: string;
  /** Offered on each finding when given. */
  onDismiss?: (finding: FindingData) => void;
  dismissWhere?: string;
}

export function FindingList({ findings, label = 'Suggestions', onDismiss, dismissWhere }: FindingListProps) {
  if (!findings.length) return null;
  return (
    <ul class="il-findings" aria-label={label}>
      {findings.map((f, i) => (
        <Finding
          key={`${f.rule}-${f.start}-${i}`}
          finding={f}
          onDismiss={onDismiss ? () => onDismiss(f) : undefined}
          dismissWhere={dismissWhere}
        />
      ))}
    </ul>
  );
}
