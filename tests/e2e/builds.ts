// Build output for the e2e tests that inspect it (manifests, bundles, zips): the Chrome build comes
// from global-setup; the Firefox build and the zips are made here with WXT's JS API, always into a
// temporary folder, so a developer's .output/ is never touched.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The unpacked Chrome MV3 build of this e2e run (global-setup). */
export const chromeBuildDir = (): string => inject('extensionDir');

/**
 * The unpacked Firefox MV2 build, made once per e2e run: next to global-setup's Chrome build, in
 * the temporary folder that global-setup deletes at the end (the test files of the e2e project run
 * one after another, so a later file finds it ready). With IL_E2E_EXTENSION_DIR (a ready Chrome
 * build that is not ours to write beside) it goes to a fresh temporary folder, left to the system.
 */
export async function firefoxBuildDir(): Promise<string> {
  const base = process.env.IL_E2E_EXTENSION_DIR
    ? await mkdtemp(join(tmpdir(), 'impact-lens-firefox-'))
    : dirname(chromeBuildDir());
  const dir = join(base, 'firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) await wxt('build', { browser: 'firefox', outDir: base });
  return dir;
}

/**
 * Runs WXT's `build` or `zip` in a child process (as global-setup does: the unit project's
 * WxtVitest plugin may have registered a WXT instance, a module-level singleton, in this process).
 * `root` is the project to build (default: this one). Resolves to what the call returned (zip: the
 * paths of the zips); rejects with WXT's log.
 */
export function wxt(
  fn: 'build' | 'zip',
  config: { browser: 'chrome' | 'firefox'; outDir: string },
  root = ROOT,
): Promise<unknown> {
  const script = `const wxt = await import('wxt');
const out = await wxt.${fn}(JSON.parse(process.env.IL_WXT_CONFIG));
process.stdout.write('\\n@@result ' + JSON.stringify(${fn === 'zip' ? 'out' : 'null'}) + '\\n');`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      // Without vitest's NODE_ENV=test, which would make the JSX transform emit its development
      // form (jsxDEV with each element's absolute source path): build as `npm run build` does.
      env: { ...withoutNodeEnv(process.env), IL_WXT_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const result = /^@@result (.*)$/m.exec(log);
      if (code === 0 && result) resolvePromise(JSON.parse(result[1]!));
      else reject(new Error(`wxt ${fn} ${JSON.stringify(config)} failed (exit ${code}):\n${log}`));
    });
  });
}

function withoutNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV: _, ...rest } = env;
  return rest;
}
