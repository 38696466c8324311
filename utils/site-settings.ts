// The user's settings as a content script applies them on its site: every critique asks for the
// chosen lens without the switched-off rules; what is shown leaves out dismissed findings, on a
// bullet or on the whole text (rescored with the engine's formulas); a change made anywhere
// (options, popup, another tab) reaches the page at once, no reload. LinkedIn and Google Docs each
// hold one.
import { withoutFindings, type Rescored } from '../analysis/adjust.ts';
import type { BulletReport, Finding, RuleId } from '../analysis/types.ts';
import type { AnalyzeRequest } from './protocol.ts';
import {
  DEFAULT_SETTINGS,
  dismiss,
  dismissedMatcher,
  getSettings,
  sanitizeDismissed,
  watchSettings,
  type DismissalInput,
  type DismissalScope,
  type Settings,
  type Site,
} from './settings.ts';

/** What changed, so the page does no more than it must. */
export interface SettingsChange {
  /** The site's switch flipped: start or tear down the UI. */
  site: boolean;
  /** Lens or rules changed: critique again. */
  critique: boolean;
  /** Dismissals changed: show the last critiques again. */
  shown: boolean;
}

/**
 * What a critique's document findings belong to, for dismissing them: `text` is what the dismissal
 * is matched on (a LinkedIn block's whole text; a Google Doc's id), `label` what Settings calls it.
 * A LinkedIn ProfileBlock is one as it is.
 */
export interface DismissScope {
  text: string;
  label?: string;
}

export interface SiteSettingsOptions {
  /** The bullet's text as the UI shows it (and as a dismissal stores it), from the report's text. */
  bulletText?: (reportText: string) => string;
}

export class SiteSettings {
  current: Settings = DEFAULT_SETTINGS;
  /** Resolves once the stored settings are read (a failed read leaves the defaults). */
  readonly ready: Promise<void>;
  private isDismissed: (ruleId: RuleId, text: string, scope?: DismissalScope) => boolean;
  private disabled: ReadonlySet<RuleId> = new Set();
  private readonly unwatch: () => void;
  private readonly bulletText: (reportText: string) => string;
  private readonly listeners = new Set<(change: SettingsChange) => void>();

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
      if (change.site || change.critique || change.shown) {
        onChange(change);
        this.emit(change);
      }
    });
  }

  /**
   * Hears every change `onChange` hears, after it: for a surface the page's wiring does not reach
   * (LinkedIn's edit-field annotators). Returns the unsubscribe function.
   */
  subscribe(listener: (change: SettingsChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  get enabled(): boolean {
    return this.current.sites[this.site];
  }

  dispose(): void {
    this.unwatch();
    this.listeners.clear();
  }

  /** Every request carries the lens and the rules switched off. */
  wrap<R>(analyze: (request: AnalyzeRequest) => R): (request: AnalyzeRequest) => R {
    return (request) => analyze({ ...request, lens: this.current.lens, disabled: [...this.current.disabledRules] });
  }

  /**
   * What of a critique is shown: no finding of a switched-off rule (the critique in flight when it
   * was switched off still has them), none the user dismissed on that bullet, and, given the
   * `scope` the critique covers, no document finding dismissed there; scores follow.
   */
  readonly present = <T extends { bullets: BulletReport[]; documentFindings: Finding[] }>(
    result: T,
    scope?: DismissScope | null,
  ): T & Rescored => {
    const drop = (f: Finding, bullet: { text: string } | null) =>
      this.disabled.has(f.rule) ||
      (bullet !== null
        ? this.isDismissed(f.rule, this.bulletText(bullet.text))
        : scope != null && this.isDismissed(f.rule, scope.text, 'document'));
    return { ...result, ...withoutFindings(result, this.current.lens, drop) };
  };

  /** Dismisses at once on this page (`shown` runs now), then stores it for every page and reload. */
  dismiss(bullet: { text: string }, finding: Finding, shown: () => void): void {
    this.add({ ruleId: finding.rule, scope: 'bullet', bulletText: bullet.text, site: this.site }, shown);
  }

  /** Dismisses a document finding for the whole of `scope` (that block, that Doc): as `dismiss`. */
  dismissDocument(scope: DismissScope, finding: Finding, shown: () => void): void {
    const entry: DismissalInput = { ruleId: finding.rule, scope: 'document', bulletText: scope.text, site: this.site };
    if (scope.label) entry.label = scope.label;
    this.add(entry, shown);
  }

  private add(entry: DismissalInput, shown: () => void): void {
    this.set({ ...this.current, dismissed: sanitizeDismissed([{ ...entry, at: Date.now() }, ...this.current.dismissed]) });
    shown();
    // Subscribers (LinkedIn's edit-field annotators) update at once; `onChange`, and so the rest of
    // the page (the profile under an edit form), hears of it when storage reports the write.
    this.emit({ site: false, critique: false, shown: true });
    void dismiss(entry).catch(() => {});
  }

  private emit(change: SettingsChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // One surface failing must not keep the others from updating.
      }
    }
  }

  private set(settings: Settings): void {
    this.current = settings;
    this.isDismissed = dismissedMatcher(settings.dismissed, this.site);
    this.disabled = new Set(settings.disabledRules);
  }
}
