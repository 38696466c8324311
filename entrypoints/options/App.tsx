// The options page's wiring: read the settings, keep them in step with storage (another tab or the
// popup may change them), write each change. The view is components/options/OptionsView.tsx.
import { useEffect, useRef, useState } from 'preact/hooks';
import { OptionsView } from '../../components/options/OptionsView.tsx';
import * as settingsApi from '../../utils/settings.ts';
import type { Settings } from '../../utils/settings.ts';

export type OptionsDeps = Pick<
  typeof settingsApi,
  'getSettings' | 'watchSettings' | 'setLens' | 'setRuleEnabled' | 'setSiteEnabled' | 'restore'
>;

export function App({ deps: given }: { deps?: OptionsDeps } = {}) {
  const deps = useRef<OptionsDeps>(given ?? settingsApi).current;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void deps.getSettings().then((s) => live && setSettings((cur) => cur ?? s));
    const stop = deps.watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);

  // Optimistic: the view changes at once; storage's watch confirms (or corrects) it.
  const save = (change: (s: Settings) => Settings, write: () => Promise<void>) => {
    setSettings((s) => (s ? change(s) : s));
    setStatus('Saving…');
    write().then(
      () => setStatus('Saved'),
      () => {
        setStatus('Could not save: try again');
        void deps.getSettings().then(setSettings);
      },
    );
  };

  if (!settings) return <p class="il-options il-muted">Loading settings…</p>;
  return (
    <OptionsView
      settings={settings}
      status={status}
      onLens={(lens) => save((s) => ({ ...s, lens }), () => deps.setLens(lens))}
      onRule={(id, on) =>
        save(
          (s) => ({ ...s, disabledRules: on ? s.disabledRules.filter((r) => r !== id) : [...s.disabledRules, id] }),
          () => deps.setRuleEnabled(id, on),
        )
      }
      onSite={(site, on) => save((s) => ({ ...s, sites: { ...s.sites, [site]: on } }), () => deps.setSiteEnabled(site, on))}
      onRestore={(d) =>
        save(
          (s) => ({ ...s, dismissed: s.dismissed.filter((x) => x !== d) }),
          () => deps.restore(d),
        )
      }
      onRestoreAll={() => save((s) => ({ ...s, dismissed: [] }), () => deps.restore('all'))}
    />
  );
}
