// Live annotations under an edit-form field (position description, About, headline): re-critiqued
// as the user types (debounced), with Apply rewrite and Undo. The field's text is only ever changed
// by the user's click on Apply or Undo. The user's dismissals apply here as on the profile (same
// keys, settings.ts): what was dismissed on a profile bullet stays hidden on the same bullet here,
// and Dismiss here hides it on the profile too.
import type { BulletReport, Finding, Report } from '../../analysis/types.ts';
import { Annotations } from '../../components/Annotations.tsx';
import { applyRewrite, undoRewrite, type AppliedEdit } from './apply.ts';
import type { Analyze } from './analyze.ts';
import { toBulletViews } from './analyze.ts';
import { fieldText, type FieldText } from './editable.ts';
import type { EditField } from './fields.ts';
import type { Host, MountHost } from './mount.ts';
import { currentLinkedInSettings } from './settings.ts';
import { stripMarker } from './text.ts';
import type { DismissScope, SiteSettings } from '../../utils/site-settings.ts';

/** What the annotator needs of the user's settings (utils/site-settings.ts). */
export type FieldSettings = Pick<SiteSettings, 'present' | 'dismiss' | 'dismissDocument' | 'subscribe'>;

export interface FieldAnnotatorOptions {
  analyze: Analyze;
  mount: MountHost;
  /** Quiet time after a keystroke before critiquing. */
  debounceMs?: number;
  /** Longest wait while the user keeps typing. */
  maxWaitMs?: number;
  onError?: (err: unknown) => void;
  /**
   * The user's dismissals (and switched-off rules) to apply, with Dismiss offered on every finding.
   * Default: the LinkedIn content script's settings in use (settings.ts); null: none, no Dismiss.
   */
  settings?: FieldSettings | null;
}

const SUBJECT = { position: 'this description', about: 'About', headline: 'headline' } as const;
/** What Settings calls a document dismissal made here (the profile names the position instead). */
const SCOPE_LABEL = { position: 'Position description', about: 'About', headline: 'Headline' } as const;

export class FieldAnnotator {
  readonly text: FieldText;
  private host: Host | null = null;
  private mounting: Promise<void> | null = null;
  private readonly abort = new AbortController();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt: number | null = null;
  private seq = 0;
  private renderedSeq = 0;
  /** The text the shown report was made from, and the report. */
  private analyzed: { text: string; report: Report } | null = null;
  private lastEdit: AppliedEdit | null = null;
  private notice: string | null = null;
  private readonly settings: FieldSettings | null;

  constructor(
    readonly field: EditField,
    private readonly options: FieldAnnotatorOptions,
  ) {
    this.text = fieldText(field.el);
    this.settings = options.settings === undefined ? currentLinkedInSettings() : options.settings;
    if (this.settings) {
      // Dismissed or restored anywhere (the profile, the options page, another tab), or a rule
      // switched off: show the last critique again at once (a new lens re-critiques via page.ts).
      const unsubscribe = this.settings.subscribe((change) => {
        if (change.shown || change.critique) void this.render();
      });
      this.abort.signal.addEventListener('abort', unsubscribe, { once: true });
    }
    const onInput = () => {
      try {
        this.schedule();
      } catch (err) {
        options.onError?.(err);
      }
    };
    field.el.addEventListener('input', onInput, { signal: this.abort.signal });
    this.run();
  }

  get disposed(): boolean {
    return this.abort.signal.aborted;
  }

  dispose(): void {
    this.abort.abort();
    if (this.timer) clearTimeout(this.timer);
    this.host?.remove();
    this.host = null;
  }

  /** Debounce keystrokes, but never wait more than maxWaitMs while typing goes on. */
  schedule(): void {
    if (this.disposed) return;
    // Keystroke to annotations (budget: p95 100 ms): with 50 ms the e2e saw p95 67-84 ms and once
    // 101 ms on this loaded machine; with 40 ms, p95 63 ms (n=30, load 11).
    const debounce = this.options.debounceMs ?? 40;
    const maxWait = this.options.maxWaitMs ?? 150;
    const now = performance.now();
    this.firstPendingAt ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(debounce, this.firstPendingAt + maxWait - now));
    this.timer = setTimeout(() => this.run(), wait);
  }

  /** Critiques the field's current text now. */
  run(): Promise<void> {
    this.timer = null;
    this.firstPendingAt = null;
    const text = this.text.read();
    const seq = ++this.seq;
    return this.options
      .analyze({ text, mode: this.field.kind === 'headline' ? 'lines' : 'document' })
      .then(async (report) => {
        // Late answers are shown unless a newer one is already on screen.
        if (this.disposed || seq < this.renderedSeq) return;
        this.renderedSeq = seq;
        this.analyzed = { text, report };
        await this.render();
      })
      .catch((err: unknown) => {
        if (!this.disposed) this.options.onError?.(err);
      });
  }

  apply(key: string): void {
    this.guard(() => this.doApply(key));
  }

  undo(): void {
    this.guard(() => this.doUndo());
  }

  /** Click handlers run in the page's event dispatch: never let an error escape into it. */
  private guard(action: () => void): void {
    try {
      action();
    } catch (err) {
      this.notice = 'Something went wrong in Impact Lens: check the text before saving.';
      this.options.onError?.(err);
      void this.render();
    }
  }

  private doApply(key: string): void {
    const found = this.bullet(key);
    if (!found || !found.rewrite) return;
    const result = applyRewrite(this.text, found, found.rewrite, this.field.maxLength);
    if (result.ok) {
      this.lastEdit = result.edit;
      // The engine's rewrites may hold placeholders ("[raising metric by X%]") for the user to fill.
      this.notice = /\[[^\]]+\]/.test(result.edit.replacement)
        ? 'Rewrite applied: fill in the [bracketed] parts.'
        : 'Rewrite applied.';
    } else {
      this.notice = result.reason;
    }
    void this.render();
    if (result.ok) void this.run();
  }

  private doUndo(): void {
    if (!this.lastEdit) return;
    const result = undoRewrite(this.text, this.lastEdit);
    this.lastEdit = null;
    this.notice = result.ok ? (result.exact ? 'Restored your text.' : 'Restored the replaced bullet.') : result.reason;
    void this.render();
    if (result.ok) void this.run();
  }

  /** Why a bullet's rewrite cannot go in: the field's length limit. */
  private blocked(key: string): string | null {
    const b = this.bullet(key);
    if (!b || !b.rewrite || !this.analyzed) return null;
    const length = this.analyzed.text.length - stripMarker(b.text).length + stripMarker(b.rewrite).length;
    if (length <= this.field.maxLength) return null;
    return `Too long: the field would be ${length.toLocaleString('en-US')} of ${this.field.maxLength.toLocaleString('en-US')} characters.`;
  }

  private bullet(key: string): BulletReport | null {
    return this.analyzed?.report.bullets[Number(key)] ?? null;
  }

  /** Dismisses a finding (on its bullet, or on this whole text) and shows the result at once. */
  private dismiss(finding: Finding, bullet: { text: string } | null, scope: DismissScope): void {
    // A click handler in the page's event dispatch: nothing may escape into it.
    try {
      const settings = this.settings;
      if (!settings) return;
      const shown = () => void this.render();
      if (bullet) settings.dismiss(bullet, finding, shown);
      else settings.dismissDocument(scope, finding, shown);
    } catch (err) {
      this.options.onError?.(err);
    }
  }

  private async render(): Promise<void> {
    if (this.disposed || !this.analyzed) return;
    if (!this.host) {
      this.mounting ??= this.options.mount(this.field.anchor, 'impact-lens-editor').then((host) => {
        if (this.disposed) host.remove();
        else this.host = host;
      });
      await this.mounting;
      if (!this.host) return;
    }
    const { report, text } = this.analyzed;
    const { settings } = this;
    // The block a document dismissal is for: this field's whole text, as the profile keys the
    // same description (settings.ts).
    const scope: DismissScope = { text, label: SCOPE_LABEL[this.field.kind] };
    // Dismissed findings out, scores rescored; bullets keep their places in report.bullets.
    const shown = settings ? settings.present(report, scope) : report;
    const bullets = toBulletViews(shown.bullets);
    // Keys index report.bullets: toBulletViews keeps them, even when it drops empty bullets.
    this.host.render(
      <Annotations
        subject={SUBJECT[this.field.kind]}
        bullets={bullets}
        documentFindings={shown.documentFindings}
        score={shown.score}
        notice={this.notice}
        onUndo={this.lastEdit ? () => this.undo() : null}
        onApply={(key) => this.apply(key)}
        applyBlocked={(key) => this.blocked(key)}
        emptyText="Each line is checked as you type."
        onDismiss={
          settings
            ? (key, finding) => {
                const bullet = bullets.find((b) => b.key === key);
                if (bullet) this.dismiss(finding, bullet, scope);
              }
            : undefined
        }
        onDismissDocument={settings ? (finding) => this.dismiss(finding, null, scope) : undefined}
      />,
    );
  }
}
