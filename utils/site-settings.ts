// The user's settings as a content script applies them on its site: every critique asks for the
// chosen lens without the switched-off rules; what is shown leaves out dismissed findings (rescored
// with the engine's formulas); a change made anywhere (options, popup, another tab) reaches the
// page at once, no reload. LinkedIn and Google Docs each hold one.
import { withoutFindings, type Rescored } from '../analysis/adjust.ts';
import type { BulletReport, Finding, RuleId } from '../analysis/types.ts';
import type { AnalyzeRequest } from './protocol.ts';
import { DEFAULT_SETTINGS, dismiss, dismissedMatcher, getSettings, watchSettings, type Settings, type Site } from './settings.ts';

/** What changed, so the page does no more than it must. */
export interface SettingsChange {
  /** The site's switch flipped: start or tear down the UI. */
  site: boolean;
  /** Lens or rules changed: critique again. */
  critique: boolean;
  /** Dismissals changed: show the last critiques again. */
  shown: boolean;
}

export interface SiteSettingsOptions {
  /** The bullet's text as the UI shows it (and as a dismissal stores it), from the report's text. */
  bulletText?: (reportText: string) => string;
}

export class SiteSettings {
  current: Settings = DEFAULT_SETTINGS;
  /** Resolves once the stored settings are read (a failed read leaves the defaults). */
  readonly ready: Promise<void>;
  private isDismissed: (ruleId: RuleId, text: string) => boolean;
  private disabled: ReadonlySet<RuleId> = new Set();
  private readonly unwatch: () => void;
  private readonly bulletText: (reportText: string) => string;

  constructor(
    readonly site: Site,
    onChange: (change: SettingsChange) => void,
    options: SiteSettingsOptions = {},
  ) {
    this.isDismissed = dismissedMatcher([], site);
    this.bulletText = options.bulletText ?? ((t) => t);
    this.ready = getSettings().then(
      (s) => this.set(s),
      () => {},
    );
    this.unwatch = watchSettings((next) => {
      const prev = this.current;
      this.set(next);
      const change: SettingsChange = {
        site: prev.sites[site] !== next.sites[site],
        critique: prev.lens !== next.lens || prev.disabledRules.join() !== next.disabledRules.join(),
        shown: prev.dismissed !== next.dismissed,
      };
      if (change.site || change.critique || change.shown) onChange(change);
    });
  }

  get enabled(): boolean {
    return this.current.sites[this.site];
  }

  dispose(): void {
    this.unwatch();
  }

  /** Every request carries the lens and the rules switched off. */
  wrap<R>(analyze: (request: AnalyzeRequest) => R): (request: AnalyzeRequest) => R {
    return (request) => analyze({ ...request, lens: this.current.lens, disabled: [...this.current.disabledRules] });
  }

  /**
   * What of a critique is shown: no finding of a switched-off rule (the critique in flight when it
   * was switched off still has them) and none the user dismissed on that bullet; scores follow.
   */
  readonly present = <T extends { bullets: BulletReport[]; documentFindings: Finding[] }>(result: T): T & Rescored => {
    const drop = (f: Finding, bullet: { text: string } | null) =>
      this.disabled.has(f.rule) || (bullet !== null && this.isDismissed(f.rule, this.bulletText(bullet.text)));
    return { ...result, ...withoutFindings(result, this.current.lens, drop) };
  };

  /** Dismisses at once on this page (`shown` runs now), then stores it for every page and reload. */
  dismiss(bullet: { text: string }, finding: Finding, shown: () => void): void {
    const entry = { ruleId: finding.rule, bulletText: bullet.text, site: this.site };
    this.set({ ...this.current, dismissed: [{ ...entry, at: Date.now() }, ...this.current.dismissed] });
    shown();
    void dismiss(entry).catch(() => {});
  }

  private set(settings: Settings): void {
    this.current = settings;
    this.isDismissed = dismissedMatcher(settings.dismissed, this.site);
    this.disabled = new Set(settings.disabledRules);
  }
}
