// axe-core for component tests: the violations axe finds in a rendered tree, as readable lines.
// Vitest loads no CSS and happy-dom has no layout, so this checks structure, names and roles;
// colour contrast, light and dark, is checked by axe on the real pages in Chromium
// (tests/e2e/popup.e2e.test.ts).
import axe from 'axe-core';

export async function axeViolations(root: Element = document.body): Promise<string[]> {
  const results = await axe.run(root, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
