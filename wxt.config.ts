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
    permissions: [],
    // Firefox-only keys; Chrome would warn "Unrecognized manifest key" about them.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'impact-lens@example.org',
          // Firefox's data-consent manifest key (web-ext lint asks for it): nothing leaves the machine.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
