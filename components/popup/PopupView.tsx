// The toolbar popup: the current tab's score summary, or, where the tab has nothing for us, a text
// box to critique any text. Props in, callbacks out: entrypoints/popup/App.tsx owns tabs,
// messages and settings.
import type { ComponentChildren } from 'preact';
import type { Lens } from '../../analysis/types.ts';
import type { PageState, TopFix } from '../../utils/protocol.ts';
import { SITE_NAME, type Site } from '../../utils/settings.ts';
import { CategoryBars } from '../docs/CategoryBars.tsx';
import { LensSwitch } from '../LensSwitch.tsx';
import type { RewriteBoxProps } from '../RewriteBox.tsx';
import { ScoreGauge } from '../ScoreGauge.tsx';
import { PastePanel, type PasteState } from './PastePanel.tsx';
import { RuleCounts } from './RuleCounts.tsx';
import { TopFixes } from './TopFixes.tsx';

/** What the popup knows about the tab: still asking, the page's answer, or no answer (no content script). */
export type PopupPage = { kind: 'asking' } | { kind: 'page'; state: PageState } | { kind: 'none' };

export interface PopupViewProps {
  page: PopupPage;
  lens: Lens;
  onLens: (lens: Lens) => void;
  onReveal: (fix: TopFix) => void;
  onOpenOptions: () => void;
  onEnableSite: (site: Site) => void;
  paste: PasteState;
  onPasteChange: (text: string) => void;
  onPasteSubmit: () => void;
  onCopy?: RewriteBoxProps['onCopy'];
  /** A reveal that found no bullet (the page changed meanwhile). */
  notice?: string | null;
}

const PAGE_NAME: Record<Site, string> = { linkedin: 'this profile', googleDocs: 'this document' };

const EMPTY_TEXT: Record<Site, string> = {
  linkedin: 'No experience section found — scroll to it or open the details page.',
  googleDocs: 'No bullets found in this document yet — write or paste your experience.',
};

export function PopupView(props: PopupViewProps) {
  const { page, lens, onLens, onOpenOptions } = props;
  const state = page.kind === 'page' ? page.state : null;
  const kind = page.kind === 'page' ? page.state.status : page.kind;
  return (
    <div class="il-popup" data-il-state={kind}>
      <header class="il-bar">
        <span class="il-brand" aria-hidden="true" />
        <h1 class="il-title">Impact Lens</h1>
        <span class="il-spacer" />
        <LensSwitch lens={lens} onChange={onLens} name="il-popup-lens" />
      </header>
      <main class="il-main">
        {page.kind === 'asking' ? (
          <Status>Looking at this tab…</Status>
        ) : state && state.status === 'loading' ? (
          <Status>Critiquing {PAGE_NAME[state.site]}…</Status>
        ) : state && state.status === 'ready' && state.score !== null && state.categories ? (
          <Ready state={state} {...props} />
        ) : state && (state.status === 'empty' || (state.status === 'ready' && state.score === null)) ? (
          <p class="il-empty" role="status">
            {state.note ?? EMPTY_TEXT[state.site]}
          </p>
        ) : state && state.status === 'off' ? (
          <div class="il-off" role="status">
            <p>Impact Lens is switched off on {SITE_NAME[state.site]}.</p>
            <button type="button" class="il-button il-button-primary" data-il-action="enable-site" onClick={() => props.onEnableSite(state.site)}>
              Turn on for {SITE_NAME[state.site]}
            </button>
          </div>
        ) : (
          <Unsupported site={state?.site ?? null} {...props} />
        )}
      </main>
      <footer class="il-foot">
        <span class="il-muted">Runs on this computer: nothing is sent anywhere.</span>
        <button type="button" class="il-link" data-il-action="options" onClick={onOpenOptions}>
          Settings
        </button>
      </footer>
    </div>
  );
}

function Status({ children }: { children: ComponentChildren }) {
  return (
    <p class="il-loading" role="status" aria-live="polite">
      <span class="il-spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

function Ready({ state, lens, onReveal, notice }: PopupViewProps & { state: PageState }) {
  const total = Object.values(state.counts).reduce((s, n) => s + (n ?? 0), 0);
  return (
    <>
      <section class="il-overview" aria-label={`Score of ${PAGE_NAME[state.site]}`}>
        <ScoreGauge score={state.score!} of={PAGE_NAME[state.site]} />
        <div class="il-overview-side">
          <CategoryBars categories={state.categories!} />
          <p class="il-muted" data-il-totals="">
            {state.bullets} {state.bullets === 1 ? 'bullet' : 'bullets'} · {total} {total === 1 ? 'finding' : 'findings'}
          </p>
        </div>
      </section>
      {state.topFixes.length ? (
        <section class="il-block">
          <h2 class="il-h" id="il-fixes-h">
            Top fixes
          </h2>
          <TopFixes fixes={state.topFixes} lens={lens} onReveal={onReveal} />
          <p class="il-note-line" role="status" aria-live="polite">
            {notice ?? ''}
          </p>
        </section>
      ) : null}
      <section class="il-block">
        <h2 class="il-h" id="il-counts-h">
          Findings by rule
        </h2>
        <RuleCounts counts={state.counts} />
      </section>
    </>
  );
}

function Unsupported({ site, paste, onPasteChange, onPasteSubmit, onCopy }: PopupViewProps & { site: Site | null }) {
  return (
    <section class="il-block il-paste-section" aria-labelledby="il-paste-h" data-il-unsupported="">
      <h2 class="il-h" id="il-paste-h">
        Critique any text
      </h2>
      <p class="il-muted">
        {site === 'linkedin'
          ? 'Open a LinkedIn profile or its experience page to see it critiqued in place, or paste text here.'
          : 'Impact Lens works in place on LinkedIn profiles and Google Docs. Anywhere else, paste text here.'}
      </p>
      <PastePanel paste={paste} onChange={onPasteChange} onSubmit={onPasteSubmit} onCopy={onCopy} />
    </section>
  );
}
