// One finding (what is wrong, and why it matters) and a list of them.
import type { Finding as FindingData } from '../analysis/types.ts';
import { SEVERITY_LABEL, ruleLabel } from './severity.ts';

export function Finding({ finding }: { finding: FindingData }) {
  return (
    <li class={`il-finding il-sev-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
      <div class="il-finding-head">
        <span class="il-finding-sev">{SEVERITY_LABEL[finding.severity]}</span>
        <span class="il-finding-rule">{ruleLabel(finding.rule)}</span>
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
}

export function FindingList({ findings, label = 'Suggestions' }: FindingListProps) {
  if (!findings.length) return null;
  return (
    <ul class="il-findings" aria-label={label}>
      {findings.map((f, i) => (
        <Finding key={`${f.rule}-${f.start}-${i}`} finding={f} />
      ))}
    </ul>
  );
}
