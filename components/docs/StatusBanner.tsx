// What the sidebar says when it has no fresh critique: loading, sign in, try again, rate limited,
// not found, too long. Each state names its cause and, where the user can act, a button.
import { useEffect, useState } from 'preact/hooks';
import type { DocsStatus } from './types.ts';

export interface StatusBannerProps {
  status: DocsStatus;
  /** There is an older critique below the banner. */
  stale: boolean;
  onRetry: () => void;
  now?: () => number;
}

function useCountdown(at: number | null, now: () => number): number | null {
  const [, tick] = useState(0);
  useEffect(() => {
    if (at === null) return;
    const t = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now()) / 1000));
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function StatusBanner({ status, stale, onRetry, now = Date.now }: StatusBannerProps) {
  const retryAt = status.kind === 'retry' || status.kind === 'rate-limited' ? status.retryAt : null;
  const seconds = useCountdown(retryAt, now);
  if (status.kind === 'ready') return null;

  const tryAgain = (
    <button type="button" class="il-button" data-il-action="retry" onClick={onRetry}>
      Try again
    </button>
  );
  const when = seconds === null ? 'Click Try again when ready.' : `Trying again in ${seconds} s.`;
  let tone = 'info';
  let body;
  switch (status.kind) {
    case 'loading':
      body = <span>Reading your document…</span>;
      break;
    case 'signin':
      tone = 'warning';
      body = (
        <>
          <span>
            <strong>Sign in to Google</strong> with an account that can open this document, so Impact Lens can read it.
          </span>
          {tryAgain}
        </>
      );
      break;
    case 'retry':
      tone = 'warning';
      body = (
        <>
          <span>
            <strong>Couldn’t {stale ? 'refresh' : 'read'} the document.</strong> {when}
          </span>
          {tryAgain}
        </>
      );
      break;
    case 'rate-limited':
      tone = 'warning';
      body = (
        <>
          <span>
            <strong>Google Docs asked us to slow down.</strong> {when}
          </span>
          {tryAgain}
        </>
      );
      break;
    case 'not-found':
      tone = 'error';
      body = (
        <>
          <span>
            <strong>Document not found.</strong> It may have been deleted or unshared.
          </span>
          {tryAgain}
        </>
      );
      break;
    case 'too-long':
      tone = 'error';
      body = (
        <span>
          <strong>Not supported: this document is too long.</strong>{' '}
          {status.length === null
            ? `It is over ${fmt(status.limit)} characters.`
            : `It has ${fmt(status.length)} characters; Impact Lens reviews up to ${fmt(status.limit)} (a resume has 3,000–10,000).`}
        </span>
      );
      break;
  }
  return (
    <div class={`il-docs-status il-docs-status-${tone}`} role="status" aria-live="polite" data-il-status={status.kind}>
      {body}
    </div>
  );
}
