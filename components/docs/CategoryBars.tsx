// The document's four category scores as small bars.
import { CATEGORIES, type CategoryScores } from '../../analysis/types.ts';
import { scoreBand } from '../severity.ts';

const LABEL: Record<(typeof CATEGORIES)[number], string> = {
  impact: 'Impact',
  ownership: 'Ownership',
  clarity: 'Clarity',
  product: 'Product',
};

export function CategoryBars({ categories }: { categories: CategoryScores }) {
  return (
    <ul class="il-docs-cats" aria-label="Scores by category">
      {CATEGORIES.map((c) => {
        const v = Math.max(0, Math.min(100, Math.round(categories[c])));
        return (
          <li key={c} class={`il-docs-cat il-score-${scoreBand(v)}-bar`} data-category={c}>
            <span class="il-docs-cat-name">{LABEL[c]}</span>
            <span class="il-docs-cat-track" aria-hidden="true">
              <span class="il-docs-cat-fill" style={{ width: `${v}%` }} />
            </span>
            <span class="il-docs-cat-value">{v}</span>
          </li>
        );
      })}
    </ul>
  );
}
