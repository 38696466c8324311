// Least privilege, pinned: the built manifests' permissions, hosts, content-script matches and
// web-accessible resources equal exactly the lists below, for both browsers. A new permission or
// a wider match fails here until it is added on purpose, with its reason next to it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromeBuildDir, firefoxBuildDir } from './builds.ts';

const DOCS = 'https://docs.google.com/document/*';
const LINKEDIN = 'https://www.linkedin.com/*';

/** What each browser's manifest may ask for, and why. */
const EXPECTED = {
  chrome: {
    // storage: the Docs sidebar remembers per document whether it is collapsed.
    permissions: ['storage'],
    // The worker fetches the open Doc's txt export with the user's cookies.
    host_permissions: [DOCS],
    content_scripts: [
      // The page-world bridge that turns on Docs' annotated canvas (Chrome only: MAIN world).
      { js: ['content-scripts/docs-annotate.js'], matches: [DOCS], world: 'MAIN' },
      { js: ['content-scripts/google-docs.js'], matches: [DOCS] },
      // LinkedIn is a single-page app: the script matches the whole site and decides by URL.
      { js: ['content-scripts/linkedin.js'], matches: [LINKEDIN] },
      // Wakes the worker at document_start (one empty analyze message; reads only the URL).
      { js: ['content-scripts/linkedin-wake.js'], matches: [LINKEDIN] },
    ],
    // None: both content scripts inline their stylesheets into their shadow roots, so no page can
    // load a file of ours (to tell the extension is installed) and no request is made for them.
    web_accessible_resources: undefined,
  },
  firefox: {
    // MV2 has no host_permissions: hosts are permissions.
    permissions: ['storage', DOCS],
    host_permissions: undefined,
    content_scripts: [
      { js: ['content-scripts/google-docs.js'], matches: [DOCS] },
      { js: ['content-scripts/linkedin.js'], matches: [LINKEDIN] },
      { js: ['content-scripts/linkedin-wake.js'], matches: [LINKEDIN] },
    ],
    // docs-bridge.js: injected as a script element into Docs (MV2 has no MAIN-world scripts). MV2
    // has no `matches` here: any page can load it (and so tell the extension is installed); it
    // holds nothing of the user's. The sidebar's stylesheet is inlined, as in Chrome.
    web_accessible_resources: ['docs-bridge.js'],
  },
} as const;

/** Keys that would widen what the extension can reach or who can reach it; none is used today. */
const NEVER = [
  'optional_permissions',
  'optional_host_permissions',
  'externally_connectable', // other extensions or web pages messaging the worker
  'content_security_policy', // the default CSP forbids remote code and eval
  'sandbox',
  'oauth2',
  'update_url',
];

// The fields of a content script entry that decide where it runs (run_at does not widen anything).
const WHERE = ['js', 'css', 'matches', 'exclude_matches', 'include_globs', 'exclude_globs', 'all_frames', 'match_about_blank', 'match_origin_as_fallback', 'world'];

type Manifest = Record<string, unknown> & { content_scripts?: Array<Record<string, unknown>> };

const pick = (entry: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(WHERE.filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]));
const byJs = (a: Record<string, unknown>, b: Record<string, unknown>): number => String(a.js).localeCompare(String(b.js));

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  let manifest: Manifest;
  beforeAll(async () => {
    const dir = browser === 'chrome' ? chromeBuildDir() : await firefoxBuildDir();
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  });

  it('asks for exactly the pinned permissions and hosts', () => {
    expect(manifest.manifest_version).toBe(browser === 'chrome' ? 3 : 2);
    expect(manifest.permissions).toEqual(EXPECTED[browser].permissions);
    expect(manifest.host_permissions).toEqual(EXPECTED[browser].host_permissions);
  });

  it('runs content scripts exactly where pinned', () => {
    const actual = (manifest.content_scripts ?? []).map(pick).sort(byJs);
    expect(actual).toEqual([...EXPECTED[browser].content_scripts].sort(byJs));
  });

  it('exposes exactly the pinned web-accessible resources', () => {
    expect(manifest.web_accessible_resources).toEqual(EXPECTED[browser].web_accessible_resources);
  });

  it('has none of the keys that widen access', () => {
    expect(NEVER.filter((k) => k in manifest)).toEqual([]);
  });
});
