import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects, one `vitest run` (= `npm test`):
// - unit: everything under tests/ but e2e, Node environment (a file that needs a DOM starts with
//   `// @vitest-environment happy-dom`); WxtVitest gives `browser`/`chrome` as fakeBrowser and
//   WXT's aliases and auto-imports.
// - e2e: the built extension in headless Chromium. global-setup builds it once per run; files
//   run one at a time (2 cores, one Chromium each) and only after the unit group has finished.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
