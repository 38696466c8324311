// The page's three most valuable fixes; each is a button that shows its bullet on the page.
import { RULE_INFO_BY_ID } from '../../analysis/rule-info.ts';
import type { Lens } from '../../analysis/types.ts';
import type { TopFix } from '../../utils/protocol.ts';
import { SEVERITY_LABEL } from '../severity.ts';

export interface TopFixesProps {
  fixes: readonly TopFix[];
  lens: Lens;
  onReveal: (fix: TopFix) => void;
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

export function TopFixes({ fixes, lens, onReveal }: TopFixesProps) {
  return (
    <ol class="il-fixes" aria-labelledby="il-fixes-h">
      {fixes.map((fix) => {
        const info = RULE_INFO_BY_ID[fix.rule];
        const severity = info.severity[lens];
        return (
          <li key={fix.bulletId}>
            <button
              type="button"
              class={`il-fix il-sev-${severity}`}
              data-il-fix={fix.bulletId}
              data-rule={fix.rule}
              title="Show this bullet on the page"
              onClick={() => onReveal(fix)}
            >
              <span class="il-fix-head">
                <span class="il-finding-sev">{SEVERITY_LABEL[severity]}</span>
                <span class="il-finding-rule">{info.name}</span>
                {fix.gain > 0 ? (
                  <span class="il-fix-gain">
                    +{fix.gain}
                    <span class="il-sr"> points</span>
                  </span>
                ) : null}
              </span>
              <span class="il-fix-bullet">“{excerpt(fix.bullet)}”</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
