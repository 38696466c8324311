// An on/off setting: a native checkbox with the switch role, so it is keyboard- and
// screen-reader-ready as is; the track is drawn by CSS.
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  /** id of the element that describes the setting (its why). */
  describedBy?: string;
  /** data-il-switch on the input, for tests and styling. */
  name: string;
}

export function Switch({ checked, onChange, children, describedBy, name }: SwitchProps) {
  return (
    <label class="il-switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        aria-describedby={describedBy}
        data-il-switch={name}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="il-switch-track" aria-hidden="true" />
      <span class="il-switch-label">{children}</span>
    </label>
  );
}
