import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Impact Lens runs entirely in the browser: no remote code, no network except the open Google
// Doc's own export (added with the Docs surface). Permissions are added per feature, on purpose.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Impact Lens',
    description: 'Critiques resume and LinkedIn bullets in place: Action -> Impact, locally.',
    permissions: [],
    browser_specific_settings: {
      gecko: { id: 'impact-lens@example.org' },
    },
  },
});
