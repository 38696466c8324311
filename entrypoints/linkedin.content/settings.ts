// The user's settings on LinkedIn (utils/site-settings.ts): a dismissal is matched on the bullet as
// its marker shows it, list marker stripped.
import { SiteSettings, type SettingsChange } from '../../utils/site-settings.ts';
import { stripMarker } from './text.ts';

export function linkedInSettings(onChange: (change: SettingsChange) => void): SiteSettings {
  return new SiteSettings('linkedin', onChange, { bulletText: stripMarker });
}
