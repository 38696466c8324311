// The options page: lens, each rule on or off (with its name and why), per-site switches, and the
// dismissed findings with Restore. Props in, callbacks out: entrypoints/options/App.tsx owns storage.
import { RULE_INFO, RULE_INFO_BY_ID, type RuleInfo } from '../../analysis/rule-info.ts';
import type { Lens, RuleId } from '../../analysis/types.ts';
import { SITES, SITE_NAME, type Dismissal, type Settings, type Site } from '../../utils/settings.ts';
import { LensSwitch } from '../LensSwitch.tsx';
import { SEVERITY_LABEL } from '../severity.ts';
import { Switch } from '../Switch.tsx';

export interface OptionsViewProps {
  settings: Settings;
  onLens: (lens: Lens) => void;
  onRule: (ruleId: RuleId, enabled: boolean) => void;
  onSite: (site: Site, enabled: boolean) => void;
  onRestore: (dismissal: Dismissal) => void;
  onRestoreAll: () => void;
  /** The last save's outcome, announced politely ("Saved", "Could not save"). */
  status?: string | null;
}

const SITE_DESCRIPTION: Record<Site, string> = {
  linkedin: 'Annotations beside your profile, its experience page and the edit forms.',
  googleDocs: 'A sidebar beside any Google Doc you open.',
};

export function OptionsView(props: OptionsViewProps) {
  const { settings, onLens, onSite, status } = props;
  return (
    <div class="il-options">
      <header class="il-bar">
        <span class="il-brand" aria-hidden="true" />
        <h1 class="il-title">Impact Lens settings</h1>
        <span class="il-spacer" />
        <span class="il-muted" role="status" aria-live="polite" data-il-status="">
          {status ?? ''}
        </span>
      </header>
      <main class="il-main">
        <section class="il-card" aria-labelledby="il-lens-h">
          <h2 class="il-h2" id="il-lens-h">
            Lens
          </h2>
          <p class="il-muted">Who reads your resume? The lens changes how much each finding weighs, not what is found.</p>
          <LensSwitch lens={settings.lens} onChange={onLens} name="il-options-lens" variant="full" />
        </section>

        <section class="il-card" aria-labelledby="il-sites-h">
          <h2 class="il-h2" id="il-sites-h">
            Sites
          </h2>
          <ul class="il-settings-list">
            {SITES.map((site) => (
              <li key={site} class="il-setting" data-site={site}>
                <Switch name={`site-${site}`} checked={settings.sites[site]} onChange={(on) => onSite(site, on)} describedBy={`il-site-${site}-desc`}>
                  <span class="il-setting-name">{SITE_NAME[site]}</span>
                </Switch>
                <p class="il-setting-why" id={`il-site-${site}-desc`}>
                  {SITE_DESCRIPTION[site]}
                </p>
              </li>
            ))}
          </ul>
        </section>

        <section class="il-card" aria-labelledby="il-rules-h">
          <h2 class="il-h2" id="il-rules-h">
            Rules
          </h2>
          <p class="il-muted">A rule switched off finds nothing anywhere and costs no points; open pages update at once.</p>
          <RuleGroup title="Each bullet" rules={RULE_INFO.filter((r) => r.scope === 'bullet')} {...props} />
          <RuleGroup title="The whole text" rules={RULE_INFO.filter((r) => r.scope === 'document')} {...props} />
        </section>

        <Dismissed {...props} />
      </main>
    </div>
  );
}

function RuleGroup({ title, rules, settings, onRule }: OptionsViewProps & { title: string; rules: readonly RuleInfo[] }) {
  const off = new Set(settings.disabledRules);
  const id = `il-rules-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <>
      <h3 class="il-h3" id={id}>
        {title}
      </h3>
      <ul class="il-settings-list" aria-labelledby={id}>
        {rules.map((rule) => {
          const severity = rule.severity[settings.lens];
          return (
            <li key={rule.id} class={`il-setting il-sev-${severity}`} data-rule={rule.id} data-enabled={String(!off.has(rule.id))}>
              <div class="il-setting-row">
                <Switch name={`rule-${rule.id}`} checked={!off.has(rule.id)} onChange={(on) => onRule(rule.id, on)} describedBy={`il-rule-${rule.id}-why`}>
                  <span class="il-setting-name">{rule.name}</span>
                </Switch>
                <code class="il-rule-id">{rule.id}</code>
                <span class="il-finding-sev" title={`Severity in the ${settings.lens === 'pm' ? 'product' : 'engineer'} lens`}>
                  {SEVERITY_LABEL[severity]}
                </span>
              </div>
              <p class="il-setting-why" id={`il-rule-${rule.id}-why`}>
                {rule.why}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Dismissed({ settings, onRestore, onRestoreAll }: OptionsViewProps) {
  const { dismissed } = settings;
  return (
    <section class="il-card" aria-labelledby="il-dismissed-h" data-il-dismissed={dismissed.length}>
      <div class="il-card-head">
        <h2 class="il-h2" id="il-dismissed-h">
          Dismissed findings
        </h2>
        {dismissed.length > 1 ? (
          <button type="button" class="il-button" data-il-action="restore-all" onClick={onRestoreAll}>
            Restore all
          </button>
        ) : null}
      </div>
      {dismissed.length ? (
        <ul class="il-dismissed-list">
          {dismissed.map((d) => (
            <DismissedItem key={`${d.site}-${d.scope}-${d.ruleId}-${d.bulletText}`} dismissal={d} onRestore={onRestore} />
          ))}
        </ul>
      ) : (
        <p class="il-muted">
          Nothing dismissed. Dismiss a finding from its annotation when it does not apply; it stays hidden on that bullet (or, for a
          finding about the whole text, on that text or document) until you restore it here.
        </p>
      )}
    </section>
  );
}

const excerptOf = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}…` : text);

/**
 * One dismissal: the rule, the site, and where: the bullet, or for a finding about the whole text,
 * the block or document it was dismissed on (its label; LinkedIn's also the start of its text).
 * Everything here came from a page: rendered as text, never as markup.
 */
function DismissedItem({ dismissal: d, onRestore }: { dismissal: Dismissal; onRestore: (d: Dismissal) => void }) {
  const name = RULE_INFO_BY_ID[d.ruleId].name;
  const excerpt = excerptOf(d.bulletText);
  const whole = d.scope === 'document';
  // A Google Doc's dismissal is keyed by its id: show its title, never the id.
  const quoted = !whole || d.site === 'linkedin' ? excerpt : null;
  const where = whole ? (d.label ?? (d.site === 'googleDocs' ? 'a Google Doc' : 'a LinkedIn text')) : null;
  return (
    <li class="il-dismissed" data-rule={d.ruleId} data-site={d.site} data-scope={d.scope}>
      <div class="il-dismissed-text">
        <span class="il-setting-name">{name}</span>
        <span class="il-muted">
          {' '}
          · {SITE_NAME[d.site]}
          {whole ? ' · whole text' : ''}
        </span>
        {where ? <p class="il-dismissed-where">{where}</p> : null}
        {quoted ? <p class="il-dismissed-bullet">“{quoted}”</p> : null}
      </div>
      <button
        type="button"
        class="il-button"
        data-il-action="restore"
        aria-label={whole ? `Restore ${name} on ${where}` : `Restore ${name} on “${excerpt}”`}
        onClick={() => onRestore(d)}
      >
        Restore
      </button>
    </li>
  );
}
