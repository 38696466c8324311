// The lens (pm / engineer) as two radio buttons drawn as a segmented control: popup and options.
import type { Lens } from '../analysis/types.ts';

export const LENS_INFO: Record<Lens, { name: string; short: string; description: string }> = {
  pm: {
    name: 'Product lens',
    short: 'PM',
    description: 'Reads like a product hiring manager: decisions and business results first (the default).',
  },
  engineer: {
    name: 'Engineer lens',
    short: 'Engineer',
    description: 'Same findings, but tech-first, system-only metric, stack up top and jargon become hints that weigh less.',
  },
};

export interface LensSwitchProps {
  lens: Lens;
  onChange: (lens: Lens) => void;
  /** Distinguishes the radio group when a page shows two. */
  name?: string;
  /** 'compact': short labels, descriptions as tooltips (popup); 'full': names and descriptions. */
  variant?: 'compact' | 'full';
}

export function LensSwitch({ lens, onChange, name = 'il-lens', variant = 'compact' }: LensSwitchProps) {
  return (
    <fieldset class={`il-lens il-lens-${variant}`} data-il-lens={lens}>
      {/* Named for screen readers; on screen the surrounding heading or the header says it. */}
      <legend class="il-sr">Lens</legend>
      <div class="il-lens-options">
        {(['pm', 'engineer'] as const).map((value) => {
          const info = LENS_INFO[value];
          const id = `${name}-${value}`;
          return (
            <label key={value} class="il-lens-option" for={id} title={variant === 'compact' ? info.description : undefined}>
              <input
                id={id}
                type="radio"
                name={name}
                value={value}
                checked={lens === value}
                aria-describedby={variant === 'full' ? `${id}-desc` : undefined}
                onChange={() => onChange(value)}
              />
              <span class="il-lens-text">
                <span class="il-lens-name">{variant === 'compact' ? info.short : info.name}</span>
                {variant === 'full' ? (
                  <span class="il-lens-desc" id={`${id}-desc`}>
                    {info.description}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
