import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Impact Lens runs entirely in the browser: no remote code, no network except the open Google
// Doc's own export (added with the Docs surface). Permissions are added per feature, on purpose.
// Chrome gets MV3 (service worker); Firefox gets WXT's default MV2 (`wxt build -b firefox`).
// Icons: public/icon/{16,32,48,128}.png are picked up by WXT's convention (scripts/make-icons.ts).
export default defineConfig({
  // @preact/preset-vite is typed against the top-level vite 8 (pulled in by vitest) while WXT
  // bundles with its own vite 7; the plugin works with both at runtime (it detects rolldown itself),
  // only the two Plugin types differ, hence the cast.
  vite: () => ({ plugins: [preact() as never] }),
  manifest: ({ browser }) => ({
    name: 'Impact Lens',
    description: 'Critiques resume and LinkedIn bullets in place: Action -> Impact, locally.',
    // storage: the user's settings (utils/settings.ts: lens, rules, sites, dismissed findings) and,
    // per Google Doc, whether its sidebar is collapsed.
    // Deliberately absent: `tabs` and `activeTab`. The popup reads only the active tab's id (readable
    // without a permission; its URL is not needed: the tab's own content script says what the page
    // is), talks to our content script with tabs.sendMessage (no permission for one's own scripts),
    // and the worker sets that tab's toolbar badge with action.setBadgeText (no permission either).
    permissions: ['storage'],
    // Google Docs: the worker fetches the open document's txt export with the user's cookies
    // (entrypoints/background/docs-export.ts). Chrome ignores a host permission's path, so this
    // reads as docs.google.com; the path still says what it is for.
    host_permissions: ['https://docs.google.com/document/*'],
    // Firefox-only keys; Chrome would warn "Unrecognized manifest key" about them.
    ...(browser === 'firefox' && {
      // Firefox MV2 has no MAIN-world content scripts: the Docs content script injects the page
      // bridge (entrypoints/docs-bridge.ts) as a script element, so it must be web-accessible.
      web_accessible_resources: [{ resources: ['docs-bridge.js'], matches: ['https://docs.google.com/*'] }],
      browser_specific_settings: {
        gecko: {
          id: 'impact-lens@example.org',
          // Firefox's data-consent manifest key (web-ext lint asks for it): nothing leaves the machine.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  // `npm run zip`: the store zips, and with Firefox's the sources zip that AMO reviewers build
  // from (`npm ci && npm run build:firefox`). WXT already leaves out node_modules, dotfiles and
  // dot-folders (.git, .wxt, .output, .env), *.test.* files and web-ext.config.ts; what else the
  // extension's build does not need goes here. tests/e2e/zip.e2e.test.ts lists what may be in it.
  zip: {
    excludeSources: [
      'tests/**', // tests and fixtures
      'cli/**', // the terminal front end: not part of the extension
      'scripts/**', // eval, bench and icon scripts (the icons are in public/)
      'vitest.config.ts',
      'test-results/**',
      'coverage/**',
      'dist/**',
      'stats.html',
      '**/*.log',
      '**/*.zip',
    ],
  },
});
