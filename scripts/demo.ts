// npm run demo: builds the extension and opens Chromium with it on the bundled sample LinkedIn
// pages (tests/fixtures/linkedin, served as www.linkedin.com by request routing: nothing goes to
// the live site). With a display it opens a window and waits for you to close it; without one it
// runs headless. Either way it writes screenshots to .output/demo/ and prints what was annotated.
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, buildExtension, launch } from '../tests/linkedin/browser.ts';
import { HOSTS, LEGACY_EDIT, LEGACY_PROFILE, SDUI_PROFILE, routeLinkedIn } from '../tests/linkedin/e2e-pages.ts';

const OUT = join(ROOT, '.output', 'demo');
const WEAK = 'Responsible for maintaining the CI pipeline';

interface HostSummary {
  subject: string;
  score: string | null;
  bullets: { text: string; rules: string }[];
}

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY;
  await mkdir(OUT, { recursive: true });
  console.log('Building the extension…');
  const extensionDir = await buildExtension(OUT);
  console.log(`Built: ${relative(ROOT, extensionDir)}`);
  const browser = await launch(extensionDir, { headless });
  try {
    await routeLinkedIn(browser.context);
    const shots: [string, string, (page: Page) => Promise<void>][] = [
      ['Legacy profile', LEGACY_PROFILE, (page) => openMarker(page, 'impact-lens-annotations', WEAK)],
      ['New-markup profile', SDUI_PROFILE, (page) => openMarker(page, 'impact-lens-annotations', 'Was responsible for the payments API')],
      ['Edit-position form', LEGACY_EDIT, (page) => openMarker(page, 'impact-lens-editor', WEAK)],
    ];
    const names = ['linkedin.png', 'linkedin-sdui.png', 'linkedin-edit.png'];
    if (headless) {
      // The same edit form in dark mode (our UI follows prefers-color-scheme).
      shots.push(['Edit-position form, dark mode', LEGACY_EDIT, async (page) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await openMarker(page, 'impact-lens-editor', WEAK);
      }]);
      names.push('linkedin-edit-dark.png');
    }
    for (const [i, [title, url, prepare]] of shots.entries()) {
      const page = await browser.context.newPage();
      const started = Date.now();
      await page.goto(url);
      await page.locator(`${HOSTS}`).first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(400); // let the remaining blocks land
      const ms = Date.now() - started;
      await prepare(page);
      const file = join(OUT, names[i]!);
      // The edit form scrolls inside its fixed modal: shoot the viewport there, the whole page elsewhere.
      await page.screenshot({ path: file, fullPage: url !== LEGACY_EDIT });
      print(title, url, await summary(page), ms, relative(ROOT, file));
      if (headless) await page.close();
    }
    if (!headless) {
      console.log('\nChromium is open with the extension: close its window to finish.');
      await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    }
  } finally {
    await browser.close();
  }
}

async function openMarker(page: Page, host: string, bullet: string): Promise<void> {
  const marker = page.locator(`${host} [data-il-bullet="${bullet}"]`).first();
  if (!(await marker.count())) return;
  await marker.click();
  // Bring the panel's actions into view (the edit form scrolls inside its modal).
  const actions = page.locator(`${host} [data-il-action="copy"]`).first();
  await actions.waitFor({ timeout: 5000 }).catch(() => {});
  if (await actions.count()) await actions.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

function summary(page: Page): Promise<HostSummary[]> {
  return page.locator(HOSTS).evaluateAll((hosts) =>
    hosts.map((h) => {
      const root = h.shadowRoot!;
      return {
        subject: (root.querySelector('[data-il-annotations]')?.getAttribute('aria-label') ?? '').replace(/^Impact Lens: /, ''),
        score: root.querySelector<HTMLElement>('[data-score]')?.dataset.score ?? null,
        bullets: Array.from(root.querySelectorAll<HTMLElement>('[data-il-bullet]')).map((m) => ({
          text: m.dataset.ilBullet ?? '',
          rules: m.dataset.rules ?? '',
        })),
      };
    }),
  );
}

function print(title: string, url: string, hosts: HostSummary[], ms: number, file: string): void {
  const bullets = hosts.reduce((n, h) => n + h.bullets.length, 0);
  const flagged = hosts.reduce((n, h) => n + h.bullets.filter((b) => b.rules).length, 0);
  console.log(`\n${title}  ${url}`);
  console.log(`  ${hosts.length} blocks, ${bullets} bullets annotated (${flagged} with findings) in ${ms} ms -> ${file}`);
  for (const h of hosts) {
    console.log(`  [${h.score ?? '–'}] ${h.subject}`);
    for (const b of h.bullets) {
      const text = b.text.length > 72 ? `${b.text.slice(0, 71)}…` : b.text;
      console.log(`      ${b.rules ? '✗' : '✓'} ${text}${b.rules ? `  (${b.rules})` : ''}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
