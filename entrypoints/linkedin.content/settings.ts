// The user's settings on LinkedIn (utils/site-settings.ts). A bullet dismissal is matched on the
// bullet as its marker shows it (list marker stripped, whitespace collapsed), a document dismissal
// on the block's whole text: the same bullet, or the same description, in the profile and in the
// edit form is the same key, so a dismissal made on either holds on both (one store, site
// 'linkedin').
//
// The content script holds one LinkedInSettings. index.tsx hands its `present` and `dismiss` to the
// profile annotations through page.ts; the edit-field annotators that page.ts creates are not
// handed them, so they find the one in use here (currentLinkedInSettings) and follow its changes
// through `subscribe`.
import { SiteSettings, type SettingsChange } from '../../utils/site-settings.ts';
import { stripMarker } from './text.ts';

export class LinkedInSettings extends SiteSettings {
  constructor(onChange: (change: SettingsChange) => void) {
    super('linkedin', onChange, { bulletText: stripMarker });
  }

  override dispose(): void {
    super.dispose();
    if (active === this) active = null;
  }
}

let active: LinkedInSettings | null = null;

/** The content script's settings; the newest one made is the one in use until it is disposed. */
export function linkedInSettings(onChange: (change: SettingsChange) => void): LinkedInSettings {
  const settings = new LinkedInSettings(onChange);
  active = settings;
  return settings;
}

/** The settings in use on this page, or null before the content script made them (or after). */
export function currentLinkedInSettings(): LinkedInSettings | null {
  return active;
}
