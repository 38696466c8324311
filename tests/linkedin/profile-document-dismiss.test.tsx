// @vitest-environment happy-dom
// A finding about a profile block's whole text is dismissed from the profile box; the edit form
// showing the same text follows at once, and the dismissal is stored for that text.
import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { critique } from '../../analysis/index.ts';
import { mountPlainHost } from '../../entrypoints/linkedin.content/mount.ts';
import { startPage, type PageSession } from '../../entrypoints/linkedin.content/page.ts';
import { linkedInSettings } from '../../entrypoints/linkedin.content/settings.ts';
import { getSettings } from '../../utils/settings.ts';
import { loadFixture, useFixture } from './fixtures.ts';

beforeEach(() => fakeBrowser.reset());
const REPEATED = ['• Built the service with Kubernetes and React', '• Built the pipeline with Kafka and Spark', '• Built dashboards for the sales team', '• Cut churn 12% by calling at-risk accounts'];

it('profile: Dismiss on a finding about the whole text, the edit form follows', async () => {
  useFixture('profile-legacy.html');
  const old = 'I helped the team launch a new reporting dashboard for merchants. Reports were generated faster after the launch.';
  for (const span of Array.from(document.querySelectorAll('span')).filter((s) => s.textContent === old)) {
    span.replaceChildren(...REPEATED.flatMap((l, i) => (i ? [document.createElement('br'), document.createTextNode(l)] : [document.createTextNode(l)])));
  }
  const modal = document.importNode(loadFixture('edit-position-legacy.html').getElementById('artdeco-modal-outlet')!, true);
  document.body.append(modal);
  document.querySelector<HTMLTextAreaElement>('textarea[id$="-description"]')!.value = REPEATED.join('\n');
  let session: PageSession | null = null;
  const prefs = linkedInSettings((c) => { if (c.shown || c.critique) session?.rerender(); });
  await prefs.ready;
  session = startPage({
    url: new URL('https://www.linkedin.com/in/maria-jose-nunez/'), doc: document, signal: new AbortController().signal,
    analyze: prefs.wrap(async (r) => critique(r.text, r)), mount: mountPlainHost, present: prefs.present,
    onDismiss: (b, f) => prefs.dismiss(b, f, () => session?.rerender()),
    onDismissDocument: (f, block) => prefs.dismissDocument(block, f, () => session?.rerender()),
  });
  await session.scan();
  const host = Array.from(document.querySelectorAll('impact-lens-annotations')).find((h) => h.shadowRoot!.querySelector('[data-il-bullet="Built the pipeline with Kafka and Spark"]'))!;
  const editor = () => document.querySelector('impact-lens-editor')!.shadowRoot!;
  await vi.waitFor(() => expect(editor().querySelector('.il-doc .il-finding[data-rule="verb-repetition"]')).not.toBeNull());
  const btn = host.shadowRoot!.querySelector<HTMLButtonElement>('.il-doc .il-finding[data-rule="verb-repetition"] [data-il-action="dismiss"]')!;
  expect(btn.getAttribute('aria-label')).toBe('Dismiss Verb repetition on this text');
  btn.click();
  await vi.waitFor(() => expect(host.shadowRoot!.querySelector('.il-doc .il-finding[data-rule="verb-repetition"]')).toBeNull());
  await vi.waitFor(() => expect(editor().querySelector('.il-doc .il-finding[data-rule="verb-repetition"]')).toBeNull());
  await vi.waitFor(async () => expect((await getSettings()).dismissed).toMatchObject([{ scope: 'document', label: 'Associate Product Manager · Shopify', bulletText: REPEATED.join(' ') }]));
});
