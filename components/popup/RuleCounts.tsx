// How many findings the page has, by rule: most first, then in the engine's order.
import { RULE_INFO, RULE_INFO_BY_ID } from '../../analysis/rule-info.ts';
import type { RuleId } from '../../analysis/types.ts';

export function RuleCounts({ counts }: { counts: Partial<Record<RuleId, number>> }) {
  const order = RULE_INFO.map((r) => r.id);
  const rows = (Object.entries(counts) as [RuleId, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]));
  if (!rows.length) return <p class="il-muted">Nothing to fix: every bullet reads as Action → Impact.</p>;
  return (
    <ul class="il-counts" aria-labelledby="il-counts-h">
      {rows.map(([rule, n]) => (
        <li key={rule} class="il-count" data-rule={rule} data-count={n}>
          <span class="il-count-name">{RULE_INFO_BY_ID[rule].name}</span>
          <span class="il-count-n">{n}</span>
        </li>
      ))}
    </ul>
  );
}
